import { describe, expect, it } from "vitest";
import {
  couldHigh,
  couldLow,
  hedgeBrierSentence,
  hedgeRankSentence,
  hedgesMatter,
  refSkillSentence,
  relBrierSentence,
  type HedgeFiguresView,
} from "./fair-sentences";

describe("refSkillSentence", () => {
  it("says how much less error than the reference, and that few predictions leave room for luck", () => {
    expect(refSkillSentence("Uma", 0.2115, 2, 5)).toBe(
      "On these 2 predictions Uma’s squared errors add up to 21.2% less than those of the reference forecasts Uma could have read the day they spoke: better than the reference. With only 2 predictions, luck plays a large part.",
    );
  });

  it("says how much more error, as a percentage or as times", () => {
    expect(refSkillSentence("Bo", -0.25, 12, 5)).toBe(
      "On these 12 predictions Bo’s squared errors add up to 25% more than those of the reference forecasts Bo could have read the day they spoke: worse than the reference.",
    );
    expect(refSkillSentence("Nora", -4.4444, 1, 5)).toBe(
      "On this prediction Nora’s squared error is 5.4 times that of the reference forecast Nora could have read the day they spoke: worse than the reference. With only 1 prediction, luck plays a large part.",
    );
    expect(refSkillSentence("Hal", -3, 5, 5)).toContain("add up to 4 times those of the reference forecasts");
  });

  it("reads a figure that prints as 0.000 as the same as the reference", () => {
    expect(refSkillSentence("Al", 0.0001, 6, 5)).toContain("as much as those of the reference forecasts");
    expect(refSkillSentence("Al", 0.0001, 6, 5)).toContain("no better and no worse than the reference.");
  });

  it("explains a missing figure: the references were exactly right", () => {
    expect(refSkillSentence("Al", null, 1, 5)).toBe(
      "On this prediction the reference forecast was exactly right, so there is nothing to beat and no score.",
    );
    expect(refSkillSentence("Al", null, 2, 5)).toBe(
      "On these 2 predictions the reference forecasts were exactly right, so there is nothing to beat and no score.",
    );
  });
});

describe("relBrierSentence", () => {
  it("says below or above the median of the others on the same question", () => {
    expect(relBrierSentence("Uma", -0.18455, 2, 5)).toBe(
      "On the 2 questions others also forecast, Uma’s squared error was on average 0.185 below the median of the others’ on the same question: more accurate than the typical peer on the same events. With only 2 shared questions, luck plays a large part.",
    );
    expect(relBrierSentence("Nora", 0.29, 1, 1)).toBe(
      "On the question others also forecast, Nora’s squared error was 0.290 above the median of the others’ on the same question: less accurate than the typical peer on the same events.",
    );
    expect(relBrierSentence("Al", 0, 7, 5)).toContain("the same as the median of the others’");
  });
});

const line = (fields: Partial<HedgeFiguresView>): HedgeFiguresView => ({
  scored: 5,
  brier: 0.107,
  brierLow: 0.17206,
  brierHigh: 0.076,
  rank: 3,
  rankLow: 3,
  rankHigh: 2,
  ...fields,
});

describe("hedge sentences", () => {
  it("takes the lexicon's 'could' as the example", () => {
    expect(couldLow).toBe("“could” as 25% rather than 40%");
    expect(couldHigh).toBe("“could” as 50%");
  });

  it("gives the Brier score under both readings when they differ", () => {
    expect(hedgesMatter(line({}))).toBe(true);
    expect(hedgeBrierSentence("Hal", line({}))).toBe(
      "With every probability read from hedge words taken at the low end of its range (“could” as 25% rather than 40%), Hal’s Brier score would be 0.172; at the high end (“could” as 50%), 0.076. As recorded it is 0.107.",
    );
  });

  it("says when the reading does not matter", () => {
    const plain = line({ brierLow: 0.085, brierHigh: 0.085, brier: 0.085 });
    expect(hedgesMatter(plain)).toBe(false);
    expect(hedgeBrierSentence("Uma", plain)).toBe(
      "Reading hedge words at the low or at the high end of their range gives Uma the same Brier score, 0.085: for Uma, how hedge words are read does not matter.",
    );
  });

  it("says whether the rank depends on the reading", () => {
    expect(hedgeRankSentence("Hal", line({}), 5, 3)).toBe(
      "Hal’s rank depends on how hedge words are read: 3rd of 3 with every hedge read at the low end, 2nd at the high end (3rd of 3 as recorded).",
    );
    expect(hedgeRankSentence("Nora", line({ rank: 1, rankLow: 1, rankHigh: 1 }), 5, 3)).toBe(
      "Nora’s rank does not depend on how hedge words are read: 1st of 3 under either reading.",
    );
    expect(hedgeRankSentence("Ed", line({ rank: 2, rankLow: 1, rankHigh: 1 }), 5, 3)).toBe(
      "Ed’s rank does not depend on how hedge words are read: 1st of 3 under either reading (2nd of 3 as recorded).",
    );
    expect(hedgeRankSentence("Uma", line({ rank: null, rankLow: null, rankHigh: null }), 5, 2)).toBe(
      "Uma is not ranked (fewer than 5 scored predictions), so there is no rank for the reading to move.",
    );
  });
});
