import { statusFilters, type ListPredictionsFilters, type StatusFilter } from "@hindsight/domain";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";
import { filterConditions } from "./prediction-filter-sql";
import { analystFilterOptions, scoreboardFilterOptions } from "./scoreboard";

/** One option of a filter menu and how many predictions choosing it would list. */
export interface FacetCount {
  /** The value the filter takes: an analyst's or a tag's slug, an outlet's name. */
  value: string;
  /** What the menu shows. */
  name: string;
  predictions: number;
}

/** The counts beside the options of the predictions list's filter menus. */
export interface PredictionFacets {
  analysts: FacetCount[];
  tags: FacetCount[];
  outlets: FacetCount[];
  statuses: Record<StatusFilter, number>;
}

type Dimension = "analyst" | "tag" | "outlet" | "status";

/**
 * The WHERE clause of every filter except `dimension`'s own: a menu's counts say what choosing
 * each of its options would list with the other filters as they are (choosing another tag
 * replaces the tag, so the tag filter itself does not narrow the tag menu's counts).
 */
function whereWithout(
  filters: ListPredictionsFilters,
  dimension: Dimension,
  now: Date,
  extra: Prisma.Sql[] = [],
): Prisma.Sql {
  const conditions = [...filterConditions({ ...filters, [dimension]: undefined }, now), ...extra];
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** Every prediction with its analyst (`a`) and source (`s`, none for some), as the filters read them. */
const predictions = Prisma.sql`"prediction" p
  JOIN "analyst" a ON a."id" = p."analystId"
  LEFT JOIN "source" s ON s."id" = p."sourceId"`;

/**
 * How many predictions each option of the list's filter menus would list under the other filters
 * set: the analysts with the most predictions (at most `analystLimit`, in name order), the tags and
 * the outlets (in name order), each with at least one prediction, and every status. Four counting
 * statements, each through the filters' indexes; an option that would list nothing is left out
 * (but every status is counted, 0 included). With no filter at all, the analysts', tags' and
 * outlets' counts are those of every prediction, read from the aggregates in score_cell.
 */
export async function predictionFacets(
  db: Database,
  filters: ListPredictionsFilters,
  now: Date,
  analystLimit: number,
): Promise<PredictionFacets> {
  const statusCounts = statusFilters.map(
    (status) =>
      Prisma.sql`(count(*) FILTER (WHERE ${Prisma.join(filterConditions({ status }, now), " AND ")}))::int AS ${Prisma.raw(`"${status}"`)}`,
  );
  const unfiltered = Object.values(filters).every((value) => value === undefined);
  const cellOptions = unfiltered ? scoreboardFilterOptions(db) : null;
  const [analysts, tags, outlets, statuses] = await Promise.all([
    unfiltered
      ? analystFilterOptions(db, analystLimit).then((rows) =>
          rows.map(({ slug, name, predictions }) => ({ value: slug, name, predictions })),
        )
      : db.$queryRaw<FacetCount[]>`
      SELECT a."slug" AS "value", a."name", count(*)::int AS "predictions"
      FROM ${predictions}
      ${whereWithout(filters, "analyst", now)}
      GROUP BY a."id"
      ORDER BY count(*) DESC, a."id"
      LIMIT ${analystLimit}`,
    cellOptions
      ? cellOptions.then(({ tags: rows }) =>
          rows.map(({ slug, name, predictions }) => ({ value: slug, name, predictions })),
        )
      : db.$queryRaw<FacetCount[]>`
      SELECT tag."slug" AS "value", tag."name", count(*)::int AS "predictions"
      FROM ${predictions}
      JOIN "prediction_tag" tagged ON tagged."predictionId" = p."id"
      JOIN "tag" tag ON tag."id" = tagged."tagId"
      ${whereWithout(filters, "tag", now)}
      GROUP BY tag."id"
      ORDER BY tag."name", tag."slug"`,
    // One option per outlet however its sources spell it (the filter ignores case), named by one of
    // those spellings.
    cellOptions
      ? cellOptions.then(({ outlets: rows }) =>
          rows.map(({ name, predictions }) => ({ value: name, name, predictions })),
        )
      : db.$queryRaw<FacetCount[]>`
      SELECT min(s."outlet") AS "value", min(s."outlet") AS "name", count(*)::int AS "predictions"
      FROM ${predictions}
      ${whereWithout(filters, "outlet", now, [Prisma.sql`s."outlet" IS NOT NULL`])}
      GROUP BY lower(s."outlet")
      ORDER BY lower(s."outlet")`,
    db.$queryRaw<Record<StatusFilter, number>[]>`
      SELECT ${Prisma.join(statusCounts, ", ")}
      FROM ${predictions}
      ${whereWithout(filters, "status", now)}`,
  ]);
  const byName = (a: FacetCount, b: FacetCount) => a.name.localeCompare(b.name) || a.value.localeCompare(b.value);
  return { analysts: analysts.sort(byName), tags, outlets, statuses: statuses[0]! };
}
