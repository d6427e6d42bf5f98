import { mean, type Scored } from "./scored";

/** 1 when p and o lie on the same side of 0.5, 0.5 when either is exactly 0.5, else 0. */
export function hit({ p, o }: Scored): number {
  if (p === 0.5 || o === 0.5) return 0.5;
  return p > 0.5 === o > 0.5 ? 1 : 0;
}

export function hitRate(scored: readonly Scored[]): number | null {
  return mean(scored.map(hit));
}
