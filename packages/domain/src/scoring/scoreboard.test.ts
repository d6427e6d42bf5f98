import { describe, expect, it } from "vitest";
import type { Outcome } from "../schemas/prediction";
import {
  buildScoreboard,
  contractScoreboard,
  scoreboardFromSums,
  sortScoreboard,
  sumsByAnalyst,
  type ScoreboardRow,
  type ScoreboardSort,
} from "./scoreboard";

const analysts = {
  ames: { slug: "alice-ames", name: "Alice Ames" },
  bell: { slug: "bob-bell", name: "Bob Bell" },
  cole: { slug: "cara-cole", name: "Cara Cole" },
  dunn: { slug: "dan-dunn", name: "Dan Dunn" },
};
const row = (
  analyst: { slug: string; name: string },
  probability: number,
  outcome: Outcome | null,
  credit: number | null = null,
): ScoreboardRow => ({ analyst, probability, outcome, credit });

// Worked by hand, minScored = 2:
// Ames   (0.9 TRUE) (0.8 TRUE) (0.3 FALSE), AMBIGUOUS, open: predictions 5, resolved 4, scored 3
//        brier (0.01 + 0.04 + 0.09) / 3 = 0.14 / 3
//        logLoss (-ln 0.9 - ln 0.8 - ln 0.7) / 3 = (0.1053605 + 0.2231436 + 0.3566749) / 3 = 0.2283930
//        hitRate (1 + 1 + 1) / 3 = 1
// Bell   (0.6 FALSE) (0.5 PARTIAL 0.5), ANNULLED: predictions 3, resolved 3, scored 2
//        brier (0.36 + 0) / 2 = 0.18; logLoss (-ln 0.4 + ln 2) / 2 = (0.9162907 + 0.6931472) / 2 = 0.8047190
//        hitRate (0 + 0.5) / 2 = 0.25
// Cole   (0.2 TRUE): scored 1, below minScored; brier 0.64, logLoss -ln 0.2 = 1.6094379, hitRate 0
// Dunn   open, AMBIGUOUS: predictions 2, resolved 1, scored 0; no scores
// Population: 6 scored, brier (0.14 + 0.36 + 0.64) / 6 = 1.14 / 6 = 0.19
// adjusted = (n * brier + 10 * 0.19) / (n + 10):
//   Ames (0.14 + 1.9) / 13 = 2.04 / 13; Bell (0.36 + 1.9) / 12 = 2.26 / 12;
//   Cole (0.64 + 1.9) / 11 = 2.54 / 11; Dunn (n = 0) 0.19, the population's.
const rows: ScoreboardRow[] = [
  row(analysts.dunn, 0.7, null),
  row(analysts.dunn, 0.4, "AMBIGUOUS"),
  row(analysts.cole, 0.2, "TRUE"),
  row(analysts.bell, 0.6, "FALSE"),
  row(analysts.bell, 0.5, "PARTIAL", 0.5),
  row(analysts.bell, 0.7, "ANNULLED"),
  row(analysts.ames, 0.9, "TRUE"),
  row(analysts.ames, 0.8, "TRUE"),
  row(analysts.ames, 0.3, "FALSE"),
  row(analysts.ames, 0.6, "AMBIGUOUS"),
  row(analysts.ames, 0.5, null),
];

