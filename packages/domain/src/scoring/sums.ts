import { brierTerm } from "./brier";
import { binIndex, wilsonInterval, type CalibrationBin } from "./calibration";
import { hit } from "./hit-rate";
import { logLossTerm } from "./log-loss";
import { outcomeValue, type ScoredInput } from "./scored";

export const CALIBRATION_BINS = 10;

/**
 * Running sums over a set of predictions from which brier, logLoss, hitRate, the brier's interval
 * and the calibration bins all follow. Sums add: the sums of a union of disjoint sets are the sums
 * of their sums, which is what lets the database keep them per analyst and update them in the
 * same transaction as each judgement (see the `score_cell` table).
 */
export interface ScoreTotals {
  /** Every prediction, open or not. */
  predictions: number;
  /** Those with any outcome, AMBIGUOUS and ANNULLED included. */
  resolved: number;
  /** Those that count for scores: TRUE, FALSE, PARTIAL. */
  scored: number;
  ambiguous: number;
  annulled: number;
  /** Σp and Σo over scored predictions. */
  sumP: number;
  sumO: number;
  /** Σ(p - o)^2, and Σ((p - o)^2)^2 for the variance of the squared error. */
  sumSquaredError: number;
  sumSquaredErrorSquared: number;
  /** Σ of the clamped log-loss terms. */
  sumLogLoss: number;
  /** Σ hit (1, 0.5 or 0). */
  sumHit: number;
  /** Σ(p - o)^2 under the low and the high reading of hedge words (see ScoredInput.low). */
  sumSquaredErrorLow: number;
  sumSquaredErrorHigh: number;
}

/** The totals plus the calibration bins' sums. */
export interface ScoreSums extends ScoreTotals {
  /** Per calibration bin [0,10), ..., [90,100]: n, Σp, Σo. */
  binN: number[];
  binP: number[];
  binO: number[];
}

export function emptySums(): ScoreSums {
  return {
    predictions: 0,
    resolved: 0,
    scored: 0,
    ambiguous: 0,
    annulled: 0,
    sumP: 0,
    sumO: 0,
    sumSquaredError: 0,
    sumSquaredErrorSquared: 0,
    sumLogLoss: 0,
    sumHit: 0,
    sumSquaredErrorLow: 0,
    sumSquaredErrorHigh: 0,
    binN: Array<number>(CALIBRATION_BINS).fill(0),
    binP: Array<number>(CALIBRATION_BINS).fill(0),
    binO: Array<number>(CALIBRATION_BINS).fill(0),
  };
}

/** Adds one prediction's contribution to `sums` in place, and returns it. */
export function addPrediction(sums: ScoreSums, input: ScoredInput): ScoreSums {
  sums.predictions += 1;
  if (input.outcome !== null) sums.resolved += 1;
  if (input.outcome === "AMBIGUOUS") sums.ambiguous += 1;
  if (input.outcome === "ANNULLED") sums.annulled += 1;
  const o = outcomeValue(input);
  if (o === null) return sums;
  const p = input.probability;
  const squaredError = brierTerm({ p, o });
  const bin = binIndex(p);
  sums.scored += 1;
  sums.sumP += p;
  sums.sumO += o;
  sums.sumSquaredError += squaredError;
  sums.sumSquaredErrorSquared += squaredError * squaredError;
  sums.sumLogLoss += logLossTerm({ p, o });
  sums.sumHit += hit({ p, o });
  sums.sumSquaredErrorLow += brierTerm({ p: input.low ?? p, o });
  sums.sumSquaredErrorHigh += brierTerm({ p: input.high ?? p, o });
  sums.binN[bin]! += 1;
  sums.binP[bin]! += p;
  sums.binO[bin]! += o;
  return sums;
}

/** The sums of a list of predictions. */
export const sumsOf = (inputs: Iterable<ScoredInput>): ScoreSums => {
  const sums = emptySums();
  for (const input of inputs) addPrediction(sums, input);
  return sums;
};

/** a + b, as a new object. */
export function addSums(a: ScoreSums, b: ScoreSums): ScoreSums {
  const bins = (x: number[], y: number[]) =>
    Array.from({ length: CALIBRATION_BINS }, (_, index) => (x[index] ?? 0) + (y[index] ?? 0));
  return {
    predictions: a.predictions + b.predictions,
    resolved: a.resolved + b.resolved,
    scored: a.scored + b.scored,
    ambiguous: a.ambiguous + b.ambiguous,
    annulled: a.annulled + b.annulled,
    sumP: a.sumP + b.sumP,
    sumO: a.sumO + b.sumO,
    sumSquaredError: a.sumSquaredError + b.sumSquaredError,
    sumSquaredErrorSquared: a.sumSquaredErrorSquared + b.sumSquaredErrorSquared,
    sumLogLoss: a.sumLogLoss + b.sumLogLoss,
    sumHit: a.sumHit + b.sumHit,
    sumSquaredErrorLow: a.sumSquaredErrorLow + b.sumSquaredErrorLow,
    sumSquaredErrorHigh: a.sumSquaredErrorHigh + b.sumSquaredErrorHigh,
    binN: bins(a.binN, b.binN),
    binP: bins(a.binP, b.binP),
    binO: bins(a.binO, b.binO),
  };
}

