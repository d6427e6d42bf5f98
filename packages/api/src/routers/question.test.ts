import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { predictionInput } from "@hindsight/db/testing";
import { clientError, createApiHarness, type ApiHarness } from "../test/harness";

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");
beforeAll(async () => {
  api = await createApiHarness("hindsight_api_question");
});
afterAll(async () => {
  await api.database.drop();
});

const editor = () => api.callerFor(api.actors.editor, () => now);
const log = (claim: string, overrides: Parameters<typeof predictionInput>[0] = {}) =>
  editor().prediction.create(predictionInput({ claim, source: undefined, ...overrides }));

describe("question.judge", () => {
  it("appends the mapped judgement to every linked prediction in one go; re-judges and reopens", async () => {
    const question = await editor().question.create({ key: "q-summit", title: "Trump and Kim meet again by 2026" });
    expect(question).toMatchObject({ key: "q-summit", version: 1, outcome: null, predictions: 0 });
    const same = await log("Trump and Kim meet again", { probability: 0.3, madeAt: "2025-04-20" });
    const opposite = await log("There is no new Trump-Kim summit", { probability: 0.8 });
    await editor().question.link({ predictionId: same.id, version: same.version, question: "q-summit" });
    const linked = await editor().question.link({
      predictionId: opposite.id,
      version: opposite.version,
      question: "q-summit",
      negated: true,
    });
    expect(linked.question).toEqual({
      key: "q-summit",
      title: "Trump and Kim meet again by 2026",
      outcome: null,
      negated: true,
    });

    const judged = await editor().question.judge({
      key: "q-summit",
      version: 1,
      outcome: "PARTIAL",
      credit: 0.3,
      resolvedAt: "2026-05-01",
    });
    expect(judged).toMatchObject({ version: 2, outcome: "PARTIAL", credit: 0.3 });
    // The question's view of each: the negated one's probability for the question is 1 - 0.8.
    expect(judged.linked.map((row) => [row.key, row.questionProbability, row.outcome, row.credit])).toEqual([
      [same.key, 0.3, "PARTIAL", 0.3],
      [opposite.key, expect.closeTo(0.2, 12), "PARTIAL", expect.closeTo(0.7, 12)],
    ]);
    const detail = await editor().prediction.byId({ id: opposite.id });
    expect(detail).toMatchObject({ outcome: "PARTIAL", version: 3 });
    expect(detail.credit).toBeCloseTo(0.7, 12);
    expect(detail.judgements[0]).toMatchObject({
      outcome: "PARTIAL",
      basedOnVersion: 2,
      judgedBy: { name: "Edith Editor" },
    });
    const rows = await api.database.db.judgement.findMany({ where: { predictionId: { in: [same.id, opposite.id] } } });
    expect(rows.every((row) => row.questionJudgementId !== null)).toBe(true);

    const rejudged = await editor().question.judge({
      key: "q-summit",
      version: 2,
      outcome: "TRUE",
      resolvedAt: "2026-05-02",
    });
    expect(rejudged.linked.map((row) => row.outcome)).toEqual(["TRUE", "FALSE"]);
    const reopened = await editor().question.judge({ key: "q-summit", version: 3, outcome: null, note: "Disputed" });
    expect(reopened).toMatchObject({ outcome: null, version: 4 });
    expect(reopened.linked.map((row) => row.outcome)).toEqual([null, null]);
    expect(reopened.judgements.map((row) => row.outcome)).toEqual([null, "TRUE", "PARTIAL"]);
    const history = await editor().prediction.byId({ id: same.id });
    expect(history.judgements.map((row) => row.outcome)).toEqual([null, "TRUE", "PARTIAL"]);
  });

  it("refuses a stale version with CONFLICT and writes nothing", async () => {
    await editor().question.create({ key: "q-stale", title: "A question judged twice at once" });
    await editor().question.judge({ key: "q-stale", version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" });
    const counts = async () => [
      await api.database.db.questionJudgement.count(),
      await api.database.db.judgement.count(),
    ];
    const before = await counts();
    const error = await clientError(() =>
      editor().question.judge({ key: "q-stale", version: 1, outcome: "FALSE", resolvedAt: "2026-01-01" }),
    );
    expect(error.data.code).toBe("CONFLICT");
    expect(error.message).toMatch(/you saw version 1, it is now version 2/);
    expect(await counts()).toEqual(before);
  });

  it("lets exactly one of 20 concurrent judgements of one question win", async () => {
    await editor().question.create({ key: "q-race", title: "Twenty judges, one question" });
    const predictions = await Promise.all([log("Race one"), log("Race two")]);
    for (const prediction of predictions) {
      await editor().question.link({ predictionId: prediction.id, version: 1, question: "q-race" });
    }
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        editor().question.judge({
          key: "q-race",
          version: 1,
          outcome: index % 2 ? "TRUE" : "FALSE",
          resolvedAt: "2026-01-15",
        }),
      ),
    );
    const rejected = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(rejected.every((reason) => reason instanceof TRPCError && reason.code === "CONFLICT")).toBe(true);
    const question = await api.database.db.question.findUniqueOrThrow({ where: { key: "q-race" } });
    expect(question.version).toBe(2);
    expect(await api.database.db.questionJudgement.count({ where: { questionId: question.id } })).toBe(1);
    for (const prediction of predictions) {
      const rows = await api.database.db.judgement.findMany({ where: { predictionId: prediction.id } });
      expect(rows).toHaveLength(1);
      expect(rows[0]!.outcome).toBe(question.outcome);
    }
  });

  it("gives a prediction linked to a judged question that question's outcome", async () => {
    await editor().question.create({ key: "q-late", title: "Linked after judging" });
    await editor().question.judge({ key: "q-late", version: 1, outcome: "TRUE", resolvedAt: "2026-02-01" });
    const prediction = await log("Linked late, negated");
    const linked = await editor().question.link({
      predictionId: prediction.id,
      version: 1,
      question: "q-late",
      negated: true,
    });
    expect(linked).toMatchObject({ outcome: "FALSE", version: 3 });
    // Judged through its question: judging it apart is refused.
    const error = await clientError(() =>
      editor().prediction.judge({ predictionId: prediction.id, version: 3, outcome: "TRUE", resolvedAt: "2026-02-01" }),
    );
    expect(error.data.code).toBe("CONFLICT");
    expect(error.message).toMatch(/judge or reopen the question instead/);
  });

  it("audits links, references and edits; refuses a second reference on the same UTC day", async () => {
    const question = await editor().question.create({ key: "q-audit", title: "Audited question" });
    await editor().question.addReference({ key: "q-audit", probability: 0.2, source: "Base rate", asOf: "2025-01-01" });
    const error = await clientError(() =>
      editor().question.addReference({
        key: "q-audit",
        probability: 0.3,
        source: "Market",
        asOf: "2025-01-01T22:00:00Z",
      }),
    );
    expect(error.data.code).toBe("CONFLICT");
    expect(error.data.fieldErrors).toEqual({ asOf: "A reference for 2025-01-01 exists already: one per day" });
    const updated = await editor().question.update({
      key: "q-audit",
      version: question.version,
      title: "Audited question, renamed",
    });
    expect(updated.history.map((event) => event.action)).toEqual([
      "question.update",
      "question.reference.add",
      "question.create",
    ]);
    expect(updated.history[0]).toMatchObject({
      before: { title: "Audited question" },
      after: { title: "Audited question, renamed" },
    });
    const nul = await clientError(() => editor().question.create({ title: "A title with a \u0000 in it" }));
    expect(nul.data.code).toBe("BAD_REQUEST");
    expect(nul.data.fieldErrors).toEqual({ title: "title may not contain the NUL character (U+0000)" });
    const nulKey = await clientError(() => editor().question.byKey({ key: "q-\u0000" }));
    expect(nulKey.data.code).toBe("BAD_REQUEST");
    expect(nulKey.data.fieldErrors).toEqual({ key: "key may not contain the NUL character (U+0000)" });
    const viewerError = await clientError(() => api.viewer.question.create({ title: "Not allowed" }));
    expect(viewerError.data.code).toBe("FORBIDDEN");
  });
});

describe("question.list and question.suggest", () => {
  it("pages, searches and filters by status", async () => {
    const first = await editor().question.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await editor().question.list({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((item) => item.key)).not.toContain(first.items[0]!.key);
    const found = await editor().question.list({ q: "audited", limit: 10 });
    expect(found.items.map((item) => item.key)).toEqual(["q-audit"]);
    const judged = await editor().question.list({ status: "JUDGED", limit: 50 });
    expect(judged.items.every((item) => item.outcome !== null)).toBe(true);
  });

  it("suggests questions whose title or linked claims resemble a prediction", async () => {
    const prediction = await log("Kim and Trump hold another summit before 2027");
    const suggestions = await editor().question.suggest({ predictionId: prediction.id });
    expect(suggestions[0]?.key).toBe("q-summit");
  });
});
