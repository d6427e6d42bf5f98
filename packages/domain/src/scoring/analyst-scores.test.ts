import { describe, expect, it } from "vitest";
import type { Outcome } from "../schemas/prediction";
import { analystScores } from "./analyst-scores";
import { sumsOf } from "./sums";

const scored = (probability: number, outcome: Outcome, resolvedAt: string | null, credit: number | null = null) => ({
  probability,
  outcome,
  credit,
  resolvedAt: resolvedAt ? new Date(resolvedAt) : null,
});

describe("analystScores on a hand-worked record", () => {
  // Resolved in 2025-01: (0.9 TRUE) (0.3 FALSE): squared errors 0.01, 0.09
  // Resolved in 2025-03: (0.8 FALSE): 0.64; judged without a date: (0.6 TRUE): 0.16
  const record = [
    scored(0.9, "TRUE", "2025-01-10"),
    scored(0.3, "FALSE", "2025-01-28"),
    scored(0.8, "FALSE", "2025-03-02"),
    scored(0.6, "TRUE", null),
  ];
  const sums = sumsOf([...record, { probability: 0.5, outcome: null }]);
  const result = analystScores({
    sums,
    byTag: [{ slug: "korea", name: "Korea", sums: sumsOf(record.slice(0, 2)) }],
    scored: record,
  });

  it("scores every scored prediction: brier (0.01 + 0.09 + 0.64 + 0.16) / 4 = 0.225", () => {
    expect(result.scored).toBe(4);
    expect(result.brier).toBeCloseTo(0.225, 12);
    expect(result.hitRate).toBeCloseTo(0.75, 12);
  });

  it("gives Brier by month of resolution and cumulatively, leaving out the undated judgement", () => {
    expect(result.overTime).toEqual([
      {
        month: "2025-01",
        scored: 2,
        brier: expect.closeTo(0.05, 12),
        cumulativeScored: 2,
        cumulativeBrier: expect.closeTo(0.05, 12),
      },
      {
        month: "2025-03",
        scored: 1,
        brier: expect.closeTo(0.64, 12),
        cumulativeScored: 3,
        cumulativeBrier: expect.closeTo(0.74 / 3, 12),
      },
    ]);
  });

  it("measures skill against the analyst's own base rate: ō = 0.5, 1 - 0.225 / 0.25 = 0.1", () => {
    expect(result.skill).toBeCloseTo(0.1, 12);
    // Four distinct forecasts, each its own group: reliability = brier, resolution = ō(1 - ō).
    expect(result.murphy).toEqual({
      reliability: expect.closeTo(0.225, 12),
      resolution: expect.closeTo(0.25, 12),
      uncertainty: expect.closeTo(0.25, 12),
      partialCredit: 0,
      baseRate: 0.5,
    });
  });

  it("bins calibration from the sums and breaks the record down by tag", () => {
    expect(result.calibration.map((bin) => bin.n)).toEqual([0, 0, 0, 1, 0, 0, 1, 0, 1, 1]);
    expect(result.byTag).toEqual([
      {
        slug: "korea",
        name: "Korea",
        predictions: 2,
        scored: 2,
        brier: expect.closeTo(0.05, 12),
        logLoss: expect.any(Number),
        hitRate: 1,
      },
    ]);
  });

  it("has no scores, empty bins and no history for an analyst with nothing scored", () => {
    const empty = analystScores({ sums: null, byTag: [], scored: [] });
    expect(empty).toMatchObject({
      scored: 0,
      brier: null,
      brierInterval: null,
      skill: null,
      murphy: null,
      overTime: [],
    });
    expect(empty.calibration.every((bin) => bin.n === 0 && bin.interval === null)).toBe(true);
  });
});
