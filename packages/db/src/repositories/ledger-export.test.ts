import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPredictionInput,
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

/**
 * Export -> import into an empty database -> export gives the same bytes, in JSON and in CSV: the
 * demo ledger, plus predictions judged, re-judged (PARTIAL with credit, note and evidence),
 * reopened, logged through the form (no key of their own, a compound claim with parts), and a
 * changed hedge interval.
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
  await judge("novotna-summit-riyadh-geneva", "AMBIGUOUS");
  await judge("novotna-summit-riyadh-geneva", null);
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
      expect(counts.predictions.created).toBe(24);
      // The judged ones (the reopened one exports as open), each with one judgement: its latest.
      expect(counts.judgements.created).toBe(2);
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
    expect(byKey.get("novotna-summit-riyadh-geneva")?.resolution).toBeUndefined();
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

  it("writes an empty ledger as a valid file", async () => {
    const empty = await createTestDatabase("hindsight_export_empty");
    copies.push(empty);
    expect(writeLedgerJson(await exportLedger(empty.db))).toBe(
      '{\n  "format": "hindsight/v1",\n  "analysts": [],\n  "sources": [],\n  "predictions": []\n}\n',
    );
    expect(writeLedgerCsv(await exportLedger(empty.db)).split("\r\n")).toHaveLength(2);
  });
});
