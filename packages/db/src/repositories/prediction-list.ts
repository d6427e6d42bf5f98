import { type ListDueInput, type ListPredictionsInput, type Page, type PredictionSummary } from "@hindsight/domain";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";
import { decodeCursor, encodeCursor } from "./cursor";
import { filterConditions, utc } from "./prediction-filter-sql";
import { predictionSummarySelect, toSummary } from "./prediction-select";

/** One list row as the summary query returns it: the prediction's columns, its analyst's and source's flattened. */
export interface SummaryRow {
  id: string;
  key: string;
  claim: string;
  quote: string | null;
  madeAt: Date;
  resolveBy: Date | null;
  probability: number;
  probabilitySource: PredictionSummary["probabilitySource"];
  hedge: string | null;
  conditional: boolean;
  outcome: PredictionSummary["outcome"];
  version: number;
  createdAt: Date;
  analystId: string;
  analystSlug: string;
  analystName: string;
  sourceId: string | null;
  sourceTitle: string | null;
  sourceOutlet: string | null;
  sourceUrl: string | null;
  sourcePublishedAt: Date | null;
  tags: string[];
  disputed: boolean;
}

const toListSummary = (row: SummaryRow): PredictionSummary => ({
  id: row.id,
  key: row.key,
  claim: row.claim,
  quote: row.quote,
  madeAt: row.madeAt,
  resolveBy: row.resolveBy,
  probability: row.probability,
  probabilitySource: row.probabilitySource,
  hedge: row.hedge,
  conditional: row.conditional,
  outcome: row.outcome,
  version: row.version,
  createdAt: row.createdAt,
  analyst: { id: row.analystId, slug: row.analystSlug, name: row.analystName },
  source:
    row.sourceId === null
      ? null
      : {
          id: row.sourceId,
          title: row.sourceTitle!,
          outlet: row.sourceOutlet,
          url: row.sourceUrl,
          publishedAt: row.sourcePublishedAt!,
        },
  tags: row.tags,
  disputed: row.disputed,
});

/** Whether `p` has an open dispute (docs/disputes.md), through the partial index on open disputes. */
export const disputedColumn = Prisma.sql`EXISTS (SELECT 1 FROM "dispute" d WHERE d."predictionId" = p."id" AND d."status" = 'OPEN') AS "disputed"`;

/**
 * Predictions, most recently logged first, filtered by analyst, tag, outlet, source, status, date
 * range and full-text search, paginated by keyset cursor. One statement: the page of ids through
 * the indexes (the analyst and source are joined only when a filter needs them), then just those
 * rows with the columns a list row shows.
 */
export async function listPredictions(
  db: Database,
  input: ListPredictionsInput,
  now: Date,
): Promise<Page<PredictionSummary>> {
  const conditions = filterConditions(input, now);
  if (input.cursor) {
    const after = decodeCursor(input.cursor);
    conditions.push(Prisma.sql`(p."createdAt", p."id") < (${utc(after.at)}, ${after.id})`);
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const joins = Prisma.join(
    [
      input.analyst ? Prisma.sql`JOIN "analyst" a ON a."id" = p."analystId"` : Prisma.empty,
      input.outlet ? Prisma.sql`JOIN "source" s ON s."id" = p."sourceId"` : Prisma.empty,
    ],
    " ",
  );
  const rows = await db.$queryRaw<SummaryRow[]>`
    WITH page AS (
      SELECT p."id", p."createdAt" FROM "prediction" p ${joins}
      ${where}
      ORDER BY p."createdAt" DESC, p."id" DESC
      LIMIT ${input.limit + 1}
    )
    SELECT p."id", p."key", p."claim", p."quote", p."madeAt", p."resolveBy", p."probability",
      p."probabilitySource"::text AS "probabilitySource", p."hedge", p."conditional", p."outcome"::text AS "outcome",
      p."version", p."createdAt",
      a."id" AS "analystId", a."slug" AS "analystSlug", a."name" AS "analystName",
      s."id" AS "sourceId", s."title" AS "sourceTitle", s."outlet" AS "sourceOutlet", s."url" AS "sourceUrl",
      s."publishedAt" AS "sourcePublishedAt",
      ARRAY(SELECT t."slug" FROM "prediction_tag" pt JOIN "tag" t ON t."id" = pt."tagId"
        WHERE pt."predictionId" = p."id" ORDER BY t."slug") AS "tags",
      ${disputedColumn}
    FROM page
    JOIN "prediction" p ON p."id" = page."id"
    JOIN "analyst" a ON a."id" = p."analystId"
    LEFT JOIN "source" s ON s."id" = p."sourceId"
    ORDER BY page."createdAt" DESC, page."id" DESC`;
  const items = rows.slice(0, input.limit).map(toListSummary);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/** The due queue: deadline passed, no outcome; oldest deadline first. */
export async function listDue(db: Database, input: ListDueInput, now: Date): Promise<Page<PredictionSummary>> {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await db.prediction.findMany({
    where: {
      outcome: null,
      resolveBy: { lt: now },
      ...(after ? { OR: [{ resolveBy: { gt: after.at } }, { resolveBy: after.at, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ resolveBy: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: predictionSummarySelect,
  });
  const items = rows.slice(0, input.limit).map(toSummary);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last?.resolveBy ? encodeCursor({ at: last.resolveBy, id: last.id }) : null,
  };
}

export async function countDue(db: Database, now: Date): Promise<number> {
  return await db.prediction.count({ where: { outcome: null, resolveBy: { lt: now } } });
}