describe("buildScoreboard on a hand-worked example", () => {
  const board = buildScoreboard(rows, { minScored: 2 });

  it("scores the population over every scored prediction: 1.14 / 6 = 0.19", () => {
    expect(board.population.scored).toBe(6);
    expect(board.population.brier).toBeCloseTo(0.19, 12);
  });

  it("ranks Ames (2.04 / 13) before Bell (2.26 / 12), then lists Dunn (0.19) and Cole (2.54 / 11) unranked", () => {
    expect(board.analysts.map((analyst) => [analyst.name, analyst.rank])).toEqual([
      ["Alice Ames", 1],
      ["Bob Bell", 2],
      ["Dan Dunn", null],
      ["Cara Cole", null],
    ]);
  });

  it.each([
    ["alice-ames", 5, 4, 3, 0.14 / 3, 0.228393, 1, 2.04 / 13],
    ["bob-bell", 3, 3, 2, 0.18, 0.804719, 0.25, 2.26 / 12],
    ["cara-cole", 1, 1, 1, 0.64, 1.6094379, 0, 2.54 / 11],
  ])("gives %s predictions %i, resolved %i, scored %i and its scores", (slug, ...expected) => {
    const [predictions, resolved, scored, brier, logLoss, hitRate, adjusted] = expected as number[];
    const analyst = board.analysts.find((entry) => entry.slug === slug)!;
    expect(analyst).toMatchObject({ predictions, resolved, scored });
    expect(analyst.brier).toBeCloseTo(brier!, 12);
    expect(analyst.logLoss).toBeCloseTo(logLoss!, 6);
    expect(analyst.hitRate).toBeCloseTo(hitRate!, 12);
    expect(analyst.adjustedBrier).toBeCloseTo(adjusted!, 12);
  });

  it("counts open and AMBIGUOUS predictions without scoring them; no scores, adjusted = the population's", () => {
    expect(board.analysts.find((entry) => entry.slug === "dan-dunn")).toEqual({
      slug: "dan-dunn",
      name: "Dan Dunn",
      predictions: 2,
      resolved: 1,
      scored: 0,
      brier: null,
      logLoss: null,
      hitRate: null,
      adjustedBrier: expect.closeTo(0.19, 12),
      rank: null,
      refSkill: null,
      refN: 0,
      relBrier: null,
      sharedN: 0,
      brierLow: null,
      brierHigh: null,
      rankLow: null,
      rankHigh: null,
    });
  });

  it("keeps the fields in the order of the data contract (v1, then the v1.1 additions)", () => {
    expect(Object.keys(board.analysts[0]!)).toEqual([
      "slug",
      "name",
      "predictions",
      "resolved",
      "scored",
      "brier",
      "logLoss",
      "hitRate",
      "adjustedBrier",
      "rank",
      "refSkill",
      "refN",
      "relBrier",
      "sharedN",
      "brierLow",
      "brierHigh",
      "rankLow",
      "rankHigh",
    ]);
  });

  it("ranks everyone with minScored 0, the analyst with no scores at the population's 0.19", () => {
    // Ames 2.04 / 13 = 0.1569 < Bell 2.26 / 12 = 0.1883 < Dunn 0.19 < Cole 2.54 / 11 = 0.2309.
    expect(buildScoreboard(rows, { minScored: 0 }).analysts.map((analyst) => [analyst.name, analyst.rank])).toEqual([
      ["Alice Ames", 1],
      ["Bob Bell", 2],
      ["Dan Dunn", 3],
      ["Cara Cole", 4],
    ]);
  });
});

describe("buildScoreboard ties and empty ledgers", () => {
  it("breaks a tie in adjusted brier by name", () => {
    // Both (0.8 TRUE) (0.4 FALSE): brier (0.04 + 0.16) / 2 = 0.1, population 0.1, adjusted 0.1 each.
    const zed = { slug: "zed", name: "Zed Zane" };
    const abe = { slug: "abe", name: "Abe Abel" };
    const board = buildScoreboard(
      [row(zed, 0.8, "TRUE"), row(zed, 0.4, "FALSE"), row(abe, 0.8, "TRUE"), row(abe, 0.4, "FALSE")],
      { minScored: 2 },
    );
    expect(board.population.brier).toBeCloseTo(0.1, 12);
    expect(board.analysts.map((analyst) => [analyst.name, analyst.rank])).toEqual([
      ["Abe Abel", 1],
      ["Zed Zane", 2],
    ]);
  });

  it("has no population brier and ranks nobody when nothing is judged, listing analysts by name", () => {
    const board = buildScoreboard([row(analysts.dunn, 0.7, null), row(analysts.ames, 0.3, "ANNULLED")], {
      minScored: 0,
    });
    expect(board.population).toEqual({ scored: 0, brier: null });
    expect(
      board.analysts.map((analyst) => [analyst.name, analyst.resolved, analyst.adjustedBrier, analyst.rank]),
    ).toEqual([
      ["Alice Ames", 1, null, null],
      ["Dan Dunn", 0, null, null],
    ]);
  });

  it("is empty for no predictions", () => {
    expect(buildScoreboard([], { minScored: 5 })).toEqual({ population: { scored: 0, brier: null }, analysts: [] });
  });
});

