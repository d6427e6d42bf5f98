/** Weight of the population's brier in the adjusted score: as if every analyst had 10 average calls more. */
export const SHRINKAGE_WEIGHT = 10;
export const DEFAULT_MIN_SCORED = 5;

/** (n * brier + 10 * popBrier) / (n + 10): pulls small samples towards the population. */
export function adjustedBrier(n: number, analystBrier: number | null, populationBrier: number | null): number | null {
  if (populationBrier === null) return null;
  if (n === 0 || analystBrier === null) return populationBrier;
  return (n * analystBrier + SHRINKAGE_WEIGHT * populationBrier) / (n + SHRINKAGE_WEIGHT);
}

/**
 * Ties are broken by name in plain code-unit order: the same in every language and tool that
 * compares our numbers (Python's sorted(), SQL's COLLATE "C"), and fast for 10k analysts.
 */
export const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Alphabetical order for people reading a list sorted by name. */
const collator = new Intl.Collator("en");
export const compareNamesForDisplay = (a: string, b: string): number => collator.compare(a, b) || compareNames(a, b);

export interface Rankable {
  name: string;
  scored: number;
  adjustedBrier: number | null;
}

/**
 * Ranks by adjustedBrier ascending (rank 1 = best), ties by name; analysts with fewer than
 * `minScored` scored predictions get rank null and are listed after the ranked ones. Returns new
 * objects; `rankInPlace` does the same on rows the caller owns, without copying them.
 */
export function rankAnalysts<T extends Rankable>(
  rows: readonly T[],
  minScored = DEFAULT_MIN_SCORED,
): (T & { rank: number | null })[] {
  return rankInPlace(
    rows.map((row) => ({ ...row, rank: null })),
    minScored,
  );
}

/**
 * Scores closer than this are equal: sums of the same squares added in another order differ in
 * their last bits (0.1625 as 0.16250000000000003 and 0.16250000000000006), and a tie is broken by
 * name, not by rounding.
 */
export const SCORE_TOLERANCE = 1e-12;

/** Compares two scores, equal within SCORE_TOLERANCE; a missing score after any other. */
export function compareScores(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return Math.abs(a - b) <= SCORE_TOLERANCE ? 0 : a - b;
}

const byScoreThenName = (a: Rankable, b: Rankable) =>
  compareScores(a.adjustedBrier, b.adjustedBrier) || compareNames(a.name, b.name);

export function rankInPlace<T extends Rankable & { rank: number | null }>(rows: T[], minScored: number): T[] {
  const isRanked = (row: T) => row.scored >= minScored && row.adjustedBrier !== null;
  const ranked = rows.filter(isRanked).sort(byScoreThenName);
  const unranked = rows.filter((row) => !isRanked(row)).sort(byScoreThenName);
  ranked.forEach((row, index) => {
    row.rank = index + 1;
  });
  for (const row of unranked) row.rank = null;
  return [...ranked, ...unranked];
}
