import type { AuditRecord } from "@hindsight/domain";
import { formatAuditValue, type AuditChange, type AuditDescription } from "@/lib/audit";
import { formatDay, formatPercent } from "@/lib/format";

/**
 * A question's audit events in words: created with a title, criteria and deadline; edited field by
 * field; a reference forecast added or removed ("Polymarket: 35% on 10 Jan 2025"). Judgements are
 * not here: the judgement history holds them.
 */
const labels: Record<string, string> = { title: "Title", criteria: "Resolution criteria", resolveBy: "Deadline" };
const order = Object.keys(labels);

const titles: Record<string, string> = {
  "question.create": "Created the question",
  "question.update": "Edited the question",
  "question.reference.add": "Added a reference forecast",
  "question.reference.remove": "Removed a reference forecast",
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** "Polymarket: 35% on 10 Jan 2025", from a reference as the audit log keeps it (dates as ISO strings). */
export function describeReference(value: unknown): string {
  if (!isRecord(value)) return "unknown";
  const source = typeof value.source === "string" ? value.source : "unknown source";
  const probability = typeof value.probability === "number" ? formatPercent(value.probability) : "?";
  const asOf = typeof value.asOf === "string" || value.asOf instanceof Date ? new Date(value.asOf) : null;
  const day = asOf && !Number.isNaN(asOf.getTime()) ? ` on ${formatDay(asOf)}` : "";
  return `${source}: ${probability}${day}`;
}

export function describeQuestionEvent(event: Pick<AuditRecord, "action" | "before" | "after">): AuditDescription {
  const title = titles[event.action] ?? event.action;
  const before = isRecord(event.before) ? event.before : {};
  const after = isRecord(event.after) ? event.after : {};
  if (event.action === "question.reference.add") {
    return {
      title,
      changes: [{ field: "reference", label: "Reference", before: null, after: describeReference(after) }],
    };
  }
  if (event.action === "question.reference.remove") {
    return {
      title,
      changes: [{ field: "reference", label: "Reference", before: describeReference(before), after: "removed" }],
    };
  }
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])]
    .filter((field) => field in labels)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const created = event.action === "question.create";
  const changes: AuditChange[] = fields
    .filter((field) => !created || (after[field] !== null && after[field] !== undefined && after[field] !== ""))
    .map((field) => ({
      field,
      label: labels[field]!,
      before: created ? null : formatAuditValue(field, before[field]),
      after: formatAuditValue(field, after[field]),
    }));
  return { title, changes };
}
