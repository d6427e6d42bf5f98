import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { databaseUnavailable, toDomainError } from "@hindsight/db";
export { DATABASE_RETRY_AFTER_SECONDS } from "@hindsight/db";
import { DomainError, formatIssuePath, type DomainErrorCode, type FieldIssue } from "@hindsight/domain";
import { ZodError } from "zod";

/** The one place where domain error codes meet tRPC codes (and through them, HTTP statuses). */
const trpcCodeFor: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  INVALID: "BAD_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  UNAVAILABLE: "SERVICE_UNAVAILABLE",
};

/**
 * A domain error as the tRPC error with its mapped code. A database that cannot be reached (from
 * any repository, read or write) counts as the domain's UNAVAILABLE, so callers see
 * SERVICE_UNAVAILABLE (HTTP 503, retry later) rather than an internal error; a database refusal
 * that means bad input (a NUL character, a date out of range, a violated check) from a read as
 * well as a write is the domain's INVALID (400).
 */
export function toTRPCError(error: unknown): unknown {
  const mapped = toDomainError(error);
  const domainError = mapped instanceof DomainError ? mapped : null;
  if (domainError) {
    return new TRPCError({ code: trpcCodeFor[domainError.code], message: domainError.message, cause: domainError });
  }
  return error;
}

/**
 * True for errors that mean "retry later" (the database is down or too slow): answered 503 with
 * Retry-After. An error that already says so is known by its name and code as well as its class:
 * Next.js bundles the pages and instrumentation.ts apart, each with its own copy of tRPC and of
 * the domain, so an error thrown in one is no instance of the other's classes.
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof TRPCError) return error.code === "SERVICE_UNAVAILABLE";
  const named = unavailableByName(error);
  return named ?? databaseUnavailable(error) !== null;
}

/** For a tRPC or domain error of any copy of those modules: whether its code says unavailable; else null. */
function unavailableByName(error: unknown): boolean | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (error.name === "TRPCError") return code === "SERVICE_UNAVAILABLE";
  if (error.name === "DomainError") return code === "UNAVAILABLE";
  return null;
}

/** Field errors keyed by dotted path, from a zod error or a domain error's issues. */
export function fieldErrorsOf(cause: unknown): Record<string, string> | null {
  let issues: FieldIssue[] | null = null;
  if (cause instanceof ZodError) {
    issues = cause.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
  } else if (cause instanceof DomainError && cause.issues.length > 0) {
    issues = cause.issues;
  }
  if (!issues) return null;
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.path || "_"] ??= issue.message;
  return errors;
}
