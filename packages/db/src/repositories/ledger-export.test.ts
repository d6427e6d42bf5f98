import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPredictionInput,
  parseLedger,
  readLedger,
  writeLedgerCsv,
  writeLedgerJson,
  type LedgerFormat,
  type Outcome,
} from "@hindsight/domain";
import { seedDemo } from "../seed/index";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "../testing/index";
import { judgePrediction } from "./judgements";
import { importLedger } from "./ledger";
import { exportLedger } from "./ledger-export";
import { createPrediction } from "./predictions";
import { judgeQuestion } from "./question-judgements";

/**
 * Export -> import into an empty database -> export gives the same bytes, in JSON and in CSV: the
 * demo ledger, plus predictions judged, re-judged (PARTIAL with credit, note and evidence),
 * reopened, logged through the form (no key of their own, a compound claim with parts), and a
 * changed hedge interval; and (contract v1.1) questions with references, one judged on its page
 * (PARTIAL 0.3, so 0.7 on its negated link) and one open, with predictions linked to them.
 */
let original: TestDatabase;
const copies: TestDatabase[] = [];
const now = new Date("2026-06-01T12:00:00Z");

beforeAll(async () => {
  original = await createTestDatabase("hindsight_export");
  const { db } = original;
  await seedDemo(db);
  const editor = await makeUser(db, "EDITOR");
  const judge = async (key: string, outcome: Outcome | null, extra: Record<string, unknown> = {}) => {
    const { id, version } = await db.prediction.findUniqueOrThrow({
      where: { key },
      select: { id: true, version: true },
    });
    await judgePrediction(
      db,
      {
        predictionId: id,
        version,
        outcome,
        resolvedAt: outcome ? new Date("2026-01-15T00:00:00Z") : undefined,
        evidence: [],
        ...extra,
      },
      editor,
      now,
    );
  };
  await judge("novotna-trump-putin-talks-meaningless", "TRUE", { note: "No agreement came of it." });
  await judge("novotna-trump-putin-talks-meaningless", "PARTIAL", {
    credit: 0.75,
    note: 'Re-judged: a limited energy truce, "30 days", then nothing.\nSecond line.',
    evidence: ["https://example.org/truce", "https://example.org/truce, day 30"],
    resolvedAt: new Date("2026-02-01T09:30:00Z"),
  });
  await judge("novotna-moscow-mirrors-north-korea", "FALSE");
  // (The demo's Riyadh-or-Geneva prediction takes its outcome from its judged question.)
  await judge("novotna-truce-vague-guarantees", "AMBIGUOUS");
  await judge("novotna-truce-vague-guarantees", null);
  await createPrediction(
    db,
    createPredictionInput.parse(
      predictionInput({
        source: undefined,
        claim: "Sanctions stay, or aid is frozen",
        criteria: 'Either "sanctions" remain or aid stops, by the end of 2025',
        parts: ["Sanctions on Russia stay in place", "US aid to Ukraine is frozen"],
        tags: ["Russia", "Ukraine aid", "sanctions"],
        conditional: true,
        condition: "The talks happen at all",
      }),
    ),
    editor,
  );
  const questions = parseLedger({
    format: "hindsight/v1",
    analysts: [{ slug: "fair-tester", name: "Fair Tester" }],
    questions: [
      {
        key: "q-summit",
        title: "Trump and Kim hold another summit in 2025",
        criteria: "In person, announced by both",
        resolveBy: "2025-12-31",
        references: [
          { probability: 0.35, source: "Metaculus", asOf: "2025-03-01T18:45:00Z", url: "https://example.org/m" },
          { probability: 0.2, source: "Polymarket", asOf: "2025-01-15" },
        ],
      },
      { key: "q-open", title: "A question nobody has judged", references: [] },
    ],
    predictions: [
      {
        key: "fair-yes",
        analyst: "fair-tester",
        claim: "Another summit",
        madeAt: "2025-03-02",
        probability: 0.6,
        question: "q-summit",
      },
      {
        key: "fair-no",
        analyst: "fair-tester",
        claim: "No summit",
        madeAt: "2025-03-02",
        probability: 0.3,
        question: "q-summit",
        negated: true,
      },
      {
        key: "fair-open",
        analyst: "fair-tester",
        claim: "Judged on its own",
        madeAt: "2025-03-02",
        probability: 0.4,
        question: "q-open",
        resolution: { outcome: "FALSE", resolvedAt: "2025-09-01" },
      },
    ],
  });
  if (!questions.ok) throw new Error(JSON.stringify(questions.issues));
  await importLedger(db, questions.ledger, editor);
  await judgeQuestion(
    db,
    {
      key: "q-summit",
      version: 1,
      outcome: "PARTIAL",
      credit: 0.3,
      resolvedAt: new Date("2026-01-02T00:00:00Z"),
      note: "A phone call, not a summit",
      evidence: ["https://example.org/call"],
    },
    editor,
    now,
  );
});

