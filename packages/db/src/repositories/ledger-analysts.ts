import type { LedgerFile } from "@hindsight/domain";
import type { Prisma } from "../client";
import type { ImportCounts } from "./ledger";
import { assignEach, chunks, insertRows, newId, updateRows, type Columns, type StatementQueue } from "./ledger-sql";

/** Creates the file's new analysts and updates changed names and affiliations; the ids by slug. */
export async function writeAnalysts(
  tx: Prisma.TransactionClient,
  queue: StatementQueue,
  ledger: LedgerFile,
  counts: ImportCounts,
  now: Date,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const existing = new Map<string, { id: string; name: string; affiliation: string | null }>();
  for (const slugs of chunks(
    ledger.analysts.map((analyst) => analyst.slug),
    10_000,
  )) {
    const rows = await tx.analyst.findMany({
      where: { slug: { in: slugs } },
      select: { id: true, slug: true, name: true, affiliation: true },
    });
    for (const row of rows) existing.set(row.slug, row);
  }
  const created: { id: string; slug: string; name: string; affiliation: string | null }[] = [];
  const changed: { id: string; name: string; affiliation: string | null }[] = [];
  for (const analyst of ledger.analysts) {
    const data = { name: analyst.name, affiliation: analyst.affiliation ?? null };
    const row = existing.get(analyst.slug);
    const id = row?.id ?? newId();
    ids.set(analyst.slug, id);
    if (!row) created.push({ id, slug: analyst.slug, ...data });
    else if (row.name !== data.name || row.affiliation !== data.affiliation) changed.push({ id, ...data });
  }
  const columns = { id: "text", name: "text", affiliation: "text" } satisfies Columns;
  await insertRows(queue, "analyst", { ...columns, slug: "text" }, created, {
    now,
    stamped: ["createdAt", "updatedAt"],
  });
  await updateRows(queue, "analyst", columns, changed, { now, set: assignEach(["name", "affiliation"]) });
  counts.analysts.created = created.length;
  counts.analysts.updated = changed.length;
  return ids;
}
