import {
  periodCells,
  type AnalystFairSums,
  tagSlug,
  type AnalystSums,
  type ScoreboardFilter,
  type ScoreSums,
  type BoardTotals,
} from "@hindsight/domain";
import type { Database } from "../client";
import { Prisma } from "../generated/prisma/client";

/** The totals of score_cell, summed over the cells of a group (`c` is the cell alias). */
const summedTotals = (c: string): Prisma.Sql =>
  Prisma.raw(`
    sum(${c}."predictions")::int AS "predictions", sum(${c}."resolved")::int AS "resolved",
    sum(${c}."scored")::int AS "scored", sum(${c}."sumSquaredError") AS "sumSquaredError",
    sum(${c}."sumSquaredErrorSquared") AS "sumSquaredErrorSquared",
    sum(${c}."sumLogLoss") AS "sumLogLoss", sum(${c}."sumHit") AS "sumHit",
    sum(${c}."sumSquaredErrorLow") AS "sumSquaredErrorLow", sum(${c}."sumSquaredErrorHigh") AS "sumSquaredErrorHigh"`);

/** The same totals computed from prediction rows through score_terms (the triggers' arithmetic). */
const rawTotals = Prisma.raw(`
    count(*)::int AS "predictions", sum(t.resolved)::int AS "resolved", sum(t.scored)::int AS "scored",
    sum(t.se) AS "sumSquaredError",
    sum(t.se2) AS "sumSquaredErrorSquared", sum(t.ll) AS "sumLogLoss", sum(t.hit) AS "sumHit",
    sum(t.scored * ("score_reading"(p."probability", p."probabilitySource", p."probabilityLow") - t.o) ^ 2)
      AS "sumSquaredErrorLow",
    sum(t.scored * ("score_reading"(p."probability", p."probabilitySource", p."probabilityHigh") - t.o) ^ 2)
      AS "sumSquaredErrorHigh"`);

type SumsRow = BoardTotals & { slug: string; name: string };

export const toAnalystSums = ({ slug, name, ...sums }: SumsRow): AnalystSums => ({ slug, name, sums });

/** The first day of the month after `month` (YYYY-MM), as YYYY-MM-DD. */
const monthAfter = (month: string): string => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
};

/** Which single score_cell grain answers a filter, or null when it combines several dimensions. */
function cellGrain(filter: ScoreboardFilter): "all" | "tag" | "outlet" | "month" | null {
  const tag = filter.tag !== undefined;
  const outlet = filter.outlet !== undefined;
  const period = filter.from !== undefined || filter.to !== undefined;
  const dimensions = Number(tag) + Number(outlet) + Number(period);
  if (dimensions === 0) return "all";
  if (dimensions > 1) return null;
  return tag ? "tag" : outlet ? "outlet" : "month";
}

/**
 * Per-analyst totals, only those the scoreboard needs (no calibration bins, Σp, Σo or the
 * unscored outcomes' counts: for 10k analysts every column read costs) over the predictions in the filter. A filter on one dimension (none, a tag, an
 * outlet, or a period of months) reads the aggregates in score_cell: one row per analyst, or for
 * a period its whole years' cells and its end months' cells, however many predictions there are. A filter combining dimensions
 * (a tag within a period, say) has no cell of its own and sums the matching predictions with
 * the triggers' own arithmetic (score_terms), using the indexes on tag, outlet and date.
 */