/** Summed floating-point values may differ in the last bits with the order of addition. */
const SUM_TOLERANCE = 1e-9;
const close = (a: number, b: number) => Math.abs(a - b) <= SUM_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The fields in which two sums differ: counts exactly, float sums within a relative 1e-9. Empty
 * when they agree. Used by the aggregate consistency check.
 */
export function sumsDifferences(expected: ScoreSums, actual: ScoreSums): string[] {
  const differences: string[] = [];
  const counts = ["predictions", "resolved", "scored", "ambiguous", "annulled"] as const;
  for (const field of counts) {
    if (expected[field] !== actual[field])
      differences.push(`${field}: expected ${expected[field]}, found ${actual[field]}`);
  }
  const floats = [
    "sumP",
    "sumO",
    "sumSquaredError",
    "sumSquaredErrorSquared",
    "sumLogLoss",
    "sumHit",
    "sumSquaredErrorLow",
    "sumSquaredErrorHigh",
  ] as const;
  for (const field of floats) {
    if (!close(expected[field], actual[field])) {
      differences.push(`${field}: expected ${expected[field]}, found ${actual[field]}`);
    }
  }
  for (const field of ["binN", "binP", "binO"] as const) {
    for (let bin = 0; bin < CALIBRATION_BINS; bin += 1) {
      const want = expected[field][bin] ?? 0;
      const got = actual[field][bin] ?? 0;
      if (!close(want, got)) differences.push(`${field}[${bin}]: expected ${want}, found ${got}`);
    }
  }
  return differences;
}

/** Scores that follow from sums alone; null where undefined (nothing scored). */
export interface SumScores {
  scored: number;
  brier: number | null;
  /** Normal-approximation 95% interval for the mean squared error, clamped to [0, 1]; null when n < 2. */
  brierInterval: readonly [number, number] | null;
  logLoss: number | null;
  hitRate: number | null;
  /** Mean outcome ō. */
  baseRate: number | null;
}

const Z95 = 1.959963984540054;

/**
 * The interval for the brier score: mean ± 1.96 · s / √n with s the sample standard deviation of
 * the squared errors. Squared errors are bounded, so the normal approximation is reasonable once
 * n is not tiny; it is clamped to [0, 1].
 */
export function brierInterval(sums: Pick<ScoreSums, "scored" | "sumSquaredError" | "sumSquaredErrorSquared">) {
  const n = sums.scored;
  if (n < 2) return null;
  const mean = sums.sumSquaredError / n;
  const variance = Math.max(0, (sums.sumSquaredErrorSquared - n * mean * mean) / (n - 1));
  const halfWidth = Z95 * Math.sqrt(variance / n);
  return [Math.max(0, mean - halfWidth), Math.min(1, mean + halfWidth)] as const;
}

/** The totals the scoreboard needs: counts, and the sums behind brier, its interval, logLoss and hitRate. */
export type BoardTotals = Pick<
  ScoreTotals,
  "predictions" | "resolved" | "scored" | "sumSquaredError" | "sumSquaredErrorSquared" | "sumLogLoss" | "sumHit"
> &
  Partial<Pick<ScoreTotals, "sumO" | "sumSquaredErrorLow" | "sumSquaredErrorHigh">>;

/** baseRate is null when the totals carry no Σo (the scoreboard's lean totals). */
export function scoresFromSums(sums: BoardTotals): SumScores {
  const n = sums.scored;
  return {
    scored: n,
    brier: n ? sums.sumSquaredError / n : null,
    brierInterval: brierInterval(sums),
    logLoss: n ? sums.sumLogLoss / n : null,
    hitRate: n ? sums.sumHit / n : null,
    baseRate: n && sums.sumO !== undefined ? sums.sumO / n : null,
  };
}

/** The ten calibration bins of docs/design.md from the per-bin sums. */
export function calibrationFromSums(sums: Pick<ScoreSums, "binN" | "binP" | "binO">): CalibrationBin[] {
  return Array.from({ length: CALIBRATION_BINS }, (_, index) => {
    const n = sums.binN[index] ?? 0;
    const p = sums.binP[index] ?? 0;
    const o = sums.binO[index] ?? 0;
    return {
      from: index * 10,
      to: index * 10 + 10,
      n,
      meanForecast: n ? p / n : null,
      observedRate: n ? o / n : null,
      interval: wilsonInterval(o, n),
    };
  });
}
