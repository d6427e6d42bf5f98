import type { AuditRecord } from "@hindsight/domain";
import { formatAuditValue, type AuditDescription } from "@/lib/audit";

/**
 * A source's audit events in words. The article text is recorded by its SHA-256, never whole, so a
 * changed text shows as a new hash.
 */
const labels: Record<string, string> = {
  title: "Title",
  outlet: "Outlet",
  url: "Address",
  archiveUrl: "Archived copy",
  publishedAt: "Published",
  authors: "Authors",
  textSha256: "Article text SHA-256",
};
const order = Object.keys(labels);

const titles: Record<string, string> = {
  "source.create": "Recorded the source",
  "source.import": "Imported the source from a ledger file",
  "source.update": "Changed the source",
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

export function describeSourceEvent(event: Pick<AuditRecord, "action" | "before" | "after">): AuditDescription {
  const title = titles[event.action] ?? event.action;
  const before = isRecord(event.before) ? event.before : {};
  const after = isRecord(event.after) ? event.after : {};
  const created = event.action === "source.create" || event.action === "source.import";
  const changes = order
    .filter((field) => (created ? !isEmpty(after[field]) : field in after || field in before))
    .map((field) => ({
      field,
      label: labels[field] ?? field,
      before: created ? null : formatAuditValue(field, before[field]),
      after: formatAuditValue(field, after[field]),
    }));
  return { title, changes };
}
