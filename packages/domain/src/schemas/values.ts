/**
 * The plain values of the schemas (lists of allowed values, limits, date reading) with no zod in
 * them: browser code that needs only these (a status filter, a role check, a character count) does
 * not pull the schemas, and with them all of zod (about 27 kB gzipped), into a page's first load.
 * The schemas that use them import them from here.
 */

export const probabilitySources = ["STATED", "HEDGE", "ESTIMATE"] as const;
export const outcomes = ["TRUE", "FALSE", "PARTIAL", "AMBIGUOUS", "ANNULLED"] as const;
export type ProbabilitySource = (typeof probabilitySources)[number];
export type Outcome = (typeof outcomes)[number];

/** Filter values for a prediction's status: open, due (deadline passed, no outcome), judged, or one outcome. */
export const statusFilters = ["OPEN", "DUE", "JUDGED", ...outcomes] as const;
export type StatusFilter = (typeof statusFilters)[number];

/** What a signed-in user may do: VIEWER reads, EDITOR logs, edits and judges, ADMIN also manages users. */
export const roles = ["ADMIN", "EDITOR", "VIEWER"] as const;
export type Role = (typeof roles)[number];
export const isRole = (value: unknown): value is Role =>
  typeof value === "string" && (roles as readonly string[]).includes(value);

/** Passwords are checked here for the forms and again by the auth library, which hashes them. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export const MAX_DISPUTE_TEXT = 5000;
export const MAX_DISPUTE_REASON = 2000;
export const MAX_FILER_NAME = 200;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads "2025-04-25" (as midnight UTC) or an ISO 8601 timestamp. Calendar-impossible dates
 * ("2025-02-30", which JavaScript would roll over to 2 March) are refused, not corrected.
 */
export function parseIsoDate(value: string): Date | null {
  const text = value.trim();
  const match = DATE_ONLY.exec(text) ?? TIMESTAMP.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
    return null;
  // A timestamp without a zone is read as UTC, like a date alone, never in the server's local time.
  const zone = TIMESTAMP.exec(text)?.[6];
  const parsed = DATE_ONLY.test(text) ? calendar : new Date(`${text.replace(" ", "T")}${zone ? "" : "Z"}`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** Roles an API key may carry (never ADMIN: managing users and keys stays with people). */
export const apiKeyRoles = ["EDITOR", "VIEWER"] as const satisfies readonly Role[];
export type ApiKeyRole = (typeof apiKeyRoles)[number];

export type ApiKeyStatus = "active" | "expired" | "revoked";

/** Whether a key is still accepted at `now`; a revoked key reads as revoked even after it expired. */
export function apiKeyStatus(key: { expiresAt: Date | null; revokedAt: Date | null }, now: Date): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/**
 * The events a webhook endpoint may subscribe to (docs/webhooks.md gives each payload's shape).
 * dispute.created and dispute.answered belong to the right of reply (issue 17, line 4).
 */
export const webhookEventTypes = [
  "prediction.created",
  "prediction.updated",
  "judgement.created",
  "question.judged",
  "dispute.created",
  "dispute.answered",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export const isWebhookEventType = (value: string): value is WebhookEventType =>
  (webhookEventTypes as readonly string[]).includes(value);