export async function scoreboardSums(db: Database, filter: ScoreboardFilter): Promise<AnalystSums[]> {
  const grain = cellGrain(filter);
  let rows: SumsRow[];
  if (grain === "all" || grain === "tag" || grain === "outlet") {
    const key =
      grain === "all"
        ? Prisma.sql`''`
        : grain === "tag"
          ? Prisma.sql`(SELECT "id" FROM "tag" WHERE "slug" = ${tagSlug(filter.tag!)})`
          : Prisma.sql`lower(${filter.outlet!})`;
    rows = await db.$queryRaw<SumsRow[]>`
      SELECT a."slug", a."name", c."predictions", c."resolved", c."scored",
        c."sumSquaredError", c."sumSquaredErrorSquared", c."sumLogLoss", c."sumHit",
        c."sumSquaredErrorLow", c."sumSquaredErrorHigh"
      FROM "score_cell" c JOIN "analyst" a ON a."id" = c."analystId"
      WHERE c."grain" = ${grain} AND c."key" = ${key} AND c."predictions" > 0`;
  } else if (grain === "month") {
    const { years, months } = periodCells(filter.from, filter.to);
    const ranges = months.map(
      ([first, last]) => Prisma.sql`(c."grain" = 'month' AND c."key" BETWEEN ${first} AND ${last})`,
    );
    if (years) ranges.push(Prisma.sql`(c."grain" = 'year' AND c."key" BETWEEN ${years[0]} AND ${years[1]})`);
    rows = await db.$queryRaw<SumsRow[]>`
      SELECT a."slug", a."name", ${summedTotals("c")}
      FROM "score_cell" c JOIN "analyst" a ON a."id" = c."analystId"
      WHERE ${Prisma.join(ranges, " OR ")}
      GROUP BY a."id"
      HAVING sum(c."predictions") > 0`;
  } else {
    const { joins, conditions } = filterClauses(filter);
    rows = await db.$queryRaw<SumsRow[]>`
      SELECT a."slug", a."name", ${rawTotals}
      FROM "prediction" p
      ${joins}
      JOIN "analyst" a ON a."id" = p."analystId"
      CROSS JOIN LATERAL "score_terms"(p."probability", p."outcome", p."credit") t
      WHERE ${conditions}
      GROUP BY a."id"`;
  }
  return rows.map(toAnalystSums);
}

/**
 * The joins and the condition that keep the predictions (`p`) inside a scoreboard filter; `s` is
 * the prediction's source (joined only for an outlet filter).
 */
function filterClauses(filter: ScoreboardFilter): { joins: Prisma.Sql; conditions: Prisma.Sql } {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  const joins: Prisma.Sql[] = [];
  // Start from the tag's rows when there is a tag: usually the narrowest way in.
  if (filter.tag) {
    joins.push(Prisma.sql`JOIN "prediction_tag" pt ON pt."predictionId" = p."id"
      AND pt."tagId" = (SELECT "id" FROM "tag" WHERE "slug" = ${tagSlug(filter.tag)})`);
  }
  if (filter.outlet) {
    joins.push(Prisma.sql`JOIN "source" s ON s."id" = p."sourceId"`);
    conditions.push(Prisma.sql`lower(s."outlet") = lower(${filter.outlet})`);
  }
  if (filter.from) conditions.push(Prisma.sql`p."madeAt" >= ${`${filter.from}-01`}::timestamp`);
  if (filter.to) conditions.push(Prisma.sql`p."madeAt" < ${monthAfter(filter.to)}::timestamp`);
  return {
    joins: joins.length ? Prisma.join(joins, " ") : Prisma.empty,
    conditions: Prisma.join(conditions, " AND "),
  };
}

/**
 * Per-analyst sums of the fair comparison (contract v1.1) over the scored, question-linked
 * predictions in the filter. Unfiltered, they are read from fair_cell (kept by triggers with the
 * same arithmetic, migration 20261205081003_fair_cells); with a filter they are computed in one
 * statement: one vote per analyst and question (the
 * latest madeAt, then the greatest key in code-unit order), the reference of the vote's UTC day
 * (kept on the row, referenceProbability), and for each
 * vote on a question with two or more voters its squared error minus the median of the others'
 * (fair_median_without over the question's sorted errors). fairFromSums turns them into
 * refSkill/refN and relBrier/sharedN exactly as fairFigures does from the rows.
 */
export async function fairSums(db: Database, filter: ScoreboardFilter): Promise<AnalystFairSums[]> {
  // Unfiltered: the sums the triggers keep per analyst (fair_cell), one row each.
  if (cellGrain(filter) === "all") {
    return await db.$queryRaw<AnalystFairSums[]>`
      SELECT a."slug", c."refN", c."sumSquaredError", c."sumReferenceError", c."sharedN", c."sumRelative"
      FROM "fair_cell" c JOIN "analyst" a ON a."id" = c."analystId"`;
  }
  return await computeFairSums(db, filter);
}

