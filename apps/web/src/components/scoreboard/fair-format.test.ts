import { describe, expect, it } from "vitest";
import { formatSignedScore, HEDGE_FLAG, ordinal, rankRange } from "./fair-format";

describe("formatSignedScore", () => {
  it.each<[number | null | undefined, string]>([
    [0.21153846, "+0.212"],
    [0.18, "+0.180"],
    [-0.05, "−0.050"],
    [-4.4444, "−4.444"],
    [0, "0.000"],
    // Printed as 0.000 either way: no sign.
    [0.0004, "0.000"],
    [-0.0004, "0.000"],
    [null, "–"],
    [undefined, "–"],
    [Number.NaN, "–"],
  ])("%s -> %s", (value, expected) => {
    expect(formatSignedScore(value)).toBe(expected);
  });
});

describe("ordinal", () => {
  it.each<[number, string]>([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [101, "101st"],
    [111, "111th"],
    [113, "113th"],
  ])("%i -> %s", (rank, expected) => {
    expect(ordinal(rank)).toBe(expected);
  });
});

describe("rankRange", () => {
  it("is the rank alone when both readings agree", () => {
    expect(rankRange(3, 3)).toEqual({ text: "3", moves: false, readings: null });
  });

  it("is a range, better rank first, when the rank depends on the reading", () => {
    expect(rankRange(3, 5)).toEqual({ text: "3–5", moves: true, readings: "3 with hedge words read low, 5 read high" });
    expect(rankRange(3, 2)).toEqual({ text: "2–3", moves: true, readings: "3 with hedge words read low, 2 read high" });
  });

  it("is a dash for an analyst who is not ranked", () => {
    expect(rankRange(null, null)).toEqual({ text: "–", moves: false, readings: null });
  });

  it("says what the flag means in words", () => {
    expect(HEDGE_FLAG).toBe("depends on how hedge words are read");
  });
});
