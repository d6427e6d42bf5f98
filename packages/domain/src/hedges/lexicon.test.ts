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
    for (const phrase of ["risks", "would", "seem bleak", "possible", "see", "a", ""]) {
      expect(lookupHedge(phrase)).toBeNull();
    }
  });

  it("reads someone else's stated forecast as a stated expectation (75, 65-85)", () => {
    for (const phrase of ["is expected to", "expects", "predicted", "forecasts", "are projected to", "is tipped to"]) {
      expect(lookupHedge(phrase)).toMatchObject({ probability: 0.75, interval: [0.65, 0.85], negated: false });
    }
    expect(lookupHedge("expect")?.entry.phrase).toBe("is expected to");
    // The bare verbs are nouns as often: a sentence is not read for them.
    expect(readHedge("The project forecasts show growth")).toBeNull();
  });

  it("reads 'going to' as 'will', and its negations flipped", () => {
    expect(lookupHedge("'s going to")).toMatchObject({ certainty: true, probability: CERTAINTY_CAP });
    expect(lookupHedge("isn't going to")).toMatchObject({ probability: 0.05, negated: true });
    expect(readHedge("it's not going to happen")).toMatchObject({ probability: 0.05, negated: true });
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
    // The first hedge wins: "perhaps" governs the sentence (the labelled corpus has "perhaps ... may").
    ["Perhaps in Riyadh or Geneva Trump may hold a summit with Vladimir Putin", "perhaps", 0.5],
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
    for (const sentence of ["Europe risks finding itself sidelined", "A settlement seems nowhere on the horizon"]) {
      expect(readHedge(sentence)).toBeNull();
    }
  });

  it("returns null when no hedge is present", () => {
    expect(readHedge("The summit took place in Singapore in 2018.")).toBeNull();
    expect(readHedge("He couldn't attend.")).toBeNull();
  });
});

// The hedges added for issue 19, each with its reading: the published median and interquartile
// range (percent) where a survey has the phrase, else the documented reading of docs/hedges.md.
describe("lookupHedge: the hedges of issue 19 and their kin", () => {
  it.each([
    // Surveyed: HBR 2018 (Mauboussin & Mauboussin), CAPphrase, Fagen-Ulmschneider, Kent.
    ["maybe", 0.5, [0.4, 0.5], "HBR 2018"],
    ["possibly", 0.45, [0.25, 0.5], "HBR 2018"],
    ["serious possibility", 0.66, [0.45, 0.8], "HBR 2018"],
    ["very good chance", 0.8, [0.75, 0.85], "CAPphrase"],
    ["better than even", 0.6, [0.55, 0.6], "CAPphrase"],
    ["little chance", 0.1, [0.05, 0.15], "CAPphrase"],
    ["chances are slight", 0.1, [0.05, 0.15], "CAPphrase"],
    ["highly unlikely", 0.05, [0.05, 0.1], "CAPphrase"],
    ["we believe", 0.75, [0.65, 0.85], "Fagen-Ulmschneider"],
    ["we doubt", 0.2, [0.1, 0.3], "Fagen-Ulmschneider"],
    ["a good chance", 0.75, [0.63, 0.87], "Sherman Kent 1964"],
    ["chances are good", 0.75, [0.63, 0.87], "Sherman Kent 1964"],
    ["a real possibility", 0.6, [0.4, 0.75], "CAPphrase"],
    ["there is a real possibility", 0.6, [0.4, 0.75], "CAPphrase"],
    // Documented readings (source Hindsight): synonyms and placements, with wide intervals.
    ["perhaps", 0.5, [0.4, 0.5], "Hindsight"],
    ["there is a chance", 0.4, [0.25, 0.5], "Hindsight"],
    ["there's a chance", 0.4, [0.25, 0.5], "Hindsight"],
    ["a chance", 0.4, [0.25, 0.5], "Hindsight"],
    ["some chance", 0.4, [0.25, 0.5], "Hindsight"],
    ["I expect", 0.75, [0.65, 0.85], "Hindsight"],
    ["we expect", 0.75, [0.65, 0.85], "Hindsight"],
    ["I suspect", 0.6, [0.5, 0.75], "Hindsight"],
    ["is poised to", 0.75, [0.6, 0.9], "Hindsight"],
    ["are poised to", 0.75, [0.6, 0.9], "Hindsight"],
    ["is set to", 0.75, [0.6, 0.9], "Hindsight"],
    ["on track to", 0.75, [0.6, 0.9], "Hindsight"],
    ["is on course to", 0.75, [0.6, 0.9], "Hindsight"],
    ["a strong possibility", 0.66, [0.45, 0.8], "HBR 2018"],
    ["a distinct possibility", 0.66, [0.45, 0.8], "HBR 2018"],
    ["an excellent chance", 0.8, [0.75, 0.85], "CAPphrase"],
    ["very unlikely", 0.05, [0.05, 0.1], "CAPphrase"],
    ["I doubt", 0.2, [0.1, 0.3], "Fagen-Ulmschneider"],
    ["remote but not impossible", 0.05, [0.01, 0.1], "Hindsight"],
  ] as const)("%s -> %f %j (%s)", (phrase, probability, interval, source) => {
    const found = lookupHedge(phrase);
    expect(found).toMatchObject({ probability, interval, negated: false });
    expect(found?.entry.source).toBe(source);
    expect(found?.entry.basis).not.toBe("");
  });

  it("negates the new hedges like the others", () => {
    expect(lookupHedge("not poised to")).toMatchObject({ probability: 0.25, interval: [0.1, 0.4], negated: true });
    expect(readHedge("The bill is not set to pass this year")).toMatchObject({ probability: 0.25, negated: true });
  });
});

describe("readHedge: the new hedges in sentences", () => {
  it.each([
    ["Perhaps the coalition collapses before the summer", "perhaps", 0.5],
    ["Maybe the talks resume in June", "maybe", 0.5],
    ["There is a real possibility that the ceasefire breaks down", "real possibility", 0.6],
    ["There is a chance the central bank cuts rates in March", "there is a chance", 0.4],
    ["There's a good chance the strike ends this week", "a good chance", 0.75],
    ["I expect the central bank to cut rates twice this year", "i expect", 0.75],
    ["I suspect the merger will be blocked", "i suspect", 0.6],
    ["Beijing is poised to expand its influence", "is poised to", 0.75],
    ["The company is set to announce job cuts", "is set to", 0.75],
    ["The project is on track to finish early", "is on track to", 0.75],
    ["There is a strong possibility of a recession", "a strong possibility", 0.66],
    ["A recession is highly unlikely this year", "highly unlikely", 0.05],
    ["There is little chance of a deal", "little chance", 0.1],
  ])("%s", (sentence, phrase, probability) => {
    const found = readHedge(sentence);
    expect(found?.phrase.toLowerCase()).toBe(phrase);
    expect(found?.probability).toBe(probability);
  });
});