describe("scoreboardFromSums and sortScoreboard", () => {
  const detailed = scoreboardFromSums(sumsByAnalyst(rows), { minScored: 2 });

  it("adds the brier's interval and the count of analysts to the contract figures", () => {
    expect(detailed.population).toEqual({ scored: 6, brier: expect.closeTo(0.19, 12), analysts: 4 });
    // Bell's squared errors 0.36 and 0: mean 0.18, s² = 2 · 0.18² = 0.0648, s²/n = 0.0324, root 0.18;
    // 0.18 ± 1.96 · 0.18 is clamped at 0 below.
    const bell = detailed.analysts.find((line) => line.slug === "bob-bell")!;
    expect(bell.brierInterval![0]).toBe(0);
    expect(bell.brierInterval![1]).toBeCloseTo(0.18 + 1.959964 * 0.18, 6);
    expect(detailed.analysts.find((line) => line.slug === "cara-cole")!.brierInterval).toBeNull();
    expect(contractScoreboard(detailed)).toEqual(buildScoreboard(rows, { minScored: 2 }));
  });

  it("keeps the ranked analysts above the unranked whatever the column, missing values last", () => {
    const order = (sort: ScoreboardSort, dir: "asc" | "desc") =>
      sortScoreboard(detailed.analysts, sort, dir).map((line) => line.slug);
    expect(order("rank", "asc")).toEqual(["alice-ames", "bob-bell", "cara-cole", "dan-dunn"]);
    expect(order("brier", "desc")).toEqual(["bob-bell", "alice-ames", "cara-cole", "dan-dunn"]);
    expect(order("brier", "asc")).toEqual(["alice-ames", "bob-bell", "cara-cole", "dan-dunn"]);
    expect(order("hitRate", "desc")).toEqual(["alice-ames", "bob-bell", "cara-cole", "dan-dunn"]);
    expect(order("name", "desc")).toEqual(["bob-bell", "alice-ames", "dan-dunn", "cara-cole"]);
    expect(order("scored", "asc")).toEqual(["bob-bell", "alice-ames", "dan-dunn", "cara-cole"]);
  });
});

describe("equal scores that floating point tells apart", () => {
  // Ames (0.15 FALSE) (0.55 FALSE): (0.0225 + 0.3025) / 2 = 0.1625; Bell (0.35 FALSE) (0.45 FALSE):
  // (0.1225 + 0.2025) / 2 = 0.1625. Equal, so the tie goes by name: Alice Ames first. Summed in
  // floating point the two differ in their last bits.
  const tied = [
    row(analysts.bell, 0.35, "FALSE"),
    row(analysts.bell, 0.45, "FALSE"),
    row(analysts.ames, 0.15, "FALSE"),
    row(analysts.ames, 0.55, "FALSE"),
  ];

  it("ranks them as tied, by name", () => {
    const board = buildScoreboard(tied, { minScored: 1 });
    expect(board.analysts.map((line) => [line.name, line.rank])).toEqual([
      ["Alice Ames", 1],
      ["Bob Bell", 2],
    ]);
  });

  it("sorts them by name when the page sorts by brier", () => {
    const board = buildScoreboard(tied, { minScored: 1 });
    expect(sortScoreboard(board.analysts, "brier", "desc").map((line) => line.name)).toEqual([
      "Alice Ames",
      "Bob Bell",
    ]);
  });
});
