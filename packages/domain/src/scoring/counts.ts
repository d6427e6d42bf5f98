import type { Outcome } from "../schemas/prediction";

export interface CountedPrediction {
  outcome: Outcome | null;
  resolveBy: Date | null;
  conditional: boolean;
}

export interface AnalystCounts {
  predictions: number;
  /** No outcome, deadline not passed (or none). */
  open: number;
  /** No outcome, deadline passed. */
  due: number;
  /** Any outcome. */
  judged: number;
  /** TRUE, FALSE or PARTIAL: what the scores are computed over. */
  scored: number;
  ambiguous: number;
  annulled: number;
  /** Predictions with no deadline, conditional, or ANNULLED (each counted once). */
  vague: number;
  /** vague / predictions: how much of what they say can never be checked; null with no predictions. */
  vagueness: number | null;
}

/** An analyst's counts at `now`, so that never saying anything checkable is visible too. */
export function analystCounts(predictions: readonly CountedPrediction[], now: Date): AnalystCounts {
  const counts: AnalystCounts = {
    predictions: predictions.length,
    open: 0,
    due: 0,
    judged: 0,
    scored: 0,
    ambiguous: 0,
    annulled: 0,
    vague: 0,
    vagueness: null,
  };
  for (const prediction of predictions) {
    if (prediction.outcome === null) {
      if (prediction.resolveBy && prediction.resolveBy.getTime() < now.getTime()) counts.due++;
      else counts.open++;
    } else {
      counts.judged++;
      if (prediction.outcome === "AMBIGUOUS") counts.ambiguous++;
      else if (prediction.outcome === "ANNULLED") counts.annulled++;
      else counts.scored++;
    }
    if (prediction.resolveBy === null || prediction.conditional || prediction.outcome === "ANNULLED") counts.vague++;
  }
  counts.vagueness = predictions.length ? counts.vague / predictions.length : null;
  return counts;
}
