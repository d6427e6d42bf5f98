import { plotArea, type ChartFrame, type PlotArea } from "./frame";
import { round } from "./path";
import { linearScale, niceTicks, percentTick } from "./scale";

/** One bin as analyst.scores gives it: percent bounds [from, to), n, and the means (null when empty). */
export interface CalibrationBinInput {
  from: number;
  to: number;
  n: number;
  meanForecast: number | null;
  observedRate: number | null;
  interval: readonly [number, number] | null;
}

/** Where a non-empty bin is drawn: its dot, the dot's size, its interval bar and its "n" label. */
export interface CalibrationMark {
  from: number;
  to: number;
  n: number;
  meanForecast: number;
  observedRate: number;
  interval: readonly [number, number] | null;
  x: number;
  y: number;
  radius: number;
  /** The interval bar's ends (top is the higher rate, the smaller y); null without an interval. */
  intervalTop: number | null;
  intervalBottom: number | null;
  /**
   * The "n=4" label's baseline: diagonally above and right of the dot, clear of its interval bar and
   * of the neighbouring bands' dots; mirrored to the left near the right edge and below near the top.
   */
  labelX: number;
  labelY: number;
  labelAnchor: "start" | "end";
}

export interface Tick {
  value: number;
  label: string;
  /** Position along its axis: x for the horizontal axis, y for the vertical one. */
  position: number;
}

export interface CalibrationLayout {
  plot: PlotArea;
  marks: CalibrationMark[];
  /** Perfect calibration, from (0%, 0%) to (100%, 100%). */
  diagonal: { x1: number; y1: number; x2: number; y2: number };
  xTicks: Tick[];
  yTicks: Tick[];
}

/**
 * A dot's radius for n predictions when the fullest bin holds `maxN`: the dot's area grows with n
 * (radius with its square root), from `max` for the fullest bin down to at least `min`.
 */
export function dotRadius(n: number, maxN: number, { min, max }: { min: number; max: number }): number {
  if (n <= 0 || maxN <= 0) return 0;
  return round(Math.max(min, max * Math.sqrt(n / maxN)));
}

const LABEL_GAP = 2;
/** Room an "n=999" label needs on the right before it is put on the dot's left instead. */
const LABEL_ROOM = 40;
/** A label's height (11px text): room it needs above the dot before it is put below instead. */
const LABEL_HEIGHT = 10;

/**
 * The calibration chart's geometry: x is the mean forecast of a bin, y its observed rate, both 0 to
 * 100%; empty bins draw nothing.
 */
export function calibrationLayout(
  bins: readonly CalibrationBinInput[],
  frame: ChartFrame,
  radius: { min: number; max: number } = { min: 3, max: 10 },
): CalibrationLayout {
  const plot = plotArea(frame);
  const x = linearScale([0, 1], [plot.left, plot.right]);
  const y = linearScale([0, 1], [plot.bottom, plot.top]);
  const maxN = Math.max(0, ...bins.map((bin) => bin.n));
  const marks: CalibrationMark[] = [];
  for (const bin of bins) {
    if (bin.n <= 0 || bin.meanForecast === null || bin.observedRate === null) continue;
    const markX = round(x(bin.meanForecast));
    const markY = round(y(bin.observedRate));
    const markRadius = dotRadius(bin.n, maxN, radius);
    // From the centre to the dot's edge along the diagonal, plus a gap.
    const offset = markRadius * Math.SQRT1_2 + LABEL_GAP;
    const onLeft = markX + offset + LABEL_ROOM > plot.right;
    const below = markY - offset - LABEL_HEIGHT < plot.top;
    marks.push({
      from: bin.from,
      to: bin.to,
      n: bin.n,
      meanForecast: bin.meanForecast,
      observedRate: bin.observedRate,
      interval: bin.interval,
      x: markX,
      y: markY,
      radius: markRadius,
      intervalTop: bin.interval ? round(y(bin.interval[1])) : null,
      intervalBottom: bin.interval ? round(y(bin.interval[0])) : null,
      labelX: round(onLeft ? markX - offset : markX + offset),
      labelY: round(below ? markY + offset + LABEL_HEIGHT - 2 : markY - offset),
      labelAnchor: onLeft ? "end" : "start",
    });
  }
  const ticks = niceTicks(0, 1, 5);
  return {
    plot,
    marks,
    diagonal: { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.top },
    xTicks: ticks.map((value) => ({ value, label: percentTick(value), position: round(x(value)) })),
    yTicks: ticks.map((value) => ({ value, label: percentTick(value), position: round(y(value)) })),
  };
}
