import { DomainError, sameStrings, sameValue, type FieldIssue, type LedgerFile } from "@hindsight/domain";
import type { Prisma } from "../client";
import type { ImportCounts } from "./ledger";
import { createdSource, sourceChanges, textSha256 } from "./source-integrity";
import { sourceFieldsSelect, type SourceFieldsRow } from "./source-select";
import { assignEach, chunks, insertRows, newId, updateRows, type Columns, type StatementQueue } from "./ledger-sql";

export interface SourceLink {
  id: string;
  /** The article text quote offsets are found in: the file's, else the one already stored. */
  text: string | null;
}

export async function writeSources(
  tx: Prisma.TransactionClient,
  queue: StatementQueue,
  ledger: LedgerFile,
  counts: ImportCounts,
  now: Date,
  locate: (path: string) => string,
  actor: { userId: string | null },
): Promise<Map<string, SourceLink>> {
  await queue.flush();
  const urls = ledger.sources.flatMap((source) => (source.url ? [source.url] : []));
  const holders = new Map<string, string>();
  for (const batch of chunks(urls, 10_000)) {
    const rows = await tx.source.findMany({ where: { url: { in: batch } }, select: { key: true, url: true } });
    for (const row of rows) if (row.url) holders.set(row.url, row.key);
  }
  const conflicts: FieldIssue[] = [];
  ledger.sources.forEach((source, index) => {
    const holder = source.url ? holders.get(source.url) : undefined;
    if (holder !== undefined && holder !== source.key) {
      conflicts.push({ path: locate(`sources[${index}].url`), message: `already used by the source "${holder}"` });
    }
  });
  if (conflicts.length) {
    throw new DomainError("INVALID", "A source's url is already in the ledger under another key", conflicts);
  }

  const existing = new Map<string, SourceFieldsRow>();
  for (const keys of chunks(
    ledger.sources.map((source) => source.key),
    10_000,
  )) {
    const rows = await tx.source.findMany({
      where: { key: { in: keys } },
      select: sourceFieldsSelect,
    });
    for (const row of rows) existing.set(row.key, row);
  }
  const links = new Map<string, SourceLink>();
  const created: object[] = [];
  const changed: object[] = [];
  const audits: object[] = [];
  const audit = (entityId: string, action: string, before: object | null, after: object) =>
    audits.push({ id: newId(), actorId: actor.userId, action, entity: "source", entityId, before, after });
  for (const source of ledger.sources) {
    const row = existing.get(source.key);
    // The byline, the archived copy and the article text are additions a file may leave out (a CSV
    // always does): left out, the stored ones stay.
    const text = source.text ?? row?.text ?? null;
    const data = {
      id: row?.id ?? newId(),
      title: source.title,
      outlet: source.outlet ?? null,
      url: source.url ?? null,
      archiveUrl: source.archiveUrl ?? row?.archiveUrl ?? null,
      publishedAt: source.publishedAt,
      authors: source.authors ?? row?.authors ?? [],
      text,
      // Hashed only when the text changes (or was never hashed): a long text is not re-read on every import.
      textSha256: row && row.text === text && row.textSha256 !== null ? row.textSha256 : textSha256(text),
    };
    links.set(source.key, { id: data.id, text: data.text });
    const { id, text: _text, ...audited } = data;
    if (!row) {
      created.push({ ...data, key: source.key });
      audit(id, "source.import", null, createdSource(audited));
    } else if (
      row.title !== data.title ||
      row.outlet !== data.outlet ||
      row.url !== data.url ||
      row.archiveUrl !== data.archiveUrl ||
      !sameValue(row.publishedAt, data.publishedAt) ||
      !sameStrings(row.authors, data.authors) ||
      row.text !== data.text
    ) {
      changed.push(data);
      const changes = sourceChanges(row, audited);
      if (changes) audit(id, "source.update", changes.before, changes.after);
    }
  }
  const columns = {
    id: "text",
    title: "text",
    outlet: "text",
    url: "text",
    archiveUrl: "text",
    publishedAt: "date",
    authors: "text[]",
    text: "text",
    textSha256: "text",
  } satisfies Columns;
  // Article texts can be long: fewer rows a statement.
  await insertRows(queue, "source", { ...columns, key: "text" }, created, {
    now,
    stamped: ["createdAt", "updatedAt"],
    size: 1000,
  });
  await updateRows(queue, "source", columns, changed, {
    now,
    set: assignEach(["title", "outlet", "url", "archiveUrl", "publishedAt", "authors", "text", "textSha256"]),
    size: 1000,
  });
  await insertRows(
    queue,
    "audit_event",
    { id: "text", actorId: "text", action: "text", entity: "text", entityId: "text", before: "jsonb", after: "jsonb" },
    audits,
    { now, stamped: ["at"] },
  );
  counts.sources.created = created.length;
  counts.sources.updated = changed.length;
  return links;
}
