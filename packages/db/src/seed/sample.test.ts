import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPredictionInput,
  fairFromSums,
  lookupHedge,
  parseLedger,
  scoreboardFromSums,
  type LedgerFile,
} from "@hindsight/domain";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "../testing/index";
import { createPrediction } from "../repositories/predictions";
import { checkScoreCells } from "../repositories/score-cells";
import { fairSums, scoreboardSums } from "../repositories/scoreboard";
import { answerDispute, fileDispute } from "../repositories/disputes";
import { removeSample, sampleKeys, sampleLedger, seedDemo, seedDemoIfEmpty, seedSample, startOfUtcDay } from "./index";
import { SAMPLE_TAG, sampleAnalysts, samplePredictions, sampleQuestions, sampleSources } from "./sample-newsroom";

const anchor = new Date("2026-12-05T00:00:00Z");
const parse = (at: Date): LedgerFile => {
  const parsed = parseLedger(sampleLedger(at));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.ledger;
};

describe("the sample newsroom's fixture", () => {
  const ledger = parse(anchor);

  it("is a valid ledger, the same for the same anchor", () => {
    expect(JSON.stringify(sampleLedger(new Date(anchor)))).toBe(JSON.stringify(sampleLedger(anchor)));
    expect(ledger.analysts).toHaveLength(6);
    expect(ledger.sources).toHaveLength(18);
    expect(ledger.questions).toHaveLength(3);
    expect(ledger.predictions).toHaveLength(50);
  });

  it("says it is fictional wherever a name shows", () => {
    for (const analyst of ledger.analysts) {
      expect(analyst.name).toMatch(/ \(sample\)$/);
      expect(analyst.affiliation).toMatch(/\(fictional\)$/);
    }
    for (const source of ledger.sources) {
      expect(source.title).toMatch(/ \(sample\)$/);
      expect(source.outlet).toMatch(/\(fictional\)$/);
      expect(source.text).toMatch(/^\[Sample newsroom: a fictional article/);
    }
    for (const question of ledger.questions) expect(question.title).toMatch(/ \(sample\)$/);
    for (const prediction of ledger.predictions) {
      expect(prediction.tags).toContain(SAMPLE_TAG);
      expect(prediction.key).toMatch(/^sample-/);
      expect(prediction.claim).not.toContain("{by}");
    }
  });

  it("reads hedges as the lexicon does, and the hedge is in the quote", () => {
    for (const prediction of samplePredictions) {
      if (prediction.reading.probabilitySource !== "HEDGE") continue;
      const reading = lookupHedge(prediction.reading.hedge!);
      expect(reading, prediction.key).not.toBeNull();
      expect(prediction.reading.probability, prediction.key).toBe(reading!.probability);
      expect(prediction.reading.interval, prediction.key).toEqual(reading!.interval);
      expect(prediction.quote.toLowerCase(), prediction.key).toContain(prediction.reading.hedge);
    }
    const sources = samplePredictions.map((prediction) => prediction.reading.probabilitySource);
    expect(sources.filter((source) => source === "STATED").length).toBeGreaterThanOrEqual(15);
    expect(sources.filter((source) => source === "HEDGE").length).toBeGreaterThanOrEqual(15);
  });

  it("dates every outcome between the prediction and the anchor, and quotes the source text", () => {
    const texts = new Map(ledger.sources.map((source) => [source.key, source]));
    for (const prediction of ledger.predictions) {
      const source = texts.get(prediction.source!)!;
      expect(source.text).toContain(prediction.quote);
      expect(prediction.madeAt.getTime()).toBe(source.publishedAt.getTime());
      if (prediction.resolution) {
        expect(prediction.resolution.resolvedAt >= prediction.madeAt, prediction.key).toBe(true);
        expect(prediction.resolution.resolvedAt <= anchor, prediction.key).toBe(true);
      }
    }
    for (const question of sampleQuestions) {
      for (const reference of question.references) expect(reference.day).toBeLessThanOrEqual(0);
      if (question.resolution) expect(question.resolution.day).toBeLessThanOrEqual(0);
    }
  });

  it("has each outcome, open and due predictions, and spreads the dates over two years", () => {
    const outcomes = samplePredictions.flatMap((prediction) =>
      prediction.resolution && !prediction.question ? [prediction.resolution.outcome] : [],
    );
    for (const outcome of ["TRUE", "FALSE", "PARTIAL", "AMBIGUOUS", "ANNULLED"]) expect(outcomes).toContain(outcome);
    const unjudged = samplePredictions.filter(
      (prediction) =>
        !prediction.resolution && !sampleQuestions.find((question) => question.key === prediction.question)?.resolution,
    );
    expect(unjudged.filter((prediction) => prediction.by! > 0).length).toBeGreaterThanOrEqual(5);
    expect(unjudged.filter((prediction) => prediction.by! < 0).map((prediction) => prediction.key)).toEqual([
      "sample-ravi-network-plan",
      "sample-jonah-footbridge",
    ]);
    const months = new Set(ledger.predictions.map((prediction) => prediction.madeAt.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(15);
    expect(Math.min(...sampleSources.map((source) => source.day))).toBe(-700);
  });

  it("names no analyst, outlet or place of the corpus", () => {
    const names = sampleAnalysts.map((analyst) => analyst.name).join(" ");
    for (const real of ["Novotna", "Trump", "Putin", "Kim", "Asia Times", "Korea", "Ukraine", "Russia"]) {
      expect(names).not.toContain(real);
      for (const prediction of samplePredictions) expect(prediction.claim).not.toContain(real);
    }
  });
});

describe("seeding the sample newsroom", () => {
  let database: TestDatabase;
  const now = new Date("2026-12-05T09:30:00Z");
  beforeAll(async () => {
    database = await createTestDatabase("hindsight_sample");
  });
  afterAll(async () => {
    await database.drop();
  });

  const board = async () => {
    const [sums, fair] = await Promise.all([scoreboardSums(database.db, {}), fairSums(database.db, {})]);
    return scoreboardFromSums(sums, { minScored: 5 }, fairFromSums(fair));
  };
  const corpusSnapshot = async () => ({
    analysts: await database.db.analyst.findMany({ where: { sample: false }, orderBy: { slug: "asc" } }),
    sources: await database.db.source.findMany({ where: { sample: false }, orderBy: { key: "asc" } }),
    predictions: await database.db.prediction.findMany({
      where: { sample: false },
      orderBy: { key: "asc" },
      include: { tags: { include: { tag: true } } },
    }),
    questions: await database.db.question.findMany({
      where: { sample: false },
      orderBy: { key: "asc" },
      include: { references: true, judgements: true },
    }),
    judgements: await database.db.judgement.findMany({
      where: { prediction: { sample: false } },
      orderBy: { id: "asc" },
    }),
    audit: await database.db.auditEvent.findMany({
      where: {
        OR: [
          {
            entity: "prediction",
            entityId: { in: (await database.db.prediction.findMany({ where: { sample: false } })).map((p) => p.id) },
          },
          {
            entity: "question",
            entityId: { in: (await database.db.question.findMany({ where: { sample: false } })).map((q) => q.id) },
          },
        ],
      },
      orderBy: { id: "asc" },
    }),
    fair: await database.db.fairCell.findMany({
      where: { analystId: { in: (await database.db.analyst.findMany({ where: { sample: false } })).map((a) => a.id) } },
      orderBy: { analystId: "asc" },
    }),
  });

  it("loads the corpus and the sample on an empty database, dated from the day of the first start", async () => {
    const counts = await seedDemoIfEmpty(database.db, { now });
    expect(counts?.predictions.created).toBe(21);
    expect(counts?.sample.anchor).toEqual(new Date("2026-12-05T00:00:00Z"));
    expect(counts?.sample.counts.predictions.created).toBe(50);
    expect(counts?.sample.counts.analysts.created).toBe(6);
    expect(counts?.sample.counts.questions.created).toBe(3);
    // The one judged corpus question, the two judged sample questions.
    expect(await database.db.question.count({ where: { outcome: { not: null } } })).toBe(3);
    const footbridge = await database.db.prediction.findUniqueOrThrow({ where: { key: "sample-jonah-footbridge" } });
    expect(footbridge.madeAt).toEqual(new Date("2026-10-06T00:00:00Z")); // 60 days before 5 December
    expect(footbridge.resolveBy).toEqual(new Date("2026-11-05T00:00:00Z"));
    expect(footbridge.claim).toBe("The Tessel footbridge opens to the public by 5 November 2026");
  });

  it("marks every sample row, and only those", async () => {
    const db = database.db;
    expect(await db.analyst.count({ where: { sample: true } })).toBe(6);
    expect(await db.source.count({ where: { sample: true } })).toBe(18);
    expect(await db.question.count({ where: { sample: true } })).toBe(3);
    expect(await db.prediction.count({ where: { sample: true } })).toBe(50);
    expect(await db.analyst.count({ where: { sample: false } })).toBe(4);
    expect(await db.prediction.count({ where: { sample: false } })).toBe(21);
    for (const analyst of await db.analyst.findMany({ where: { sample: true } }))
      expect(analyst.name).toMatch(/\(sample\)$/);
    for (const analyst of await db.analyst.findMany({ where: { sample: false } })) {
      expect(analyst.name).not.toMatch(/sample/i);
    }
    // Every sample prediction carries the tag, by a sample analyst, from a sample source.
    const predictions = await db.prediction.findMany({
      where: { sample: true },
      select: {
        analyst: { select: { sample: true } },
        source: { select: { sample: true } },
        tags: { select: { tag: true } },
      },
    });
    for (const prediction of predictions) {
      expect(prediction.analyst.sample).toBe(true);
      expect(prediction.source?.sample).toBe(true);
      expect(prediction.tags.map(({ tag }) => tag.slug)).toContain("sample");
    }
    expect(await db.prediction.count({ where: { sample: false, tags: { some: { tag: { slug: "sample" } } } } })).toBe(
      0,
    );
  });

  it("appends outcomes as judgements, so that the scoreboard ranks the sample analysts", async () => {
    const db = database.db;
    // 41 judged on their own or through their question, 2 due, 7 open.
    expect(await db.judgement.count({ where: { prediction: { sample: true } } })).toBe(41);
    expect(await db.prediction.count({ where: { sample: true, outcome: null, resolveBy: { lt: now } } })).toBe(2);
    expect(await db.prediction.count({ where: { sample: true, outcome: null, resolveBy: { gte: now } } })).toBe(7);
    const { analysts } = await board();
    const sample = analysts.filter((line) => line.slug.endsWith("-sample"));
    expect(
      Object.fromEntries(
        sample.map((line) => [line.slug, [line.predictions, line.resolved, line.scored, line.rank !== null]]),
      ),
    ).toEqual({
      "ada-marchetti-vane-sample": [12, 11, 10, true],
      "jonah-pellworth-sample": [8, 6, 6, true],
      "ines-calloway-dunn-sample": [8, 7, 7, true],
      "ravi-tamberlane-sample": [10, 8, 7, true],
      "greta-holmwick-sample": [9, 7, 7, true],
      // The newcomer: too few scored predictions to be ranked.
      "felix-strandmoor-sample": [3, 2, 2, false],
    });
    // By hand: four "will" (0.95) that failed, 0.9025 each, and two that came true, 0.0025 each.
    expect(sample.find((line) => line.slug === "jonah-pellworth-sample")!.brier).toBeCloseTo(3.615 / 6, 12);
    // 0.09 + 0.1089 + 0.04 + 0.16 + (0.7 - 0.67)^2 + 0.0625 + 0.16 + 0.3025 + 0.1225 + 0.01, over 10.
    expect(sample.find((line) => line.slug === "ada-marchetti-vane-sample")!.brier).toBeCloseTo(1.0573 / 10, 12);
    expect(
      analysts.filter((line) => line.rank !== null && line.slug.endsWith("-sample")).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it("gives the fair comparison votes against references and against peers", async () => {
    const { analysts } = await board();
    const ada = analysts.find((line) => line.slug === "ada-marchetti-vane-sample")!;
    // Two judged questions, both with a reference dated before her predictions.
    expect(ada).toMatchObject({ refN: 2, sharedN: 2 });
    // Tram line 4 (FALSE): (0.35 - 0)^2 against the base rate's (0.3 - 0)^2; the referendum (TRUE):
    // (0.6 - 1)^2 against (0.52 - 1)^2. refSkill = 1 - (0.1225 + 0.16) / (0.09 + 0.2304).
    expect(ada.refSkill).toBeCloseTo(1 - 0.2825 / 0.3204, 12);
    // Jonah's negated "will reject" (0.95) counts as 0.05 for approval: (0.05 - 1)^2 against (0.52 - 1)^2.
    const jonah = analysts.find((line) => line.slug === "jonah-pellworth-sample")!;
    expect(jonah).toMatchObject({ refN: 2, sharedN: 2 });
    expect(jonah.refSkill).toBeCloseTo(1 - (0.9025 + 0.9025) / (0.09 + 0.2304), 12);
    // The open battery-plant question gives no vote yet: Felix has none.
    expect(analysts.find((line) => line.slug === "felix-strandmoor-sample")).toMatchObject({ refN: 0, sharedN: 0 });
  });

  it("spreads the scored predictions over many months, for the charts over time", async () => {
    const months = await database.db.scoreCell.findMany({
      where: { grain: "month", scored: { gt: 0 }, analyst: { sample: true } },
      select: { key: true },
      distinct: ["key"],
    });
    expect(months.length).toBeGreaterThanOrEqual(12);
  });

  it("keeps the score aggregates consistent", async () => {
    expect((await checkScoreCells(database.db)).differences).toEqual([]);
  });

  it("changes nothing when seeded again, even a year later", async () => {
    const before = {
      corpus: await corpusSnapshot(),
      sample: await database.db.prediction.findMany({ where: { sample: true }, orderBy: { key: "asc" } }),
      judgements: await database.db.judgement.count(),
      audit: await database.db.auditEvent.count(),
    };
    const again = await seedSample(database.db, { now: new Date("2027-12-05T09:30:00Z") });
    expect(again.anchor).toEqual(new Date("2026-12-05T00:00:00Z"));
    expect(again.counts.predictions).toEqual({ created: 0, updated: 0, unchanged: 50 });
    expect(again.counts.judgements.created).toBe(0);
    expect({
      corpus: await corpusSnapshot(),
      sample: await database.db.prediction.findMany({ where: { sample: true }, orderBy: { key: "asc" } }),
      judgements: await database.db.judgement.count(),
      audit: await database.db.auditEvent.count(),
    }).toEqual(before);
    expect(await seedDemoIfEmpty(database.db, { now })).toBeNull();
  });

  it("keeps judgements append-only for everyone but the removal, and for it only on sample rows", async () => {
    const db = database.db;
    const sampleJudgement = await db.judgement.findFirstOrThrow({ where: { prediction: { sample: true } } });
    await expect(db.judgement.delete({ where: { id: sampleJudgement.id } })).rejects.toThrow(/append-only/);
    const corpusJudgement = await db.judgement.findFirstOrThrow({ where: { prediction: { sample: false } } });
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL hindsight.removing_sample = 'on'`);
        await tx.judgement.delete({ where: { id: corpusJudgement.id } });
      }),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL hindsight.removing_sample = 'on'`);
        await tx.judgement.update({ where: { id: sampleJudgement.id }, data: { note: "edited" } });
      }),
    ).rejects.toThrow(/append-only/);
    expect(await db.judgement.count({ where: { id: { in: [sampleJudgement.id, corpusJudgement.id] } } })).toBe(2);
  });

  describe("removing it", () => {
    let realKey: string;
    let corpusBefore: Awaited<ReturnType<typeof corpusSnapshot>>;

    beforeAll(async () => {
      // A real prediction logged by hand for a sample analyst: the decision is to keep that analyst.
      const editor = await makeUser(database.db, "EDITOR");
      const ada = await database.db.analyst.findUniqueOrThrow({ where: { slug: "ada-marchetti-vane-sample" } });
      const real = await createPrediction(
        database.db,
        createPredictionInput.parse(
          predictionInput({
            analyst: { mode: "existing", id: ada.id },
            source: undefined,
            quote: undefined,
            claim: "A prediction logged by hand for a sample analyst",
            tags: ["energy"],
          }),
        ),
        editor,
      );
      realKey = real.key;
      // A dispute of a sample judgement, answered: removed with the prediction (docs/disputes.md).
      const judged = await database.db.prediction.findFirstOrThrow({
        where: { sample: true, outcome: { not: null } },
        select: { id: true },
      });
      const dispute = await fileDispute(
        database.db,
        { predictionId: judged.id, text: "The sample is wrong", evidence: [] },
        { kind: "user", userId: editor.userId },
        new Date(),
      );
      await answerDispute(
        database.db,
        { disputeId: dispute.id, version: 1, decision: "REJECT", reason: "It is a sample" },
        { userId: editor.userId },
      );
      corpusBefore = await corpusSnapshot();
    });

    it("removes every sample row and what hangs off it, keeping the analyst a real prediction names", async () => {
      const db = database.db;
      const judgements = await db.judgement.count({ where: { prediction: { sample: true } } });
      const removal = await removeSample(db);
      expect(removal.removed).toEqual({
        analysts: 5,
        sources: 18,
        questions: 3,
        references: 3,
        questionJudgements: 2,
        predictions: 50,
        judgements,
        // One import row per prediction, one creation and one reference row per question, and the
        // dispute's two rows (filed, answered).
        auditEvents: 50 + 3 + 3 + 2,
        // "sample" and the topics only the sample used; "energy" stays, the real prediction carries it.
        tags: 7,
      });
      expect(removal.kept).toEqual([
        {
          entity: "analyst",
          key: "ada-marchetti-vane-sample",
          name: "Ada Marchetti-Vane (sample)",
          heldBy: [realKey],
        },
      ]);
      expect(await db.prediction.count({ where: { sample: true } })).toBe(0);
      expect(await db.dispute.count()).toBe(0);
      expect(await db.disputeAnswer.count()).toBe(0);
      expect(await db.source.count({ where: { sample: true } })).toBe(0);
      expect(await db.question.count({ where: { sample: true } })).toBe(0);
      expect(await db.analyst.findMany({ where: { sample: true }, select: { slug: true } })).toEqual([
        { slug: "ada-marchetti-vane-sample" },
      ]);
      expect(await db.tag.findMany({ orderBy: { slug: "asc" }, select: { slug: true } })).not.toContainEqual({
        slug: "sample",
      });
    });

    it("leaves the corpus and the real prediction as they were, and the score check clean", async () => {
      expect(await corpusSnapshot()).toEqual(corpusBefore);
      expect(await database.db.prediction.findUnique({ where: { key: realKey } })).not.toBeNull();
      expect((await checkScoreCells(database.db)).differences).toEqual([]);
      // The sample analysts are gone from the scoreboard; the kept one shows its real prediction only.
      const { analysts } = await board();
      expect(
        analysts.filter((line) => line.slug.endsWith("-sample")).map((line) => [line.slug, line.predictions]),
      ).toEqual([["ada-marchetti-vane-sample", 1]]);
      expect(await database.db.scoreCell.count({ where: { analyst: { slug: "jonah-pellworth-sample" } } })).toBe(0);
      expect(
        await database.db.fairCell.count({
          where: { analystId: { notIn: (await database.db.analyst.findMany()).map((a) => a.id) } },
        }),
      ).toBe(0);
    });

    it("removes nothing more when run again, and says again what it keeps", async () => {
      const removal = await removeSample(database.db);
      expect(Object.values(removal.removed).every((count) => count === 0)).toBe(true);
      expect(removal.kept.map((row) => row.key)).toEqual(["ada-marchetti-vane-sample"]);
      expect(await corpusSnapshot()).toEqual(corpusBefore);
    });

    it("can be loaded again afterwards, reusing the kept analyst", async () => {
      const later = new Date("2027-03-01T12:00:00Z");
      const seeded = await seedSample(database.db, { now: later });
      expect(seeded.anchor).toEqual(new Date("2027-03-01T00:00:00Z"));
      expect(seeded.counts.predictions.created).toBe(50);
      expect(seeded.counts.analysts).toEqual({ created: 5, updated: 0 });
      expect(await database.db.prediction.count({ where: { sample: true } })).toBe(50);
      expect((await checkScoreCells(database.db)).differences).toEqual([]);
    });
  });
});

describe("seeding next to rows that hold the sample's keys", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("hindsight_sample_taken");
  });
  afterAll(async () => {
    await database.drop();
  });

  it("refuses, names the rows and writes nothing", async () => {
    const editor = await makeUser(database.db, "EDITOR");
    // Someone logged a real analyst whose name makes the same slug.
    await createPrediction(
      database.db,
      createPredictionInput.parse(predictionInput({ analyst: { mode: "new", name: "Greta Holmwick (Sample)" } })),
      editor,
    );
    await expect(seedSample(database.db, { now: anchor })).rejects.toThrow(
      `The sample newsroom's keys are held by rows that are not part of the sample: analyst "greta-holmwick-sample". Nothing was loaded; rename those keys first.`,
    );
    expect(await database.db.prediction.count()).toBe(1);
    expect(await database.db.analyst.count({ where: { sample: true } })).toBe(0);
    // Removal has nothing to do, and the real rows stay.
    const removal = await removeSample(database.db);
    expect(removal.kept).toEqual([]);
    expect(await database.db.prediction.count()).toBe(1);
  });

  it("leaves a database with only the corpus as it is", async () => {
    await seedDemo(database.db);
    const before = await database.db.prediction.count();
    const removal = await removeSample(database.db);
    expect(removal.removed.predictions).toBe(0);
    expect(await database.db.prediction.count()).toBe(before);
    expect(startOfUtcDay(new Date("2026-12-05T23:59:59.999Z"))).toEqual(anchor);
    expect(sampleKeys.predictions).toHaveLength(50);
    expect(sampleSources.every((source) => source.day < 0)).toBe(true);
  });
});
