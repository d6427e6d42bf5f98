import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPredictionInput,
  judgePredictionInput,
  listPredictionsInput,
  quoteFoundVerbatim,
  updatePredictionInput,
  type PredictionDetail,
} from "@hindsight/domain";
import type { PredictionSummary } from "@hindsight/domain";
import type { Prisma } from "../client";
import { seedDemo } from "../seed/index";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "../testing/index";
import { judgePrediction } from "./judgements";
import { getPredictionDetail } from "./prediction-detail";
import { updatePrediction } from "./prediction-edit";
import { listPredictions } from "./prediction-list";
import { createPrediction } from "./predictions";

// The list and the prediction page read with one SQL statement each. These tests hold them to what
// Prisma's relation queries return for the same rows (the reference below), field for field, on
// rows with and without a source, tags, parts, a parent, judgements, re-judgements and edits.

let database: TestDatabase;
const now = new Date("2026-06-01T00:00:00Z");
const ids: Record<string, string> = {};

/** The reference summary: Prisma's relation query for the fields of prediction-summary.ts's projection. */
const predictionSummarySelect = {
  id: true,
  key: true,
  claim: true,
  quote: true,
  madeAt: true,
  resolveBy: true,
  probability: true,
  probabilitySource: true,
  hedge: true,
  conditional: true,
  outcome: true,
  version: true,
  createdAt: true,
  analyst: { select: { id: true, slug: true, name: true } },
  source: { select: { id: true, title: true, outlet: true, url: true, publishedAt: true } },
  tags: { select: { tag: { select: { slug: true } } }, orderBy: { tag: { slug: "asc" } } },
  _count: { select: { disputes: { where: { status: "OPEN" } } } },
} as const satisfies Prisma.PredictionSelect;

type ReferenceRow = Prisma.PredictionGetPayload<{ select: typeof predictionSummarySelect }>;

const toSummary = ({ tags, _count, ...row }: ReferenceRow): PredictionSummary => ({
  ...row,
  tags: tags.map((link) => link.tag.slug),
  disputed: _count.disputes > 0,
});

