import type { Tick } from "@/components/charts/calibration-layout";
import { plotArea, type ChartFrame, type PlotArea } from "@/components/charts/frame";
import { monthLabel } from "@/components/charts/months";
import { round } from "@/components/charts/path";
import { linearScale, niceTicks, percentTick } from "@/components/charts/scale";

/**
 * The geometry of a question's forecasts over time: dates along x, the probability for the
 * question (0 to 100%) up y; each analyst's forecasts as points of one shape with one letter, the
 * reference forecasts as a step line (each holds until the next one), the deadline as a vertical
 * line. Pure, so that it is tested alone and the server and the browser draw the same thing.
 */

/** One linked prediction, in the question's terms (negated ones already turned round: 1 - p). */
export interface ForecastInput {
  id: string;
  analyst: { slug: string; name: string };
  madeAt: Date;
  /** The probability for the question. */
  probability: number;
  negated: boolean;
}

export interface ReferenceInput {
  id: string;
  asOf: Date;
  probability: number;
  source: string;
}

export const shapes = ["circle", "square", "triangle", "diamond", "triangle-down", "cross"] as const;
export type Shape = (typeof shapes)[number];

export interface ForecastMark extends ForecastInput {
  x: number;
  y: number;
  /** Where the analyst's letter goes: beside the point, on the side with room. */
  labelX: number;
  labelAnchor: "start" | "end";
}

export interface AnalystSeries {
  analyst: { slug: string; name: string };
  /** "A", "B", ...: printed beside each point and in the legend, so that no colour is needed. */
  letter: string;
  shape: Shape;
  marks: ForecastMark[];
}

export interface ReferenceMark extends ReferenceInput {
  x: number;
  y: number;
}

export interface ForecastLayout {
  plot: PlotArea;
  series: AnalystSeries[];
  references: ReferenceMark[];
  /** The references' step line, held to the right edge after the last one; "" without references. */
  referencePath: string;
  /** Where the deadline falls, or null without one. */
  deadlineX: number | null;
  xTicks: Tick[];
  yTicks: Tick[];
  /** The first and last day shown (UTC midnights). */
  domain: readonly [Date, Date];
}

const DAY = 86_400_000;
/** The UTC day of a moment, as a whole number of days since 1970-01-01. */
export const dayNumber = (date: Date): number => Math.floor(date.getTime() / DAY);
const dateOfDay = (day: number): Date => new Date(day * DAY);

