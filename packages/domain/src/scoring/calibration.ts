import type { Scored } from "./scored";

export interface CalibrationBin {
  /** Percent range [from, to): the last bin, [90, 100], includes 100. */
  from: number;
  to: number;
  n: number;
  /** Mean probability of the predictions in the bin (null when empty). */
  meanForecast: number | null;
  /** Mean outcome (null when empty). */
  observedRate: number | null;
  /** 95% Wilson score interval for the observed rate (null when empty). */
  interval: readonly [number, number] | null;
}

const Z95 = 1.959963984540054;

/**
 * The Wilson score interval for `successes` out of `n` (successes may be fractional when PARTIAL
 * credit counts): better than the normal approximation at small n and near 0 or 1.
 */
export function wilsonInterval(successes: number, n: number, z = Z95): readonly [number, number] | null {
  if (n <= 0) return null;
  const rate = successes / n;
  const z2 = z * z;
  const centre = (rate + z2 / (2 * n)) / (1 + z2 / n);
  const halfWidth = (z / (1 + z2 / n)) * Math.sqrt((rate * (1 - rate)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth)];
}

/** The bin index of a probability: by integer percent round(p * 100), ten bins of ten. */
export const binIndex = (p: number): number => Math.min(9, Math.floor(Math.round(p * 100) / 10));

/** Ten calibration bins [0,10), [10,20), ..., [90,100] with n, mean forecast, observed rate and interval. */
export function calibration(scored: readonly Scored[]): CalibrationBin[] {
  const sums = Array.from({ length: 10 }, () => ({ n: 0, p: 0, o: 0 }));
  for (const { p, o } of scored) {
    const bin = sums[binIndex(p)]!;
    bin.n += 1;
    bin.p += p;
    bin.o += o;
  }
  return sums.map((bin, index) => ({
    from: index * 10,
    to: index * 10 + 10,
    n: bin.n,
    meanForecast: bin.n ? bin.p / bin.n : null,
    observedRate: bin.n ? bin.o / bin.n : null,
    interval: wilsonInterval(bin.o, bin.n),
  }));
}
