import { describe, expect, it } from "vitest";
import { calibrationLayout, dotRadius, type CalibrationBinInput } from "./calibration-layout";
import type { ChartFrame } from "./frame";

/** A 100 x 100 plot with 20 on every side: a value v lands at x = 20 + 100v and y = 120 - 100v. */
const frame: ChartFrame = { width: 140, height: 140, margin: { top: 20, right: 20, bottom: 20, left: 20 } };

const empty = (index: number): CalibrationBinInput => ({
  from: index * 10,
  to: index * 10 + 10,
  n: 0,
  meanForecast: null,
  observedRate: null,
  interval: null,
});

describe("dotRadius", () => {
  it.each<[number, number, number]>([
    // The fullest bin gets the largest dot.
    [16, 16, 10],
    // A quarter of the predictions: a quarter of the area, half the radius.
    [4, 16, 5],
    [1, 16, 3],
    // Never smaller than the minimum: sqrt(1/100) * 10 = 1 -> 3.
    [1, 100, 3],
    [0, 16, 0],
  ])("n = %d of at most %d -> %d", (n, maxN, expected) => {
    expect(dotRadius(n, maxN, { min: 3, max: 10 })).toBe(expected);
  });
});

describe("calibrationLayout", () => {
  const bins: CalibrationBinInput[] = Array.from({ length: 10 }, (_, index) => empty(index));
  bins[2] = { from: 20, to: 30, n: 4, meanForecast: 0.25, observedRate: 0.5, interval: [0.2, 0.8] };
  bins[9] = { from: 90, to: 100, n: 16, meanForecast: 0.95, observedRate: 1, interval: [0.8, 1] };
  const layout = calibrationLayout(bins, frame);

  it("draws only the non-empty bins", () => {
    expect(layout.marks.map((mark) => mark.from)).toEqual([20, 90]);
  });

  it("puts a bin's dot at (mean forecast, observed rate), its interval as a bar and its size by n", () => {
    // The label sits up and right of the dot: 5 * 0.7071 + 2 = 5.54 from its centre both ways.
    expect(layout.marks[0]).toMatchObject({
      n: 4,
      x: 45,
      y: 70,
      radius: 5,
      intervalTop: 40,
      intervalBottom: 100,
      labelX: 50.54,
      labelY: 64.46,
      labelAnchor: "start",
    });
  });

  it("mirrors the label to the left near the right edge, and below near the top", () => {
    // x = 20 + 95 = 115, y = 120 - 100 = 20; radius 10: 10 * 0.7071 + 2 = 9.07 from the centre,
    // and below, 8 more for the text's height: 20 + 9.07 + 8.
    expect(layout.marks[1]).toMatchObject({
      x: 115,
      y: 20,
      radius: 10,
      labelX: 105.93,
      labelY: 37.07,
      labelAnchor: "end",
    });
    expect(layout.marks[1]).toMatchObject({ intervalTop: 20, intervalBottom: 40 });
  });

  it("draws the diagonal from the bottom left corner to the top right one", () => {
    expect(layout.diagonal).toEqual({ x1: 20, y1: 120, x2: 120, y2: 20 });
    expect(layout.plot).toEqual({ left: 20, right: 120, top: 20, bottom: 120 });
  });

  it("labels both axes 0% to 100% every 20%", () => {
    expect(layout.xTicks.map((tick) => tick.label)).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
    expect(layout.xTicks.map((tick) => tick.position)).toEqual([20, 40, 60, 80, 100, 120]);
    expect(layout.yTicks.map((tick) => tick.position)).toEqual([120, 100, 80, 60, 40, 20]);
  });

  it("places a bin without an interval, with no bar", () => {
    const one = calibrationLayout(
      [{ from: 50, to: 60, n: 1, meanForecast: 0.5, observedRate: 0, interval: null }],
      frame,
    );
    expect(one.marks).toHaveLength(1);
    expect(one.marks[0]).toMatchObject({ x: 70, y: 120, radius: 10, intervalTop: null, intervalBottom: null });
  });

  it("has no marks when nothing is scored", () => {
    expect(
      calibrationLayout(
        bins.map((_, index) => empty(index)),
        frame,
      ).marks,
    ).toEqual([]);
  });
});