afterAll(async () => {
  await original.drop();
  for (const copy of copies) await copy.drop();
});

const write = (format: LedgerFormat) => (format === "json" ? writeLedgerJson : writeLedgerCsv);

describe("exportLedger", () => {
  it.each(["json", "csv"] as const)(
    "gives the same %s bytes after export, import into an empty database and export again",
    async (format) => {
      const exported = write(format)(await exportLedger(original.db));
      const read = readLedger(exported, format);
      if (!read.ok) throw new Error(JSON.stringify(read.issues.slice(0, 5)));
      const copy = await createTestDatabase(`hindsight_export_${format}`);
      copies.push(copy);
      const counts = await importLedger(copy.db, read.ledger, { userId: null });
      expect(counts.predictions.created).toBe(27);
      // The judged ones (the reopened one exports as open), each with one judgement: its latest; the
      // demo's prediction judged by its question; and the three linked ones here (in JSON by their
      // questions' judgements, in CSV by their own resolutions).
      expect(counts.judgements.created).toBe(6);
      // The demo's three questions (one judged) and the two here (one judged); in CSV from the
      // linked rows' question cells, as references and the questions' resolutions are JSON-only.
      expect(counts.questions).toEqual({ created: 5, updated: 0, judged: format === "json" ? 2 : 0 });
      expect(counts.references.created).toBe(format === "json" ? 4 : 0);
      expect(write(format)(await exportLedger(copy.db))).toBe(exported);
    },
  );

  it("writes each prediction's latest judgement, parts with their whole, and the computed quote offsets", async () => {
    const ledger = await exportLedger(original.db);
    const byKey = new Map(ledger.predictions.map((prediction) => [prediction.key, prediction]));
    expect(byKey.get("novotna-trump-putin-talks-meaningless")).toMatchObject({
      probability: 0.95,
      probabilitySource: "HEDGE",
      quoteStart: expect.any(Number),
      resolution: {
        outcome: "PARTIAL",
        credit: 0.75,
        resolvedAt: new Date("2026-02-01T09:30:00Z"),
        evidence: ["https://example.org/truce", "https://example.org/truce, day 30"],
      },
    });
    expect(byKey.get("novotna-truce-vague-guarantees")?.resolution).toBeUndefined();
    expect(byKey.get("novotna-summit-riyadh-geneva")).toMatchObject({
      question: "q-trump-putin-summit-riyadh-geneva",
      resolution: { outcome: "FALSE", resolvedAt: new Date("2025-12-31T00:00:00Z") },
    });
    const whole = ledger.predictions.find((prediction) => prediction.claim === "Sanctions stay, or aid is frozen");
    const parts = ledger.predictions.filter((prediction) => prediction.parent === whole?.key);
    expect(parts.map((part) => part.claim).sort()).toEqual([
      "Sanctions on Russia stay in place",
      "US aid to Ukraine is frozen",
    ]);
    expect(whole).toMatchObject({ conditional: true, condition: "The talks happen at all" });
    expect([...(whole?.tags ?? [])].sort()).toEqual(["russia", "sanctions", "ukraine-aid"]);
    expect(ledger.sources.every((source) => source.text !== undefined)).toBe(true);
  });

  it("writes questions with their references and latest judgement, and the links with the mapped resolutions", async () => {
    const json = writeLedgerJson(await exportLedger(original.db));
    const document = JSON.parse(json) as {
      questions: { key: string }[];
      predictions: { key: string; question?: string; negated?: boolean; resolution?: unknown }[];
    };
    expect(document.questions.map((question) => question.key)).toEqual([
      "q-europe-left-out-of-ukraine-talks",
      "q-open",
      "q-summit",
      "q-trump-kim-meeting-second-term",
      "q-trump-putin-summit-riyadh-geneva",
    ]);
    expect(document.questions.filter((question) => ["q-open", "q-summit"].includes(question.key))).toEqual([
      { key: "q-open", title: "A question nobody has judged" },
      {
        key: "q-summit",
        title: "Trump and Kim hold another summit in 2025",
        criteria: "In person, announced by both",
        resolveBy: "2025-12-31",
        references: [
          { probability: 0.2, source: "Polymarket", asOf: "2025-01-15" },
          { probability: 0.35, source: "Metaculus", asOf: "2025-03-01T18:45:00.000Z", url: "https://example.org/m" },
        ],
        resolution: {
          outcome: "PARTIAL",
          credit: 0.3,
          resolvedAt: "2026-01-02",
          note: "A phone call, not a summit",
          evidence: ["https://example.org/call"],
        },
      },
    ]);
    const linked = document.predictions.filter((prediction) =>
      ["q-open", "q-summit"].includes(prediction.question ?? ""),
    );
    expect(linked).toEqual([
      expect.objectContaining({
        key: "fair-no",
        question: "q-summit",
        negated: true,
        resolution: {
          outcome: "PARTIAL",
          credit: 0.7,
          resolvedAt: "2026-01-02",
          note: "A phone call, not a summit",
          evidence: ["https://example.org/call"],
        },
      }),
      expect.objectContaining({
        key: "fair-open",
        question: "q-open",
        resolution: { outcome: "FALSE", resolvedAt: "2025-09-01" },
      }),
      expect.objectContaining({
        key: "fair-yes",
        question: "q-summit",
        resolution: expect.objectContaining({ credit: 0.3 }),
      }),
    ]);
    expect(Object.keys(linked[2]!)).not.toContain("negated");
    // Its own export imports back into the same ledger without a change, in either format (the
    // CSV's linked rows agree with the judged question they name).
    const csv = writeLedgerCsv(await exportLedger(original.db));
    const linkedJudgements = () =>
      original.db.judgement.count({ where: { prediction: { questionId: { not: null } } } });
    const before = await linkedJudgements();
    for (const [text, format] of [
      [json, "json"],
      [csv, "csv"],
    ] as const) {
      const read = readLedger(text, format);
      if (!read.ok) throw new Error(JSON.stringify(read.issues));
      const again = await importLedger(original.db, read.ledger, { userId: null }, { locate: read.locate });
      expect(again).toMatchObject({
        questions: { created: 0, updated: 0, judged: 0 },
        references: { created: 0, updated: 0 },
        predictions: { created: 0, updated: 0 },
      });
      // (In CSV, an evidence URL with a space comes back %20-encoded and re-judges its unlinked
      // prediction: a v1 matter, not a link's.)
      if (format === "json") expect(again.judgements.created).toBe(0);
      expect(await linkedJudgements()).toBe(before);
    }
  });

  it("writes an empty ledger as a valid file", async () => {
    const empty = await createTestDatabase("hindsight_export_empty");
    copies.push(empty);
    expect(writeLedgerJson(await exportLedger(empty.db))).toBe(
      '{\n  "format": "hindsight/v1",\n  "analysts": [],\n  "sources": [],\n  "predictions": []\n}\n',
    );
    expect(writeLedgerCsv(await exportLedger(empty.db)).split("\r\n")).toHaveLength(2);
  });
});
