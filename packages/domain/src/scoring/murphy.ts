import { brier } from "./brier";
import type { Scored } from "./scored";

export interface MurphyDecomposition {
  /** Mean squared gap between each distinct forecast and the outcomes it got (0 is perfect). */
  reliability: number;
  /** How far the outcomes of each forecast value stray from the overall base rate (higher is better). */
  resolution: number;
  /** ō(1 - ō): how hard the questions were. */
  uncertainty: number;
  /**
   * The mean of o(1 - o) over the scored predictions: 0 when every outcome is 0 or 1, more for each
   * PARTIAL outcome (0.25 for a credit of 0.5). Uncertainty ō(1 - ō) is the outcomes' variance only
   * when they are 0 or 1; with partial credit the variance is smaller by exactly this term, which is
   * what closes the identity below.
   */
  partialCredit: number;
  baseRate: number;
}

/**
 * Murphy's decomposition, grouping by distinct forecast value:
 * brier = reliability - resolution + uncertainty - partialCredit.
 * Why the last term: brier = reliability + (the spread of the outcomes within each group), and the
 * outcomes' variance = resolution + (that same spread). The variance of outcomes that are 0 or 1 is
 * ō(1 - ō), the uncertainty, which gives Murphy's brier = reliability - resolution + uncertainty;
 * a PARTIAL outcome o between 0 and 1 makes the variance mean(o²) - ō² smaller than ō(1 - ō) by
 * mean(o - o²), the partialCredit term. Null when n = 0.
 */
export function murphyDecomposition(scored: readonly Scored[]): MurphyDecomposition | null {
  const n = scored.length;
  if (n === 0) return null;
  const baseRate = scored.reduce((sum, { o }) => sum + o, 0) / n;
  const groups = new Map<number, { n: number; o: number }>();
  for (const { p, o } of scored) {
    const group = groups.get(p) ?? { n: 0, o: 0 };
    group.n += 1;
    group.o += o;
    groups.set(p, group);
  }
  let reliability = 0;
  let resolution = 0;
  for (const [forecast, group] of groups) {
    const observed = group.o / group.n;
    reliability += group.n * (forecast - observed) ** 2;
    resolution += group.n * (observed - baseRate) ** 2;
  }
  const partialCredit = scored.reduce((sum, { o }) => sum + o * (1 - o), 0) / n;
  return {
    reliability: reliability / n,
    resolution: resolution / n,
    uncertainty: baseRate * (1 - baseRate),
    partialCredit,
    baseRate,
  };
}

/**
 * Brier skill score against the base rate of the analyst's own outcomes: 1 - brier / ō(1 - ō).
 * 1 is perfect, 0 no better than always forecasting the base rate, negative worse. Null when
 * there is nothing to compare with (no scored predictions, or all outcomes the same).
 */
export function brierSkillScore(scored: readonly Scored[]): number | null {
  const score = brier(scored);
  const decomposition = murphyDecomposition(scored);
  if (score === null || !decomposition || decomposition.uncertainty === 0) return null;
  return 1 - score / decomposition.uncertainty;
}
