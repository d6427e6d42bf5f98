/**
 * The arithmetic of the hand-made SVG charts: where a value lands on an axis, and which values get
 * a tick. Pure, so that it is tested on its own and the server and the browser draw the same thing.
 */

/** A linear map from `domain` onto `range` (either may run backwards: SVG's y grows downwards). */
export function linearScale(
  [domainStart, domainEnd]: readonly [number, number],
  [rangeStart, rangeEnd]: readonly [number, number],
): (value: number) => number {
  const span = domainEnd - domainStart;
  // A domain of one value (a single month, every score equal) puts everything in the middle.
  if (span === 0) return () => (rangeStart + rangeEnd) / 2;
  return (value) => rangeStart + ((value - domainStart) / span) * (rangeEnd - rangeStart);
}

/** The step between ticks: 1, 2 or 5 times a power of ten, giving about `count` intervals. */
export function tickStep(min: number, max: number, count: number): number {
  const rough = (max - min) / Math.max(1, count);
  if (!(rough > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const normalised = rough / magnitude;
  const factor = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** Decimal places of a step such as 0.05 (2) or 20 (0), to print ticks without float noise. */
const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step) + 1e-9));

/** Round numbers between min and max inclusive, about `count` intervals apart: (0, 1, 5) -> 0, 0.2 ... 1. */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (max < min) return [];
  if (max === min) return [min];
  const step = tickStep(min, max, count);
  const decimals = decimalsOf(step);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const ticks: number[] = [];
  for (let index = first; index <= last; index++) ticks.push(Number((index * step).toFixed(decimals)));
  return ticks;
}

/** The smallest round number at or above `max` on the tick grid, so that the top of an axis carries a tick. */
export function niceCeiling(max: number, count: number): number {
  if (!(max > 0)) return 0;
  const step = tickStep(0, max, count);
  return Number((Math.ceil(max / step - 1e-9) * step).toFixed(decimalsOf(step)));
}

/** 0.4 -> "40%": tick labels of a probability axis. */
export const percentTick = (value: number): string => `${Math.round(value * 100)}%`;
