import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
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

export function toTRPCError(error: unknown): unknown {
  if (error instanceof DomainError) {
    return new TRPCError({ code: trpcCodeFor[error.code], message: error.message, cause: error });
  }
  return error;
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
