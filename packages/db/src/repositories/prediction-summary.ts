import { DomainError, type PredictionSummary } from "@hindsight/domain";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";

/**
 * The one projection of a prediction to its summary (packages/domain/src/schemas/prediction-output.ts):
 * the columns below over `prediction p` joined with `summaryJoins`, and `toSummary` for each row.
 * The list, the due queue, the detail page and a new prediction's answer all read through it.
 */
export const summaryColumns = Prisma.sql`p."id", p."key", p."claim", p."quote", p."madeAt", p."resolveBy", p."probability",
  p."probabilitySource"::text AS "probabilitySource", p."hedge", p."conditional", p."outcome"::text AS "outcome",
  p."version", p."createdAt",
  a."id" AS "analystId", a."slug" AS "analystSlug", a."name" AS "analystName",
  s."id" AS "sourceId", s."title" AS "sourceTitle", s."outlet" AS "sourceOutlet", s."url" AS "sourceUrl",
  s."publishedAt" AS "sourcePublishedAt",
  ARRAY(SELECT t."slug" FROM "prediction_tag" pt JOIN "tag" t ON t."id" = pt."tagId"
    WHERE pt."predictionId" = p."id" ORDER BY t."slug") AS "tags",
  EXISTS (SELECT 1 FROM "dispute" d WHERE d."predictionId" = p."id" AND d."status" = 'OPEN') AS "disputed"`;

/** The analyst's and the source's rows beside `prediction p`, for `summaryColumns`. */
export const summaryJoins = Prisma.sql`JOIN "analyst" a ON a."id" = p."analystId"
  LEFT JOIN "source" s ON s."id" = p."sourceId"`;

/** One row of `summaryColumns`: the prediction's columns, its analyst's and source's flattened. */
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

export const toSummary = (row: SummaryRow): PredictionSummary => ({
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

/** One prediction's summary (a transaction's client works too); NOT_FOUND when there is none. */
export async function findSummary(db: Pick<Database, "$queryRaw">, id: string): Promise<PredictionSummary> {
  const [row] = await db.$queryRaw<
    SummaryRow[]
  >`SELECT ${summaryColumns} FROM "prediction" p ${summaryJoins} WHERE p."id" = ${id}`;
  if (!row) throw new DomainError("NOT_FOUND", `Prediction ${id} does not exist`);
  return toSummary(row);
}
