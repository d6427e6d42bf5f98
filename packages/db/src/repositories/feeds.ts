import {
  DomainError,
  type FeedDeadline,
  type FeedFilter,
  type FeedJudgement,
  type FeedPrediction,
  type FeedScope,
  type Outcome,
} from "@hindsight/domain";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";
import { utc } from "./prediction-filter-sql";

/**
 * The rows behind the Atom and iCalendar feeds (packages/api/src/feeds): the newest predictions,
 * the newest judgements, the soonest open deadlines, each narrowed by analyst, tag and question.
 */

/** Looks up what the filter names; a name that matches nothing is NOT_FOUND, naming the parameter. */
export async function resolveFeedScope(db: Database, filter: FeedFilter): Promise<FeedScope> {
  const [analyst, tag, question] = await Promise.all([
    filter.analyst === undefined
      ? null
      : db.analyst.findUnique({ where: { slug: filter.analyst }, select: { slug: true, name: true } }),
    filter.tag === undefined
      ? null
      : db.tag.findUnique({ where: { slug: filter.tag }, select: { slug: true, name: true } }),
    filter.question === undefined
      ? null
      : db.question.findUnique({ where: { key: filter.question }, select: { key: true, title: true } }),
  ]);
  const missing = (parameter: keyof FeedFilter, what: string) =>
    new DomainError("NOT_FOUND", `No ${what} "${filter[parameter]}"`, [
      { path: parameter, message: `No ${what} "${filter[parameter]}"` },
    ]);
  if (filter.analyst !== undefined && !analyst) throw missing("analyst", "analyst with the slug");
  if (filter.tag !== undefined && !tag) throw missing("tag", "tag");
  if (filter.question !== undefined && !question) throw missing("question", "question with the key");
  return { analyst, tag, question };
}

