import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictionInput } from "@hindsight/db/testing";
import { scoreboardRecord, type JudgePredictionFormValues } from "@hindsight/domain";
import { clientError, createApiHarness, type ApiHarness } from "../test/harness";

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");

// Worked by hand:
// Novotna (0.9 TRUE) (0.3 TRUE), tagged russia: brier (0.01 + 0.49) / 2 = 0.25,
//   logLoss (-ln 0.9 - ln 0.3) / 2 = (0.1053605 + 1.2039728) / 2 = 0.6546667, hitRate (1 + 0) / 2 = 0.5
// Krastev (0.6 FALSE) and one open, tagged economy: brier 0.36, logLoss -ln 0.4 = 0.9162907, hitRate 0
// Population: 3 scored, brier (0.5 + 0.36) / 3 = 0.86 / 3
// adjusted: Novotna (0.5 + 8.6 / 3) / 12 = 0.2805556, Krastev (0.36 + 8.6 / 3) / 11 = 0.2933333
// With tag "Russia": only Novotna; population 0.25, adjusted (0.5 + 2.5) / 12 = 0.25.
beforeAll(async () => {
  api = await createApiHarness("hindsight_api_scoreboard");
  const editor = api.callerFor(api.actors.editor, () => now);
  const log = async (
    overrides: Parameters<typeof predictionInput>[0],
    judgement?: Omit<JudgePredictionFormValues, "predictionId" | "version">,
  ) => {
    const prediction = await editor.prediction.create(predictionInput({ source: undefined, ...overrides }));
    if (judgement) await editor.prediction.judge({ predictionId: prediction.id, version: 1, ...judgement });
  };
  const krastev = { mode: "new", name: "Ivan Krastev" } as const;
  await log({ claim: "The talks fail", probability: 0.9 }, { outcome: "TRUE", resolvedAt: "2026-01-02" });
  await log({ claim: "Sanctions stay", probability: 0.3 }, { outcome: "TRUE", resolvedAt: "2026-01-02" });
  await log(
    { analyst: krastev, claim: "Growth tops 2%", probability: 0.6, tags: ["Economy"] },
    { outcome: "FALSE", resolvedAt: "2026-01-02" },
  );
  await log({
    analyst: krastev,
    claim: "Inflation falls",
    probability: 0.7,
    resolveBy: "2030-01-01",
    tags: ["Economy"],
  });
});
afterAll(async () => {
  await api.database.drop();
});

describe("scoreboard.get", () => {
  const fairNone = { refSkill: null, refN: 0, relBrier: null, sharedN: 0 };

  it("scores and ranks everyone, for anonymous readers too", async () => {
    const board = await api.anonymous.scoreboard.get({ minScored: 1 });
    expect(board.population.scored).toBe(3);
    expect(board.population.brier).toBeCloseTo(0.86 / 3, 12);
    expect(board.analysts).toEqual([
      {
        slug: "tereza-novotna",
        name: "Tereza Novotna",
        predictions: 2,
        resolved: 2,
        scored: 2,
        brier: expect.closeTo(0.25, 12),
        logLoss: expect.closeTo(0.6546667, 6),
        hitRate: 0.5,
        adjustedBrier: expect.closeTo(0.2805556, 6),
        rank: 1,
        // v1.1: nothing linked to a question, no hedge words: the readings are the plain figures.
        ...fairNone,
        brierLow: expect.closeTo(0.25, 12),
        brierHigh: expect.closeTo(0.25, 12),
        rankLow: 1,
        rankHigh: 1,
      },
      {
        slug: "ivan-krastev",
        name: "Ivan Krastev",
        predictions: 2,
        resolved: 1,
        scored: 1,
        brier: expect.closeTo(0.36, 12),
        logLoss: expect.closeTo(0.9162907, 6),
        hitRate: 0,
        adjustedBrier: expect.closeTo(0.2933333, 6),
        rank: 2,
        ...fairNone,
        brierLow: expect.closeTo(0.36, 12),
        brierHigh: expect.closeTo(0.36, 12),
        rankLow: 2,
        rankHigh: 2,
      },
    ]);
  });

  it("answers the domain's scoreboardRecord shape exactly (checked here: the procedure declares no .output)", async () => {
    for (const input of [{ minScored: 1 }, {}, { tag: "Russia" }, { tag: "no-such-tag" }]) {
      const board = await api.anonymous.scoreboard.get(input);
      // The JSON text, so that a field the schema does not know, or one out of order, is caught too.
      expect(JSON.stringify(scoreboardRecord.parse(board))).toBe(JSON.stringify(board));
    }
  });

  it("ranks nobody below the default minScored of 5", async () => {
    const board = await api.anonymous.scoreboard.get({});
    expect(board.analysts.map((analyst) => [analyst.name, analyst.rank])).toEqual([
      ["Tereza Novotna", null],
      ["Ivan Krastev", null],
    ]);
  });

  it("filters by tag, with the population taken from the same filter", async () => {
    const board = await api.anonymous.scoreboard.get({ tag: "Russia", minScored: 1 });
    expect(board.population).toEqual({ scored: 2, brier: expect.closeTo(0.25, 12) });
    expect(board.analysts).toHaveLength(1);
    expect(board.analysts[0]).toMatchObject({
      slug: "tereza-novotna",
      adjustedBrier: expect.closeTo(0.25, 12),
      rank: 1,
    });
    expect(await api.anonymous.scoreboard.get({ tag: "no-such-tag" })).toEqual({
      population: { scored: 0, brier: null },
      analysts: [],
    });
  });

  it("refuses a negative or fractional minScored naming the field", async () => {
    for (const minScored of [-1, 1.5]) {
      const error = await clientError(() => api.anonymous.scoreboard.get({ minScored }));
      expect(error.data.code).toBe("BAD_REQUEST");
      expect(error.data.fieldErrors).toHaveProperty("minScored");
    }
  });
});
