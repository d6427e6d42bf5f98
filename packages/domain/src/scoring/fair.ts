import type { Outcome } from "../schemas/prediction";
import { brierTerm } from "./brier";
import { adjustedBrier, compareNames, rankInPlace } from "./ranking";
import { outcomeValue } from "./scored";

/**
 * Fair comparison (docs/design.md, "Fair comparison (contract v1.1)"): the reference a prediction
 * is measured against, one vote per question, refSkill, relBrier and the hedge readings. Pure
 * functions over plain rows; the database reads the rows (or keeps the sums) and these decide.
 */

/** The UTC day of a date or an ISO 8601 string, as YYYY-MM-DD: how asOf and madeAt are compared. */
export function utcDay(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return date.toISOString().slice(0, 10);
}

/** A reference forecast of a question: what a market, a crowd or a base rate said on a day. */
export interface ReferenceForecast {
  probability: number;
  asOf: Date | string;
}

/**
 * The reference a prediction made at `madeAt` is measured against: the one with the latest asOf on
 * or before madeAt, compared as UTC days; null when every reference is later (or there is none).
 * References of one question have distinct days, so there is never a tie.
 */
export function referenceFor<T extends ReferenceForecast>(references: readonly T[], madeAt: Date | string): T | null {
  const made = utcDay(madeAt);
  let best: T | null = null;
  let bestDay = "";
  for (const reference of references) {
    const day = utcDay(reference.asOf);
    if (day <= made && (best === null || day > bestDay)) {
      best = reference;
      bestDay = day;
    }
  }
  return best;
}

/** A probability for the question in the linked prediction's own terms, and back: 1 - p when negated. */
export const linkedProbability = (probability: number, negated: boolean): number =>
  negated ? 1 - probability : probability;

/**
 * The judgement a question's outcome gives a linked prediction: the same, or for a negated link
 * TRUE <-> FALSE and PARTIAL credit c -> 1 - c (AMBIGUOUS, ANNULLED and a reopening unchanged).
 */
export function linkedOutcome(
  outcome: Outcome | null,
  credit: number | null,
  negated: boolean,
): { outcome: Outcome | null; credit: number | null } {
  if (!negated) return { outcome, credit: outcome === "PARTIAL" ? credit : null };
  switch (outcome) {
    case "TRUE":
      return { outcome: "FALSE", credit: null };
    case "FALSE":
      return { outcome: "TRUE", credit: null };
    case "PARTIAL":
      return { outcome, credit: credit === null ? null : 1 - credit };
    default:
      return { outcome, credit: null };
  }
}

/** One prediction as the fair comparison reads it. */
export interface FairRow {
  analyst: { slug: string; name: string };
  key: string;
  /** As recorded (a date is midnight UTC): the latest of an analyst's predictions on a question votes. */
  madeAt: Date;
  probability: number;
  /** The prediction's own outcome (already mapped for a negated link). */
  outcome: Outcome | null;
  credit: number | null;
  /** The linked question's key, or null for an unlinked prediction. */
  question: string | null;
  negated: boolean;
  /** The chosen reference r in the question's terms (see referenceFor), or null when none applies. */
  reference: number | null;
}

/** One analyst's fair figures; null where undefined. */
export interface FairFigures {
  refSkill: number | null;
  refN: number;
  relBrier: number | null;
  sharedN: number;
}

export const EMPTY_FAIR: FairFigures = { refSkill: null, refN: 0, relBrier: null, sharedN: 0 };

/** The later vote: the latest madeAt, ties broken by the greatest key in code-unit order. */
const laterVote = (a: FairRow, b: FairRow): FairRow => {
  const byTime = a.madeAt.getTime() - b.madeAt.getTime();
  if (byTime !== 0) return byTime > 0 ? a : b;
  return compareNames(a.key, b.key) >= 0 ? a : b;
};

/**
 * The counted predictions: scored ones only, and for each analyst and question the single vote
 * (latest madeAt, then greatest key). Unlinked predictions count each. The input should already be
 * limited to the current filter.
 */
export function countedPredictions(rows: Iterable<FairRow>): (FairRow & { o: number })[] {
  const unlinked: (FairRow & { o: number })[] = [];
  const votes = new Map<string, FairRow & { o: number }>();
  for (const row of rows) {
    const o = outcomeValue(row);
    if (o === null) continue;
    const scored = { ...row, o };
    if (row.question === null) {
      unlinked.push(scored);
      continue;
    }
    const id = `${row.analyst.slug}\u0000${row.question}`;
    const current = votes.get(id);
    votes.set(id, current ? (laterVote(current, scored) as FairRow & { o: number }) : scored);
  }
  return [...unlinked, ...votes.values()];
}

/** The median of a non-empty list: the middle value, or the mean of the middle two. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of nothing");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * refSkill/refN and relBrier/sharedN per analyst (by slug) over the rows in the filter. Analysts
 * without a counted linked prediction are absent (their figures are EMPTY_FAIR).
 */
export function fairFigures(rows: Iterable<FairRow>): Map<string, FairFigures> {
  return fairFromSums(fairSumsOf(rows));
}

/**
 * The per-analyst sums behind the fair figures (see AnalystFairSums), from the rows in the filter:
 * what the database keeps in fair_cell and computes per filter, worked out independently.
 */
