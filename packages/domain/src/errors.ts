/**
 * Errors raised by domain rules and repositories. Each carries a code; the API maps codes to tRPC
 * codes and HTTP statuses in one place (packages/api/src/errors.ts).
 */
export type DomainErrorCode =
  "INVALID" | "NOT_FOUND" | "CONFLICT" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "UNAVAILABLE";

export interface FieldIssue {
  /** Dotted path to the offending field, e.g. `predictions[12].probability`. */
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: DomainErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.issues = issues;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