/** "A" ... "Z", then "AA", "AB" ...: the n-th analyst's letter (from 0). */
export function letterFor(index: number): string {
  let letter = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** An SVG path for a point's shape centred on (x, y), about `size` across: equal areas look equally heavy. */
export function shapePath(shape: Shape, x: number, y: number, size: number): string {
  const r = size / 2;
  const p = (dx: number, dy: number) => `${round(x + dx)},${round(y + dy)}`;
  switch (shape) {
    case "circle":
      return `M${p(-r, 0)}A${round(r)},${round(r)} 0 1,0 ${p(r, 0)}A${round(r)},${round(r)} 0 1,0 ${p(-r, 0)}Z`;
    case "square": {
      const s = r * 0.9;
      return `M${p(-s, -s)}L${p(s, -s)}L${p(s, s)}L${p(-s, s)}Z`;
    }
    case "triangle":
      return `M${p(0, -r * 1.15)}L${p(r * 1.1, r * 0.75)}L${p(-r * 1.1, r * 0.75)}Z`;
    case "triangle-down":
      return `M${p(0, r * 1.15)}L${p(r * 1.1, -r * 0.75)}L${p(-r * 1.1, -r * 0.75)}Z`;
    case "diamond":
      return `M${p(0, -r * 1.2)}L${p(r * 1.2, 0)}L${p(0, r * 1.2)}L${p(-r * 1.2, 0)}Z`;
    case "cross": {
      const a = r * 1.1;
      const b = r * 0.4;
      return `M${p(-b, -a)}L${p(b, -a)}L${p(b, -b)}L${p(a, -b)}L${p(a, b)}L${p(b, b)}L${p(b, a)}L${p(-b, a)}L${p(-b, b)}L${p(-a, b)}L${p(-a, -b)}L${p(-b, -b)}Z`;
    }
  }
}

const shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const dayLabel = (date: Date) => `${date.getUTCDate()} ${shortMonths[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
const monthOf = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;

/**
 * Dates for the x axis between two days (inclusive), at most `max` of them: every 1, 2, 7 or 14
 * days for a short span; otherwise the first of every 1, 2, 3, 6 or 12 months; otherwise 1 January
 * of every 1, 2, 5, 10 ... years. The smallest step that fits is used.
 */
export function timeTicks(firstDay: number, lastDay: number, max: number): { day: number; label: string }[] {
  for (const step of [1, 2, 7, 14]) {
    const days: number[] = [];
    for (let day = firstDay; day <= lastDay; day += step) days.push(day);
    if (days.length <= max) return days.map((day) => ({ day, label: dayLabel(dateOfDay(day)) }));
  }
  const first = dateOfDay(firstDay);
  const last = dateOfDay(lastDay);
  const startMonth = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1);
  const endMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
  for (const step of [1, 2, 3, 6, 12]) {
    // Steps of several months start at a multiple of the step (Jan, Apr, Jul, Oct for 3).
    const from = Math.ceil(startMonth / step) * step;
    const months: number[] = [];
    for (let month = from; month <= endMonth; month += step) months.push(month);
    if (months.length <= max) {
      return months.map((month) => {
        const date = new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));
        return { day: dayNumber(date), label: step === 12 ? String(date.getUTCFullYear()) : monthLabel(monthOf(date)) };
      });
    }
  }
  const startYear = first.getUTCFullYear() + (first.getUTCMonth() === 0 && first.getUTCDate() === 1 ? 0 : 1);
  const endYear = last.getUTCFullYear();
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 2, 5]) {
      const step = factor * magnitude;
      const years: number[] = [];
      for (let year = Math.ceil(startYear / step) * step; year <= endYear; year += step) years.push(year);
      if (years.length <= max) {
        return years.map((year) => ({ day: dayNumber(new Date(Date.UTC(year, 0, 1))), label: String(year) }));
      }
    }
  }
}

/** Room between the label and its point. */
const LABEL_GAP = 8;
/** About the width of a letter label at 11px, to keep it inside the plot. */
const LABEL_ROOM = 16;

/**
 * Lays out the chart. The x axis runs from the earliest to the latest date of any forecast,
 * reference or the deadline, with a little room on both sides (at least a week in all, so that
 * a single date sits in the middle). Analysts get a letter and a shape in the order of their
 * first forecast.
 */
export function forecastLayout(
  forecasts: readonly ForecastInput[],
  references: readonly ReferenceInput[],
  deadline: Date | null,
  frame: ChartFrame,
  { maxXTicks = 6 }: { maxXTicks?: number } = {},
): ForecastLayout {
  const plot = plotArea(frame);
  const days = [
    ...forecasts.map((forecast) => dayNumber(forecast.madeAt)),
    ...references.map((reference) => dayNumber(reference.asOf)),
    ...(deadline ? [dayNumber(deadline)] : []),
  ];
  const low = days.length ? Math.min(...days) : 0;
  const high = days.length ? Math.max(...days) : 0;
  const pad = Math.max(3, Math.ceil((high - low) * 0.04));
  const firstDay = low - pad;
  const lastDay = high + pad;
  const x = linearScale([firstDay, lastDay], [plot.left, plot.right]);
  const y = linearScale([0, 1], [plot.bottom, plot.top]);
  const xOf = (date: Date) => round(x(dayNumber(date)));

  const ordered = [...forecasts].sort(
    (a, b) => a.madeAt.getTime() - b.madeAt.getTime() || a.analyst.name.localeCompare(b.analyst.name),
  );
  const bySlug = new Map<string, AnalystSeries>();
  for (const forecast of ordered) {
    let series = bySlug.get(forecast.analyst.slug);
    if (!series) {
      const index = bySlug.size;
      series = {
        analyst: forecast.analyst,
        letter: letterFor(index),
        shape: shapes[index % shapes.length]!,
        marks: [],
      };
      bySlug.set(forecast.analyst.slug, series);
    }
    const markX = xOf(forecast.madeAt);
    const right = markX + LABEL_GAP + LABEL_ROOM <= plot.right;
    series.marks.push({
      ...forecast,
      x: markX,
      y: round(y(forecast.probability)),
      labelX: round(right ? markX + LABEL_GAP : markX - LABEL_GAP),
      labelAnchor: right ? "start" : "end",
    });
  }

  const referenceMarks = [...references]
    .sort((a, b) => a.asOf.getTime() - b.asOf.getTime())
    .map((reference) => ({ ...reference, x: xOf(reference.asOf), y: round(y(reference.probability)) }));
  const referencePath = referenceMarks.length
    ? `M${referenceMarks[0]!.x},${referenceMarks[0]!.y}${referenceMarks
        .slice(1)
        .map((mark) => `H${mark.x}V${mark.y}`)
        .join("")}H${round(plot.right)}`
    : "";

  return {
    plot,
    series: [...bySlug.values()],
    references: referenceMarks,
    referencePath,
    deadlineX: deadline ? xOf(deadline) : null,
    xTicks: timeTicks(firstDay, lastDay, maxXTicks).map((tick) => ({
      value: tick.day,
      label: tick.label,
      position: round(x(tick.day)),
    })),
    yTicks: niceTicks(0, 1, 5).map((value) => ({ value, label: percentTick(value), position: round(y(value)) })),
    domain: [dateOfDay(firstDay), dateOfDay(lastDay)],
  };
}
