import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Outcome } from "../schemas/prediction";
import {
  countedPredictions,
  fairFigures,
  hedgeFigures,
  hedgeReading,
  linkedOutcome,
  median,
  referenceFor,
  utcDay,
  type FairRow,
} from "./fair";
import { buildScoreboard, type ScoreboardRow } from "./scoreboard";

const row = (
  slug: string,
  key: string,
  madeAt: string,
  probability: number,
  outcome: Outcome | null,
  link: { question?: string | null; negated?: boolean; reference?: number | null; credit?: number | null } = {},
): FairRow => ({
  analyst: { slug, name: slug.toUpperCase() },
  key,
  madeAt: new Date(madeAt),
  probability,
  outcome,
  credit: link.credit ?? null,
  question: link.question ?? null,
  negated: link.negated ?? false,
  reference: link.reference ?? null,
});

describe("referenceFor", () => {
  const references = [
    { probability: 0.3, asOf: "2025-01-01" },
    { probability: 0.6, asOf: "2025-03-01T18:30:00Z" },
  ];

  it("takes the latest reference on or before the prediction's day (UTC days)", () => {
    expect(referenceFor(references, new Date("2025-02-15"))?.probability).toBe(0.3);
    // Same UTC day counts, whatever the hours: 10:00 is before 18:30, yet the day is the same.
    expect(referenceFor(references, new Date("2025-03-01T10:00:00Z"))?.probability).toBe(0.6);
    expect(referenceFor(references, new Date("2026-01-01"))?.probability).toBe(0.6);
  });

  it("gives none when every reference is later", () => {
    expect(referenceFor(references, new Date("2024-12-31T23:59:59Z"))).toBeNull();
    expect(referenceFor([], new Date("2025-01-01"))).toBeNull();
  });

  it("compares in UTC, not local time", () => {
    // 2025-01-01T00:30+02:00 is 2024-12-31 in UTC: before the first reference.
    expect(utcDay("2025-01-01T00:30:00+02:00")).toBe("2024-12-31");
    expect(referenceFor(references, new Date("2025-01-01T00:30:00+02:00"))).toBeNull();
  });
});

describe("linkedOutcome", () => {
  it.each([
    ["TRUE", null, false, "TRUE", null],
    ["TRUE", null, true, "FALSE", null],
    ["FALSE", null, true, "TRUE", null],
    ["PARTIAL", 0.25, true, "PARTIAL", 0.75],
    ["PARTIAL", 0.25, false, "PARTIAL", 0.25],
    ["AMBIGUOUS", null, true, "AMBIGUOUS", null],
    ["ANNULLED", null, true, "ANNULLED", null],
    [null, null, true, null, null],
  ] as const)("%s (credit %s), negated %s -> %s (credit %s)", (outcome, credit, negated, want, wantCredit) => {
    expect(linkedOutcome(outcome, credit, negated)).toEqual({ outcome: want, credit: wantCredit });
  });
});

