import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { brier } from "./brier";
import { binIndex, calibration, wilsonInterval } from "./calibration";
import { hit, hitRate } from "./hit-rate";
import { logLoss, logLossTerm } from "./log-loss";
import { brierSkillScore, murphyDecomposition } from "./murphy";
import { adjustedBrier, rankAnalysts } from "./ranking";
import { scoredOnly, type ScoredInput } from "./scored";

// Worked by hand: (0.9, TRUE) (0.7, FALSE) (0.5, TRUE) (0.2, FALSE) (0.6, PARTIAL 0.5).
const example: ScoredInput[] = [
  { probability: 0.9, outcome: "TRUE" },
  { probability: 0.7, outcome: "FALSE" },
  { probability: 0.5, outcome: "TRUE" },
  { probability: 0.2, outcome: "FALSE" },
  { probability: 0.6, outcome: "PARTIAL", credit: 0.5 },
  { probability: 0.99, outcome: "AMBIGUOUS" },
  { probability: 0.01, outcome: "ANNULLED" },
  { probability: 0.3, outcome: null },
];

describe("scores of docs/design.md on a hand-worked example", () => {
  const scored = scoredOnly(example);

  it("scores only TRUE, FALSE and PARTIAL", () => {
    expect(scored).toEqual([
      { p: 0.9, o: 1 },
      { p: 0.7, o: 0 },
      { p: 0.5, o: 1 },
      { p: 0.2, o: 0 },
      { p: 0.6, o: 0.5 },
    ]);
  });

  it("brier = (0.01 + 0.49 + 0.25 + 0.04 + 0.01) / 5 = 0.16", () => {
    expect(brier(scored)).toBeCloseTo(0.16, 12);
  });

  it("logLoss = (0.1053605 + 1.2039728 + 0.6931472 + 0.2231436 + 0.7135582) / 5", () => {
    expect(logLoss(scored)).toBeCloseTo(0.5878365, 6);
  });

  it("hitRate = (1 + 0 + 0.5 + 1 + 0.5) / 5 = 0.6", () => {
    expect(hitRate(scored)).toBeCloseTo(0.6, 12);
    expect(hit({ p: 0.5, o: 0 })).toBe(0.5);
    expect(hit({ p: 0.51, o: 1 })).toBe(1);
  });

  it("clamps q to [0.01, 0.99] so a certain miss costs ln(100), not infinity", () => {
    expect(logLossTerm({ p: 1, o: 0 })).toBeCloseTo(4.6051702, 6);
    expect(logLossTerm({ p: 0, o: 1 })).toBeCloseTo(4.6051702, 6);
  });

  it("has no scores for nobody", () => {
    expect(brier([])).toBeNull();
    expect(logLoss([])).toBeNull();
    expect(hitRate([])).toBeNull();
  });
});

describe("adjusted brier and ranking", () => {
  it("(5 * 0.16 + 10 * 0.25) / 15 = 0.22", () => {
    expect(adjustedBrier(5, 0.16, 0.25)).toBeCloseTo(0.22, 12);
    expect(adjustedBrier(0, null, 0.25)).toBe(0.25);
    expect(adjustedBrier(3, 0.1, null)).toBeNull();
  });

  it("ranks by adjusted brier, ties by name, and lists analysts under minScored unranked", () => {
    const rows = [
      { name: "Cha", scored: 12, adjustedBrier: 0.2 },
      { name: "Novotna", scored: 5, adjustedBrier: 0.18 },
      { name: "Beng", scored: 7, adjustedBrier: 0.2 },
      { name: "Lucky", scored: 1, adjustedBrier: 0.05 },
    ];
    expect(rankAnalysts(rows).map((row) => [row.name, row.rank])).toEqual([
      ["Novotna", 1],
      ["Beng", 2],
      ["Cha", 3],
      ["Lucky", null],
    ]);
    expect(rankAnalysts(rows, 10).map((row) => [row.name, row.rank])).toEqual([
      ["Cha", 1],
      ["Lucky", null],
      ["Novotna", null],
      ["Beng", null],
    ]);
  });
});

describe("calibration", () => {
  it("bins by integer percent", () => {
    expect([0, 0.094, 0.099, 0.1, 0.5, 0.95, 1].map(binIndex)).toEqual([0, 0, 1, 1, 5, 9, 9]);
  });

  it("gives each bin n, mean forecast, observed rate and the Wilson interval", () => {
    const bins = calibration([
      { p: 0.72, o: 1 },
      { p: 0.78, o: 0 },
      { p: 0.05, o: 0 },
    ]);
    expect(bins).toHaveLength(10);
    expect(bins[7]).toMatchObject({ from: 70, to: 80, n: 2, observedRate: 0.5 });
    expect(bins[7]!.meanForecast).toBeCloseTo(0.75, 12);
    expect(bins[3]).toEqual({ from: 30, to: 40, n: 0, meanForecast: null, observedRate: null, interval: null });
  });

  it("matches published Wilson intervals: 8/10 -> [0.4902, 0.9433], 0/10 -> [0, 0.2775]", () => {
    const [low, high] = wilsonInterval(8, 10)!;
    expect(low).toBeCloseTo(0.4902, 4);
    expect(high).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(0, 10)![0]).toBe(0);
    expect(wilsonInterval(0, 10)![1]).toBeCloseTo(0.2775, 4);
  });
});