/** The fair sums computed from the prediction rows in the filter (see fairSums). */
export async function computeFairSums(db: Database, filter: ScoreboardFilter): Promise<AnalystFairSums[]> {
  const { joins, conditions } = filterClauses(filter);
  return await db.$queryRaw<AnalystFairSums[]>`
    WITH "vote" AS (
      SELECT DISTINCT ON (p."analystId", p."questionId")
        p."analystId", p."questionId", p."negated", p."referenceProbability" AS "reference",
        (p."probability" - t.o) ^ 2 AS "se", t.o
      FROM "prediction" p
      ${joins}
      CROSS JOIN LATERAL "score_terms"(p."probability", p."outcome", p."credit") t
      WHERE p."questionId" IS NOT NULL AND p."outcome" IN ('TRUE', 'FALSE', 'PARTIAL') AND ${conditions}
      ORDER BY p."analystId", p."questionId", p."madeAt" DESC, "fair_key_order"(p."key") DESC
    ), "placed" AS (
      SELECT x.*,
        count(*) OVER "question" AS "voters",
        row_number() OVER ("question" ORDER BY x."se") AS "place",
        array_agg(x."se") OVER (
          "question" ORDER BY x."se" ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "errors"
      FROM "vote" x
      WINDOW "question" AS (PARTITION BY x."questionId")
    )
    SELECT a."slug",
      count(x."reference")::int AS "refN",
      coalesce(sum(x."se") FILTER (WHERE x."reference" IS NOT NULL), 0) AS "sumSquaredError",
      coalesce(sum(((CASE WHEN x."negated" THEN 1 - x."reference" ELSE x."reference" END) - x.o) ^ 2), 0)
        AS "sumReferenceError",
      (count(*) FILTER (WHERE x."voters" >= 2))::int AS "sharedN",
      coalesce(sum(x."se" - "fair_median_without"(x."errors", x."place"::int)) FILTER (WHERE x."voters" >= 2), 0)
        AS "sumRelative"
    FROM "placed" x JOIN "analyst" a ON a."id" = x."analystId"
    GROUP BY a."id"`;
}

export interface ScoreboardFilterOptions {
  tags: { slug: string; name: string; predictions: number }[];
  outlets: { key: string; name: string; predictions: number }[];
  months: { first: string; last: string } | null;
}

/**
 * What the scoreboard's filters can choose from, with how many predictions each would cover under
 * the other filters set: the tag menu's counts within the outlet and the period, the outlet menu's
 * within the tag and the period (choosing another tag replaces the tag, so the tag itself does not
 * narrow its own menu). Options that would cover nothing are left out. With nothing else set, a
 * menu's counts are read from the aggregates in score_cell; otherwise they are counted from the
 * matching predictions. The months are the whole ledger's: they bound the period inputs.
 */
export async function scoreboardFilterOptions(
  db: Database,
  filter: ScoreboardFilter = {},
): Promise<ScoreboardFilterOptions> {
  const { tag, outlet, from, to } = filter;
  const [tags, outlets, months] = await Promise.all([
    outlet === undefined && from === undefined && to === undefined
      ? db.$queryRaw<ScoreboardFilterOptions["tags"]>`
      SELECT t."slug", t."name", sum(c."predictions")::int AS "predictions"
      FROM "score_cell" c JOIN "tag" t ON t."id" = c."key"
      WHERE c."grain" = 'tag'
      GROUP BY t."id" HAVING sum(c."predictions") > 0 ORDER BY t."name"`
      : countTags(db, { outlet, from, to }),
    tag === undefined && from === undefined && to === undefined
      ? db.$queryRaw<ScoreboardFilterOptions["outlets"]>`
      SELECT c."key", (SELECT min(s."outlet") FROM "source" s WHERE lower(s."outlet") = c."key") AS "name",
        sum(c."predictions")::int AS "predictions"
      FROM "score_cell" c
      WHERE c."grain" = 'outlet'
      GROUP BY c."key" HAVING sum(c."predictions") > 0 ORDER BY c."key"`
      : countOutlets(db, { tag, from, to }),
    db.$queryRaw<{ first: string | null; last: string | null }[]>`
      SELECT min(c."key") AS "first", max(c."key") AS "last"
      FROM "score_cell" c WHERE c."grain" = 'month' AND c."predictions" > 0`,
  ]);
  const [range] = months;
  return {
    tags,
    outlets: outlets.map((option) => ({ ...option, name: option.name ?? option.key })),
    months: range?.first && range.last ? { first: range.first, last: range.last } : null,
  };
}

/** The tags' counts over the predictions in a filter without a tag (filterClauses' `p` and `s`). */
async function countTags(db: Database, filter: ScoreboardFilter): Promise<ScoreboardFilterOptions["tags"]> {
  const { joins, conditions } = filterClauses(filter);
  return await db.$queryRaw<ScoreboardFilterOptions["tags"]>`
    SELECT tag."slug", tag."name", count(*)::int AS "predictions"
    FROM "prediction" p
    ${joins}
    JOIN "prediction_tag" tagged ON tagged."predictionId" = p."id"
    JOIN "tag" tag ON tag."id" = tagged."tagId"
    WHERE ${conditions}
    GROUP BY tag."id" ORDER BY tag."name"`;
}