describe("median", () => {
  it("takes the middle value of an odd count and the mean of the middle two of an even count", () => {
    expect(median([0.25, 0.01, 0.04])).toBe(0.04);
    expect(median([0.25, 0.01])).toBe(0.13);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe("fair figures on a hand-worked example", () => {
  // Question q1 came true. References: 2025-01-01 at 0.3, 2025-03-01 at 0.6.
  // Ann says 0.8 on 2025-02-15 (reference 0.3): squared error 0.04, reference's 0.49.
  // Bob says the opposite (negated) at 0.1 on 2025-02-20: his outcome is FALSE, o = 0; squared
  //   error 0.01; r' = 1 - 0.3 = 0.7, the reference's squared error 0.49.
  // Cat says 0.5 on 2024-12-31 23:00 UTC: every reference is later, so none; squared error 0.25.
  const base = [
    row("ann", "a1", "2025-02-15", 0.8, "TRUE", { question: "q1", reference: 0.3 }),
    row("bob", "b1", "2025-02-20", 0.1, "FALSE", { question: "q1", negated: true, reference: 0.3 }),
    row("cat", "c1", "2024-12-31T23:00:00Z", 0.5, "TRUE", { question: "q1", reference: null }),
  ];

  it("refSkill = 1 - Σ(p - o)² / Σ(r' - o)² over the predictions with a reference", () => {
    const figures = fairFigures(base);
    expect(figures.get("ann")!.refSkill).toBeCloseTo(1 - 0.04 / 0.49, 12);
    expect(figures.get("ann")!.refN).toBe(1);
    expect(figures.get("bob")!.refSkill).toBeCloseTo(1 - 0.01 / 0.49, 12);
    expect(figures.get("cat")).toMatchObject({ refSkill: null, refN: 0 });
  });

  it("relBrier = own squared error minus the median of the others' (even count: mean of the middle two)", () => {
    const figures = fairFigures(base);
    // Ann: others {0.01, 0.25}, median 0.13: 0.04 - 0.13. Bob: {0.04, 0.25} -> 0.145. Cat: {0.04, 0.01} -> 0.025.
    expect(figures.get("ann")!.relBrier).toBeCloseTo(-0.09, 12);
    expect(figures.get("bob")!.relBrier).toBeCloseTo(0.01 - 0.145, 12);
    expect(figures.get("cat")!.relBrier).toBeCloseTo(0.25 - 0.025, 12);
    for (const slug of ["ann", "bob", "cat"]) expect(figures.get(slug)!.sharedN).toBe(1);
  });

  it("an odd number of peers takes the middle one", () => {
    const figures = fairFigures([...base, row("dan", "d1", "2025-02-01", 0.9, "TRUE", { question: "q1" })]);
    // Ann's others: {0.01, 0.25, 0.01} -> 0.01.
    expect(figures.get("ann")!.relBrier).toBeCloseTo(0.04 - 0.01, 12);
    expect(figures.get("dan")!.relBrier).toBeCloseTo(0.01 - 0.04, 12);
  });

  it("one vote per question: the latest madeAt, a same-day tie broken by the greatest key", () => {
    const rows = [
      ...base,
      // Same day as a1 (both midnight): "a2" > "a1", so a2 votes; its squared error is 0.16.
      row("ann", "a2", "2025-02-15", 0.6, "TRUE", { question: "q1", reference: 0.3 }),
      // Earlier, ignored.
      row("ann", "a0", "2025-02-01", 0.99, "TRUE", { question: "q1", reference: 0.3 }),
    ];
    const figures = fairFigures(rows);
    expect(figures.get("ann")).toMatchObject({ refN: 1, sharedN: 1 });
    expect(figures.get("ann")!.refSkill).toBeCloseTo(1 - 0.16 / 0.49, 12);
    expect(figures.get("ann")!.relBrier).toBeCloseTo(0.16 - 0.13, 12);
    // Bob's others are now {0.16, 0.25}: median 0.205.
    expect(figures.get("bob")!.relBrier).toBeCloseTo(0.01 - 0.205, 12);
  });

  it("a timestamp later the same day beats a bare date; only scored predictions vote", () => {
    const rows = [
      row("ann", "a1", "2025-02-15T12:00:00Z", 0.8, "TRUE", { question: "q1", reference: 0.3 }),
      row("ann", "a2", "2025-02-15", 0.6, "TRUE", { question: "q1", reference: 0.3 }),
      // Later but AMBIGUOUS: not counted, so it does not take the vote.
      row("ann", "a3", "2025-02-16", 0.2, "AMBIGUOUS", { question: "q1", reference: 0.3 }),
    ];
    const [vote] = countedPredictions(rows);
    expect(vote?.key).toBe("a1");
  });

  it("a question forecast by one analyst is not shared; unlinked predictions count each", () => {
    const figures = fairFigures([
      row("ann", "a1", "2025-01-01", 0.7, "TRUE", { question: "solo", reference: 0.5 }),
      row("ann", "a2", "2025-01-02", 0.7, "TRUE"),
      row("ann", "a3", "2025-01-03", 0.7, "FALSE"),
    ]);
    expect(figures.get("ann")).toMatchObject({ relBrier: null, sharedN: 0, refN: 1 });
    expect(figures.get("ann")!.refSkill).toBeCloseTo(1 - 0.09 / 0.25, 12);
  });

  it("refSkill is null when the reference was perfect (denominator 0)", () => {
    const figures = fairFigures([row("ann", "a1", "2025-01-01", 0.7, "TRUE", { question: "q", reference: 1 })]);
    expect(figures.get("ann")).toMatchObject({ refSkill: null, refN: 1 });
  });

  it("a denominator that is 0 but for floating-point rounding counts as 0 (CI found 1 - 0.71 vs 0.29)", () => {
    // 1 - 0.71 is 0.29000000000000004 in binary floating point: the reference 0.29 was perfect.
    const figures = fairFigures([
      row("ann", "a1", "2025-01-01", 1, "PARTIAL", { question: "q", reference: 0.29, credit: 1 - 0.71 }),
    ]);
    expect(figures.get("ann")).toMatchObject({ refSkill: null, refN: 1 });
    // A real difference, however small a probability step, still counts: (0.2901 - 0.29)² = 1e-8.
    const close = fairFigures([
      row("ann", "a1", "2025-01-01", 1, "PARTIAL", { question: "q", reference: 0.2901, credit: 0.29 }),
    ]);
    expect(close.get("ann")!.refSkill).toBeCloseTo(1 - 0.71 ** 2 / 0.0001 ** 2, 0);
  });

  it("PARTIAL credit is the outcome value; a negated PARTIAL keeps its squared error", () => {
    const figures = fairFigures([
      row("ann", "a1", "2025-01-01", 0.7, "PARTIAL", { question: "q", reference: 0.4, credit: 0.5 }),
      row("bob", "b1", "2025-01-01", 0.3, "PARTIAL", { question: "q", reference: 0.4, credit: 0.5, negated: true }),
    ]);
    // Ann: (0.7 - 0.5)² = 0.04, reference (0.4 - 0.5)² = 0.01. Bob: (0.3 - 0.5)² = 0.04, r' = 0.6: 0.01.
    expect(figures.get("ann")!.refSkill).toBeCloseTo(1 - 0.04 / 0.01, 12);
    expect(figures.get("bob")!.refSkill).toBeCloseTo(1 - 0.04 / 0.01, 12);
    expect(figures.get("ann")!.relBrier).toBeCloseTo(0, 12);
  });
});

describe("hedge readings", () => {
  // X: a hedge at 0.4 [0.25, 0.5] that came true (0.36; low 0.5625, high 0.25) and a stated 0.9 that
  //    came true (0.01): Σ 0.37, low 0.5725, high 0.26.
  // Y: two stated 0.6 that came true: 0.16 each, Σ 0.32 under every reading.
  // Z: one stated 0.5 that came false: 0.25; below minScored 2.
  const entries = [
    { slug: "x", name: "X", scored: 2, sumSquaredErrorLow: 0.5725, sumSquaredErrorHigh: 0.26 },
    { slug: "y", name: "Y", scored: 2, sumSquaredErrorLow: 0.32, sumSquaredErrorHigh: 0.32 },
    { slug: "z", name: "Z", scored: 1, sumSquaredErrorLow: 0.25, sumSquaredErrorHigh: 0.25 },
  ];

  it("re-scores and re-ranks everyone under each reading", () => {
    const figures = hedgeFigures(entries, 2);
    // Low: population 1.1425 / 5 = 0.2285; X (0.5725 + 2.285) / 12 = 0.238125; Y (0.32 + 2.285) / 12 = 0.217083.
    // High: population 0.83 / 5 = 0.166; X (0.26 + 1.66) / 12 = 0.16; Y (0.32 + 1.66) / 12 = 0.165.
    expect(figures.get("x")).toEqual({ brierLow: 0.28625, brierHigh: 0.13, rankLow: 2, rankHigh: 1 });
    expect(figures.get("y")).toEqual({ brierLow: 0.16, brierHigh: 0.16, rankLow: 1, rankHigh: 2 });
    expect(figures.get("z")).toEqual({ brierLow: 0.25, brierHigh: 0.25, rankLow: null, rankHigh: null });
  });

  it("reads only HEDGE probabilities with an interval at its ends", () => {
    expect(hedgeReading(0.4, "HEDGE", 0.25)).toBe(0.25);
    expect(hedgeReading(0.4, "HEDGE", null)).toBe(0.4);
    expect(hedgeReading(0.4, "STATED", 0.25)).toBe(0.4);
    expect(hedgeReading(0.4, "ESTIMATE", 0.5)).toBe(0.4);
  });

  it("buildScoreboard over raw rows gives the same readings", () => {
    const rows: ScoreboardRow[] = [
      { analyst: { slug: "x", name: "X" }, probability: 0.4, outcome: "TRUE", credit: null, low: 0.25, high: 0.5 },
      { analyst: { slug: "x", name: "X" }, probability: 0.9, outcome: "TRUE", credit: null },
      { analyst: { slug: "y", name: "Y" }, probability: 0.6, outcome: "TRUE", credit: null },
      { analyst: { slug: "y", name: "Y" }, probability: 0.6, outcome: "TRUE", credit: null },
      { analyst: { slug: "z", name: "Z" }, probability: 0.5, outcome: "FALSE", credit: null },
      { analyst: { slug: "z", name: "Z" }, probability: 0.5, outcome: null, credit: null },
    ];
    const board = buildScoreboard(rows, { minScored: 2 });
    const x = board.analysts.find((line) => line.slug === "x")!;
    expect(x.brierLow).toBeCloseTo(0.28625, 12);
    expect(x.brierHigh).toBeCloseTo(0.13, 12);
    expect([x.rank, x.rankLow, x.rankHigh]).toEqual([2, 2, 1]);
    expect(board.analysts.find((line) => line.slug === "z")).toMatchObject({ rankLow: null, rankHigh: null });
  });
});

const outcomes = fc.constantFrom<Outcome | null>("TRUE", "FALSE", "PARTIAL", "AMBIGUOUS", "ANNULLED", null);
const percent = fc.integer({ min: 0, max: 100 }).map((value) => value / 100);
const arbitraryRow = fc
  .record({
    analyst: fc.constantFrom("ann", "bob", "cat", "dan"),
    key: fc.string({ minLength: 1, maxLength: 3 }),
    day: fc.integer({ min: 0, max: 30 }),
    // Hundredths: probabilities as people write them, and no subnormal squares that round to 0 on one side only.
    probability: percent,
    outcome: outcomes,
    credit: percent,
    question: fc.option(fc.constantFrom("q1", "q2", "q3"), { nil: null }),
    negated: fc.boolean(),
    reference: fc.option(percent, { nil: null }),
  })
  .map((value): FairRow => ({
    analyst: { slug: value.analyst, name: value.analyst },
    key: value.key,
    madeAt: new Date(Date.UTC(2025, 0, 1 + value.day)),
    probability: value.probability,
    outcome: value.outcome,
    credit: value.outcome === "PARTIAL" ? value.credit : null,
    question: value.question,
    negated: value.question !== null && value.negated,
    reference: value.question === null ? null : value.reference,
  }));

describe("fair figures: properties", () => {
  it("negating a link (p -> 1 - p, the outcome mapped) changes no figure", () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 25 }), fc.nat(), (rows, pick) => {
        const linked = rows.filter((candidate) => candidate.question !== null);
        fc.pre(linked.length > 0);
        const target = linked[pick % linked.length]!;
        const flipped = rows.map((candidate) =>
          candidate === target
            ? {
                ...candidate,
                probability: 1 - candidate.probability,
                negated: !candidate.negated,
                ...linkedOutcome(candidate.outcome, candidate.credit, true),
              }
            : candidate,
        );
        const before = fairFigures(rows);
        const after = fairFigures(flipped);
        expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
        for (const [slug, figures] of before) {
          const other = after.get(slug)!;
          expect(other.refN).toBe(figures.refN);
          expect(other.sharedN).toBe(figures.sharedN);
          for (const field of ["refSkill", "relBrier"] as const) {
            if (figures[field] === null) expect(other[field]).toBeNull();
            else expect(other[field]).toBeCloseTo(figures[field], 9);
          }
        }
      }),
    );
  });

  it("with exactly two analysts on every shared question, relative errors cancel out", () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 25 }), (rows) => {
        const twoAnalysts = rows.filter(
          (candidate) => candidate.analyst.slug === "ann" || candidate.analyst.slug === "bob",
        );
        let total = 0;
        for (const figures of fairFigures(twoAnalysts).values()) total += (figures.relBrier ?? 0) * figures.sharedN;
        expect(Math.abs(total)).toBeLessThan(1e-9);
      }),
    );
  });

  it("unscored predictions and earlier predictions on a voted question change nothing", () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 20 }), (rows) => {
        const extra = rows.flatMap((candidate) =>
          candidate.question === null
            ? []
            : [
                { ...candidate, key: `${candidate.key}-open`, outcome: null, madeAt: new Date(Date.UTC(2030, 0, 1)) },
                { ...candidate, key: `${candidate.key}-old`, madeAt: new Date(Date.UTC(2000, 0, 1)), probability: 0.5 },
              ],
        );
        expect(fairFigures([...rows, ...extra])).toEqual(fairFigures(rows));
      }),
    );
  });

  it("without hedge readings, the low and high readings are the plain brier and rank", () => {
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 30 }), fc.integer({ min: 0, max: 4 }), (rows, minScored) => {
        const board = buildScoreboard(rows, { minScored });
        for (const line of board.analysts) {
          expect(line.brierLow).toBe(line.brier);
          expect(line.brierHigh).toBe(line.brier);
          expect(line.rankLow).toBe(line.rank);
          expect(line.rankHigh).toBe(line.rank);
        }
      }),
    );
  });
});

