import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { disputeEventPayload } from "@hindsight/db";
import { predictionInput } from "@hindsight/db/testing";
import { createContext, type Actor } from "../context";
import { createCaller } from "../root";
import { clientError, createApiHarness, rowCounts, type ApiHarness } from "../test/harness";
import { HONEYPOT_MESSAGE, PUBLIC_DISPUTE_RATE_LIMIT } from "./dispute";

let api: ApiHarness;
let clock = new Date("2026-06-01T12:00:00Z");
beforeAll(async () => {
  api = await createApiHarness("hindsight_api_dispute");
});
afterAll(async () => {
  await api.database.drop();
});

/** A caller as the web server builds it: the client address in X-Forwarded-For (client-address.ts). */
const callerAt = (actor: Actor | null, address = "203.0.113.7") =>
  createCaller(
    createContext({
      db: api.database.db,
      actor,
      headers: new Headers({ "x-forwarded-for": address }),
      now: () => clock,
    }),
  );
const editor = () => callerAt(api.actors.editor);
let addressCount = 0;
/** A fresh client address, so that only the test about the rate limit meets it. */
const freshAddress = () => `198.51.100.${++addressCount}`;

async function judged(claim = "The summit ends without an agreement") {
  const { id } = await editor().prediction.create(predictionInput({ claim, source: undefined }));
  return await editor().prediction.judge({
    predictionId: id,
    version: 1,
    outcome: "FALSE",
    resolvedAt: "2026-01-15",
    note: "An agreement was signed",
  });
}

const publicFiling = (predictionId: string, overrides: Record<string, unknown> = {}) => ({
  predictionId,
  text: "The agreement was only a statement of intent, not an agreement.",
  evidence: ["https://example.org/statement"],
  name: "Jan Novak",
  email: "Jan@Example.org",
  ...overrides,
});

