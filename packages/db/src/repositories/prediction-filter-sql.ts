import { tagSlug, type ListPredictionsFilters } from "@hindsight/domain";
import { Prisma } from "../generated/prisma/client";

// The SQL of the predictions list's filters, shared by the list and the counts of its filter menus
// (prediction-facets.ts); internal to the repositories, not exported by the package.

/** A timestamp parameter compared with Prisma's `timestamp(3)` columns, which hold UTC. */
export const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** The same expression as the GIN index of migration prediction_search. */
const searchDocument = Prisma.sql`to_tsvector('english', p."claim" || ' ' || coalesce(p."quote", ''))`;

/**
 * A prediction's deadline with "no deadline" as the end of time: the same expression as the open
 * index (migration list_indexes), so that "open" and "due" are one range each over that index.
 */
const deadline = Prisma.sql`coalesce(p."resolveBy", 'infinity'::timestamp)`;

/** The conditions on `p` (the prediction; `a` its analyst and `s` its source, joined when a filter needs them). */
export function filterConditions(input: ListPredictionsFilters, now: Date): Prisma.Sql[] {
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
      conditions.push(Prisma.sql`p."outcome" IS NULL AND ${deadline} >= ${utc(now)}`);
      break;
    case "DUE":
      conditions.push(Prisma.sql`p."outcome" IS NULL AND ${deadline} < ${utc(now)}`);
      break;
    case "JUDGED":
      conditions.push(Prisma.sql`p."outcome" IS NOT NULL`);
      break;
    default:
      conditions.push(Prisma.sql`p."outcome" = ${input.status}::"Outcome"`);
  }
  return conditions;
}
