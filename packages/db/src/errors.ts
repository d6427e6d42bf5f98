import { DomainError } from "@hindsight/domain";

/**
 * Turns database failures into domain errors with a code. Constraint names come from the
 * migrations, so a violated CHECK names the field it guards.
 */
export function toDomainError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const code = findCode(error);
  if (code === "P2002" || code === "23505") {
    return new DomainError("CONFLICT", "A record with the same unique value already exists");
  }
  if (code === "P2025") return new DomainError("NOT_FOUND", "The record does not exist");
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
