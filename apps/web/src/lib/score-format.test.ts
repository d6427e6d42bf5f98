import { describe, expect, it } from "vitest";
import { countOf, formatRate, formatScore, formatScoreInterval } from "./score-format";

describe("formatScore", () => {
  it.each<[number | null | undefined, string]>([
    [0.1234, "0.123"],
    [0.1236, "0.124"],
    [0.25, "0.250"],
    [0, "0.000"],
    [1, "1.000"],
    [-0.05, "−0.050"],
    [-0.0004, "0.000"],
    [null, "–"],
    [undefined, "–"],
    [Number.NaN, "–"],
  ])("%s -> %s", (value, expected) => {
    expect(formatScore(value)).toBe(expected);
  });
});

describe("formatScoreInterval", () => {
  it.each<[readonly [number, number] | null, string]>([
    [[0.05, 0.21], "0.050–0.210"],
    [[0, 1], "0.000–1.000"],
    [null, "–"],
  ])("%j -> %s", (interval, expected) => {
    expect(formatScoreInterval(interval)).toBe(expected);
  });
});

describe("formatRate", () => {
  it.each<[number | null, string]>([
    [0.5, "50%"],
    [2 / 3, "66.7%"],
    [1, "100%"],
    [0, "0%"],
    [null, "–"],
  ])("%s -> %s", (value, expected) => {
    expect(formatRate(value)).toBe(expected);
  });
});

describe("countOf", () => {
  it.each<[number, string]>([
    [0, "0 analysts"],
    [1, "1 analyst"],
    [7, "7 analysts"],
  ])("%d -> %s", (count, expected) => {
    expect(countOf(count, "analyst")).toBe(expected);
  });
});
