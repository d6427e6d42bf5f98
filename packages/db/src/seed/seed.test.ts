import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupHedge } from "@hindsight/domain";
import { createTestDatabase, type TestDatabase } from "../testing/index";
import { demoLedgerPath, seedDemo, seedDemoIfEmpty } from "./index";
import { fairSums } from "../repositories/scoreboard";
import { repoRoot } from "../server/embedded";

interface Label {
  quote: string;
  speaker: string;
  hedge: string;
  conditional: boolean;
}
interface LabelledArticle {
  file: string;
  predictions: Label[];
}

const corpus = path.join(repoRoot, "fixtures", "corpus");
const labels = JSON.parse(readFileSync(path.join(corpus, "labels.json"), "utf8")) as { articles: LabelledArticle[] };
const ledger = JSON.parse(readFileSync(demoLedgerPath, "utf8")) as {
  sources: { key: string; text: string }[];
  predictions: {
    key: string;
    quote: string;
    hedge: string;
    probability: number;
    interval?: [number, number];
    probabilitySource: string;
    conditional: boolean;
  }[];
};

describe("the demo ledger agrees with the hand-labelled corpus", () => {
  const labelled = labels.articles.flatMap((article) => article.predictions);

  it("holds every labelled prediction once (the scrape's repeats merged)", () => {
    const quotes = new Set(labelled.map((label) => label.quote));
    expect(new Set(ledger.predictions.map((prediction) => prediction.quote))).toEqual(quotes);
    expect(ledger.predictions).toHaveLength(quotes.size);
  });

  it("quotes are exact substrings of their source text", () => {
    const texts = new Map(ledger.sources.map((source) => [source.key, source.text]));
    for (const prediction of ledger.predictions) {
      const source = (prediction as unknown as { source: string }).source;
      expect(texts.get(source)).toContain(prediction.quote);
    }
  });

  it("reads probabilities from the hedge lexicon, or marks them as the recorder's estimate", () => {
    for (const prediction of ledger.predictions) {
      const label = labelled.find((candidate) => candidate.quote === prediction.quote)!;
      expect(prediction.hedge).toBe(label.hedge === "perhaps ... may" ? "may" : label.hedge);
      expect(prediction.conditional).toBe(label.conditional);
      const reading = lookupHedge(prediction.hedge);
      if (prediction.probabilitySource === "HEDGE") {
        expect(reading).not.toBeNull();
        expect(prediction.probability).toBe(reading!.probability);
        expect(prediction.interval).toEqual(reading!.interval);
      } else {
        // Only phrases with no published number get an estimate.
        expect(prediction.probabilitySource).toBe("ESTIMATE");
        expect(reading).toBeNull();
      }
    }
  });
});

describe("seedDemo", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("hindsight_seed");
  });
  afterAll(async () => {
    await database.drop();
  });

  const snapshot = async () => ({
    analysts: await database.db.analyst.findMany({ orderBy: { slug: "asc" } }),
    sources: await database.db.source.findMany({ orderBy: { key: "asc" } }),
    predictions: await database.db.prediction.findMany({ orderBy: { key: "asc" } }),
    tags: await database.db.predictionTag.count(),
    audit: await database.db.auditEvent.count(),
    questions: await database.db.question.findMany({ orderBy: { key: "asc" } }),
    judgements: await database.db.judgement.count(),
    questionJudgements: await database.db.questionJudgement.count(),
  });

  it("loads the corpus on an empty database", async () => {
    const counts = await seedDemoIfEmpty(database.db);
    expect(counts?.predictions.created).toBe(ledger.predictions.length);
    expect(counts?.analysts.created).toBe(4);
    const novotna = await database.db.prediction.findUniqueOrThrow({
      where: { key: "novotna-trump-putin-talks-meaningless" },
      include: { source: true },
    });
    expect(novotna.probability).toBe(0.95);
    // Offsets point at the quote in the stored article text (UTF-16 units, like JavaScript).
    expect(novotna.source?.text?.slice(novotna.quoteStart!, novotna.quoteEnd!)).toBe(novotna.quote);
  });

  it("groups predictions about the same event into questions, with base-rate references", async () => {
    // The corpus's own questions; the sample newsroom's are tested in sample.test.ts.
    const questions = await database.db.question.findMany({
      where: { sample: false },
      select: { key: true, outcome: true, _count: { select: { predictions: true, references: true } } },
      orderBy: { key: "asc" },
    });
    expect(
      questions.map((question) => [question.key, question._count.predictions, question._count.references]),
    ).toEqual([
      ["q-europe-left-out-of-ukraine-talks", 3, 0],
      ["q-trump-kim-meeting-second-term", 1, 1],
      ["q-trump-putin-summit-riyadh-geneva", 1, 1],
    ]);
    // The judged question gives its linked prediction its outcome, and the fair sums follow:
    // Novotna said 0.4 (o = 0: 0.16) where the base rate said 0.25 (0.0625).
    const summit = await database.db.prediction.findUniqueOrThrow({ where: { key: "novotna-summit-riyadh-geneva" } });
    expect(summit.outcome).toBe("FALSE");
    const [novotna] = (await fairSums(database.db, {})).filter((sums) => sums.slug === "tereza-novotna");
    expect(novotna).toMatchObject({ refN: 1, sharedN: 0 });
    expect(novotna!.sumSquaredError).toBeCloseTo(0.16, 12);
    expect(novotna!.sumReferenceError).toBeCloseTo(0.0625, 12);
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot();
    const counts = await seedDemo(database.db);
    expect(counts.predictions).toEqual({ created: 0, updated: 0, unchanged: ledger.predictions.length });
    expect(counts.analysts).toEqual({ created: 0, updated: 0 });
    expect(counts.sources).toEqual({ created: 0, updated: 0 });
    expect(await snapshot()).toEqual(before);
    expect(await seedDemoIfEmpty(database.db)).toBeNull();
  });
});
