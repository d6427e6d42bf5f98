import { createHash } from "node:crypto";
import type { Prisma } from "../client";

/** SHA-256 of an article text's UTF-8 bytes, in lower-case hex (what PostgreSQL's sha256() gives too). */
export function textSha256(text: string | null): string | null {
  return text === null ? null : createHash("sha256").update(text, "utf8").digest("hex");
}

/** A source's fields as its change history records them: the article text by its hash, never whole. */
export interface AuditedSource {
  title: string;
  outlet: string | null;
  url: string | null;
  archiveUrl: string | null;
  publishedAt: Date;
  authors: string[];
  textSha256: string | null;
}

const auditedFields = ["title", "outlet", "url", "archiveUrl", "publishedAt", "authors", "textSha256"] as const;

const sameField = (a: AuditedSource[keyof AuditedSource], b: AuditedSource[keyof AuditedSource]): boolean =>
  a instanceof Date && b instanceof Date
    ? a.getTime() === b.getTime()
    : Array.isArray(a) && Array.isArray(b)
      ? a.join("\n") === b.join("\n") && a.length === b.length
      : a === b;

/** The fields that differ, before and after; null when nothing does. */
export function sourceChanges(
  before: AuditedSource,
  after: AuditedSource,
): { before: Prisma.InputJsonObject; after: Prisma.InputJsonObject } | null {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const field of auditedFields) {
    if (sameField(before[field], after[field])) continue;
    was[field] = before[field];
    now[field] = after[field];
  }
  if (Object.keys(now).length === 0) return null;
  return { before: asJson(was), after: asJson(now) };
}

/** The audited fields of a new source, as its first change-history entry records them. */
export function createdSource(source: AuditedSource): Prisma.InputJsonObject {
  return asJson(Object.fromEntries(auditedFields.map((field) => [field, source[field]])));
}

const asJson = (value: object): Prisma.InputJsonObject => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
