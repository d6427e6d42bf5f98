import { type ListDueInput, type ListPredictionsInput, type Page, type PredictionSummary } from "@hindsight/domain";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";
import { decodeCursor, encodeCursor } from "./cursor";
import { filterConditions, utc } from "./prediction-filter-sql";
import { summaryColumns, summaryJoins, toSummary, type SummaryRow } from "./prediction-summary";

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
    SELECT ${summaryColumns}
    FROM page
    JOIN "prediction" p ON p."id" = page."id"
    ${summaryJoins}
    ORDER BY page."createdAt" DESC, page."id" DESC`;
  const items = rows.slice(0, input.limit).map(toSummary);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

/** The due queue: deadline passed, no outcome; oldest deadline first (the same projection as the list). */
export async function listDue(db: Database, input: ListDueInput, now: Date): Promise<Page<PredictionSummary>> {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const cursor = after
    ? Prisma.sql`AND (p."resolveBy" > ${utc(after.at)} OR (p."resolveBy" = ${utc(after.at)} AND p."id" > ${after.id}))`
    : Prisma.empty;
  const rows = await db.$queryRaw<SummaryRow[]>`
    SELECT ${summaryColumns}
    FROM "prediction" p ${summaryJoins}
    WHERE p."outcome" IS NULL AND p."resolveBy" < ${utc(now)} ${cursor}
    ORDER BY p."resolveBy" ASC, p."id" ASC
    LIMIT ${input.limit + 1}`;
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