/** The filter as conditions on a prediction (alias p). */
function filterSql(filter: FeedFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.analyst !== undefined) {
    conditions.push(Prisma.sql`p."analystId" = (SELECT a2."id" FROM "analyst" a2 WHERE a2."slug" = ${filter.analyst})`);
  }
  if (filter.tag !== undefined) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "prediction_tag" pt2 JOIN "tag" t2 ON t2."id" = pt2."tagId"
      WHERE pt2."predictionId" = p."id" AND t2."slug" = ${filter.tag})`);
  }
  if (filter.question !== undefined) {
    conditions.push(
      Prisma.sql`p."questionId" = (SELECT q2."id" FROM "question" q2 WHERE q2."key" = ${filter.question})`,
    );
  }
  return conditions;
}

const and = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

const tagsOf = Prisma.sql`ARRAY(SELECT t."slug" FROM "prediction_tag" pt JOIN "tag" t ON t."id" = pt."tagId"
  WHERE pt."predictionId" = p."id" ORDER BY t."slug")`;

interface PredictionRow extends Omit<FeedPrediction, "analyst" | "source"> {
  analystSlug: string;
  analystName: string;
  sourceTitle: string | null;
  sourceOutlet: string | null;
  sourceUrl: string | null;
}

/** The most recently logged predictions, newest first. */
export async function listFeedPredictions(db: Database, filter: FeedFilter, limit: number): Promise<FeedPrediction[]> {
  const rows = await db.$queryRaw<PredictionRow[]>`
    SELECT p."id", p."claim", p."quote", p."probability", p."probabilitySource"::text AS "probabilitySource",
      p."hedge", p."madeAt", p."resolveBy", p."createdAt", p."updatedAt",
      a."slug" AS "analystSlug", a."name" AS "analystName",
      s."title" AS "sourceTitle", s."outlet" AS "sourceOutlet", s."url" AS "sourceUrl", ${tagsOf} AS "tags"
    FROM "prediction" p
    JOIN "analyst" a ON a."id" = p."analystId"
    LEFT JOIN "source" s ON s."id" = p."sourceId"
    WHERE true ${and(filterSql(filter))}
    ORDER BY p."createdAt" DESC, p."id" DESC
    LIMIT ${limit}`;
  return rows.map(({ analystSlug, analystName, sourceTitle, sourceOutlet, sourceUrl, ...rest }) => ({
    ...rest,
    analyst: { slug: analystSlug, name: analystName },
    source: sourceTitle === null ? null : { title: sourceTitle, outlet: sourceOutlet, url: sourceUrl },
  }));
}

interface JudgementRow {
  id: string;
  outcome: Outcome | null;
  credit: number | null;
  note: string | null;
  evidence: string[];
  createdAt: Date;
  judgedBy: string | null;
  throughQuestion: boolean;
  hasPrevious: boolean;
  previousOutcome: Outcome | null;
  predictionId: string;
  claim: string;
  probability: number;
  analystSlug: string;
  analystName: string;
  tags: string[];
}

/**
 * The most recent judgements, newest first, each with the one before it on the same prediction (if
 * any): an outcome after an earlier judgement is a re-judgement, a judgement without an outcome a
 * reopening.
 */
export async function listFeedJudgements(db: Database, filter: FeedFilter, limit: number): Promise<FeedJudgement[]> {
  const rows = await db.$queryRaw<JudgementRow[]>`
    SELECT j."id", j."outcome"::text AS "outcome", j."credit", j."note", j."evidence", j."createdAt",
      u."name" AS "judgedBy", j."questionJudgementId" IS NOT NULL AS "throughQuestion",
      previous."id" IS NOT NULL AS "hasPrevious", previous."outcome"::text AS "previousOutcome",
      p."id" AS "predictionId", p."claim", p."probability", a."slug" AS "analystSlug", a."name" AS "analystName",
      ${tagsOf} AS "tags"
    FROM (
      SELECT j0.* FROM "judgement" j0 JOIN "prediction" p ON p."id" = j0."predictionId"
      WHERE true ${and(filterSql(filter))}
      ORDER BY j0."createdAt" DESC, j0."id" DESC
      LIMIT ${limit}
    ) j
    JOIN "prediction" p ON p."id" = j."predictionId"
    JOIN "analyst" a ON a."id" = p."analystId"
    LEFT JOIN "user" u ON u."id" = j."judgedById"
    LEFT JOIN LATERAL (
      SELECT jp."id", jp."outcome" FROM "judgement" jp
      WHERE jp."predictionId" = j."predictionId" AND (jp."createdAt", jp."id") < (j."createdAt", j."id")
      ORDER BY jp."createdAt" DESC, jp."id" DESC LIMIT 1
    ) previous ON true
    ORDER BY j."createdAt" DESC, j."id" DESC`;
  return rows.map((row) => ({
    id: row.id,
    kind: row.outcome === null ? "REOPENED" : row.hasPrevious ? "REJUDGED" : "JUDGED",
    outcome: row.outcome,
    previousOutcome: row.previousOutcome,
    credit: row.credit,
    note: row.note,
    evidence: row.evidence,
    createdAt: row.createdAt,
    judgedBy: row.judgedBy,
    throughQuestion: row.throughQuestion,
    prediction: {
      id: row.predictionId,
      claim: row.claim,
      probability: row.probability,
      analyst: { slug: row.analystSlug, name: row.analystName },
      tags: row.tags,
    },
  }));
}

interface DeadlineRow extends Omit<FeedDeadline, "analyst"> {
  analystSlug: string;
  analystName: string;
}

/** Open (never judged, or reopened) predictions whose deadline falls on or after `from`, soonest first. */
export async function listFeedDeadlines(
  db: Database,
  filter: FeedFilter,
  from: Date,
  limit: number,
): Promise<FeedDeadline[]> {
  const rows = await db.$queryRaw<DeadlineRow[]>`
    SELECT p."id", p."claim", p."criteria", p."probability", p."resolveBy", p."updatedAt",
      a."slug" AS "analystSlug", a."name" AS "analystName", ${tagsOf} AS "tags"
    FROM "prediction" p
    JOIN "analyst" a ON a."id" = p."analystId"
    WHERE p."outcome" IS NULL AND p."resolveBy" >= ${utc(from)} ${and(filterSql(filter))}
    ORDER BY p."resolveBy", p."id"
    LIMIT ${limit}`;
  return rows.map(({ analystSlug, analystName, ...rest }) => ({
    ...rest,
    analyst: { slug: analystSlug, name: analystName },
  }));
}
