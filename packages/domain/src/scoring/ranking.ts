/** Weight of the population's brier in the adjusted score: as if every analyst had 10 average calls more. */
export const SHRINKAGE_WEIGHT = 10;
export const DEFAULT_MIN_SCORED = 5;

/** (n * brier + 10 * popBrier) / (n + 10): pulls small samples towards the population. */
export function adjustedBrier(n: number, analystBrier: number | null, populationBrier: number | null): number | null {
  if (populationBrier === null) return null;
  if (n === 0 || analystBrier === null) return populationBrier;
  return (n * analystBrier + SHRINKAGE_WEIGHT * populationBrier) / (n + SHRINKAGE_WEIGHT);
}

export interface Rankable {
  name: string;
  scored: number;
  adjustedBrier: number | null;
}

/**
 * Ranks by adjustedBrier ascending (rank 1 = best), ties by name; analysts with fewer than
 * `minScored` scored predictions get rank null and are listed after the ranked ones.
 */
export function rankAnalysts<T extends Rankable>(
  rows: readonly T[],
  minScored = DEFAULT_MIN_SCORED,
): (T & { rank: number | null })[] {
  const byScoreThenName = (a: T, b: T) =>
    (a.adjustedBrier ?? Number.POSITIVE_INFINITY) - (b.adjustedBrier ?? Number.POSITIVE_INFINITY) ||
    a.name.localeCompare(b.name);
  const ranked = rows.filter((row) => row.scored >= minScored && row.adjustedBrier !== null).sort(byScoreThenName);
  const unranked = rows.filter((row) => !(row.scored >= minScored && row.adjustedBrier !== null)).sort(byScoreThenName);
  return [
    ...ranked.map((row, index) => ({ ...row, rank: index + 1 })),
    ...unranked.map((row) => ({ ...row, rank: null })),
  ];
}
