import { describe, expect, it } from "vitest";
import { linearScale, niceCeiling, niceTicks, percentTick, tickStep } from "./scale";

describe("linearScale", () => {
  it.each<[[number, number], [number, number], number, number]>([
    [[0, 1], [0, 100], 0.25, 25],
    [[0, 1], [40, 340], 0.5, 190],
    // An upward y axis: 0 at the bottom (y = 300), 1 at the top (y = 20).
    [[0, 1], [300, 20], 0, 300],
    [[0, 1], [300, 20], 0.75, 90],
    [[0, 0.4], [200, 0], 0.1, 150],
    // Outside the domain it extrapolates; the charts never ask it to.
    [[0, 10], [0, 100], 12, 120],
  ])("%j -> %j maps %d to %d", (domain, range, value, expected) => {
    expect(linearScale(domain, range)(value)).toBeCloseTo(expected, 10);
  });

  it("puts everything in the middle of the range when the domain is one value", () => {
    expect(linearScale([3, 3], [10, 50])(3)).toBe(30);
  });
});

describe("tickStep", () => {
  it.each<[number, number, number, number]>([
    [0, 1, 5, 0.2],
    [0, 1, 10, 0.1],
    [0, 0.37, 4, 0.1],
    [0, 0.3, 4, 0.1],
    [0, 0.06, 4, 0.02],
    [0, 12, 4, 5],
    [0, 100, 4, 50],
  ])("(%d, %d, %d intervals) -> %d", (min, max, count, expected) => {
    expect(tickStep(min, max, count)).toBeCloseTo(expected, 12);
  });
});

describe("niceTicks", () => {
  it.each<[number, number, number, number[]]>([
    [0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0, 1, 10, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]],
    [0, 0.4, 4, [0, 0.1, 0.2, 0.3, 0.4]],
    // The last tick is at or below the maximum.
    [0, 0.37, 4, [0, 0.1, 0.2, 0.3]],
    [0, 0.06, 4, [0, 0.02, 0.04, 0.06]],
    [0.15, 0.5, 4, [0.2, 0.3, 0.4, 0.5]],
    [2, 2, 4, [2]],
    [1, 0, 4, []],
  ])("(%d, %d, %d) -> %j", (min, max, count, expected) => {
    expect(niceTicks(min, max, count)).toEqual(expected);
  });
});

describe("niceCeiling", () => {
  it.each<[number, number, number]>([
    [0.37, 4, 0.4],
    // 0.25 / 4 = 0.0625 rounds up to a step of 0.1; with five intervals the step is 0.05.
    [0.25, 4, 0.3],
    [0.25, 5, 0.25],
    // 0.42 / 4 = 0.105 rounds up to a step of 0.2.
    [0.42, 4, 0.6],
    [0.061, 4, 0.08],
    [1, 5, 1],
    [0, 4, 0],
  ])("(%d, %d) -> %d", (max, count, expected) => {
    expect(niceCeiling(max, count)).toBe(expected);
  });
});

describe("percentTick", () => {
  it.each<[number, string]>([
    [0, "0%"],
    [0.2, "20%"],
    [0.6000000000000001, "60%"],
    [1, "100%"],
  ])("%d -> %s", (value, expected) => {
    expect(percentTick(value)).toBe(expected);
  });
});
