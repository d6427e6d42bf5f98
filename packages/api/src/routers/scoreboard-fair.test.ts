import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildScoreboard, hedgeReading, referenceFor, type Outcome, type ScoreboardRow } from "@hindsight/domain";
import { predictionInput } from "@hindsight/db/testing";
import { createApiHarness, type ApiHarness } from "../test/harness";

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");
const editor = () => api.callerFor(api.actors.editor, () => now);

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_fair");
});
afterAll(async () => {
  await api.database.drop();
});

describe("the scoreboard's fair figures on a hand-worked example", () => {
  beforeAll(async () => {
    // Question q1 comes true. References: 2025-01-01 at 0.3, 2025-03-01 at 0.6.
    await editor().question.create({ key: "q1", title: "The event happens" });
    await editor().question.addReference({ key: "q1", probability: 0.3, source: "Base rate", asOf: "2025-01-01" });
    await editor().question.addReference({ key: "q1", probability: 0.6, source: "Market", asOf: "2025-03-01" });
    const logged = async (name: string, overrides: Parameters<typeof predictionInput>[0]) =>
      editor().prediction.create(
        predictionInput({ analyst: { mode: "new", name }, source: undefined, tags: ["korea"], ...overrides }),
      );
    const ann = await logged("Ann Ames", { claim: "The event happens", probability: 0.8, madeAt: "2025-02-15" });
    const bob = await logged("Bob Bell", {
      claim: "The event does not happen",
      probability: 0.1,
      madeAt: "2025-02-20",
    });
    const cat = await logged("Cat Cole", {
      claim: "The event happens, says Cat",
      probability: 0.5,
      madeAt: "2024-12-31T23:00:00Z",
      tags: ["other"],
    });
    await editor().question.link({ predictionId: ann.id, version: 1, question: "q1" });
    await editor().question.link({ predictionId: bob.id, version: 1, question: "q1", negated: true });
    await editor().question.link({ predictionId: cat.id, version: 1, question: "q1" });
    await editor().question.judge({ key: "q1", version: 1, outcome: "TRUE", resolvedAt: "2025-06-01" });
    // Ann's unlinked hedge: "could" at 0.4 [0.25, 0.5], came true.
    const hedge = await editor().prediction.create(
      predictionInput({
        analyst: { mode: "existing", id: ann.analyst.id },
        source: undefined,
        claim: "Something else happens",
        probability: 0.4,
        probabilitySource: "HEDGE",
        hedge: "could",
        interval: [0.25, 0.5],
        tags: ["korea"],
      }),
    );
    await editor().prediction.judge({ predictionId: hedge.id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" });
  });

  const line = async (slug: string, filter: { tag?: string } = {}) => {
    const board = await editor().scoreboard.get({ minScored: 1, ...filter });
    return board.analysts.find((analyst) => analyst.slug === slug)!;
  };

  it("measures each analyst against the reference of their day, negated links in their own terms", async () => {
    // Ann (0.8 - 1)² = 0.04 against (0.3 - 1)² = 0.49; Bob (0.1 - 0)² = 0.01 against r' = 0.7: 0.49.
    // Cat spoke before any reference: none.
    expect((await line("ann-ames")).refSkill).toBeCloseTo(1 - 0.04 / 0.49, 12);
    expect((await line("ann-ames")).refN).toBe(1);
    expect((await line("bob-bell")).refSkill).toBeCloseTo(1 - 0.01 / 0.49, 12);
    expect(await line("cat-cole")).toMatchObject({ refSkill: null, refN: 0 });
  });

  it("compares each with the median of the others on the shared question", async () => {
    // Errors 0.04, 0.01, 0.25: Ann - median{0.01, 0.25} = -0.09; Bob - median{0.04, 0.25} = -0.135;
    // Cat - median{0.04, 0.01} = 0.225.
    expect((await line("ann-ames")).relBrier).toBeCloseTo(-0.09, 12);
    expect((await line("bob-bell")).relBrier).toBeCloseTo(-0.135, 12);
    expect((await line("cat-cole")).relBrier).toBeCloseTo(0.225, 12);
    expect((await line("cat-cole")).sharedN).toBe(1);
  });

  it("applies the filter before the comparison: without Cat's tag, Ann and Bob share q1 alone", async () => {
    expect((await line("ann-ames", { tag: "korea" })).relBrier).toBeCloseTo(0.03, 12);
    expect((await line("bob-bell", { tag: "korea" })).relBrier).toBeCloseTo(-0.03, 12);
    expect(await line("cat-cole", { tag: "korea" })).toBeUndefined();
  });

  it("re-reads hedge words at their interval's ends", async () => {
    // Ann: 0.04 and the hedge (0.4 - 1)² = 0.36; low (0.25 - 1)² = 0.5625, high (0.5 - 1)² = 0.25.
    const ann = await line("ann-ames");
    expect(ann.brier).toBeCloseTo(0.2, 12);
    expect(ann.brierLow).toBeCloseTo((0.04 + 0.5625) / 2, 12);
    expect(ann.brierHigh).toBeCloseTo((0.04 + 0.25) / 2, 12);
    const bob = await line("bob-bell");
    expect([bob.brierLow, bob.brierHigh]).toEqual([bob.brier, bob.brier]);
  });
});

describe("one vote per question: on equal madeAt the greatest key in code-unit order", () => {
  it("ranks a key with U+E000 above one with an emoji (UTF-16 order, not UTF-8 bytes), with and without a filter", async () => {
    const { db } = api.database;
    const question = await db.question.create({
      data: { key: "q-keys", title: "Keys compared" },
      select: { id: true },
    });
    const tag = await db.tag.create({ data: { slug: "keys", name: "keys" }, select: { id: true } });
    const madeAt = new Date("2025-03-01T00:00:00Z");
    const add = async (analystId: string, key: string, probability: number) => {
      const created = await db.prediction.create({
        data: {
          key,
          analystId,
          claim: key,
          madeAt,
          probability,
          probabilitySource: "STATED",
          outcome: "TRUE",
          questionId: question.id,
        },
        select: { id: true },
      });
      await db.predictionTag.create({ data: { predictionId: created.id, tagId: tag.id } });
    };
    const twice = await db.analyst.create({ data: { slug: "key-twice", name: "Key Twice" }, select: { id: true } });
    const once = await db.analyst.create({ data: { slug: "key-once", name: "Key Once" }, select: { id: true } });
    // "\uE000" is the greater key in UTF-16 (0xE000 > 0xD83D, the emoji's first unit) though its
    // UTF-8 bytes (EE ...) sort below the emoji's (F0 ...).
    await add(twice.id, "vote-\uE000", 0.9);
    await add(twice.id, "vote-\u{1F600}", 0.5);
    await add(once.id, "vote-once", 0.7);
    // The vote at 0.9: (0.9 - 1)² - (0.7 - 1)² = 0.01 - 0.09 = -0.08 (at 0.5 it would be 0.25 - 0.09).
    for (const filter of [{}, { tag: "keys" }]) {
      const board = await editor().scoreboard.get({ minScored: 1, ...filter });
      const line = board.analysts.find((analyst) => analyst.slug === "key-twice")!;
      expect(line.sharedN).toBe(1);
      expect(line.relBrier).toBeCloseTo(-0.08, 12);
    }
  });
});

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the database's fair figures agree with the domain's, on a random ledger", () => {
  const outcomes: (Outcome | null)[] = ["TRUE", "FALSE", "PARTIAL", "AMBIGUOUS", "ANNULLED", null];
  interface Row extends ScoreboardRow {
    tags: string[];
  }
  const rows: Row[] = [];

  beforeAll(async () => {
    const { db } = api.database;
    const next = random(20261205);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const analysts = await Promise.all(
      Array.from({ length: 7 }, (_, index) =>
        db.analyst.create({
          data: { slug: `rnd-${index}`, name: `Random ${index}` },
          select: { id: true, slug: true, name: true },
        }),
      ),
    );
    const tags = await Promise.all(
      ["rnd-a", "rnd-b"].map((slug) => db.tag.create({ data: { slug, name: slug }, select: { id: true, slug: true } })),
    );
    const questions = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        db.question.create({
          data: { key: `rnd-q${index}`, title: `Random question ${index}` },
          select: { id: true, key: true },
        }),
      ),
    );
    const references = new Map<string, { probability: number; asOf: Date }[]>();
    for (const question of questions) {
      const days = [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => Math.floor(next() * 60)))];
      const list = days.map((day) => ({
        probability: Math.round(next() * 100) / 100,
        asOf: new Date(Date.UTC(2025, 0, 1 + day, Math.floor(next() * 24))),
      }));
      references.set(question.id, list);
      if (list.length)
        await db.questionReference.createMany({
          data: list.map((reference) => ({ ...reference, questionId: question.id, source: "Random" })),
        });
    }
    for (let index = 0; index < 300; index += 1) {
      const analyst = pick(analysts);
      const question = next() < 0.7 ? pick(questions) : null;
      const outcome = pick(outcomes);
      const credit = outcome === "PARTIAL" ? Math.round(next() * 100) / 100 : null;
      const hedged = next() < 0.4;
      const probability = Math.round(next() * 100) / 100;
      const low = hedged ? Math.max(0, probability - Math.round(next() * 20) / 100) : null;
      const high = hedged ? Math.min(1, probability + Math.round(next() * 20) / 100) : null;
      // Few days, some with hours: same-day ties and timestamps that beat a bare date.
      const madeAt = new Date(
        Date.UTC(2025, 0, 1 + Math.floor(next() * 60), next() < 0.5 ? 0 : Math.floor(next() * 24)),
      );
      const chosenTags = tags.filter(() => next() < 0.5);
      const key = `rnd-${String(Math.floor(next() * 1000)).padStart(3, "0")}-${index}`;
      const negated = question !== null && next() < 0.3;
      const created = await db.prediction.create({
        data: {
          key,
          analystId: analyst.id,
          claim: `Random claim ${index}`,
          madeAt,
          probability,
          probabilitySource: hedged ? "HEDGE" : "STATED",
          probabilityLow: low,
          probabilityHigh: high,
          outcome,
          credit,
          questionId: question?.id ?? null,
          negated,
        },
        select: { id: true },
      });
      if (chosenTags.length) {
        await db.predictionTag.createMany({
          data: chosenTags.map((tag) => ({ predictionId: created.id, tagId: tag.id })),
        });
      }
      rows.push({
        analyst: { slug: analyst.slug, name: analyst.name },
        key,
        madeAt,
        probability,
        outcome,
        credit,
        question: question?.key ?? null,
        negated,
        reference: question ? (referenceFor(references.get(question.id)!, madeAt)?.probability ?? null) : null,
        low: hedgeReading(probability, hedged ? "HEDGE" : "STATED", low),
        high: hedgeReading(probability, hedged ? "HEDGE" : "STATED", high),
        tags: chosenTags.map((tag) => tag.slug),
      });
    }
  });

  it.each([
    ["no filter", {}, () => true],
    ["a tag", { tag: "rnd-a" }, (row: Row) => row.tags.includes("rnd-a")],
    [
      "a tag and a month",
      { tag: "rnd-b", from: "2025-02", to: "2025-02" },
      (row: Row) => row.tags.includes("rnd-b") && row.madeAt!.getUTCMonth() === 1,
    ],
  ] as const)("%s", async (_name, filter, keep) => {
    const board = await editor().scoreboard.get({ minScored: 3, ...filter });
    const random = board.analysts.filter((line) => line.slug.startsWith("rnd-"));
    const expected = buildScoreboard(rows.filter(keep), { minScored: 3 });
    // The hand-worked analysts above share the unfiltered board: compare figures that are the
    // analyst's own (all but the ranks and adjusted scores, which depend on the population).
    expect(random.map((line) => line.slug).sort()).toEqual(expected.analysts.map((line) => line.slug).sort());
    for (const want of expected.analysts) {
      const got = random.find((line) => line.slug === want.slug)!;
      expect([got.refN, got.sharedN, got.scored]).toEqual([want.refN, want.sharedN, want.scored]);
      for (const field of ["brier", "refSkill", "relBrier", "brierLow", "brierHigh"] as const) {
        if (want[field] === null) expect(got[field], `${want.slug} ${field}`).toBeNull();
        else expect(Math.abs(got[field]! - want[field]), `${want.slug} ${field}`).toBeLessThan(1e-9);
      }
    }
  });
});

