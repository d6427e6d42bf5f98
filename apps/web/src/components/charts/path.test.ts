import { describe, expect, it } from "vitest";
import { linePath, round } from "./path";

describe("linePath", () => {
  it.each<[{ x: number; y: number }[], string]>([
    [[], ""],
    [[{ x: 10, y: 20 }], "M10,20"],
    [
      [
        { x: 10, y: 20 },
        { x: 30, y: 40 },
        { x: 50, y: 5 },
      ],
      "M10,20L30,40L50,5",
    ],
    // Rounded to hundredths: 1/3 -> 0.33, 2/3 -> 0.67.
    [
      [
        { x: 1 / 3, y: 2 / 3 },
        { x: 100.005, y: 0.1 + 0.2 },
      ],
      "M0.33,0.67L100.01,0.3",
    ],
  ])("%j -> %s", (points, expected) => {
    expect(linePath(points)).toBe(expected);
  });
});

describe("round", () => {
  it.each<[number, number]>([
    [12.344, 12.34],
    [12.345001, 12.35],
    [-0.004, -0],
    [7, 7],
  ])("%d -> %d", (value, expected) => {
    expect(round(value)).toBe(expected);
  });
});
