import type { AppRouter } from "@hindsight/api";
import { isTRPCClientError } from "@trpc/client";

/**
 * The field errors the API's error formatter attaches (`error.data.fieldErrors`, keyed by dotted
 * path), from schema validation on the server or from a domain rule; null for any other failure.
 */
export function serverFieldErrors(error: unknown): Record<string, string> | null {
  if (!isTRPCClientError<AppRouter>(error)) return null;
  const fieldErrors = error.data?.fieldErrors ?? null;
  return fieldErrors && Object.keys(fieldErrors).length > 0 ? fieldErrors : null;
}

/** A sentence for the user: the server's message for API errors, a plain one for a lost connection. */
export function describeError(error: unknown): string {
  if (isTRPCClientError<AppRouter>(error)) {
    return error.data ? error.message : "The server could not be reached. Check your connection and try again.";
  }
  return error instanceof Error ? error.message : "Something went wrong.";
}
