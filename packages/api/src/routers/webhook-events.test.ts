import { predictionInput } from "@hindsight/db/testing";
import { webhookEventTypes } from "@hindsight/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, type ApiHarness, type Caller } from "../test/harness";

// Which writes append which webhook events to the outbox, in their own transaction (docs/webhooks.md).

let api: ApiHarness;
let editor: Caller;
const now = new Date("2026-06-01T12:00:00Z");

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_webhook_events");
  editor = api.callerFor(api.actors.editor, () => now);
  const admin = api.callerFor(api.actors.admin, () => now);
  await admin.webhook.create({ url: "https://93.184.215.14/all", events: [...webhookEventTypes] });
});
afterAll(async () => {
  await api.database.drop();
});

const outbox = () =>
  api.database.db.webhookEvent.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { type: true, payload: true, dispatchedAt: true },
  });
const log = (claim: string) => editor.prediction.create(predictionInput({ claim, source: undefined }));

describe("the writes that make webhook events", () => {
  it("logging, editing, judging, linking and judging a question each append theirs", async () => {
    await api.database.db.webhookEvent.deleteMany();
    const prediction = await log("The summit happens");
    await editor.prediction.update({ id: prediction.id, version: 1, claim: "The summit happens in 2026" });
    await editor.prediction.judge({
      predictionId: prediction.id,
      version: 2,
      outcome: "FALSE",
      resolvedAt: "2026-05-01",
    });

    await editor.question.create({ key: "q-events", title: "Does the summit happen?" });
    const linked = await log("A summit is held");
    await editor.question.link({ predictionId: linked.id, version: linked.version, question: "q-events" });
    await editor.question.judge({ key: "q-events", version: 1, outcome: "TRUE", resolvedAt: "2026-05-02" });

    const events = await outbox();
    expect(events.map((event) => event.type)).toEqual([
      "prediction.created",
      "prediction.updated",
      "judgement.created",
      "prediction.created",
      "prediction.updated",
      "judgement.created",
      "question.judged",
    ]);
    expect(events.every((event) => event.dispatchedAt === null)).toBe(true);
    expect(events[0]!.payload).toMatchObject({ prediction: { id: prediction.id, claim: "The summit happens" } });
    expect(events[1]!.payload).toEqual({
      prediction: { id: prediction.id, version: 2 },
      before: { claim: "The summit happens" },
      after: { claim: "The summit happens in 2026" },
    });
    expect(events[2]!.payload).toMatchObject({
      judgement: { predictionId: prediction.id, outcome: "FALSE", basedOnVersion: 2, questionJudgementId: null },
    });
    expect(events[4]!.payload).toMatchObject({
      before: { question: null },
      after: { question: "q-events", negated: false },
    });
    expect(events[5]!.payload).toMatchObject({ judgement: { predictionId: linked.id, outcome: "TRUE" } });
    expect(
      (events[5]!.payload as { judgement: { questionJudgementId: string | null } }).judgement.questionJudgementId,
    ).not.toBeNull();
    expect(events[6]!.payload).toMatchObject({
      question: { key: "q-events", version: 2, outcome: "TRUE", judgedById: api.actors.editor.userId },
      predictionsJudged: 1,
    });
  });

  it("filing and answering a dispute append dispute.created and dispute.answered, without the filer's email", async () => {
    const prediction = await log("The talks collapse");
    await editor.prediction.judge({
      predictionId: prediction.id,
      version: 1,
      outcome: "TRUE",
      resolvedAt: "2026-05-01",
    });
    await api.database.db.webhookEvent.deleteMany();
    const visitor = api.callerFor(null, () => now);
    const dispute = await visitor.dispute.createPublic({
      predictionId: prediction.id,
      text: "They resumed a week later",
      evidence: ["https://example.org/resumed"],
      name: "Jana Public",
      email: "jana@example.org",
      website: "",
    });
    await editor.dispute.answer({
      disputeId: dispute.id,
      version: 1,
      decision: "REJECT",
      reason: "A pause, not a resumption",
    });
    const events = await outbox();
    expect(events.map((event) => event.type)).toEqual(["dispute.created", "dispute.answered"]);
    expect(events[0]!.payload).toMatchObject({
      dispute: { id: dispute.id, status: "OPEN", text: "They resumed a week later" },
      prediction: { id: prediction.id, claim: "The talks collapse" },
    });
    expect(events[1]!.payload).toMatchObject({ dispute: { id: dispute.id, status: "REJECTED" } });
    expect(JSON.stringify(events)).not.toContain("jana@example.org");
  });

  it("a write that fails leaves no event (the event is in the write's transaction)", async () => {
    const prediction = await log("Refused twice");
    const before = await api.database.db.webhookEvent.count();
    // A stale version: CONFLICT, nothing written.
    await expect(editor.prediction.update({ id: prediction.id, version: 7, claim: "Too late" })).rejects.toThrow();
    await expect(
      editor.prediction.judge({ predictionId: prediction.id, version: 9, outcome: "TRUE", resolvedAt: "2026-05-01" }),
    ).rejects.toThrow();
    expect(await api.database.db.webhookEvent.count()).toBe(before);
  });
});