const person = { select: { id: true, name: true } } as const;
const referenceDetailSelect = {
  ...predictionSummarySelect,
  criteria: true,
  condition: true,
  quoteStart: true,
  quoteEnd: true,
  probabilityLow: true,
  probabilityHigh: true,
  credit: true,
  resolvedAt: true,
  updatedAt: true,
  parent: { select: { id: true, claim: true } },
  parts: { select: { id: true, claim: true, outcome: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  negated: true,
  question: { select: { key: true, title: true, outcome: true } },
  judgements: {
    select: {
      id: true,
      outcome: true,
      credit: true,
      resolvedAt: true,
      note: true,
      evidence: true,
      basedOnVersion: true,
      createdAt: true,
      judgedBy: person,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  },
} as const satisfies Prisma.PredictionSelect;

async function referenceDetail(id: string): Promise<PredictionDetail> {
  const { db } = database;
  const row = await db.prediction.findUniqueOrThrow({ where: { id }, select: referenceDetailSelect });
  const history = await db.auditEvent.findMany({
    where: { entity: "prediction", entityId: id },
    select: { id: true, at: true, action: true, before: true, after: true, actor: person },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  const { tags, _count, parent, parts, judgements, negated, question, ...rest } = row;
  const source = rest.source
    ? await db.source.findUniqueOrThrow({
        where: { id: rest.source.id },
        select: { archiveUrl: true, textSha256: true, text: true },
      })
    : null;
  return {
    ...toSummary({ ...rest, tags, _count }),
    ...rest,
    source: rest.source && source && { ...rest.source, archiveUrl: source.archiveUrl, textSha256: source.textSha256 },
    quoteVerbatim: quoteFoundVerbatim(rest.quote, source?.text ?? null),
    parent,
    question: question && { ...question, negated },
    parts,
    judgements,
    history,
  };
}

beforeAll(async () => {
  database = await createTestDatabase("hindsight_reads");
  await seedDemo(database.db);
  const actor = await makeUser(database.db, "EDITOR", "Ed Itor");
  const create = async (name: string, overrides: Parameters<typeof predictionInput>[0]) =>
    (ids[name] = (
      await createPrediction(database.db, createPredictionInput.parse(predictionInput(overrides)), actor)
    ).id);
  await create("compound", {
    claim: "Both chambers pass the bill",
    parts: ["The House passes the bill", "The Senate passes the bill"],
    resolveBy: "",
  });
  await create("bare", { claim: "A ceasefire holds", source: undefined, tags: [], quote: "" });
  const judged = await create("judged", { claim: "Rates fall by June", probability: 0.3 });
  let version = 1;
  for (const [outcome, extra] of [
    ["PARTIAL", { credit: 0.5, note: "Half of it", evidence: ["https://example.org/a", "https://example.org/b"] }],
    [null, { resolvedAt: "" }],
    ["FALSE", {}],
  ] as const) {
    const detail = await judgePrediction(
      database.db,
      judgePredictionInput.parse({ predictionId: judged, version, outcome, resolvedAt: "2026-01-15", ...extra }),
      actor,
      now,
    );
    version = detail.version;
  }
  const edited = await create("edited", { claim: "The summit happens in spring" });
  await updatePrediction(
    database.db,
    updatePredictionInput.parse({ id: edited, version: 1, claim: "The summit happens in May", tags: ["summits"] }),
    actor,
  );
});
afterAll(async () => {
  await database.drop();
});

describe("getPredictionDetail", () => {
  it("returns what Prisma's relation queries return, for every kind of prediction", async () => {
    const all = await database.db.prediction.findMany({ select: { id: true } });
    expect(all.length).toBeGreaterThan(20);
    for (const { id } of all) expect(await getPredictionDetail(database.db, id)).toEqual(await referenceDetail(id));
  });

  it("keeps judgements newest first with who judged, and the audit trail with who acted", async () => {
    const detail = await getPredictionDetail(database.db, ids.judged!);
    expect(detail.judgements.map((judgement) => judgement.outcome)).toEqual(["FALSE", null, "PARTIAL"]);
    expect(detail.judgements[2]).toMatchObject({
      credit: 0.5,
      evidence: ["https://example.org/a", "https://example.org/b"],
    });
    expect(detail.judgements[0]!.judgedBy?.name).toBe("Ed Itor");
    expect(detail.judgements[0]!.createdAt).toBeInstanceOf(Date);
    const parts = await getPredictionDetail(database.db, ids.compound!);
    expect(parts.parts.map((part) => part.claim)).toEqual(["The House passes the bill", "The Senate passes the bill"]);
    const part = await getPredictionDetail(database.db, parts.parts[0]!.id);
    expect(part.parent).toEqual({ id: ids.compound, claim: "Both chambers pass the bill" });
    const edited = await getPredictionDetail(database.db, ids.edited!);
    expect(edited.history.map((event) => event.action)).toEqual(["prediction.update", "prediction.create"]);
    expect(edited.history[0]!.actor?.name).toBe("Ed Itor");
  });

  it("answers NOT_FOUND for an unknown id", async () => {
    await expect(getPredictionDetail(database.db, "no-such-id")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listPredictions", () => {
  it("returns the same summaries as Prisma's relation queries, in list order, page after page", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listPredictions(database.db, listPredictionsInput.parse({ limit: 7, cursor }), now);
      const reference = await database.db.prediction.findMany({
        where: { id: { in: page.items.map((item) => item.id) } },
        select: predictionSummarySelect,
      });
      const byId = new Map(reference.map((row) => [row.id, toSummary(row)]));
      expect(page.items).toEqual(page.items.map((item) => byId.get(item.id)));
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const everything = await database.db.prediction.findMany({
      select: { id: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(seen).toEqual(everything.map((row) => row.id));
  });

  it("gives a prediction without a source or tags a null source and no tags", async () => {
    const page = await listPredictions(database.db, listPredictionsInput.parse({ q: "ceasefire holds" }), now);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ id: ids.bare, source: null, tags: [], quote: null });
  });
});
