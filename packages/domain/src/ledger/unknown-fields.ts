import type { FieldIssue } from "../errors";

// Apart from the readers (schema.ts, csv.ts: zod and the CSV parser), so that the import page's
// browser code can tell these problems apart without loading either.

/** The message of a field a JSON ledger has and this Hindsight does not know. */
export const UNKNOWN_FIELD = "unknown field";
/** How the message of a CSV column this Hindsight does not know starts. */
export const UNKNOWN_COLUMN = "unknown column";

/** Whether a problem is a field (JSON) or a column (CSV) this Hindsight does not know: one that ignoring unknown fields lifts. */
export const isUnknownFieldIssue = (issue: FieldIssue): boolean =>
  issue.message === UNKNOWN_FIELD || issue.message.startsWith(UNKNOWN_COLUMN);
