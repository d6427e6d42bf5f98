import { describe, expect, it } from "vitest";
import {
  analystCard,
  outcomeText,
  predictionCard,
  questionCard,
  scoreboardCard,
  type PredictionCardFacts,
} from "./card-views";

const NOW = new Date("2026-06-01T12:00:00Z");

const prediction: PredictionCardFacts = {
  claim: "The ECB cuts rates before September",
  probability: 0.7,
  probabilitySource: "STATED",
  hedge: null,
  probabilityLow: null,
  probabilityHigh: null,
  outcome: "TRUE",
  credit: null,
  resolveBy: new Date("2026-09-01T00:00:00Z"),
  madeAt: new Date("2026-01-15T00:00:00Z"),
  analyst: { name: "Jane Doe" },
  source: { outlet: "The Ledger" },
};

describe("outcomeText", () => {
  it.each([
    ["TRUE", null, null, "True"],
    ["FALSE", null, null, "False"],
    ["PARTIAL", 0.5, null, "Partly true (credit 50%)"],
    ["ANNULLED", null, null, "Annulled"],
    [null, null, new Date("2026-05-31T00:00:00Z"), "Due"],
    [null, null, new Date("2026-06-02T00:00:00Z"), "Open"],
    [null, null, null, "Open"],
  ] as const)("%s (credit %s, deadline %s) -> %s", (outcome, credit, resolveBy, expected) => {
    expect(outcomeText(outcome, credit, resolveBy, NOW)).toBe(expected);
  });
});

describe("predictionCard", () => {
  it("shows the claim, who and where, the probability with how it was obtained, and the outcome", () => {
    expect(predictionCard(prediction, NOW)).toEqual({
      kind: "Prediction",
      headline: "The ECB cuts rates before September",
      byline: "Jane Doe in The Ledger, 2026-01-15",
      stats: [
        { label: "Probability", value: "70%", detail: "Stated by the analyst" },
        { label: "Outcome", value: "True", detail: undefined },
      ],
      summary: "Jane Doe gave 70% to “The ECB cuts rates before September”. Outcome: True.",
    });
  });

  it("gives an open prediction's deadline, and a hedge's words", () => {
    const card = predictionCard(
      { ...prediction, outcome: null, probability: 0.4, probabilitySource: "HEDGE", hedge: "could", source: null },
      NOW,
    );
    expect(card.byline).toBe("Jane Doe, 2026-01-15");
    expect(card.stats).toEqual([
      { label: "Probability", value: "40%", detail: "From the hedge “could”" },
      { label: "Outcome", value: "Open", detail: "deadline 2026-09-01" },
    ]);
  });
});

describe("analystCard", () => {
  it("shows Brier with its interval and n from the scoreboard's minimum on", () => {
    const card = analystCard({
      name: "Jane Doe",
      affiliation: "Chief economist",
      predictions: 20,
      scores: { scored: 12, brier: 0.1834, brierInterval: [0.1204, 0.2496] },
    });
    expect(card.stats[0]).toEqual({
      label: "Brier score (lower is better)",
      value: "0.183",
      detail: "95% interval 0.120–0.250, n = 12",
    });
    expect(card.summary).toBe(
      "Jane Doe’s track record on Hindsight: Brier 0.183 (95% interval 0.120–0.250, n = 12), over 20 logged predictions.",
    );
  });

  it("says there are not enough judged predictions below it, whatever the Brier", () => {
    const card = analystCard({
      name: "Lucky Lou",
      affiliation: null,
      predictions: 1,
      scores: { scored: 4, brier: 0, brierInterval: [0, 0] },
    });
    expect(card.byline).toBeUndefined();
    expect(card.stats[0]).toEqual({
      label: "Brier score (lower is better)",
      value: "not enough judged predictions",
      detail: "n = 4, 5 needed to be ranked",
    });
    expect(card.summary).toContain(
      "not enough judged predictions (n = 4, 5 needed to be ranked), over 1 logged prediction.",
    );
  });
});

describe("questionCard", () => {
  it("shows the outcome and how many predictions by how many analysts", () => {
    const card = questionCard(
      { title: "Will it rain?", outcome: null, credit: null, resolveBy: null, predictions: 3, analysts: 1 },
      NOW,
    );
    expect(card.stats).toEqual([
      { label: "Outcome", value: "Open" },
      { label: "Predictions", value: "3 by 1 analyst" },
    ]);
    expect(card.summary).toBe("Will it rain?: Open; 3 predictions by 1 analyst.");
  });
});

describe("scoreboardCard", () => {
  const line = (name: string, rank: number | null, scored: number, brier: number) => ({
    name,
    rank,
    scored,
    brier,
    brierInterval: [brier - 0.05, brier + 0.05] as const,
  });

  it("shows the top three ranked analysts in rank order with Brier, interval and n", () => {
    const card = scoreboardCard(
      [
        line("C", 3, 9, 0.2),
        line("Unranked", null, 2, 0.01),
        line("A", 1, 6, 0.1),
        line("B", 2, 30, 0.15),
        line("D", 4, 5, 0.3),
      ],
      4,
      5,
    );
    expect(card.stats).toEqual([
      { label: "1. A", value: "0.100", detail: "95% interval 0.050–0.150, n = 6" },
      { label: "2. B", value: "0.150", detail: "95% interval 0.100–0.200, n = 30" },
      { label: "3. C", value: "0.200", detail: "95% interval 0.150–0.250, n = 9" },
    ]);
    expect(card.summary).toBe(
      "Hindsight’s scoreboard ranks 4 analysts; the top: A (Brier 0.100, n = 6), B (Brier 0.150, n = 30), C (Brier 0.200, n = 9).",
    );
  });

  it("says nobody is ranked yet when nobody has the minimum", () => {
    const card = scoreboardCard([line("Unranked", null, 2, 0.01)], 0, 5);
    expect(card.stats).toEqual([{ label: "Ranked", value: "Nobody yet", detail: "5 scored needed" }]);
    expect(card.summary).toBe("Hindsight’s scoreboard: no analyst has 5 scored predictions yet.");
  });
});
