import { mean, type Scored } from "./scored";

/** Mean of (p - o)^2: 0 is perfect, 1 the worst, 0.25 what always saying 50% earns. Null when n = 0. */
export function brier(scored: readonly Scored[]): number | null {
  return mean(scored.map(({ p, o }) => (p - o) ** 2));
}

/** Squared error of one prediction, the summand of brier. */
export const brierTerm = ({ p, o }: Scored): number => (p - o) ** 2;
