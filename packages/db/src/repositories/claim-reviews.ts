import {
  DomainError,
  type ClaimReviewFacts,
  type ListClaimReviewsInput,
  type Outcome,
  type Page,
  type ProbabilitySource,
} from "@hindsight/domain";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";
import { decodeCursor, encodeCursor } from "./cursor";
import { utc } from "./prediction-filter-sql";

/** One row: a judged prediction with its analyst, its source and its latest judgement, flattened. */
interface FactsRow {
  id: string;
  claim: string;
  madeAt: Date;
  probability: number;
  probabilitySource: ProbabilitySource;
  hedge: string | null;
  probabilityLow: number | null;
  probabilityHigh: number | null;
  analystSlug: string;
  analystName: string;
  analystAffiliation: string | null;
  sourceId: string | null;
  sourceUrl: string | null;
  sourceTitle: string | null;
  sourceOutlet: string | null;
  sourcePublishedAt: Date | null;
  outcome: Outcome;
  credit: number | null;
  note: string | null;
  evidence: string[];
  judgedAt: Date;
}

const toFacts = (row: FactsRow): ClaimReviewFacts => ({
  predictionId: row.id,
  claim: row.claim,
  madeAt: row.madeAt,
  probability: row.probability,
  probabilitySource: row.probabilitySource,
  hedge: row.hedge,
  probabilityLow: row.probabilityLow,
  probabilityHigh: row.probabilityHigh,
  analyst: { slug: row.analystSlug, name: row.analystName, affiliation: row.analystAffiliation },
  source:
    row.sourceId === null
      ? null
      : {
          url: row.sourceUrl,
          title: row.sourceTitle ?? "",
          outlet: row.sourceOutlet,
          publishedAt: row.sourcePublishedAt ?? row.madeAt,
        },
  judgement: {
    outcome: row.outcome,
    credit: row.credit,
    note: row.note,
    evidence: row.evidence,
    judgedAt: row.judgedAt,
  },
});

/**
 * Judged predictions (those whose latest judgement has an outcome: a reopened one has none) with
 * that latest judgement, newest judgement first, under the given conditions. The latest judgement
 * is the one the prediction's cached outcome comes from: newest by (createdAt, id).
 */
async function judgedFacts(db: Database, conditions: Prisma.Sql[], limit: number): Promise<FactsRow[]> {
  return await db.$queryRaw<FactsRow[]>`
    SELECT p."id", p."claim", p."madeAt", p."probability", p."probabilitySource"::text AS "probabilitySource",
      p."hedge", p."probabilityLow", p."probabilityHigh",
      a."slug" AS "analystSlug", a."name" AS "analystName", a."affiliation" AS "analystAffiliation",
      s."id" AS "sourceId", s."url" AS "sourceUrl", s."title" AS "sourceTitle", s."outlet" AS "sourceOutlet",
      s."publishedAt" AS "sourcePublishedAt",
      j."outcome"::text AS "outcome", j."credit", j."note", j."evidence", j."createdAt" AS "judgedAt"
    FROM "prediction" p
    JOIN LATERAL (
      SELECT "outcome", "credit", "note", "evidence", "createdAt" FROM "judgement"
      WHERE "predictionId" = p."id" ORDER BY "createdAt" DESC, "id" DESC LIMIT 1
    ) j ON true
    JOIN "analyst" a ON a."id" = p."analystId"
    LEFT JOIN "source" s ON s."id" = p."sourceId"
    WHERE p."outcome" IS NOT NULL AND j."outcome" IS NOT NULL AND ${Prisma.join(conditions, " AND ")}
    ORDER BY j."createdAt" DESC, p."id" DESC
    LIMIT ${limit}`;
}

/**
 * What the ClaimReviews of judged predictions are built from, most recently judged first (ties by
 * prediction id), optionally only those whose latest judgement was made at or after `since`;
 * paginated by keyset cursor over (the latest judgement's time, prediction id). A re-judged
 * prediction moves to the front with its new judgement; a reopened one is not listed.
 */
export async function listClaimReviewFacts(
  db: Database,
  input: ListClaimReviewsInput,
): Promise<Page<ClaimReviewFacts>> {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (input.since) conditions.push(Prisma.sql`j."createdAt" >= ${utc(input.since)}`);
  if (input.cursor) {
    const after = decodeCursor(input.cursor);
    conditions.push(Prisma.sql`(j."createdAt", p."id") < (${utc(after.at)}, ${after.id})`);
  }
  const rows = await judgedFacts(db, conditions, input.limit + 1);
  const items = rows.slice(0, input.limit).map(toFacts);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > input.limit && last ? encodeCursor({ at: last.judgement.judgedAt, id: last.predictionId }) : null,
  };
}

/** The facts of one prediction's ClaimReview, or null while it has none (open or reopened). */
export async function getClaimReviewFacts(db: Database, predictionId: string): Promise<ClaimReviewFacts | null> {
  const [row] = await judgedFacts(db, [Prisma.sql`p."id" = ${predictionId}`], 1);
  if (row) return toFacts(row);
  const exists = await db.prediction.findUnique({ where: { id: predictionId }, select: { id: true } });
  if (!exists) throw new DomainError("NOT_FOUND", `Prediction ${predictionId} does not exist`);
  return null;
}
