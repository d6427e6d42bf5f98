import { plotArea, type ChartFrame, type PlotArea } from "./frame";
import type { Tick } from "./calibration-layout";
import { monthLabel, monthNumber, monthRange, monthTicks } from "./months";
import { linePath, round } from "./path";
import { linearScale, niceCeiling, niceTicks } from "./scale";

/** One month as analyst.scores gives it: the month's own Brier, and the running one up to it. */
export interface OverTimeInput {
  month: string;
  scored: number;
  brier: number;
  cumulativeScored: number;
  cumulativeBrier: number;
}

export interface OverTimeMark extends OverTimeInput {
  x: number;
  /** The running Brier's point (on the line). */
  cumulativeY: number;
  /** The month's own Brier's point. */
  monthlyY: number;
}

export interface OverTimeLayout {
  plot: PlotArea;
  marks: OverTimeMark[];
  /** The line through the running Brier, month by month. */
  cumulativePath: string;
  xTicks: (Tick & { month: string })[];
  yTicks: Tick[];
  yMax: number;
  /** Where 0.25 lies, the Brier of always saying 50%; null when the axis stops below it. */
  referenceY: number | null;
}

/** The least room between two month labels ("Sep 2025" is about 50 units wide at 11px). */
const MIN_LABEL_GAP = 64;

/** The Brier of a forecaster who always says 50%: the chart's reference line. */
export const COIN_FLIP_BRIER = 0.25;

/**
 * The geometry of "Brier over time": months (of resolution) along x, evenly spaced with gaps for
 * months without a resolution; Brier up the y axis from 0 to a round number at or above both the
 * highest point and 0.25, so that the coin-flip line is always in view. The months with a point
 * are labelled when there are few enough and far enough apart; otherwise every k-th month is.
 */
export function overTimeLayout(
  points: readonly OverTimeInput[],
  frame: ChartFrame,
  { maxXTicks = 6, yIntervals = 5 }: { maxXTicks?: number; yIntervals?: number } = {},
): OverTimeLayout {
  const plot = plotArea(frame);
  const sorted = [...points].sort((a, b) => monthNumber(a.month) - monthNumber(b.month));
  const first = sorted[0];
  const last = sorted.at(-1);
  const months = first && last ? monthRange(first.month, last.month) : [];
  const start = first ? monthNumber(first.month) : 0;
  const x = linearScale([0, Math.max(0, months.length - 1)], [plot.left, plot.right]);
  const highest = Math.max(COIN_FLIP_BRIER, ...sorted.flatMap((point) => [point.brier, point.cumulativeBrier]));
  const yMax = niceCeiling(highest, yIntervals);
  const y = linearScale([0, yMax], [plot.bottom, plot.top]);

  const marks = sorted.map((point) => ({
    ...point,
    x: round(x(monthNumber(point.month) - start)),
    cumulativeY: round(y(point.cumulativeBrier)),
    monthlyY: round(y(point.brier)),
  }));
  const positions = marks.map((mark) => mark.x);
  const pointsFit =
    marks.length <= maxXTicks &&
    positions.every((position, index) => index === 0 || position - positions[index - 1]! >= MIN_LABEL_GAP);
  const tickMonths = pointsFit ? marks.map((mark) => mark.month) : monthTicks(months, maxXTicks);
  return {
    plot,
    marks,
    cumulativePath: linePath(marks.map((mark) => ({ x: mark.x, y: mark.cumulativeY }))),
    xTicks: tickMonths.map((month) => ({
      month,
      value: monthNumber(month) - start,
      label: monthLabel(month),
      position: round(x(monthNumber(month) - start)),
    })),
    yTicks: niceTicks(0, yMax, yIntervals).map((value) => ({
      value,
      label: value.toFixed(2),
      position: round(y(value)),
    })),
    yMax,
    referenceY: COIN_FLIP_BRIER <= yMax ? round(y(COIN_FLIP_BRIER)) : null,
  };
}
