import { mean, type Scored } from "./scored";

export const LOG_LOSS_CLAMP = 0.01;

/** -(o ln q + (1 - o) ln(1 - q)) with q = p clamped to [0.01, 0.99], natural log. */
export function logLossTerm({ p, o }: Scored): number {
  const q = Math.min(1 - LOG_LOSS_CLAMP, Math.max(LOG_LOSS_CLAMP, p));
  return -(o * Math.log(q) + (1 - o) * Math.log(1 - q));
}

/** Mean log loss over scored predictions; null when n = 0. */
export function logLoss(scored: readonly Scored[]): number | null {
  return mean(scored.map(logLossTerm));
}
