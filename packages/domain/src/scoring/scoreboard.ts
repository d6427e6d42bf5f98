import type { Outcome } from "../schemas/prediction";
import type { Scoreboard, ScoreboardAnalyst, ScoreboardLine, ScoreboardLinesPage } from "../schemas/scoreboard-output";
import { EMPTY_FAIR, fairFigures, hedgeFigures, type FairFigures, type FairRow } from "./fair";
import { adjustedBrier, compareNames, compareNamesForDisplay, compareScores, rankInPlace } from "./ranking";
import { addPrediction, brierInterval, emptySums, scoresFromSums, type BoardTotals } from "./sums";

/**
 * One prediction as the scoreboard reads it: who made it, its probability and its outcome; for
 * the fair figures also its key, date, question link and reference (absent: unlinked, made at
 * the epoch), and its probability under each hedge reading (absent: the probability).
 */
export interface ScoreboardRow {
  analyst: { slug: string; name: string };
  probability: number;
  outcome: Outcome | null;
  credit: number | null;
  key?: string;
  madeAt?: Date;
  question?: string | null;
  negated?: boolean;
  reference?: number | null;
  low?: number;
  high?: number;
}

/** One analyst's sums over the predictions in a filter (from the aggregates, or summed from rows). */
export interface AnalystSums {
  slug: string;
  name: string;
  sums: BoardTotals;
}

/** The computed scoreboard: its lines (the contract's shapes are in ../schemas/scoreboard-output.ts) and the population. */
export interface DetailedScoreboard {
  population: ScoreboardLinesPage["population"];
  analysts: ScoreboardLine[];
}

/**
 * The scoreboard of docs/design.md "Scoring" from per-analyst sums: per-analyst scores, the brier shrunk
 * towards the population's (the brier over every scored prediction in the filter), ranked;
 * analysts with fewer than `minScored` scored predictions are listed unranked after the ranked ones.
 * Analysts with no prediction in the filter are left out.
 */
export function scoreboardFromSums(
  entries: readonly AnalystSums[],
  options: { minScored: number },
  fair: ReadonlyMap<string, FairFigures> = new Map(),
): DetailedScoreboard {
  const present = entries.filter((entry) => entry.sums.predictions > 0);
  const hedges = hedgeFigures(
    present.map(({ slug, name, sums }) => ({
      slug,
      name,
      scored: sums.scored,
      sumSquaredErrorLow: sums.sumSquaredErrorLow ?? sums.sumSquaredError,
      sumSquaredErrorHigh: sums.sumSquaredErrorHigh ?? sums.sumSquaredError,
    })),
    options.minScored,
  );
  let scored = 0;
  let squaredError = 0;
  for (const { sums } of present) {
    scored += sums.scored;
    squaredError += sums.sumSquaredError;
  }
  const populationBrier = scored ? squaredError / scored : null;
  const lines = present.map(({ slug, name, sums }): ScoreboardLine => {
    const scores = scoresFromSums(sums);
    return {
      slug,
      name,
      predictions: sums.predictions,
      resolved: sums.resolved,
      scored: sums.scored,
      brier: scores.brier,
      logLoss: scores.logLoss,
      hitRate: scores.hitRate,
      adjustedBrier: adjustedBrier(sums.scored, scores.brier, populationBrier),
      rank: null,
      ...(fair.get(slug) ?? EMPTY_FAIR),
      ...hedges.get(slug)!,
      brierInterval: brierInterval(sums),
    };
  });
  return {
    population: { scored, brier: populationBrier, analysts: present.length },
    analysts: rankInPlace(lines, options.minScored),
  };
}

/** Groups prediction rows by analyst into sums. */
export function sumsByAnalyst(rows: Iterable<ScoreboardRow>): AnalystSums[] {
  const byAnalyst = new Map<string, AnalystSums & { sums: ReturnType<typeof emptySums> }>();
  for (const row of rows) {
    let entry = byAnalyst.get(row.analyst.slug);
    if (!entry) {
      entry = { ...row.analyst, sums: emptySums() };
      byAnalyst.set(row.analyst.slug, entry);
    }
    addPrediction(entry.sums, row);
  }
  return [...byAnalyst.values()];
}

/** The data-contract shape (docs/design.md): exactly these fields, in this order. */
export function contractScoreboard(board: DetailedScoreboard): Scoreboard {
  return {
    population: { scored: board.population.scored, brier: board.population.brier },
    analysts: board.analysts.map((line) => ({
      slug: line.slug,
      name: line.name,
      predictions: line.predictions,
      resolved: line.resolved,
      scored: line.scored,
      brier: line.brier,
      logLoss: line.logLoss,
      hitRate: line.hitRate,
      adjustedBrier: line.adjustedBrier,
      rank: line.rank,
      refSkill: line.refSkill,
      refN: line.refN,
      relBrier: line.relBrier,
      sharedN: line.sharedN,
      brierLow: line.brierLow,
      brierHigh: line.brierHigh,
      rankLow: line.rankLow,
      rankHigh: line.rankHigh,
    })),
  };
}

/** A scoreboard row as the fair comparison reads it (absent link fields: unlinked, no reference). */
export const toFairRow = (row: ScoreboardRow, index: number): FairRow => ({
  analyst: row.analyst,
  key: row.key ?? String(index),
  madeAt: row.madeAt ?? new Date(0),
  probability: row.probability,
  outcome: row.outcome,
  credit: row.credit,
  question: row.question ?? null,
  negated: row.negated ?? false,
  reference: row.reference ?? null,
});

/** The scoreboard over raw prediction rows: the same arithmetic as over the aggregates. */
export function buildScoreboard(rows: readonly ScoreboardRow[], options: { minScored: number }): Scoreboard {
  return contractScoreboard(scoreboardFromSums(sumsByAnalyst(rows), options, fairFigures(rows.map(toFairRow))));
}

export const SCOREBOARD_SORTS = [
  "rank",
  "name",
  "scored",
  "brier",
  "logLoss",
  "hitRate",
  "adjustedBrier",
  "refSkill",
  "relBrier",
  "rankLow",
  "rankHigh",
] as const;
export type ScoreboardSort = (typeof SCOREBOARD_SORTS)[number];
export type SortDirection = "asc" | "desc";

/**
 * Orders the lines for the page: ranked analysts first, then the unranked ones, each group by the
 * chosen column (missing values last whatever the direction), ties by name. "rank" orders the
 * ranked by rank and the unranked by name.
 */
export function sortScoreboard<T extends ScoreboardAnalyst>(
  lines: readonly T[],
  sort: ScoreboardSort,
  dir: SortDirection,
): T[] {
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: T, b: T) => compareNames(a.name, b.name) || compareNames(a.slug, b.slug);
  const compare = (a: T, b: T): number => {
    if (sort === "name") return sign * (compareNamesForDisplay(a.name, b.name) || compareNames(a.slug, b.slug));
    const key = sort === "rank" ? "rank" : sort;
    const x = a[key];
    const y = b[key];
    if (x === null && y === null) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * compareScores(x, y) || byName(a, b);
  };
  const ranked = lines.filter((line) => line.rank !== null).sort(compare);
  const unranked = lines.filter((line) => line.rank === null).sort(sort === "rank" ? byName : compare);
  return [...ranked, ...unranked];
}
