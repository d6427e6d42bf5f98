import type { AuditRecord, Outcome, ProbabilitySource } from "@hindsight/domain";
import { formatDay, formatMoment, formatPercent, outcomeLabels } from "./format";

/**
 * Audit events as sentences a reader can follow: "Edited the prediction: Deadline 31 Dec 2025 ->
 * 30 Jun 2026". The events keep raw JSON (ISO date strings, 0..1 numbers, enum names); this turns
 * each field into the words and formats the rest of the interface uses.
 */
export interface AuditChange {
  field: string;
  label: string;
  /** null for a value set when the record was created (nothing came before). */
  before: string | null;
  after: string;
}

export interface AuditDescription {
  title: string;
  changes: AuditChange[];
  /** Who acted, when the event names them itself (a dispute filed without signing in has no user). */
  by?: string;
}

const fieldLabels: Record<string, string> = {
  analyst: "Analyst",
  source: "Source",
  claim: "Claim",
  quote: "Quote",
  criteria: "Resolution criteria",
  madeAt: "Date made",
  resolveBy: "Deadline",
  probability: "Probability",
  probabilitySource: "Probability from",
  hedge: "Hedge words",
  conditional: "Conditional",
  condition: "Condition",
  tags: "Tags",
  outcome: "Outcome",
  credit: "Credit",
  resolvedAt: "Date decided",
  probabilityLow: "Interval low",
  probabilityHigh: "Interval high",
  analystId: "Analyst (record id)",
  sourceId: "Source (record id)",
  parentId: "Compound prediction (record id)",
};

/** Bookkeeping that says nothing to a reader of the history. */
const hiddenFields = new Set([
  "id",
  "key",
  "version",
  "createdAt",
  "updatedAt",
  "createdById",
  "quoteStart",
  "quoteEnd",
]);

/** Fields in the order the prediction page shows them; others follow in the order they come. */
const fieldOrder = Object.keys(fieldLabels);

/** What a newly logged or imported prediction is summed up by. */
const createdFields = [
  "analyst",
  "source",
  "claim",
  "quote",
  "criteria",
  "madeAt",
  "probability",
  "probabilitySource",
  "hedge",
  "resolveBy",
  "conditional",
  "condition",
  "tags",
];

const titles: Record<string, string> = {
  "prediction.create": "Logged the prediction",
  "prediction.import": "Imported the prediction from a ledger file",
  "prediction.update": "Edited the prediction",
};

const dateFields = new Set(["madeAt", "resolveBy", "resolvedAt", "publishedAt", "createdAt"]);
const percentFields = new Set(["probability", "credit", "probabilityLow", "probabilityHigh"]);

const probabilitySourceWords: Record<ProbabilitySource, string> = {
  STATED: "stated by the analyst",
  HEDGE: "read from hedge words",
  ESTIMATE: "the recorder's estimate",
};

const NONE = "none";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function formatDate(value: unknown): string | null {
  if (typeof value !== "string" && !(value instanceof Date)) return null;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  return midnight ? formatDay(date) : formatMoment(date);
}

/** One field's value in words. */
export function formatAuditValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return NONE;
  if (dateFields.has(field)) return formatDate(value) ?? String(value);
  if (percentFields.has(field) && typeof value === "number") return formatPercent(value);
  if (field === "probabilitySource" && typeof value === "string" && value in probabilitySourceWords) {
    return probabilitySourceWords[value as ProbabilitySource];
  }
  if (field === "outcome" && typeof value === "string" && value in outcomeLabels) {
    return outcomeLabels[value as Outcome];
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length === 0 ? NONE : value.map((item) => String(item)).join(", ");
  if (isRecord(value)) {
    // Analysts and sources are stored whole; their name or title says which.
    const name = value.name ?? value.title;
    if (typeof name === "string") return name;
    return JSON.stringify(value);
  }
  return String(value);
}

const byFieldOrder = (a: string, b: string) => {
  const rank = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length);
  return rank(a) - rank(b);
};

const labelOf = (field: string) => fieldLabels[field] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

const disputeStatusWords: Record<string, string> = { OPEN: "open", UPHELD: "upheld", REJECTED: "rejected" };

/** A dispute filed, or answered (docs/disputes.md): what was said and decided, never an email address. */
function describeDisputeEvent(action: string, before: Record<string, unknown>, after: Record<string, unknown>) {
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : NONE);
  if (action === "dispute.create") {
    const filer = text(after.filer);
    const evidence = Array.isArray(after.evidence) ? after.evidence.filter((link) => typeof link === "string") : [];
    return {
      title: "Disputed the judgement",
      by: after.publicFiler === true ? `${filer} (not signed in)` : undefined,
      changes: [
        { field: "text", label: "Dispute", before: null, after: text(after.text) },
        ...(evidence.length
          ? [{ field: "evidence", label: "Evidence", before: null, after: evidence.join(", ") }]
          : []),
      ],
    };
  }
  const upheld = after.decision === "UPHOLD";
  return {
    title: upheld ? "Upheld a dispute" : "Rejected a dispute",
    changes: [
      {
        field: "status",
        label: "Dispute",
        before: disputeStatusWords[String(before.status)] ?? text(before.status),
        after: disputeStatusWords[String(after.status)] ?? text(after.status),
      },
      ...(typeof after.reason === "string" && after.reason !== ""
        ? [{ field: "reason", label: "Reason", before: null, after: after.reason }]
        : []),
    ],
  };
}

export function describeAuditEvent(event: Pick<AuditRecord, "action" | "before" | "after">): AuditDescription {
  const before = isRecord(event.before) ? event.before : {};
  const after = isRecord(event.after) ? event.after : {};
  if (event.action === "dispute.create" || event.action === "dispute.answer") {
    return describeDisputeEvent(event.action, before, after);
  }
  const title = titles[event.action] ?? event.action;
  if (event.action === "prediction.create" || event.action === "prediction.import") {
    // A new record: what it was made with, not "none -> value" for every field. Unset fields and a
    // plain "no" for conditional say nothing.
    const changes = createdFields
      .filter((field) => !isEmpty(after[field]) && !(field === "conditional" && after[field] === false))
      .map((field) => ({ field, label: labelOf(field), before: null, after: formatAuditValue(field, after[field]) }));
    return { title, changes };
  }
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])]
    .filter((field) => !hiddenFields.has(field))
    .sort(byFieldOrder);
  const changes = fields.map((field) => ({
    field,
    label: labelOf(field),
    before: formatAuditValue(field, before[field]),
    after: formatAuditValue(field, after[field]),
  }));
  return { title, changes };
}