describe("the worked example of docs/scoring.md", () => {
  const sunny = [0, 1, 2, 3].map((index) =>
    row("sunny", `s${index}`, "2025-01-01", 0.95, "TRUE", { question: `sure-${index}`, reference: 0.97 }),
  );
  const careful = (
    [
      [0.7, "TRUE"],
      [0.7, "TRUE"],
      [0.3, "FALSE"],
      [0.3, "TRUE"],
    ] as const
  ).map(([p, outcome], index) =>
    row("careful", `c${index}`, "2025-01-01", p, outcome, { question: `open-${index}`, reference: 0.5 }),
  );
  const ceasefire = [
    row("sunny", "s-ceasefire", "2025-01-01", 0.95, "FALSE", { question: "ceasefire" }),
    row("careful", "c-ceasefire", "2025-01-01", 0.7, "FALSE", { question: "ceasefire" }),
    row("middle", "m-ceasefire", "2025-01-01", 0.5, "FALSE", { question: "ceasefire" }),
  ];

  it("gives the near-certain forecaster a negative refSkill and the careful one a positive one", () => {
    const figures = fairFigures([...sunny, ...careful]);
    expect(figures.get("sunny")!.refSkill).toBeCloseTo(1 - 0.01 / 0.0036, 12);
    expect(figures.get("careful")!.refSkill).toBeCloseTo(0.24, 12);
  });

  it("gives the relBrier figures of the shared ceasefire question", () => {
    const figures = fairFigures(ceasefire);
    expect(figures.get("sunny")!.relBrier).toBeCloseTo(0.5325, 12);
    expect(figures.get("careful")!.relBrier).toBeCloseTo(-0.08625, 12);
    expect(figures.get("middle")!.relBrier).toBeCloseTo(-0.44625, 12);
  });
});
