import { describe, expect, it } from "vitest";
import type { ChartFrame } from "./frame";
import { overTimeLayout, type OverTimeInput } from "./over-time-layout";

/** A 100 x 100 plot with 20 on every side. */
const frame: ChartFrame = { width: 140, height: 140, margin: { top: 20, right: 20, bottom: 20, left: 20 } };

const point = (month: string, brier: number, cumulativeBrier: number, scored = 1): OverTimeInput => ({
  month,
  scored,
  brier,
  cumulativeScored: scored,
  cumulativeBrier,
});

describe("overTimeLayout", () => {
  // January and March (no resolution in February): x = 20 (Jan), 70 (Feb), 120 (Mar).
  // The highest value is 0.3 -> y axis 0 to 0.3 in steps of 0.1 (0.3 / 5 = 0.06 rounds up to 0.1),
  // so y = 120 - 100 * value / 0.3.
  const layout = overTimeLayout([point("2025-03", 0.3, 0.2), point("2025-01", 0.1, 0.1)], frame);

  it("spaces months evenly, leaving a gap for a month without resolutions, in month order", () => {
    expect(layout.marks.map((mark) => [mark.month, mark.x])).toEqual([
      ["2025-01", 20],
      ["2025-03", 120],
    ]);
  });

  it("puts the running Brier on the line and the month's own Brier apart", () => {
    expect(layout.marks.map((mark) => [mark.cumulativeY, mark.monthlyY])).toEqual([
      [86.67, 86.67],
      [53.33, 20],
    ]);
    expect(layout.cumulativePath).toBe("M20,86.67L120,53.33");
  });

  it("scales y to a round number above the highest point, with 0.25 marked", () => {
    expect(layout.yMax).toBe(0.3);
    expect(layout.yTicks.map((tick) => [tick.label, tick.position])).toEqual([
      ["0.00", 120],
      ["0.10", 86.67],
      ["0.20", 53.33],
      ["0.30", 20],
    ]);
    expect(layout.referenceY).toBe(36.67);
  });

  it("labels the months with a point when they are far enough apart", () => {
    // Jan and Mar are 100 units apart (at least 64 are needed); February, without a point, is not labelled.
    expect(layout.xTicks.map((tick) => [tick.label, tick.position])).toEqual([
      ["Jan 2025", 20],
      ["Mar 2025", 120],
    ]);
  });

  it("labels every k-th month instead when the points are too close for their labels", () => {
    // Jan, Feb, Mar all with points: 50 units apart, under 64; every month fits within 6 ticks.
    const close = overTimeLayout(
      [point("2025-01", 0.1, 0.1), point("2025-02", 0.1, 0.1), point("2025-03", 0.1, 0.1)],
      frame,
    );
    expect(close.xTicks.map((tick) => [tick.label, tick.position])).toEqual([
      ["Jan 2025", 20],
      ["Feb 2025", 70],
      ["Mar 2025", 120],
    ]);
    // Jan, Feb and Dec of a year: Jan and Feb are 100 / 11 = 9.09 apart; 6 ticks: every 2nd month.
    const spread = overTimeLayout(
      [point("2025-01", 0.1, 0.1), point("2025-02", 0.1, 0.1), point("2025-12", 0.1, 0.1)],
      frame,
      { maxXTicks: 6 },
    );
    expect(spread.xTicks.map((tick) => tick.label)).toEqual([
      "Jan 2025",
      "Mar 2025",
      "May 2025",
      "Jul 2025",
      "Sep 2025",
      "Nov 2025",
    ]);
  });

  it("keeps the axis up to 0.25 when every score is lower", () => {
    const low = overTimeLayout([point("2025-01", 0.02, 0.02), point("2025-02", 0.04, 0.03)], frame);
    // 0.25 / 5 = 0.05: ticks 0, 0.05 ... 0.25, with the reference line at the top.
    expect(low.yMax).toBe(0.25);
    expect(low.yTicks.map((tick) => tick.label)).toEqual(["0.00", "0.05", "0.10", "0.15", "0.20", "0.25"]);
    expect(low.referenceY).toBe(20);
  });

  it("puts a single month in the middle", () => {
    const one = overTimeLayout([point("2025-06", 0.5, 0.5)], frame);
    expect(one.marks[0]).toMatchObject({ x: 70, cumulativeY: 20 });
    expect(one.cumulativePath).toBe("M70,20");
    expect(one.xTicks.map((tick) => tick.label)).toEqual(["Jun 2025"]);
  });

  it("thins the month labels of a long run", () => {
    const months = Array.from({ length: 12 }, (_, index) =>
      point(`2024-${String(index + 1).padStart(2, "0")}`, 0.2, 0.2),
    );
    const long = overTimeLayout(months, frame, { maxXTicks: 4 });
    expect(long.xTicks.map((tick) => tick.label)).toEqual(["Jan 2024", "Apr 2024", "Jul 2024", "Oct 2024"]);
    // 11 intervals over 100 units: April is 3 of them in.
    expect(long.xTicks[1]?.position).toBe(47.27);
  });

  it("draws nothing without data", () => {
    const none = overTimeLayout([], frame);
    expect(none.marks).toEqual([]);
    expect(none.cumulativePath).toBe("");
    expect(none.xTicks).toEqual([]);
  });
});
