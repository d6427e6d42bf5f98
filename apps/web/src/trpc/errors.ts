import type { AppRouter } from "@hindsight/api";
import { isTRPCClientError } from "@trpc/client";
import { placeFieldErrors } from "@/lib/field-errors";

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

/** The tRPC error code of a failed call ("UNAUTHORIZED", "CONFLICT"...), or null for a lost connection or other failure. */
export function errorCode(error: unknown): string | null {
  if (isTRPCClientError<AppRouter>(error)) return error.data?.code ?? null;
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return null;
}

/** A procedure called on the server that found nothing (or was given an id that cannot exist). */
export function isNotFound(error: unknown): boolean {
  const code = errorCode(error);
  return code === "NOT_FOUND" || code === "BAD_REQUEST";
}

/** What a form gives showFormWriteError: its fields, how to mark one, and its alert above the fields. */
export interface FormWriteErrorTarget<Path extends string> {
  fieldPaths: readonly Path[];
  setError: (path: Path, error: { type: "server"; message: string }, options: { shouldFocus: boolean }) => void;
  setFormError: (message: string | null) => void;
  /** Starts the alert for a failure that is not about a field, e.g. "The user was not created." */
  failed: string;
}

/**
 * Shows a failed write on its form: the server's field errors on their fields (the first one
 * focused), those that match no field in the form's alert; any other failure in the alert, after
 * `failed`, with the server's reason.
 */
export function showFormWriteError<Path extends string>(error: unknown, form: FormWriteErrorTarget<Path>): void {
  const fieldErrors = serverFieldErrors(error);
  if (!fieldErrors) {
    form.setFormError(`${form.failed} ${describeError(error)}`);
    return;
  }
  const { onFields, unplaced } = placeFieldErrors(fieldErrors, form.fieldPaths);
  for (const [path, message] of onFields) form.setError(path, { type: "server", message }, { shouldFocus: true });
  form.setFormError(unplaced.length > 0 ? unplaced.join(" ") : null);
}