describe("the kept fair sums stay consistent under every write", () => {
  it("after links, unlinks, judgements, reopenings, reference changes and edits, scores check finds no difference", async () => {
    const { checkScoreCells, rebuildScoreCells } = await import("@hindsight/db");
    const { db } = api.database;
    await editor().question.create({ key: "q-writes", title: "Written every way" });
    const a = await editor().prediction.create(
      predictionInput({ analyst: { mode: "new", name: "Wri Ter" }, source: undefined, claim: "A", probability: 0.6 }),
    );
    const b = await editor().prediction.create(
      predictionInput({
        analyst: { mode: "new", name: "Ed Itor Two" },
        source: undefined,
        claim: "B",
        probability: 0.3,
      }),
    );
    await editor().question.link({ predictionId: a.id, version: 1, question: "q-writes" });
    await editor().question.link({ predictionId: b.id, version: 1, question: "q-writes", negated: true });
    const withReference = await editor().question.addReference({
      key: "q-writes",
      probability: 0.45,
      source: "Poll",
      asOf: "2025-01-01",
    });
    await editor().question.judge({ key: "q-writes", version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" });
    expect((await checkScoreCells(db)).differences).toEqual([]);
    await editor().question.judge({ key: "q-writes", version: 2, outcome: null });
    await editor().prediction.update({ id: a.id, version: 4, madeAt: "2024-06-01" });
    await editor().question.judge({
      key: "q-writes",
      version: 3,
      outcome: "PARTIAL",
      credit: 0.25,
      resolvedAt: "2026-01-01",
    });
    await editor().question.removeReference({ key: "q-writes", referenceId: withReference.references[0]!.id });
    const current = await editor().prediction.byId({ id: b.id });
    await editor().question.link({ predictionId: b.id, version: current.version, question: null });
    const check = await checkScoreCells(db);
    expect(check.differences).toEqual([]);

    // A tampered sum is found, named by analyst and the "fair" grain, and repaired.
    await db.$executeRaw`UPDATE "fair_cell" SET "sumRelative" = "sumRelative" + 1`;
    const tampered = await checkScoreCells(db);
    expect(tampered.differences.length).toBeGreaterThan(0);
    expect(tampered.differences.every((difference) => difference.grain === "fair")).toBe(true);
    expect(tampered.differences[0]!.fields[0]).toMatch(/^sumRelative: expected/);
    await rebuildScoreCells(db);
    expect((await checkScoreCells(db)).differences).toEqual([]);
  });
});
