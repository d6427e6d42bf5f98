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

/**
 * Contract v1.1, worked by hand: two questions with references, one resolved PARTIAL with credit
 * 0.3 (so 1 - 0.3 = 0.7 on its negated link), the other TRUE (so FALSE on its negated link).
 */
describe("importLedger: questions, references and links (contract v1.1)", () => {
  let questionsDatabase: TestDatabase;
  beforeAll(async () => {
    questionsDatabase = await createTestDatabase("hindsight_ledger_questions");
  });
  afterAll(async () => {
    await questionsDatabase.drop();
  });
  const db = () => questionsDatabase.db;

  const summit = {
    key: "q-summit",
    title: "Trump and Kim hold another summit in 2025",
    criteria: "A meeting in person, announced by both governments",
    resolveBy: "2025-12-31",
    references: [
      { probability: 0.35, source: "Metaculus", asOf: "2025-03-01", url: "https://example.org/metaculus" },
      { probability: 0.2, source: "Polymarket", asOf: "2025-01-15" },
    ],
    resolution: { outcome: "PARTIAL", credit: 0.3, resolvedAt: "2026-01-02", note: "A phone call, not a summit" },
  };
  const truce = {
    key: "q-truce",
    title: "An energy truce holds for 30 days",
    references: [{ probability: 0.5, source: "Good Judgment", asOf: "2025-02-01T10:00:00Z" }],
    resolution: { outcome: "TRUE", resolvedAt: "2025-12-01" },
  };
  const prediction = (key: string, analyst: string, extra: Record<string, unknown> = {}) => ({
    key,
    analyst,
    claim: `Claim ${key}`,
    madeAt: "2025-03-10",
    probability: 0.6,
    tags: [],
    ...extra,
  });
  const v11 = (input: { questions?: unknown[]; predictions?: unknown[] } = {}): LedgerFile => {
    const parsed = parseLedger({
      format: "hindsight/v1",
      analysts: [
        { slug: "ann", name: "Ann" },
        { slug: "bob", name: "Bob" },
      ],
      questions: input.questions ?? [summit, truce],
      predictions: input.predictions ?? [
        prediction("p-ann-summit", "ann", { question: "q-summit" }),
        // Its own resolution agrees with the question's, mapped: PARTIAL 1 - 0.3 = 0.7.
        prediction("p-bob-no-summit", "bob", {
          question: "q-summit",
          negated: true,
          probability: 0.7,
          resolution: { outcome: "PARTIAL", credit: 0.7, resolvedAt: "2026-01-02" },
        }),
        prediction("p-ann-no-truce", "ann", { question: "q-truce", negated: true, probability: 0.2 }),
        prediction("p-bob-plain", "bob", { resolution: { outcome: "TRUE", resolvedAt: "2025-11-01" } }),
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    return parsed.ledger;
  };
  const importing = (file: LedgerFile, options?: Parameters<typeof importLedger>[3]) =>
    importLedger(db(), file, { userId: null }, options);
  const counts = async () => ({
    questions: await db().question.count(),
    references: await db().questionReference.count(),
    questionJudgements: await db().questionJudgement.count(),
    predictions: await db().prediction.count(),
    judgements: await db().judgement.count(),
    audit: await db().auditEvent.count(),
  });
  const predictionRow = (key: string) =>
    db().prediction.findUniqueOrThrow({
      where: { key },
      select: {
        version: true,
        outcome: true,
        credit: true,
        resolvedAt: true,
        negated: true,
        question: { select: { key: true } },
        judgements: {
          select: { outcome: true, credit: true, basedOnVersion: true, questionJudgementId: true, note: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        },
      },
    });
  const questionRow = (key: string) =>
    db().question.findUniqueOrThrow({
      where: { key },
      select: {
        id: true,
        title: true,
        version: true,
        outcome: true,
        credit: true,
        resolvedAt: true,
        references: { select: { probability: true, source: true, asOf: true, url: true }, orderBy: { asOf: "asc" } },
        judgements: {
          select: { id: true, outcome: true, credit: true, basedOnVersion: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        },
      },
    });

  it("creates questions with references, judges them, and gives each linked prediction the (mapped) judgement", async () => {
    const result = await importing(v11());
    expect(result).toEqual({
      analysts: { created: 2, updated: 0 },
      sources: { created: 0, updated: 0 },
      questions: { created: 2, updated: 0, judged: 2 },
      references: { created: 3, updated: 0 },
      predictions: { created: 4, updated: 0, unchanged: 0 },
      judgements: { created: 4 },
    });
    const question = await questionRow("q-summit");
    // Created at version 1, judged against it: version 2, the judgement cached on the row.
    expect(question).toMatchObject({
      title: summit.title,
      version: 2,
      outcome: "PARTIAL",
      credit: 0.3,
      resolvedAt: new Date("2026-01-02T00:00:00Z"),
      references: [
        { probability: 0.2, source: "Polymarket", asOf: new Date("2025-01-15T00:00:00Z"), url: null },
        {
          probability: 0.35,
          source: "Metaculus",
          asOf: new Date("2025-03-01T00:00:00Z"),
          url: "https://example.org/metaculus",
        },
      ],
      judgements: [{ outcome: "PARTIAL", credit: 0.3, basedOnVersion: 1 }],
    });
    const judgementId = question.judgements[0]!.id;
    expect(await predictionRow("p-ann-summit")).toEqual({
      version: 2,
      outcome: "PARTIAL",
      credit: 0.3,
      resolvedAt: new Date("2026-01-02T00:00:00Z"),
      negated: false,
      question: { key: "q-summit" },
      judgements: [
        {
          outcome: "PARTIAL",
          credit: 0.3,
          basedOnVersion: 1,
          questionJudgementId: judgementId,
          note: "A phone call, not a summit",
        },
      ],
    });
    expect(await predictionRow("p-bob-no-summit")).toMatchObject({
      version: 2,
      outcome: "PARTIAL",
      credit: 0.7,
      negated: true,
      judgements: [{ outcome: "PARTIAL", credit: 0.7, basedOnVersion: 1, questionJudgementId: judgementId }],
    });
    const truceJudgement = (await questionRow("q-truce")).judgements[0]!.id;
    expect(await predictionRow("p-ann-no-truce")).toMatchObject({
      outcome: "FALSE",
      credit: null,
      negated: true,
      judgements: [{ outcome: "FALSE", questionJudgementId: truceJudgement }],
    });
    // An unlinked prediction keeps its own resolution, as in v1.
    expect(await predictionRow("p-bob-plain")).toMatchObject({
      outcome: "TRUE",
      question: null,
      judgements: [{ outcome: "TRUE", questionJudgementId: null }],
    });
    const actions = await db().auditEvent.groupBy({
      by: ["entity", "action"],
      _count: true,
      orderBy: { action: "asc" },
    });
    expect(actions.map((group) => [group.entity, group.action, group._count])).toEqual([
      ["prediction", "prediction.import", 4],
      ["question", "question.create", 2],
      ["question", "question.reference.add", 3],
    ]);
  });

  it("changes nothing the second time: no judgement, question judgement, reference or audit row, no version", async () => {
    const before = await counts();
    const versions = await db().prediction.findMany({ select: { key: true, version: true }, orderBy: { key: "asc" } });
    const result = await importing(v11());
    expect(result).toMatchObject({
      questions: { created: 0, updated: 0, judged: 0 },
      references: { created: 0, updated: 0 },
      predictions: { created: 0, updated: 0, unchanged: 4 },
      judgements: { created: 0 },
    });
    expect(await counts()).toEqual(before);
    expect(await db().prediction.findMany({ select: { key: true, version: true }, orderBy: { key: "asc" } })).toEqual(
      versions,
    );
    expect((await questionRow("q-summit")).version).toBe(2);
  });

  it("refuses a linked prediction whose own resolution disagrees, with its path, and writes nothing", async () => {
    const before = await counts();
    const file = v11({
      questions: [{ ...summit, title: "Would be changed if the file were accepted" }, truce],
      predictions: [
        prediction("p-ann-summit", "ann", { question: "q-summit" }),
        prediction("p-bob-no-summit", "bob", {
          question: "q-summit",
          negated: true,
          probability: 0.7,
          // The question's own credit, not mapped: the negated link expects 0.7.
          resolution: { outcome: "PARTIAL", credit: 0.3, resolvedAt: "2026-01-02" },
        }),
        prediction("p-ann-no-truce", "ann", {
          question: "q-truce",
          negated: true,
          probability: 0.2,
          resolution: { outcome: "TRUE", resolvedAt: "2025-12-01" },
        }),
      ],
    });
    const error = (await importing(file).catch((caught: unknown) => caught)) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe("INVALID");
    expect(error.issues).toEqual([
      {
        path: "predictions[1].resolution",
        message: "disagrees with question q-summit (PARTIAL with credit 0.7 expected for a negated link)",
      },
      {
        path: "predictions[2].resolution",
        message: "disagrees with question q-truce (FALSE expected for a negated link)",
      },
    ]);
    expect(await counts()).toEqual(before);
    expect((await questionRow("q-summit")).title).toBe(summit.title);
  });

  it("refuses a link to a question neither the file nor the ledger has, naming the path (or the CSV cell)", async () => {
    const before = await counts();
    const file = v11({
      questions: [],
      predictions: [
        prediction("p-new-1", "ann", { question: "q-summit" }),
        prediction("p-new-2", "ann", { question: "q-nowhere" }),
      ],
    });
    const error = (await importing(file).catch((caught: unknown) => caught)) as DomainError;
    expect(error.issues).toEqual([
      { path: "predictions[1].question", message: 'no question with key "q-nowhere" in this file or in the ledger' },
    ]);
    const located = (await importing(file, { locate: (path) => `at ${path}` }).catch(
      (caught: unknown) => caught,
    )) as DomainError;
    expect(located.issues[0]?.path).toBe("at predictions[1].question");
    expect(await counts()).toEqual(before);
  });

  it("links a new prediction to a question already in the ledger, which gives it the stored judgement", async () => {
    const result = await importing(
      v11({
        questions: [],
        predictions: [prediction("p-carl-summit", "ann", { question: "q-summit", negated: true })],
      }),
    );
    expect(result.judgements.created).toBe(1);
    const question = await questionRow("q-summit");
    expect(await predictionRow("p-carl-summit")).toMatchObject({
      version: 2,
      outcome: "PARTIAL",
      credit: 0.7,
      judgements: [{ outcome: "PARTIAL", credit: 0.7, questionJudgementId: question.judgements[0]!.id }],
    });
    expect(question.version).toBe(2);
  });

  it("updates a changed question and reference (audited), adds a new reference, and keeps the ones the file leaves out", async () => {
    const result = await importing(
      v11({
        questions: [
          {
            ...summit,
            title: "Trump and Kim meet in 2025",
            references: [
              { probability: 0.4, source: "Metaculus", asOf: "2025-03-01", url: "https://example.org/metaculus" },
              { probability: 0.1, source: "Base rate", asOf: "2024-12-01" },
            ],
          },
        ],
        predictions: [],
      }),
    );
    expect(result).toMatchObject({
      questions: { created: 0, updated: 1, judged: 0 },
      references: { created: 1, updated: 1 },
    });
    const question = await questionRow("q-summit");
    expect(question.version).toBe(3);
    expect(question.references.map((reference) => [reference.source, reference.probability])).toEqual([
      ["Base rate", 0.1],
      ["Polymarket", 0.2],
      ["Metaculus", 0.4],
    ]);
    const events = await db().auditEvent.findMany({
      where: {
        entity: "question",
        entityId: question.id,
        action: { in: ["question.update", "question.reference.update"] },
      },
      select: { action: true, before: true, after: true },
      orderBy: { action: "asc" },
    });
    expect(events).toEqual([
      {
        action: "question.reference.update",
        before: { id: expect.any(String), probability: 0.35 },
        after: { id: expect.any(String), probability: 0.4 },
      },
      { action: "question.update", before: { title: summit.title }, after: { title: "Trump and Kim meet in 2025" } },
    ]);
  });

  it("re-judges a question: a new question judgement, followed by every linked prediction, named in the file or not", async () => {
    const result = await importing(
      v11({ questions: [{ ...truce, resolution: { outcome: "FALSE", resolvedAt: "2025-12-15" } }], predictions: [] }),
    );
    expect(result).toMatchObject({ questions: { judged: 1 }, judgements: { created: 1 } });
    const question = await questionRow("q-truce");
    expect(question).toMatchObject({
      version: 3,
      outcome: "FALSE",
      judgements: [{ basedOnVersion: 1 }, { basedOnVersion: 2 }],
    });
    expect(await predictionRow("p-ann-no-truce")).toMatchObject({
      version: 3,
      outcome: "TRUE",
      judgements: [
        { outcome: "FALSE", basedOnVersion: 1 },
        { outcome: "TRUE", basedOnVersion: 2, questionJudgementId: question.judgements[1]!.id },
      ],
    });
  });

  it("audits a changed link as a prediction update, and the prediction follows its new question", async () => {
    const file = v11({
      questions: [],
      predictions: [
        prediction("p-bob-plain", "bob", {
          question: "q-truce",
          negated: true,
          resolution: { outcome: "TRUE", resolvedAt: "2025-11-01" },
        }),
      ],
    });
    const result = await importing(file);
    expect(result.predictions).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const row = await predictionRow("p-bob-plain");
    // Judged (2), then re-linked (3) and judged by its new question (4).
    expect(row).toMatchObject({ version: 4, outcome: "TRUE", resolvedAt: new Date("2025-12-15T00:00:00Z") });
    expect(row.judgements.at(-1)?.questionJudgementId).toBe((await questionRow("q-truce")).judgements[1]!.id);
    const events = await db().auditEvent.findMany({
      where: { entity: "prediction", action: "prediction.update" },
      select: { before: true, after: true },
    });
    expect(events).toEqual([
      { before: { negated: false, question: null }, after: { negated: true, question: "q-truce" } },
    ]);
    expect((await importing(file)).judgements.created).toBe(0);
  });

  it("leaves the score aggregates equal to a recount from the raw rows", async () => {
    expect((await checkScoreCells(db())).differences).toEqual([]);
  });
});
