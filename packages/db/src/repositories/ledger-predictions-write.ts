import type { Prisma } from "../client";
import type { ImportCounts, ImportProgress } from "./ledger";
import { predictionColumns } from "./ledger-predictions-columns";
import {
  assignEach,
  chunks,
  deleteRows,
  insertRows,
  newId,
  updateRows,
  type Columns,
  type StatementQueue,
} from "./ledger-sql";

/*
 * Writing the prediction side of a ledger import once ledger-predictions.ts has staged every row:
 * the tags it names, then a table at a time (set-based), with progress.
 */

export interface TagChange {
  id: string;
  add: string[];
  remove: string[];
}

/** The ids of the tags the changes name, creating the ones new to the ledger. */
export async function ensureTags(tx: Prisma.TransactionClient, changes: TagChange[]): Promise<Map<string, string>> {
  const slugs = [...new Set(changes.flatMap((change) => [...change.add, ...change.remove]))];
  const tagIds = new Map<string, string>();
  for (const batch of chunks(slugs, 10_000)) {
    await tx.tag.createMany({ data: batch.map((slug) => ({ id: newId(), slug, name: slug })), skipDuplicates: true });
    for (const tag of await tx.tag.findMany({ where: { slug: { in: batch } }, select: { id: true, slug: true } })) {
      tagIds.set(tag.slug, tag.id);
    }
  }
  return tagIds;
}

/** The rows an import writes to the prediction side of the ledger, staged before any is written. */
export interface StagedRows {
  created: object[];
  updated: object[];
  moves: object[];
  tagsAdded: object[];
  tagsRemoved: object[];
  judgements: object[];
  audits: object[];
}

/**
 * Writes the staged rows a table at a time (set-based), reporting progress: each row counts twice,
 * once staged and once written, and an unchanged prediction once.
 */
export async function writeStaged(
  queue: StatementQueue,
  staged: StagedRows,
  options: { counts: ImportCounts; now: Date; onProgress?: (progress: ImportProgress) => void },
): Promise<void> {
  const { created, updated, moves, tagsAdded, tagsRemoved, judgements, audits } = staged;
  const { counts, now } = options;
  const rows = Object.values(staged);
  const total = counts.predictions.unchanged + 2 * rows.reduce((sum, list) => sum + list.length, 0);
  let done = 0;
  const advance = (steps: number) => {
    done += steps;
    options.onProgress?.({ done, total });
  };
  advance(counts.predictions.unchanged);

  await insertRows(
    queue,
    "prediction",
    {
      id: "text",
      key: "text",
      ...predictionColumns,
      createdById: "text",
      version: "integer",
      outcome: '"Outcome"',
      credit: "double precision",
      resolvedAt: "timestamp(3)",
    },
    created,
    {
      now,
      stamped: ["createdAt", "updatedAt"],
      advance,
    },
  );
  counts.predictions.created = created.length;
  await updateRows(
    queue,
    "prediction",
    {
      id: "text",
      ...predictionColumns,
      version: "integer",
      judged: "boolean",
      outcome: '"Outcome"',
      credit: "double precision",
      resolvedAt: "timestamp(3)",
    },
    updated,
    {
      now,
      // The outcome columns cache the latest judgement: only a new judgement moves them.
      set: [
        assignEach([...Object.keys(predictionColumns), "version"]),
        `"outcome" = CASE WHEN v."judged" THEN v."outcome" ELSE t."outcome" END`,
        `"credit" = CASE WHEN v."judged" THEN v."credit" ELSE t."credit" END`,
        `"resolvedAt" = CASE WHEN v."judged" THEN v."resolvedAt" ELSE t."resolvedAt" END`,
      ].join(", "),
      advance,
    },
  );
  await updateRows(queue, "prediction", { id: "text", parentId: "text" }, moves, {
    now,
    set: assignEach(["parentId"]),
    advance,
  });
  const link = { predictionId: "text", tagId: "text" } satisfies Columns;
  await deleteRows(queue, "prediction_tag", link, tagsRemoved, { advance });
  await insertRows(queue, "prediction_tag", link, tagsAdded, {
    now,
    onConflict: "ON CONFLICT DO NOTHING",
    size: 20_000,
    advance,
  });
  await insertRows(
    queue,
    "judgement",
    {
      id: "text",
      predictionId: "text",
      outcome: '"Outcome"',
      credit: "double precision",
      resolvedAt: "timestamp(3)",
      note: "text",
      evidence: "text[]",
      judgedById: "text",
      basedOnVersion: "integer",
      questionJudgementId: "text",
    },
    judgements,
    { now, stamped: ["createdAt"], advance },
  );
  counts.judgements.created = judgements.length;
  await insertRows(
    queue,
    "audit_event",
    { id: "text", actorId: "text", action: "text", entity: "text", entityId: "text", before: "jsonb", after: "jsonb" },
    audits,
    { now, stamped: ["at"], advance },
  );
}