describe("dispute.create (signed in)", () => {
  it("lets a viewer dispute a judged prediction's latest judgement, marks it disputed and audits it", async () => {
    const prediction = await judged();
    const dispute = await callerAt(api.actors.viewer).dispute.create({
      predictionId: prediction.id,
      text: "  The agreement was signed after the deadline.  ",
      evidence: ["https://example.org/dated"],
    });
    expect(dispute).toMatchObject({
      predictionId: prediction.id,
      text: "The agreement was signed after the deadline.",
      evidence: ["https://example.org/dated"],
      status: "OPEN",
      version: 1,
      filer: { id: api.actors.viewer.userId, name: "Vera Viewer", public: false },
      judgement: { id: prediction.judgements[0]!.id, outcome: "FALSE" },
      answer: null,
    });
    const detail = await api.anonymous.prediction.byId({ id: prediction.id });
    expect(detail.disputed).toBe(true);
    expect(detail.history[0]).toMatchObject({
      action: "dispute.create",
      actor: { id: api.actors.viewer.userId, name: "Vera Viewer" },
      after: { dispute: dispute.id, filer: "Vera Viewer", publicFiler: false, text: dispute.text },
    });
    const listed = await api.anonymous.prediction.list({ limit: 50 });
    expect(listed.items.find((item) => item.id === prediction.id)?.disputed).toBe(true);
    await expect(api.anonymous.dispute.forPrediction({ predictionId: prediction.id })).resolves.toEqual([dispute]);
  });

  it("refuses a prediction that is not judged (or was reopened), writing nothing", async () => {
    const { id } = await editor().prediction.create(predictionInput({ claim: "Not judged yet", source: undefined }));
    const before = await rowCounts(api.database);
    const error = await clientError(() =>
      callerAt(api.actors.viewer).dispute.create({ predictionId: id, text: "Wrong" }),
    );
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/Only a judged prediction can be disputed/);
    const reopenedPrediction = await judged("Judged then reopened");
    await editor().prediction.judge({ predictionId: reopenedPrediction.id, version: 2, outcome: null });
    const after = await rowCounts(api.database);
    const reopened = await clientError(() =>
      callerAt(null, freshAddress()).dispute.createPublic(publicFiling(reopenedPrediction.id)),
    );
    expect(reopened.message).toMatch(/Only a judged prediction can be disputed/);
    expect(await rowCounts(api.database)).toEqual(after);
    expect(after.disputes).toBe(before.disputes);
  });

  it("names each bad field and writes nothing", async () => {
    const prediction = await judged();
    const before = await rowCounts(api.database);
    const error = await clientError(() =>
      callerAt(api.actors.viewer).dispute.create({
        predictionId: prediction.id,
        text: "   ",
        evidence: ["javascript:alert(1)"],
      }),
    );
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors).toEqual({
      text: "Dispute is required",
      "evidence[0]": "Evidence link must be an http(s) URL",
    });
    const missing = await clientError(() =>
      callerAt(api.actors.viewer).dispute.create({ predictionId: "no-such-prediction", text: "Wrong" }),
    );
    expect(missing.data.code).toBe("NOT_FOUND");
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it("refuses anonymous callers (they use the public form)", async () => {
    const prediction = await judged();
    await expect(callerAt(null).dispute.create({ predictionId: prediction.id, text: "Wrong" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("dispute.createPublic", () => {
  it("files with a name and an email address; the name is public, the email only in the editors' queue", async () => {
    const prediction = await judged();
    const dispute = await callerAt(null, freshAddress()).dispute.createPublic(publicFiling(prediction.id));
    expect(dispute).toMatchObject({ status: "OPEN", filer: { id: null, name: "Jan Novak", public: true } });
    expect(JSON.stringify(dispute)).not.toMatch(/jan@example\.org/i);
    expect(JSON.stringify(await api.anonymous.dispute.forPrediction({ predictionId: prediction.id }))).not.toMatch(
      /jan@example\.org/i,
    );
    const detail = await api.anonymous.prediction.byId({ id: prediction.id });
    expect(detail.history[0]).toMatchObject({
      action: "dispute.create",
      actor: null,
      after: { filer: "Jan Novak", publicFiler: true },
    });
    expect(JSON.stringify(detail.history)).not.toMatch(/jan@example\.org/i);
    // The webhook payload (dispute.created): the public shape, dates as text, no email address.
    const payload = disputeEventPayload(dispute, prediction);
    expect(payload).toEqual({
      dispute: {
        ...dispute,
        createdAt: dispute.createdAt.toISOString(),
        judgement: { ...dispute.judgement, createdAt: dispute.judgement.createdAt.toISOString() },
      },
      prediction: { id: prediction.id, key: prediction.key, claim: prediction.claim },
    });
    expect(JSON.stringify(payload)).not.toMatch(/jan@example\.org/i);
    const queue = await editor().dispute.list({ status: "OPEN", limit: 100 });
    expect(queue.items.find((item) => item.id === dispute.id)).toMatchObject({
      filerEmail: "jan@example.org",
      prediction: { id: prediction.id, claim: prediction.claim },
    });
  });

  it("refuses a filled honeypot with 400 and writes nothing, not even a rate-limit count", async () => {
    const prediction = await judged();
    const address = freshAddress();
    const before = await rowCounts(api.database);
    const error = await clientError(() =>
      callerAt(null, address).dispute.createPublic(publicFiling(prediction.id, { website: "http://spam.example" })),
    );
    expect(error).toMatchObject({ message: HONEYPOT_MESSAGE, data: { code: "BAD_REQUEST", fieldErrors: null } });
    expect(await rowCounts(api.database)).toEqual(before);
    expect(await api.database.db.rateLimit.count({ where: { key: `dispute:${address}` } })).toBe(0);
    // An empty honeypot (what a person's browser sends) is fine.
    await expect(
      callerAt(null, address).dispute.createPublic(publicFiling(prediction.id, { website: "" })),
    ).resolves.toMatchObject({ status: "OPEN" });
  });

  it("needs a name and a valid email address", async () => {
    const prediction = await judged();
    const before = await rowCounts(api.database);
    const error = await clientError(() =>
      callerAt(null, freshAddress()).dispute.createPublic(
        publicFiling(prediction.id, { name: " ", email: "not-an-email" }),
      ),
    );
    expect(error.data.fieldErrors).toEqual({
      name: "Name is required",
      email: "Enter an email address such as name@example.org",
    });
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it(`accepts ${PUBLIC_DISPUTE_RATE_LIMIT.max} public filings an hour per client address, then TOO_MANY_REQUESTS`, async () => {
    const prediction = await judged();
    const address = freshAddress();
    for (let index = 0; index < PUBLIC_DISPUTE_RATE_LIMIT.max; index++) {
      await callerAt(null, address).dispute.createPublic(publicFiling(prediction.id, { text: `Reason ${index}` }));
    }
    const before = await rowCounts(api.database);
    const error = await clientError(() => callerAt(null, address).dispute.createPublic(publicFiling(prediction.id)));
    expect(error.data.code).toBe("TOO_MANY_REQUESTS");
    expect(error.message).toMatch(/Too many disputes from your address: at most 5 in 60 minutes/);
    expect(await rowCounts(api.database)).toEqual(before);
    // Another address is not affected; signed-in users file as themselves, without this limit.
    await expect(
      callerAt(null, freshAddress()).dispute.createPublic(publicFiling(prediction.id)),
    ).resolves.toBeDefined();
    await expect(
      callerAt(api.actors.viewer, address).dispute.create({ predictionId: prediction.id, text: "Signed in" }),
    ).resolves.toBeDefined();
    // An hour later the address may file again.
    const saved = clock;
    clock = new Date(saved.getTime() + 3600_000 + 1000);
    try {
      await expect(callerAt(null, address).dispute.createPublic(publicFiling(prediction.id))).resolves.toBeDefined();
    } finally {
      clock = saved;
    }
  });
});

describe("dispute.answer", () => {
  it("upholds a dispute, after which the editor re-judges with the existing judge procedure (appended)", async () => {
    const prediction = await judged();
    const dispute = await callerAt(api.actors.viewer).dispute.create({ predictionId: prediction.id, text: "Wrong" });
    const upheld = await editor().dispute.answer({ disputeId: dispute.id, version: 1, decision: "UPHOLD" });
    expect(upheld).toMatchObject({
      status: "UPHELD",
      version: 2,
      answer: { decision: "UPHOLD", reason: null, answeredBy: { id: api.actors.editor.userId, name: "Edith Editor" } },
    });
    const afterAnswer = await api.anonymous.prediction.byId({ id: prediction.id });
    expect(afterAnswer.disputed).toBe(false);
    expect(afterAnswer.history[0]).toMatchObject({
      action: "dispute.answer",
      actor: { name: "Edith Editor" },
      before: { dispute: dispute.id, status: "OPEN" },
      after: { dispute: dispute.id, status: "UPHELD", decision: "UPHOLD", reason: null },
    });
    const rejudged = await editor().prediction.judge({
      predictionId: prediction.id,
      version: afterAnswer.version,
      outcome: "TRUE",
      resolvedAt: "2026-01-15",
      note: "Re-judged after an upheld dispute",
    });
    expect(rejudged.judgements.map((judgement) => judgement.outcome)).toEqual(["TRUE", "FALSE"]);
    // The dispute still names the judgement it disputed.
    const [listed] = await api.anonymous.dispute.forPrediction({ predictionId: prediction.id });
    expect(listed).toMatchObject({ judgement: { id: prediction.judgements[0]!.id, outcome: "FALSE" } });
  });

  it("needs a reason to reject, and writes nothing without one", async () => {
    const prediction = await judged();
    const dispute = await callerAt(api.actors.viewer).dispute.create({ predictionId: prediction.id, text: "Wrong" });
    const before = await rowCounts(api.database);
    for (const reason of [undefined, "   "]) {
      const error = await clientError(() =>
        editor().dispute.answer({ disputeId: dispute.id, version: 1, decision: "REJECT", reason }),
      );
      expect(error.data.fieldErrors).toEqual({ reason: "A rejection needs a reason" });
    }
    expect(await rowCounts(api.database)).toEqual(before);
    const rejected = await editor().dispute.answer({
      disputeId: dispute.id,
      version: 1,
      decision: "REJECT",
      reason: "The statement was signed by both sides.",
    });
    expect(rejected).toMatchObject({
      status: "REJECTED",
      answer: { decision: "REJECT", reason: "The statement was signed by both sides." },
    });
  });

  it("lets exactly one of 10 concurrent answers win; the others get CONFLICT", async () => {
    const prediction = await judged();
    const dispute = await callerAt(api.actors.viewer).dispute.create({ predictionId: prediction.id, text: "Wrong" });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, index) =>
        callerAt(index % 2 ? api.actors.editor : api.actors.admin).dispute.answer(
          index % 3
            ? { disputeId: dispute.id, version: 1, decision: "UPHOLD" }
            : { disputeId: dispute.id, version: 1, decision: "REJECT", reason: `Reason ${index}` },
        ),
      ),
    );
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result) => result.status === "rejected");
    expect(won).toHaveLength(1);
    for (const result of lost) {
      expect(result.reason).toBeInstanceOf(TRPCError);
      expect((result.reason as TRPCError).code).toBe("CONFLICT");
    }
    expect(await api.database.db.disputeAnswer.count({ where: { disputeId: dispute.id } })).toBe(1);
    expect(
      await api.database.db.auditEvent.count({
        where: { action: "dispute.answer", after: { path: ["dispute"], equals: dispute.id } },
      }),
    ).toBe(1);
    // Answering again, even at the new version, is refused: a dispute is answered once.
    const again = await clientError(() =>
      editor().dispute.answer({ disputeId: dispute.id, version: 2, decision: "UPHOLD" }),
    );
    expect(again.data.code).toBe("CONFLICT");
    expect(again.message).toMatch(/already answered/);
  });

  it("refuses an unknown dispute with NOT_FOUND and viewers with FORBIDDEN", async () => {
    await expect(
      editor().dispute.answer({ disputeId: "no-such-dispute", version: 1, decision: "UPHOLD" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const prediction = await judged();
    const dispute = await callerAt(api.actors.viewer).dispute.create({ predictionId: prediction.id, text: "Wrong" });
    await expect(
      callerAt(api.actors.viewer).dispute.answer({ disputeId: dispute.id, version: 1, decision: "UPHOLD" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps answers append-only in the database", async () => {
    const prediction = await judged();
    const dispute = await callerAt(api.actors.viewer).dispute.create({ predictionId: prediction.id, text: "Wrong" });
    await editor().dispute.answer({ disputeId: dispute.id, version: 1, decision: "REJECT", reason: "It stands" });
    await expect(
      api.database.db.disputeAnswer.updateMany({ where: { disputeId: dispute.id }, data: { reason: "Changed" } }),
    ).rejects.toThrow(/append-only/);
    await expect(api.database.db.disputeAnswer.deleteMany({ where: { disputeId: dispute.id } })).rejects.toThrow(
      /append-only/,
    );
  });
});

describe("the database's own checks", () => {
  it("refuses blank text, non-web evidence links and a dispute with two filers or none", async () => {
    const prediction = await judged();
    const base = { predictionId: prediction.id, judgementId: prediction.judgements[0]!.id, text: "Wrong" };
    const { db } = api.database;
    await expect(
      db.dispute.create({ data: { ...base, text: " ", filedById: api.actors.viewer.userId } }),
    ).rejects.toThrow(/dispute_text_not_blank/);
    await expect(
      db.dispute.create({ data: { ...base, evidence: ["ftp://example.org/x"], filedById: api.actors.viewer.userId } }),
    ).rejects.toThrow(/dispute_evidence_web/);
    await expect(db.dispute.create({ data: base })).rejects.toThrow(/dispute_filer_one/);
    await expect(
      db.dispute.create({
        data: { ...base, filedById: api.actors.viewer.userId, filerName: "Jan", filerEmail: "jan@example.org" },
      }),
    ).rejects.toThrow(/dispute_filer_one/);
    await expect(db.dispute.create({ data: { ...base, filerName: "Jan" } })).rejects.toThrow(
      /dispute_filer_email_with_name/,
    );
  });
});

describe("dispute.list and dispute.openCount", () => {
  it("lists open disputes first, oldest first, then answered ones, a page at a time; editors only", async () => {
    const prediction = await judged();
    const viewer = callerAt(api.actors.viewer);
    const first = await viewer.dispute.create({ predictionId: prediction.id, text: "First" });
    const second = await viewer.dispute.create({ predictionId: prediction.id, text: "Second" });
    await editor().dispute.answer({ disputeId: first.id, version: 1, decision: "UPHOLD" });
    const count = await api.anonymous.dispute.openCount();
    expect(count).toBe(await api.database.db.dispute.count({ where: { status: "OPEN" } }));

    const seen: { id: string; status: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof editor>["dispute"]["list"]>> = await editor().dispute.list({
        limit: 3,
        cursor,
      });
      seen.push(...page.items.map((item) => ({ id: item.id, status: item.status })));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(await api.database.db.dispute.count());
    const firstAnswered = seen.findIndex((item) => item.status !== "OPEN");
    expect(seen.slice(firstAnswered).every((item) => item.status !== "OPEN")).toBe(true);
    expect(seen.slice(0, firstAnswered)).toHaveLength(count);
    expect(seen.findIndex((item) => item.id === second.id)).toBeLessThan(firstAnswered);
    expect(seen.findIndex((item) => item.id === first.id)).toBeGreaterThanOrEqual(firstAnswered);

    await expect(callerAt(api.actors.viewer).dispute.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerAt(null).dispute.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const forged = await clientError(() => editor().dispute.list({ cursor: "bm90IGEgY3Vyc29y" }));
    expect(forged.data.fieldErrors).toEqual({ cursor: "Not a valid cursor" });
  });
});
