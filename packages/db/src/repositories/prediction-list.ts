import {
  tagSlug,
  type ListDueInput,
  type ListPredictionsInput,
  type Page,
  type PredictionSummary,
} from "@hindsight/domain";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";
import { decodeCursor, encodeCursor } from "./cursor";
import { predictionSummarySelect, toSummary } from "./prediction-select";

/** A timestamp parameter compared with Prisma's `timestamp(3)` columns, which hold UTC. */
const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** The same expression as the GIN index of migration prediction_search. */
const searchDocument = Prisma.sql`to_tsvector('english', p."claim" || ' ' || coalesce(p."quote", ''))`;

function filterConditions(input: ListPredictionsInput, now: Date): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (input.analyst) conditions.push(Prisma.sql`a."slug" = ${input.analyst}`);
  if (input.sourceId) conditions.push(Prisma.sql`p."sourceId" = ${input.sourceId}`);
  if (input.outlet) conditions.push(Prisma.sql`lower(s."outlet") = lower(${input.outlet})`);
  if (input.tag) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "prediction_tag" pt JOIN "tag" t ON t."id" = pt."tagId"
      WHERE pt."predictionId" = p."id" AND t."slug" = ${tagSlug(input.tag)})`);
  }
  if (input.madeFrom) conditions.push(Prisma.sql`p."madeAt" >= ${utc(input.madeFrom)}`);
  if (input.madeTo) {
    // "To" names a day: everything made on that day counts.
    const end = new Date(input.madeTo.getTime() + 24 * 60 * 60 * 1000);
    conditions.push(Prisma.sql`p."madeAt" < ${utc(end)}`);
  }
  if (input.q) conditions.push(Prisma.sql`${searchDocument} @@ websearch_to_tsquery('english', ${input.q})`);
  switch (input.status) {
    case undefined:
      break;
    case "OPEN":
      conditions.push(Prisma.sql`p."outcome" IS NULL AND (p."resolveBy" IS NULL OR p."resolveBy" >= ${utc(now)})`);
      break;
    case "DUE":
      conditions.push(Prisma.sql`p."outcome" IS NULL AND p."resolveBy" < ${utc(now)}`);
      break;
    case "JUDGED":
      conditions.push(Prisma.sql`p."outcome" IS NOT NULL`);
      break;
    default:
      conditions.push(Prisma.sql`p."outcome" = ${input.status}::"Outcome"`);
  }
  return conditions;
}

async function summariesInOrder(db: Database, ids: string[]): Promise<PredictionSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.prediction.findMany({ where: { id: { in: ids } }, select: predictionSummarySelect });
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Predictions, most recently logged first, filtered by analyst, tag, outlet, source, status, date
 * range and full-text search, paginated by keyset cursor.
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
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "prediction" p
    JOIN "analyst" a ON a."id" = p."analystId"
    LEFT JOIN "source" s ON s."id" = p."sourceId"
    ${where}
    ORDER BY p."createdAt" DESC, p."id" DESC
    LIMIT ${input.limit + 1}`;
  const items = await summariesInOrder(
    db,
    rows.slice(0, input.limit).map((row) => row.id),
  );
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