describe("Murphy decomposition and skill", () => {
  // 0.8 four times (outcomes 1,1,1,0) and 0.2 twice (0,1): brier 0.24, worked by hand.
  const scored = [
    { p: 0.8, o: 1 },
    { p: 0.8, o: 1 },
    { p: 0.8, o: 1 },
    { p: 0.8, o: 0 },
    { p: 0.2, o: 0 },
    { p: 0.2, o: 1 },
  ];

  it("reliability 0.19/6, resolution 0.0833/6, uncertainty 2/9, summing to the brier", () => {
    const decomposition = murphyDecomposition(scored)!;
    expect(decomposition.reliability).toBeCloseTo(0.19 / 6, 12);
    expect(decomposition.resolution).toBeCloseTo(1 / 72, 12);
    expect(decomposition.uncertainty).toBeCloseTo(2 / 9, 12);
    expect(decomposition.reliability - decomposition.resolution + decomposition.uncertainty).toBeCloseTo(
      brier(scored)!,
      12,
    );
  });

  it("skill against the analyst's own base rate: 1 - 0.24 / (2/9) = -0.08", () => {
    expect(brierSkillScore(scored)).toBeCloseTo(-0.08, 12);
    expect(brierSkillScore([{ p: 0.9, o: 1 }])).toBeNull();
  });
});

const forecast = fc.record({
  probability: fc.double({ min: 0, max: 1, noNaN: true }),
  outcome: fc.constantFrom("TRUE", "FALSE", "PARTIAL", "AMBIGUOUS", "ANNULLED", null),
  credit: fc.double({ min: 0, max: 1, noNaN: true }),
}) as fc.Arbitrary<ScoredInput>;

describe("properties", () => {
  it("scores stay within their ranges", () => {
    fc.assert(
      fc.property(fc.array(forecast, { minLength: 1, maxLength: 60 }), (inputs) => {
        const scored = scoredOnly(inputs);
        if (scored.length === 0) return;
        expect(brier(scored)).toBeGreaterThanOrEqual(0);
        expect(brier(scored)).toBeLessThanOrEqual(1);
        expect(logLoss(scored)).toBeGreaterThanOrEqual(0);
        expect(logLoss(scored)).toBeLessThanOrEqual(-Math.log(0.01) + 1e-9);
        expect(hitRate(scored)).toBeGreaterThanOrEqual(0);
        expect(hitRate(scored)).toBeLessThanOrEqual(1);
        for (const bin of calibration(scored)) {
          if (bin.interval) expect(bin.interval[0]).toBeLessThanOrEqual(bin.interval[1]);
        }
      }),
    );
  });

  it("a perfect forecaster scores 0", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }), (truths) => {
        const scored = scoredOnly(
          truths.map((truth) => ({ probability: truth ? 1 : 0, outcome: truth ? "TRUE" : "FALSE" })),
        );
        expect(brier(scored)).toBe(0);
        expect(hitRate(scored)).toBe(1);
      }),
    );
  });

  it("the order of predictions does not matter", () => {
    fc.assert(
      fc.property(
        fc
          .array(forecast, { minLength: 1, maxLength: 40 })
          .chain((inputs) => fc.tuple(fc.constant(inputs), fc.shuffledSubarray(inputs, { minLength: inputs.length }))),
        ([inputs, shuffled]) => {
          const a = scoredOnly(inputs);
          const b = scoredOnly(shuffled);
          expect(brier(b) ?? 0).toBeCloseTo(brier(a) ?? 0, 10);
          expect(logLoss(b) ?? 0).toBeCloseTo(logLoss(a) ?? 0, 10);
          expect(hitRate(b) ?? 0).toBeCloseTo(hitRate(a) ?? 0, 10);
        },
      ),
    );
  });

  it("unscored outcomes change nothing", () => {
    const unscored = fc.record({
      probability: fc.double({ min: 0, max: 1, noNaN: true }),
      outcome: fc.constantFrom("AMBIGUOUS", "ANNULLED", null),
    }) as fc.Arbitrary<ScoredInput>;
    fc.assert(
      fc.property(fc.array(forecast, { maxLength: 30 }), fc.array(unscored, { maxLength: 30 }), (inputs, extra) => {
        expect(scoredOnly([...inputs, ...extra])).toEqual(scoredOnly(inputs));
      }),
    );
  });
});
