import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, parseLedger, type LedgerFile } from "@hindsight/domain";
import { createDatabase } from "../client";
import { createTestDatabase, makeUser, type TestDatabase } from "../testing/index";
import { importLedger, type ImportProgress } from "./ledger";
import { checkScoreCells } from "./score-cells";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("hindsight_ledger");
});
afterAll(async () => {
  await database.drop();
});

const ledger = (overrides: Partial<Record<"sources" | "predictions", unknown[]>> = {}): LedgerFile => {
  const parsed = parseLedger({
    format: "hindsight/v1",
    analysts: [{ slug: "victor-cha", name: "Victor Cha" }],
    sources: [
      {
        key: "csis",
        title: "Korea outlook",
        outlet: "CSIS",
        url: "https://example.org/csis",
        publishedAt: "2025-02-01T18:30:00Z",
      },
    ],
    predictions: [
      // The part comes before its whole, and a part of a part before both.
      {
        key: "c",
        analyst: "victor-cha",
        claim: "Part of a part",
        madeAt: "2025-02-01",
        probability: 0.3,
        tags: [],
        parent: "b",
      },
      {
        key: "b",
        analyst: "victor-cha",
        claim: "A part",
        madeAt: "2025-02-01",
        probability: 0.3,
        tags: [],
        parent: "a",
      },
      {
        key: "a",
        analyst: "victor-cha",
        source: "csis",
        claim: "Trump and Kim hold another summit",
        madeAt: "2025-02-01",
        probability: 0.05,
        tags: ["Foreign policy", "north_korea"],
      },
    ],
    ...overrides,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.ledger;
};

const importing = (file: LedgerFile) => importLedger(database.db, file, { userId: null });

/** Row counts of every table an import writes. */
const tableCounts = async () => ({
  analysts: await database.db.analyst.count(),
  sources: await database.db.source.count(),
  predictions: await database.db.prediction.count(),
  tags: await database.db.tag.count(),
  links: await database.db.predictionTag.count(),
  judgements: await database.db.judgement.count(),
  audit: await database.db.auditEvent.count(),
});

describe("importLedger", () => {
  it("links parts to their whole whatever the order in the file", async () => {
    await importing(ledger());
    const rows = await database.db.prediction.findMany({
      select: { key: true, parent: { select: { key: true } } },
      orderBy: { key: "asc" },
    });
    expect(rows.map((row) => [row.key, row.parent?.key ?? null])).toEqual([
      ["a", null],
      ["b", "a"],
      ["c", "b"],
    ]);
  });

  it("changes nothing the second time (tags with spaces, a publication timestamp)", async () => {
    const counts = await importing(ledger());
    expect(counts.predictions).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(counts.sources).toEqual({ created: 0, updated: 0 });
    const a = await database.db.prediction.findUniqueOrThrow({
      where: { key: "a" },
      include: { tags: { include: { tag: true } } },
    });
    expect(a.version).toBe(1);
    expect(a.tags.map((link) => link.tag.slug).sort()).toEqual(["foreign-policy", "north-korea"]);
  });

  it("refuses a url already held by another source, naming the field, and writes nothing", async () => {
    const before = await tableCounts();
    const file = ledger({
      sources: [{ key: "other", title: "Copy", url: "https://example.org/csis", publishedAt: "2025-02-02" }],
      predictions: [],
    });
    const error = await importing(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).issues).toEqual([
      { path: "sources[0].url", message: 'already used by the source "csis"' },
    ]);
    expect(await tableCounts()).toEqual(before);
  });

  it("appends a changed resolution as a judgement, and then refuses to change the probability", async () => {
    const judged = ledger();
    judged.predictions[2]!.resolution = {
      outcome: "FALSE",
      resolvedAt: new Date("2026-01-01T00:00:00Z"),
      evidence: [],
    };
    expect((await importing(judged)).judgements.created).toBe(1);
    expect((await importing(judged)).judgements.created).toBe(0);
    judged.predictions[2]!.probability = 0.5;
    const error = await importing(judged).catch((caught: unknown) => caught);
    expect((error as DomainError).code).toBe("CONFLICT");
    expect((await database.db.prediction.findUniqueOrThrow({ where: { key: "a" } })).probability).toBe(0.05);
  });

  it("updates a changed row: its version goes up and the audit log keeps before and after", async () => {
    const editor = await makeUser(database.db, "EDITOR");
    const file = ledger();
    file.predictions[1]!.claim = "A part, restated";
    file.predictions[1]!.tags = ["diplomacy"];
    file.predictions[2]!.tags = ["north-korea", "summits"];
    file.predictions[0]!.parent = "a";
    const counts = await importLedger(database.db, file, { userId: editor.userId });
    expect(counts.predictions).toEqual({ created: 0, updated: 3, unchanged: 0 });
    const b = await database.db.prediction.findUniqueOrThrow({
      where: { key: "b" },
      select: { id: true, claim: true, version: true, tags: { select: { tag: { select: { slug: true } } } } },
    });
    expect(b.claim).toBe("A part, restated");
    expect(b.version).toBe(2);
    expect(b.tags.map((link) => link.tag.slug)).toEqual(["diplomacy"]);
    const events = await database.db.auditEvent.findMany({
      where: { entityId: b.id, action: "prediction.update" },
      select: { actorId: true, before: true, after: true },
    });
    expect(events).toEqual([
      {
        actorId: editor.userId,
        before: { claim: "A part", tags: [] },
        after: { claim: "A part, restated", tags: ["diplomacy"] },
      },
    ]);
    const a = await database.db.prediction.findUniqueOrThrow({
      where: { key: "a" },
      select: { tags: { select: { tag: { select: { slug: true } } } } },
    });
    expect(a.tags.map((link) => link.tag.slug).sort()).toEqual(["north-korea", "summits"]);
    const c = await database.db.prediction.findUniqueOrThrow({
      where: { key: "c" },
      select: { parent: { select: { key: true } } },
    });
    expect(c.parent?.key).toBe("a");
    // And the same file again changes nothing.
    expect((await importLedger(database.db, file, { userId: editor.userId })).predictions).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
  });

  it("keeps a source's stored byline and text when the file leaves them out, and changes them when it has them", async () => {
    const withText = ledger({
      sources: [
        {
          key: "csis",
          title: "Korea outlook",
          outlet: "CSIS",
          url: "https://example.org/csis",
          publishedAt: "2025-02-01",
          authors: ["Victor Cha"],
          text: "Trump and Kim hold another summit, it says.",
        },
      ],
      predictions: [],
    });
    expect((await importing(withText)).sources).toEqual({ created: 0, updated: 1 });
    const without = ledger({ predictions: [] });
    without.sources[0]!.publishedAt = new Date("2025-02-01T00:00:00Z");
    expect((await importing(without)).sources).toEqual({ created: 0, updated: 0 });
    const source = await database.db.source.findUniqueOrThrow({ where: { key: "csis" } });
    expect([source.authors, source.text]).toEqual([["Victor Cha"], "Trump and Kim hold another summit, it says."]);
  });

  it("lists every judged prediction whose probability a file changes, and writes nothing of the file", async () => {
    const file = ledger();
    for (const prediction of file.predictions) {
      prediction.resolution = { outcome: "TRUE", resolvedAt: new Date("2026-02-01T00:00:00Z"), evidence: [] };
    }
    await importing(file);
    const before = await tableCounts();
    file.predictions[0]!.probability = 0.9;
    file.predictions[1]!.probability = 0.9;
    file.predictions[2]!.claim = "Would be updated if the file were accepted";
    const error = (await importing(file).catch((caught: unknown) => caught)) as DomainError;
    expect(error.code).toBe("CONFLICT");
    expect(error.issues.map((issue) => issue.path)).toEqual([
      "predictions[0].probability",
      "predictions[1].probability",
    ]);
    expect(await tableCounts()).toEqual(before);
    expect((await database.db.prediction.findUniqueOrThrow({ where: { key: "a" } })).claim).not.toBe(
      "Would be updated if the file were accepted",
    );
  });

  it("creates a judged prediction at version 2 with its judgement against version 1, and reports progress to the end", async () => {
    const file = ledger({
      sources: [],
      predictions: Array.from({ length: 30 }, (_, index) => ({
        key: `bulk-${index}`,
        analyst: "victor-cha",
        claim: `Bulk claim ${index}`,
        madeAt: "2025-03-01",
        probability: 0.4,
        tags: [`tag-${index % 3}`],
        resolution: { outcome: "PARTIAL", credit: 0.25, resolvedAt: "2025-09-01", evidence: ["https://example.org/e"] },
      })),
    });
    const progress: ImportProgress[] = [];
    const counts = await importLedger(
      database.db,
      file,
      { userId: null },
      { onProgress: (step) => progress.push(step) },
    );
    expect(counts.predictions.created).toBe(30);
    expect(counts.judgements.created).toBe(30);
    expect(progress.at(-1)).toEqual({ done: progress.at(-1)!.total, total: progress.at(-1)!.total });
    expect(progress.map((step) => step.done)).toEqual([...progress.map((step) => step.done)].sort((a, b) => a - b));
    const row = await database.db.prediction.findUniqueOrThrow({
      where: { key: "bulk-7" },
      select: {
        version: true,
        outcome: true,
        credit: true,
        judgements: { select: { basedOnVersion: true, evidence: true } },
      },
    });
    expect(row).toEqual({
      version: 2,
      outcome: "PARTIAL",
      credit: 0.25,
      judgements: [{ basedOnVersion: 1, evidence: ["https://example.org/e"] }],
    });
    // A changed resolution is appended; the old judgement stays.
    file.predictions[7]!.resolution = { outcome: "TRUE", resolvedAt: new Date("2025-10-01T00:00:00Z"), evidence: [] };
    expect((await importing(file)).judgements.created).toBe(1);
    const rejudged = await database.db.prediction.findUniqueOrThrow({
      where: { key: "bulk-7" },
      select: { version: true, outcome: true, credit: true, _count: { select: { judgements: true } } },
    });
    expect(rejudged).toEqual({ version: 3, outcome: "TRUE", credit: null, _count: { judgements: 2 } });
  });

  it("leaves the score aggregates equal to a recount from the raw rows after all of the above", async () => {
    const check = await checkScoreCells(database.db);
    expect(check.predictions).toBeGreaterThan(30);
    expect(check.differences).toEqual([]);
  });

  it("is not cut short by the client's statement timeout, which its long statements outlast", async () => {
    // A client whose statements are cancelled after 1 ms: every statement of the import takes longer.
    const impatient = createDatabase(database.url, { maxConnections: 1, statementTimeoutMs: 1 });
    try {
      const file = ledger({
        sources: [],
        predictions: Array.from({ length: 2000 }, (_, index) => ({
          key: `patient-${index}`,
          analyst: "victor-cha",
          claim: `A claim that takes its time ${index}`,
          madeAt: "2025-03-01",
          probability: 0.4,
          tags: ["patience"],
        })),
      });
      expect((await importLedger(impatient, file, { userId: null })).predictions.created).toBe(2000);
      await expect(impatient.$queryRawUnsafe("SELECT pg_sleep(0.05)")).rejects.toThrow();
    } finally {
      await impatient.$disconnect();
    }
  });
});