export function fairSumsOf(rows: Iterable<FairRow>): AnalystFairSums[] {
  const counted = countedPredictions(rows);
  const sums = new Map<string, AnalystFairSums>();
  const entry = (slug: string): AnalystFairSums => {
    let found = sums.get(slug);
    if (!found) {
      found = { slug, refN: 0, sumSquaredError: 0, sumReferenceError: 0, sharedN: 0, sumRelative: 0 };
      sums.set(slug, found);
    }
    return found;
  };
  const byQuestion = new Map<string, { slug: string; squaredError: number }[]>();
  for (const row of counted) {
    if (row.question === null) continue;
    const squaredError = brierTerm({ p: row.probability, o: row.o });
    const analyst = entry(row.analyst.slug);
    if (row.reference !== null) {
      analyst.refN += 1;
      analyst.sumSquaredError += squaredError;
      analyst.sumReferenceError += brierTerm({ p: linkedProbability(row.reference, row.negated), o: row.o });
    }
    const forecasts = byQuestion.get(row.question) ?? [];
    forecasts.push({ slug: row.analyst.slug, squaredError });
    byQuestion.set(row.question, forecasts);
  }
  for (const forecasts of byQuestion.values()) {
    // After the vote each analyst has one forecast per question: two forecasts = two analysts.
    if (forecasts.length < 2) continue;
    for (const [index, forecast] of forecasts.entries()) {
      const others = forecasts.filter((_, other) => other !== index).map((other) => other.squaredError);
      const analyst = entry(forecast.slug);
      analyst.sumRelative += forecast.squaredError - median(others);
      analyst.sharedN += 1;
    }
  }
  return [...sums.values()];
}

/**
 * A prediction's probability under the low or the high reading of hedge words: the interval's end
 * when the probability was read from hedge words (and an interval is recorded), else unchanged.
 */
export function hedgeReading(probability: number, probabilitySource: string, bound: number | null | undefined): number {
  return probabilitySource === "HEDGE" && bound !== null && bound !== undefined ? bound : probability;
}

/** What the hedge readings need of an analyst: the scored count and Σ(p - o)^2 under each reading. */
export interface HedgeSums {
  slug: string;
  name: string;
  scored: number;
  sumSquaredErrorLow: number;
  sumSquaredErrorHigh: number;
}

export interface HedgeFigures {
  brierLow: number | null;
  brierHigh: number | null;
  rankLow: number | null;
  rankHigh: number | null;
}

/**
 * brierLow/brierHigh and rankLow/rankHigh: every analyst re-scored under the low (high) reading,
 * the adjusted brier shrunk towards that reading's population brier, ranked with the same
 * minScored rule and tie-break as the scoreboard (null for unranked analysts).
 */
export function hedgeFigures(entries: readonly HedgeSums[], minScored: number): Map<string, HedgeFigures> {
  const result = new Map<string, HedgeFigures>(
    entries.map((entry) => [entry.slug, { brierLow: null, brierHigh: null, rankLow: null, rankHigh: null }]),
  );
  const scored = entries.reduce((sum, entry) => sum + entry.scored, 0);
  for (const reading of ["Low", "High"] as const) {
    const field = reading === "Low" ? "sumSquaredErrorLow" : "sumSquaredErrorHigh";
    const population = scored ? entries.reduce((sum, entry) => sum + entry[field], 0) / scored : null;
    const lines = entries.map((entry) => {
      const brier = entry.scored ? entry[field] / entry.scored : null;
      return {
        slug: entry.slug,
        name: entry.name,
        scored: entry.scored,
        brier,
        adjustedBrier: adjustedBrier(entry.scored, brier, population),
        rank: null as number | null,
      };
    });
    for (const line of rankInPlace(lines, minScored)) {
      const figures = result.get(line.slug)!;
      figures[`brier${reading}`] = line.brier;
      figures[`rank${reading}`] = line.rank;
    }
  }
  return result;
}

/** An analyst's sums behind the fair figures, as the database computes them per filter. */
export interface AnalystFairSums {
  slug: string;
  /** Counted predictions with a reference, Σ(p - o)² over them and Σ(r' - o)² of their references. */
  refN: number;
  sumSquaredError: number;
  sumReferenceError: number;
  /** Shared questions, and Σ over them of (own squared error - median of the others'). */
  sharedN: number;
  sumRelative: number;
}

/**
 * A sum of squared reference errors at or below this is the contract's "denominator is 0": only
 * floating-point rounding leaves a square that small (one unit in the last place of a probability
 * squared is about 1e-33; a real difference of 1e-10 between reference and outcome already squares
 * to 1e-20). Without it, 1 - 0.71 against a stored 0.29 would divide by 1e-33 and print -1.6e32.
 */
export const ZERO_REFERENCE_ERROR = 1e-24;

/** refSkill/refN and relBrier/sharedN from the sums; the same arithmetic as fairFigures. */
export function fairFromSums(entries: readonly AnalystFairSums[]): Map<string, FairFigures> {
  return new Map(
    entries.map((entry) => [
      entry.slug,
      {
        refSkill:
          entry.refN > 0 && entry.sumReferenceError > ZERO_REFERENCE_ERROR
            ? 1 - entry.sumSquaredError / entry.sumReferenceError
            : null,
        refN: entry.refN,
        relBrier: entry.sharedN > 0 ? entry.sumRelative / entry.sharedN : null,
        sharedN: entry.sharedN,
      },
    ]),
  );
}
