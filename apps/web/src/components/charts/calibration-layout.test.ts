import { describe, expect, it } from "vitest";
import { calibrationLayout, dotRadius, placeLabels, type CalibrationBinInput } from "./calibration-layout";
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
    // The label sits up and right of the dot, 5 * 0.7071 + 2 = 5.54 off its centre both ways; its
    // baseline 1 higher for the descent: 70 - 5.54 - 1.
    expect(layout.marks[0]).toMatchObject({
      n: 4,
      x: 45,
      y: 70,
      radius: 5,
      intervalTop: 40,
      intervalBottom: 100,
      labelX: 50.54,
      labelY: 63.46,
      labelAnchor: "start",
    });
  });

  it("puts the label down and left of a dot in the top right corner, to stay inside the plot", () => {
    // x = 20 + 95 = 115, y = 120 - 100 = 20; radius 10: 10 * 0.7071 + 2 = 9.07 off the centre, and
    // the baseline 9 lower for the text's height: 20 + 9.07 + 9.
    expect(layout.marks[1]).toMatchObject({
      x: 115,
      y: 20,
      radius: 10,
      labelX: 105.93,
      labelY: 38.07,
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

describe("placeLabels", () => {
  const plot = { left: 20, right: 420, top: 20, bottom: 420 };
  const dot = (x: number, n = 1) => ({ x, y: 220, radius: 10, n, intervalTop: null, intervalBottom: null });

  it("moves a label off a neighbouring dot", () => {
    // Dots 20 apart. Up-right of the first ("n=1", 3 x 6.5 = 19.5 wide, from x = 109.07) would
    // reach the second dot's edge (its nearest point is 9.07 from the centre, under the radius
    // 10), so it goes up-left; the second's up-right is clear.
    expect(placeLabels([dot(100), dot(120)], plot)).toEqual([
      { labelX: 90.93, labelY: 209.93, labelAnchor: "end" },
      { labelX: 129.07, labelY: 209.93, labelAnchor: "start" },
    ]);
  });

  it("keeps a label off an interval bar's caps", () => {
    // A bar capped 5 either side of x = 112, its top cap at y = 205: right where the first dot's
    // up-right label would be. Up-left is clear.
    const barred = { x: 112, y: 300, radius: 3, n: 1, intervalTop: 205, intervalBottom: 390 };
    expect(placeLabels([dot(100), barred], plot)[0]).toEqual({ labelX: 90.93, labelY: 209.93, labelAnchor: "end" });
  });

  it("keeps labels off each other", () => {
    // The first label takes up-right: box 109.07 to 128.57 across, 200.93 to 210.93 down. The second
    // dot, at (104, 226): up-right (from 113.07, down to 216.93) would cover that label, up-left its
    // neighbour's dot, so down-right: baseline 226 + 9.07 + 9.
    const [first, second] = placeLabels(
      [dot(100), { x: 104, y: 226, radius: 10, n: 1, intervalTop: null, intervalBottom: null }],
      plot,
    );
    expect(first).toEqual({ labelX: 109.07, labelY: 209.93, labelAnchor: "start" });
    expect(second).toEqual({ labelX: 113.07, labelY: 244.07, labelAnchor: "start" });
  });
});

describe("calibrationLayout without data", () => {
  const bins: CalibrationBinInput[] = Array.from({ length: 10 }, (_, index) => empty(index));
  it("has no marks when nothing is scored", () => {
    expect(
      calibrationLayout(
        bins.map((_, index) => empty(index)),
        frame,
      ).marks,
    ).toEqual([]);
  });
});