/** The outlets' counts (by lower-cased name, as score_cell keys them) over the predictions in a filter without an outlet. */
async function countOutlets(db: Database, filter: ScoreboardFilter): Promise<ScoreboardFilterOptions["outlets"]> {
  const { joins, conditions } = filterClauses(filter);
  return await db.$queryRaw<ScoreboardFilterOptions["outlets"]>`
    SELECT x."key", (SELECT min(s."outlet") FROM "source" s WHERE lower(s."outlet") = x."key") AS "name", x."predictions"
    FROM (
      SELECT lower(so."outlet") AS "key", count(*)::int AS "predictions"
      FROM "prediction" p
      ${joins}
      JOIN "source" so ON so."id" = p."sourceId"
      WHERE ${conditions} AND so."outlet" IS NOT NULL
      GROUP BY lower(so."outlet")
    ) x
    ORDER BY x."key"`;
}

export interface AnalystScoreData {
  /** The analyst's own "all" cell (every prediction). */
  sums: ScoreSums | null;
  /** Per tag, from the analyst's tag cells. */
  byTag: { slug: string; name: string; sums: ScoreSums }[];
  /** Each scored prediction with when it was resolved: for Brier over time and the Murphy decomposition. */
  scored: {
    probability: number;
    outcome: "TRUE" | "FALSE" | "PARTIAL";
    credit: number | null;
    resolvedAt: Date | null;
  }[];
}

/**
 * What the analyst page's figures need: the analyst's aggregate cells, and their scored
 * predictions (one analyst's rows, through the analystId index).
 */
export async function analystScoreData(db: Database, analystId: string): Promise<AnalystScoreData> {
  const [cells, scored] = await Promise.all([
    db.$queryRaw<(ScoreSums & { grain: string; slug: string | null; name: string | null })[]>`
      SELECT c."grain", t."slug", t."name", c."predictions", c."resolved", c."scored", c."ambiguous", c."annulled",
        c."sumP", c."sumO", c."sumSquaredError", c."sumSquaredErrorSquared", c."sumLogLoss", c."sumHit",
        c."sumSquaredErrorLow", c."sumSquaredErrorHigh", c."binN", c."binP", c."binO"
      FROM "score_cell" c LEFT JOIN "tag" t ON c."grain" = 'tag' AND t."id" = c."key"
      WHERE c."analystId" = ${analystId} AND c."grain" IN ('all', 'tag') AND c."predictions" > 0
      ORDER BY t."name"`,
    db.prediction.findMany({
      where: { analystId, outcome: { in: ["TRUE", "FALSE", "PARTIAL"] } },
      select: { probability: true, outcome: true, credit: true, resolvedAt: true },
      orderBy: [{ resolvedAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const strip = ({ grain: _grain, slug: _slug, name: _name, ...sums }: (typeof cells)[number]): ScoreSums => sums;
  const all = cells.find((cell) => cell.grain === "all");
  return {
    sums: all ? strip(all) : null,
    byTag: cells
      .filter((cell) => cell.grain === "tag" && cell.slug && cell.name)
      .map((cell) => ({ slug: cell.slug!, name: cell.name!, sums: strip(cell) })),
    scored: scored as AnalystScoreData["scored"],
  };
}

/**
 * The analysts a list filter offers: the `limit` with the most predictions (from their "all"
 * cells, not a count over the predictions; ties by analyst id, so that the first `limit` are read
 * in order from the index score_cell_all_predictions_idx, whose condition is the grain alone: an
 * "all" cell's key is always ''), in name order. With thousands of
 * analysts a menu of all of them would be larger than the page it filters.
 */
export async function analystFilterOptions(
  db: Database,
  limit: number,
): Promise<{ slug: string; name: string; predictions: number }[]> {
  const rows = await db.$queryRaw<{ slug: string; name: string; predictions: number }[]>`
    SELECT a."slug", a."name", c."predictions"
    FROM "score_cell" c JOIN "analyst" a ON a."id" = c."analystId"
    WHERE c."grain" = 'all' AND c."predictions" > 0
    ORDER BY c."predictions" DESC, c."analystId"
    LIMIT ${limit}`;
  return rows.sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}
