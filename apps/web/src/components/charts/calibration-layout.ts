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
  /** The "n=4" label's anchor point (on its baseline) and side: see placeLabels. */
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
/** Text metrics of the 11px labels, roughly: a character's width, and the height above and below the baseline. */
const CHAR_WIDTH = 6.5;
const ASCENT = 9;
const DESCENT = 1;
/** Half the width of an interval bar's caps. */
export const CAP_HALF_WIDTH = 5;

/** An axis-aligned box: left, top, right, bottom. */
type Box = readonly [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
const inside = (inner: Box, outer: Box) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

export const labelText = (n: number) => `n=${n}`;

interface Dot {
  x: number;
  y: number;
  radius: number;
  n: number;
  intervalTop: number | null;
  intervalBottom: number | null;
}

/** Whether a box covers part of a dot: the box's point nearest the centre lies within the radius. */
const coversDot = (box: Box, dot: Dot) =>
  Math.hypot(Math.min(Math.max(dot.x, box[0]), box[2]) - dot.x, Math.min(Math.max(dot.y, box[1]), box[3]) - dot.y) <
  dot.radius;

/** What a label must not cover besides the dots: every interval bar (its line and its two caps). */
function barBoxes(dots: readonly Dot[]): Box[] {
  const boxes: Box[] = [];
  for (const dot of dots) {
    if (dot.intervalTop === null || dot.intervalBottom === null) continue;
    boxes.push([dot.x - 1, dot.intervalTop, dot.x + 1, dot.intervalBottom]);
    for (const end of [dot.intervalTop, dot.intervalBottom]) {
      boxes.push([dot.x - CAP_HALF_WIDTH, end - 1, dot.x + CAP_HALF_WIDTH, end + 1]);
    }
  }
  return boxes;
}

/**
 * Where each dot's "n=4" label goes: diagonally off the dot (up-right, up-left, down-right, then
 * down-left), at the first of those that stays inside the plot and covers no dot, no interval bar
 * and no label placed before it; the first that stays inside when every one covers something.
 */
export function placeLabels(
  dots: readonly Dot[],
  plot: PlotArea,
): { labelX: number; labelY: number; labelAnchor: "start" | "end" }[] {
  const blocked = barBoxes(dots);
  const bounds: Box = [plot.left, plot.top, plot.right, plot.bottom];
  return dots.map((dot) => {
    const width = labelText(dot.n).length * CHAR_WIDTH;
    // From the centre to the dot's edge along the diagonal, plus a gap.
    const offset = dot.radius * Math.SQRT1_2 + LABEL_GAP;
    const candidates = [
      { right: true, up: true },
      { right: false, up: true },
      { right: true, up: false },
      { right: false, up: false },
    ].map(({ right, up }) => {
      const labelX = right ? dot.x + offset : dot.x - offset;
      const baseline = up ? dot.y - offset - DESCENT : dot.y + offset + ASCENT;
      const box: Box = [
        right ? labelX : labelX - width,
        baseline - ASCENT,
        right ? labelX + width : labelX,
        baseline + DESCENT,
      ];
      return { labelX: round(labelX), labelY: round(baseline), labelAnchor: right ? "start" : "end", box } as const;
    });
    const fitting = candidates.filter((candidate) => inside(candidate.box, bounds));
    const chosen =
      fitting.find(
        (candidate) =>
          !blocked.some((box) => overlaps(candidate.box, box)) &&
          !dots.some((other) => coversDot(candidate.box, other)),
      ) ??
      fitting[0] ??
      candidates[0]!;
    blocked.push(chosen.box);
    return { labelX: chosen.labelX, labelY: chosen.labelY, labelAnchor: chosen.labelAnchor };
  });
}

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
  const dots = bins.flatMap((bin) => {
    if (bin.n <= 0 || bin.meanForecast === null || bin.observedRate === null) return [];
    return [
      {
        from: bin.from,
        to: bin.to,
        n: bin.n,
        meanForecast: bin.meanForecast,
        observedRate: bin.observedRate,
        interval: bin.interval,
        x: round(x(bin.meanForecast)),
        y: round(y(bin.observedRate)),
        radius: dotRadius(bin.n, maxN, radius),
        intervalTop: bin.interval ? round(y(bin.interval[1])) : null,
        intervalBottom: bin.interval ? round(y(bin.interval[0])) : null,
      },
    ];
  });
  const labels = placeLabels(dots, plot);
  const marks: CalibrationMark[] = dots.map((dot, index) => ({ ...dot, ...labels[index]! }));
  const ticks = niceTicks(0, 1, 5);
  return {
    plot,
    marks,
    diagonal: { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.top },
    xTicks: ticks.map((value) => ({ value, label: percentTick(value), position: round(x(value)) })),
    yTicks: ticks.map((value) => ({ value, label: percentTick(value), position: round(y(value)) })),
  };
}
