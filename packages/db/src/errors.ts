import { DomainError } from "@hindsight/domain";

/**
 * Turns database failures into domain errors with a code. Constraint names come from the
 * migrations, so a violated CHECK names the field it guards.
 */
export function toDomainError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const unavailable = databaseUnavailable(error);
  if (unavailable) return unavailable;
  const code = findCode(error);
  if (code === "P2002" || code === "23505") {
    return new DomainError("CONFLICT", "A record with the same unique value already exists");
  }
  if (code === "P2025") return new DomainError("NOT_FOUND", "The record does not exist");
  // PostgreSQL text cannot hold U+0000, and its dates stop at 294276 AD: bad input, not a failure.
  if (code === "22021") return new DomainError("INVALID", "Text may not contain the NUL character (U+0000)");
  if (code === "22008" || code === "22009") return new DomainError("INVALID", "A date is outside the range allowed");
  // A number PostgreSQL cannot store, such as a float so small it underflows (5e-324).
  if (code === "22003" || code === "P2020") {
    return new DomainError("INVALID", "A number is outside the range the database can store");
  }
  if (code === "23514" || code === "P2004") {
    return new DomainError("INVALID", "The database refused a value outside its allowed range");
  }
  if (code === "P2003" || code === "23503") {
    return new DomainError("INVALID", "A referenced record does not exist");
  }
  return error;
}

/**
 * The most specific error code in a Prisma/driver error chain: the PostgreSQL SQLSTATE when there
 * is one (Prisma 7 with the pg adapter nests it as meta.driverAdapterError.cause.originalCode),
 * else Prisma's own P-code.
 */
function findCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let prismaCode: string | undefined;
  const visit = (value: unknown, depth: number): string | undefined => {
    if (!value || typeof value !== "object" || depth > 6 || seen.has(value)) return undefined;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (typeof record.originalCode === "string" && /^[0-9A-Z]{5}$/.test(record.originalCode))
      return record.originalCode;
    if (typeof record.code === "string" && /^\d{5}$/.test(record.code)) return record.code;
    if (typeof record.code === "string" && /^P\d{4}$/.test(record.code)) prismaCode ??= record.code;
    for (const key of ["cause", "meta", "driverAdapterError"]) {
      const found = visit(record[key], depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(error, 0) ?? prismaCode;
}

/** Seconds a client is told to wait (Retry-After) when the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** SQLSTATEs of a connection lost or refused: class 08, shutdowns and start-up, too many connections. */
const unavailableStates = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
/** pg's and Node's codes for a socket that could not connect or was cut. */
const socketCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);
/** The pg adapter's kinds for the same (DriverAdapterError.cause.kind). */
const adapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Prisma's: cannot reach, timed out, server closed the connection, no connection from the pool in time. */
const prismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** pg raises these as plain Errors with no code. */
const connectionMessages =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused|server closed the connection/i;

/**
 * UNAVAILABLE when `error` says the database cannot be reached right now (down, restarting, the
 * connection cut, no connection in time) or a statement ran past the statement timeout: things a
 * client should retry later (HTTP 503 with Retry-After), not bugs. Null for anything else. The
 * message is ours: the driver's text (host, port, SQL) is never passed on.
 */
export function databaseUnavailable(error: unknown): DomainError | null {
  let timedOut = false;
  let unavailable = false;
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (!value || typeof value !== "object" || depth > 8 || seen.has(value)) return;
    seen.add(value);
    const record = value as Record<string, unknown>;
    for (const code of [record.code, record.originalCode]) {
      if (typeof code !== "string") continue;
      if (code === "57014") timedOut = true;
      if (unavailableStates.test(code) || socketCodes.has(code) || prismaCodes.has(code)) unavailable = true;
    }
    if (typeof record.kind === "string" && adapterKinds.has(record.kind)) unavailable = true;
    if (typeof record.message === "string" && connectionMessages.test(record.message)) unavailable = true;
    for (const key of ["cause", "meta", "driverAdapterError", "errors"]) {
      const next = record[key];
      if (Array.isArray(next)) next.forEach((item) => visit(item, depth + 1));
      else visit(next, depth + 1);
    }
  };
  visit(error, 0);
  if (unavailable) {
    return new DomainError(
      "UNAVAILABLE",
      `The database is not reachable right now; try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds`,
    );
  }
  if (timedOut) {
    return new DomainError(
      "UNAVAILABLE",
      `The database took too long to answer; try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds`,
    );
  }
  return null;
}
