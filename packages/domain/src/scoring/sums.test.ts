import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Outcome } from "../schemas/prediction";
import { brier } from "./brier";
import { calibration } from "./calibration";
import { hitRate } from "./hit-rate";
import { logLoss } from "./log-loss";
import { scoredOnly, type ScoredInput } from "./scored";
import {
  addSums,
  brierInterval,
  calibrationFromSums,
  emptySums,
  scoresFromSums,
  sumsDifferences,
  sumsOf,
} from "./sums";

const input = (probability: number, outcome: Outcome | null, credit: number | null = null): ScoredInput => ({
  probability,
  outcome,
  credit,
});

describe("sumsOf on a hand-worked example", () => {
  // (0.9 TRUE) (0.8 TRUE) (0.3 FALSE) (0.55 PARTIAL 0.5) AMBIGUOUS ANNULLED open
  const sums = sumsOf([
    input(0.9, "TRUE"),
    input(0.8, "TRUE"),
    input(0.3, "FALSE"),
    input(0.55, "PARTIAL", 0.5),
    input(0.6, "AMBIGUOUS"),
    input(0.7, "ANNULLED"),
    input(0.4, null),
  ]);

  it("counts every prediction, the resolved, the scored and the unscored outcomes", () => {
    expect(sums).toMatchObject({ predictions: 7, resolved: 6, scored: 4, ambiguous: 1, annulled: 1 });
  });

  it("sums p, o, the squared errors and their squares over scored predictions only", () => {
    expect(sums.sumP).toBeCloseTo(0.9 + 0.8 + 0.3 + 0.55, 12);
    expect(sums.sumO).toBeCloseTo(2.5, 12);
    // (0.1)^2 + (0.2)^2 + (0.3)^2 + (0.05)^2 = 0.01 + 0.04 + 0.09 + 0.0025
    expect(sums.sumSquaredError).toBeCloseTo(0.1425, 12);
    expect(sums.sumSquaredErrorSquared).toBeCloseTo(0.0001 + 0.0016 + 0.0081 + 0.00000625, 12);
    // hits: 1 + 1 + 1 + 0.5 (o is exactly 0.5)
    expect(sums.sumHit).toBe(3.5);
    // -ln 0.9 - ln 0.8 - ln 0.7 - (0.5 ln 0.55 + 0.5 ln 0.45)
    expect(sums.sumLogLoss).toBeCloseTo(0.1053605 + 0.2231436 + 0.3566749 + 0.6981724, 6);
  });

  it("puts each scored prediction in its calibration bin by integer percent", () => {
    // 0.9 -> bin 9, 0.8 -> bin 8, 0.3 -> bin 3, 0.55 -> bin 5
    expect(sums.binN).toEqual([0, 0, 0, 1, 0, 1, 0, 0, 1, 1]);
    expect(sums.binO[5]).toBe(0.5);
    expect(sums.binP[9]).toBe(0.9);
  });
});

describe("brierInterval", () => {
  it("is mean ± 1.96 s / √n: squared errors 0.01, 0.04, 0.09 give 0.14/3 ± 1.96 · 0.07/3", () => {
    // deviations from 0.14/3 are -0.11/3, -0.02/3, 0.13/3; s² = (0.0121 + 0.0004 + 0.0169) / 9 / 2
    // = 0.0294 / 18; s² / n = 0.0294 / 54 = 0.000544…, whose root is 0.07 / 3.
    const sums = sumsOf([input(0.9, "TRUE"), input(0.8, "TRUE"), input(0.3, "FALSE")]);
    const [low, high] = brierInterval(sums)!;
    expect(low).toBeCloseTo(0.14 / 3 - 1.959964 * (0.07 / 3), 6);
    expect(high).toBeCloseTo(0.14 / 3 + 1.959964 * (0.07 / 3), 6);
  });

  it("is undefined below two scored predictions and clamped to [0, 1]", () => {
    expect(brierInterval(sumsOf([input(0.9, "TRUE")]))).toBeNull();
    expect(brierInterval(sumsOf([input(0, "TRUE"), input(1, "FALSE")]))).toEqual([1, 1]);
    const [low] = brierInterval(sumsOf([input(1, "TRUE"), input(0, "FALSE"), input(0.5, "TRUE")]))!;
    expect(low).toBe(0);
  });
});

