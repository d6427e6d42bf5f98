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

function findCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const record = current as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: unknown };
    if (typeof record.originalCode === "string") return record.originalCode;
    if (typeof record.code === "string" && /^(P\d{4}|\d{5})$/.test(record.code)) {
      // Prisma wraps raw driver errors in P2010 and friends; prefer the PostgreSQL SQLSTATE inside.
      const inner = findCode(record.meta) ?? findCode(record.cause);
      return inner ?? record.code;
    }
    current = record.cause ?? record.meta;
  }
  return undefined;
}
