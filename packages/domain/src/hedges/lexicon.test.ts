import { describe, expect, it } from "vitest";
import { CERTAINTY_CAP, HEDGE_LEXICON, lookupHedge, readHedge } from "./lexicon";

// Expected values are the published medians and interquartile ranges in docs/hedges.md (percent).
describe("lookupHedge: every phrase of docs/hedges.md", () => {
  it.each([
    ["will", 0.95, [0.95, 1]],
    ["almost certain", 0.95, [0.9, 0.98]],
    ["almost certainly", 0.95, [0.9, 0.98]],
    ["highly likely", 0.9, [0.8, 0.9]],
    ["with high probability", 0.9, [0.8, 0.9]],
    ["likely", 0.75, [0.67, 0.8]],
    ["probable", 0.75, [0.65, 0.8]],
    ["realistic possibility", 0.6, [0.4, 0.75]],
    ["real possibility", 0.6, [0.4, 0.75]],
    ["about even", 0.5, [0.45, 0.55]],
    ["even chance", 0.5, [0.45, 0.55]],
    ["may", 0.4, [0.3, 0.51]],
    ["might", 0.4, [0.25, 0.5]],
    ["could", 0.4, [0.25, 0.5]],
    ["unlikely", 0.2, [0.1, 0.25]],
    ["probably not", 0.2, [0.1, 0.25]],
    ["remote chance", 0.05, [0.03, 0.1]],
    ["almost no chance", 0.02, [0.01, 0.05]],
    ["almost certainly not", 0.02, [0.01, 0.05]],
    ["remote, but not impossible", 0.05, [0.01, 0.1]],
    ["may well", 0.55, [0.4, 0.7]],
    ["not impossible", 0.15, [0.05, 0.35]],
  ] as const)("%s -> %f %j", (phrase, probability, interval) => {
    const found = lookupHedge(phrase);
    expect(found?.probability).toBe(probability);
    expect(found?.interval).toEqual(interval);
    expect(found?.negated).toBe(false);
  });

  it("flags a bare 'will' as certainty, capped below 1", () => {
    expect(lookupHedge("will")).toMatchObject({ certainty: true, probability: CERTAINTY_CAP });
    expect(lookupHedge("likely")?.certainty).toBe(false);
  });

  it("is case- and space-insensitive", () => {
    expect(lookupHedge("  Highly   LIKELY ")?.probability).toBe(0.9);
  });

  it("negation reads the complement: not likely = 1 - likely", () => {
    expect(lookupHedge("not likely")).toMatchObject({ probability: 0.25, interval: [0.2, 0.33], negated: true });
    expect(lookupHedge("will not")).toMatchObject({ probability: 0.05, interval: [0, 0.05], negated: true });
    expect(lookupHedge("won't")?.probability).toBe(0.05);
  });

  it("does not guess phrases it does not know", () => {
    for (const phrase of ["risks", "is poised to", "would", "seem bleak", "perhaps", ""]) {
      expect(lookupHedge(phrase)).toBeNull();
    }
  });

  it("keeps every point inside its interval and within [0, 1]", () => {
    for (const entry of HEDGE_LEXICON) {
      expect(entry.interval[0]).toBeLessThanOrEqual(entry.probability);
      expect(entry.probability).toBeLessThanOrEqual(entry.interval[1]);
      expect(entry.interval[0]).toBeGreaterThanOrEqual(0);
      expect(entry.interval[1]).toBeLessThanOrEqual(1);
    }
  });
});

describe("readHedge: finding the hedge in a sentence", () => {
  it.each([
    ["the Trump-Putin talks will be flashy, vague and ultimately meaningless", "will", 0.95],
    ["His negotiations with Moscow may well mirror his North Korea diplomacy", "may well", 0.55],
    ["Perhaps in Riyadh or Geneva Trump may hold a summit with Vladimir Putin", "may", 0.4],
    ["Korea’s passing may foreshadow how Europe will be ignored in a Trump-Putin deal", "may", 0.4],
    ["But things are unlikely to go this way under Trump’s second term", "unlikely", 0.2],
    ["which is likely to draw an immediate American response", "likely", 0.75],
    ["The prospects of another summit are remote, but not impossible", "remote, but not impossible", 0.05],
    ["A deal is not likely before June", "not likely", 0.25],
    ["The ceasefire will not hold", "will not", 0.05],
    ["Sanctions won't be lifted this year", "won't", 0.05],
  ])("%s", (sentence, phrase, probability) => {
    const found = readHedge(sentence);
    expect(found?.phrase.toLowerCase()).toBe(phrase);
    expect(found?.probability).toBe(probability);
  });

  it("reads litotes as what they assert, not as the complement of the denied word", () => {
    expect(readHedge("Another summit is not impossible")).toMatchObject({
      phrase: "not impossible",
      probability: 0.15,
      negated: false,
    });
    expect(readHedge("A deal cannot be ruled out")?.probability).toBe(0.15);
    // "not unlikely" is a denied hedge of the lexicon: its complement.
    expect(readHedge("A deal is not unlikely")).toMatchObject({
      probability: 0.8,
      interval: [0.75, 0.9],
      negated: true,
    });
  });

  it("does not guess hedges it does not know", () => {
    for (const sentence of [
      "Beijing is poised to expand its influence",
      "Europe risks finding itself sidelined",
      "A settlement seems nowhere on the horizon",
    ]) {
      expect(readHedge(sentence)).toBeNull();
    }
  });

  it("returns null when no hedge is present", () => {
    expect(readHedge("The summit took place in Singapore in 2018.")).toBeNull();
    expect(readHedge("He couldn't attend.")).toBeNull();
  });
});