const arbitraryInput = fc.record({
  probability: fc.double({ min: 0, max: 1, noNaN: true }),
  outcome: fc.constantFrom<Outcome | null>("TRUE", "FALSE", "PARTIAL", "AMBIGUOUS", "ANNULLED", null),
  credit: fc.double({ min: 0, max: 1, noNaN: true }),
});
const normalise = (raw: { probability: number; outcome: Outcome | null; credit: number }): ScoredInput => ({
  ...raw,
  credit: raw.outcome === "PARTIAL" ? raw.credit : null,
});

describe("sums agree with the direct definitions", () => {
  it("brier, logLoss and hitRate from sums equal the means over the scored predictions", () => {
    fc.assert(
      fc.property(fc.array(arbitraryInput, { maxLength: 60 }), (raw) => {
        const inputs = raw.map(normalise);
        const scored = scoredOnly(inputs);
        const scores = scoresFromSums(sumsOf(inputs));
        expect(scores.scored).toBe(scored.length);
        for (const [fromSums, direct] of [
          [scores.brier, brier(scored)],
          [scores.logLoss, logLoss(scored)],
          [scores.hitRate, hitRate(scored)],
        ] as const) {
          if (direct === null) expect(fromSums).toBeNull();
          else expect(fromSums).toBeCloseTo(direct, 9);
        }
      }),
    );
  });

  it("calibration from sums equals calibration over the predictions", () => {
    fc.assert(
      fc.property(fc.array(arbitraryInput, { maxLength: 60 }), (raw) => {
        const inputs = raw.map(normalise);
        const direct = calibration(scoredOnly(inputs));
        const fromSums = calibrationFromSums(sumsOf(inputs));
        fromSums.forEach((bin, index) => {
          const want = direct[index]!;
          expect(bin.n).toBe(want.n);
          if (want.meanForecast === null) expect(bin.meanForecast).toBeNull();
          else expect(bin.meanForecast).toBeCloseTo(want.meanForecast, 9);
          if (want.interval === null) expect(bin.interval).toBeNull();
          else expect(bin.interval![0]).toBeCloseTo(want.interval[0], 9);
        });
      }),
    );
  });

  it("sums add: the sums of a split list added together equal the sums of the whole", () => {
    fc.assert(
      fc.property(fc.array(arbitraryInput, { maxLength: 40 }), fc.nat(40), (raw, cut) => {
        const inputs = raw.map(normalise);
        const whole = sumsOf(inputs);
        const parts = addSums(sumsOf(inputs.slice(0, cut)), sumsOf(inputs.slice(cut)));
        expect(sumsDifferences(whole, parts)).toEqual([]);
      }),
    );
  });

  it("open, AMBIGUOUS and ANNULLED predictions change only the counts", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryInput, { maxLength: 30 }),
        fc.constantFrom<Outcome | null>("AMBIGUOUS", "ANNULLED", null),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (raw, outcome, probability) => {
          const inputs = raw.map(normalise);
          const before = scoresFromSums(sumsOf(inputs));
          const after = scoresFromSums(sumsOf([...inputs, input(probability, outcome)]));
          expect(after).toEqual(before);
        },
      ),
    );
  });
});

describe("sumsDifferences", () => {
  it("names each field that differs, and ignores float noise below 1e-9 relative", () => {
    const a = sumsOf([input(0.9, "TRUE"), input(0.2, "FALSE")]);
    const noisy = { ...a, sumLogLoss: a.sumLogLoss * (1 + 1e-12) };
    expect(sumsDifferences(a, noisy)).toEqual([]);
    const b = { ...a, scored: 3, binN: [...a.binN.slice(0, 9), 5] };
    expect(sumsDifferences(a, b)).toEqual(["scored: expected 2, found 3", "binN[9]: expected 1, found 5"]);
    expect(sumsDifferences(emptySums(), emptySums())).toEqual([]);
  });
});
