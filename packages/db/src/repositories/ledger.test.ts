import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, parseLedger, type LedgerFile } from "@hindsight/domain";
import { createTestDatabase, type TestDatabase } from "../testing/index";
import { importLedger } from "./ledger";

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
    const before = await database.db.source.count();
    const file = ledger({
      sources: [{ key: "other", title: "Copy", url: "https://example.org/csis", publishedAt: "2025-02-02" }],
      predictions: [],
    });
    const error = await importing(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).issues).toEqual([
      { path: "sources[0].url", message: 'already used by the source "csis"' },
    ]);
    expect(await database.db.source.count()).toBe(before);
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
});
