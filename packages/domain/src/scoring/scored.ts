import type { Outcome } from "../schemas/prediction";

/** One prediction as scoring sees it: the probability fixed at logging time and its outcome. */
export interface ScoredInput {
  probability: number;
  outcome: Outcome | null;
  /** Credit for PARTIAL outcomes, in [0, 1]. */
  credit?: number | null;
  /**
   * The probability under the low and the high reading of hedge words (contract v1.1, "Hedge
   * sensitivity"): the interval's ends for a probability read from hedge words, else the
   * probability itself. Absent means the probability.
   */
  low?: number;
  high?: number;
}

/** A prediction that counts for scores: p, and o = 1 (TRUE), 0 (FALSE) or the credit (PARTIAL). */
export interface Scored {
  p: number;
  o: number;
}

/**
 * The outcome value o of docs/design.md, or null when the prediction is not scored (open, AMBIGUOUS,
 * ANNULLED).
 */
export function outcomeValue(input: ScoredInput): number | null {
  switch (input.outcome) {
    case "TRUE":
      return 1;
    case "FALSE":
      return 0;
    case "PARTIAL":
      return input.credit ?? null;
    default:
      return null;
  }
}

/** The scored predictions among the inputs, as (p, o) pairs. */
export function scoredOnly(inputs: readonly ScoredInput[]): Scored[] {
  return inputs.flatMap((input) => {
    const o = outcomeValue(input);
    return o === null ? [] : [{ p: input.probability, o }];
  });
}

export const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
