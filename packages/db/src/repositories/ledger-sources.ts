import { DomainError, sameStrings, sameValue, type FieldIssue, type LedgerFile } from "@hindsight/domain";
import type { Prisma } from "../client";
import type { ImportCounts } from "./ledger";
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

  const existing = new Map<
    string,
    {
      id: string;
      title: string;
      outlet: string | null;
      url: string | null;
      publishedAt: Date;
      authors: string[];
      text: string | null;
    }
  >();
  for (const keys of chunks(
    ledger.sources.map((source) => source.key),
    10_000,
  )) {
    const rows = await tx.source.findMany({
      where: { key: { in: keys } },
      select: {
        id: true,
        key: true,
        title: true,
        outlet: true,
        url: true,
        publishedAt: true,
        authors: true,
        text: true,
      },
    });
    for (const row of rows) existing.set(row.key, row);
  }
  const links = new Map<string, SourceLink>();
  const created: object[] = [];
  const changed: object[] = [];
  for (const source of ledger.sources) {
    const row = existing.get(source.key);
    // The byline and the article text are additions a file may leave out (a CSV always does):
    // left out, the stored ones stay.
    const data = {
      id: row?.id ?? newId(),
      title: source.title,
      outlet: source.outlet ?? null,
      url: source.url ?? null,
      publishedAt: source.publishedAt,
      authors: source.authors ?? row?.authors ?? [],
      text: source.text ?? row?.text ?? null,
    };
    links.set(source.key, { id: data.id, text: data.text });
    if (!row) created.push({ ...data, key: source.key });
    else if (
      row.title !== data.title ||
      row.outlet !== data.outlet ||
      row.url !== data.url ||
      !sameValue(row.publishedAt, data.publishedAt) ||
      !sameStrings(row.authors, data.authors) ||
      row.text !== data.text
    ) {
      changed.push(data);
    }
  }
  const columns = {
    id: "text",
    title: "text",
    outlet: "text",
    url: "text",
    publishedAt: "date",
    authors: "text[]",
    text: "text",
  } satisfies Columns;
  // Article texts can be long: fewer rows a statement.
  await insertRows(queue, "source", { ...columns, key: "text" }, created, {
    now,
    stamped: ["createdAt", "updatedAt"],
    size: 1000,
  });
  await updateRows(queue, "source", columns, changed, {
    now,
    set: assignEach(["title", "outlet", "url", "publishedAt", "authors", "text"]),
    size: 1000,
  });
  counts.sources.created = created.length;
  counts.sources.updated = changed.length;
  return links;
}
