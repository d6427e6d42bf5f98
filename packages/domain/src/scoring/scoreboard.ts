import type { Outcome } from "../schemas/prediction";
import { brier } from "./brier";
import { hitRate } from "./hit-rate";
import { logLoss } from "./log-loss";
import { adjustedBrier, rankAnalysts } from "./ranking";
import { scoredOnly, type ScoredInput } from "./scored";

/** One prediction as the scoreboard reads it: who made it, its probability and its outcome. */
export interface ScoreboardRow {
  analyst: { slug: string; name: string };
  probability: number;
  outcome: Outcome | null;
  credit: number | null;
}

/** One analyst's line of the scoreboard (data contract v1); null where a score is undefined. */
export interface ScoreboardAnalyst {
  slug: string;
  name: string;
  /** Every prediction of the analyst in the filter. */
  predictions: number;
  /** Those with any outcome, including AMBIGUOUS and ANNULLED. */
  resolved: number;
  /** Those that count for scores: TRUE, FALSE, PARTIAL. */
  scored: number;
  brier: number | null;
  logLoss: number | null;
  hitRate: number | null;
  adjustedBrier: number | null;
  /** 1 = best; null below minScored. */
  rank: number | null;
}

export interface Scoreboard {
  population: { scored: number; brier: number | null };
  analysts: ScoreboardAnalyst[];
}

/**
 * The scoreboard of DESIGN.md "Scoring" over the given predictions: per-analyst scores, the brier
 * shrunk towards the population's, ranked; analysts with fewer than `minScored` scored predictions
 * are listed unranked after the ranked ones.
 */
export function buildScoreboard(rows: readonly ScoreboardRow[], options: { minScored: number }): Scoreboard {
  const byAnalyst = new Map<string, { slug: string; name: string; inputs: ScoredInput[] }>();
  for (const row of rows) {
    const entry = byAnalyst.get(row.analyst.slug) ?? { ...row.analyst, inputs: [] };
    entry.inputs.push({ probability: row.probability, outcome: row.outcome, credit: row.credit });
    byAnalyst.set(row.analyst.slug, entry);
  }
  const populationScored = scoredOnly(
    rows.map(({ probability, outcome, credit }) => ({ probability, outcome, credit })),
  );
  const populationBrier = brier(populationScored);
  const analysts = [...byAnalyst.values()].map(({ slug, name, inputs }) => {
    const scored = scoredOnly(inputs);
    const analystBrier = brier(scored);
    return {
      slug,
      name,
      predictions: inputs.length,
      resolved: inputs.filter((input) => input.outcome !== null).length,
      scored: scored.length,
      brier: analystBrier,
      logLoss: logLoss(scored),
      hitRate: hitRate(scored),
      adjustedBrier: adjustedBrier(scored.length, analystBrier, populationBrier),
    };
  });
  return {
    population: { scored: populationScored.length, brier: populationBrier },
    analysts: rankAnalysts(analysts, options.minScored),
  };
}
