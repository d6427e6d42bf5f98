import { describe, expect, it } from "vitest";
import { isLikelyRepeat, predictionRepeatScore, stemOverlap } from "./score";

describe("stemOverlap", () => {
  it.each<[string, string[], string[], number]>([
    ["the same stems in another order", ["inflat", "eas", "spring"], ["spring", "inflat", "eas"], 1],
    // 2 * 4 shared / (4 + 11)
    [
      "a restated claim against its source sentence",
      ["eas", "inflat", "next", "spring"],
      ["back", "eas", "energi", "fall", "high", "inflat", "may", "next", "price", "spring", "winter"],
      8 / 15,
    ],
    // 2 * 2 shared / (4 + 4)
    ["half the stems shared", ["inflat", "rise", "next", "year"], ["inflat", "eas", "next", "spring"], 0.5],
    ["duplicates counted once", ["a", "a", "b"], ["a", "b"], 1],
    ["nothing shared", ["summit"], ["inflat"], 0],
    ["an empty side", [], ["inflat"], 0],
  ])("%s", (_name, a, b, expected) => {
    expect(stemOverlap(a, b)).toBeCloseTo(expected, 12);
  });
});

describe("predictionRepeatScore", () => {
  it("keeps the better of the claim's and the quote's overlap", () => {
    const candidate = ["ceasefir", "collaps", "end", "year"];
    // Claim: 2 * 2 / (4 + 3); quote: 2 * 4 / (4 + 5).
    expect(
      predictionRepeatScore(candidate, {
        claim: ["ceasefir", "fail", "2025"],
        quote: ["ceasefir", "collaps", "end", "year", "said"],
      }),
    ).toBeCloseTo(8 / 9, 12);
    expect(predictionRepeatScore(candidate, { claim: ["ceasefir", "collaps"], quote: [] })).toBeCloseTo(4 / 6, 12);
  });
});

describe("isLikelyRepeat", () => {
  it.each<[number, boolean, boolean]>([
    [0.6, true, true],
    [0.59, true, false],
    [0.6, false, false],
    [0.7, false, true],
    [0.69, false, false],
  ])("score %s, same analyst %s: %s", (score, sameAnalyst, expected) => {
    expect(isLikelyRepeat(score, sameAnalyst)).toBe(expected);
  });
});
