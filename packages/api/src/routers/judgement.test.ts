import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { predictionInput } from "@hindsight/db/testing";
import { clientError, createApiHarness, rowCounts, type ApiHarness } from "../test/harness";

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");
beforeAll(async () => {
  api = await createApiHarness("hindsight_api_judgement");
});
afterAll(async () => {
  await api.database.drop();
});

const editorAt = () => api.callerFor(api.actors.editor, () => now);
const logOne = (claim: string) => editorAt().prediction.create(predictionInput({ claim, source: undefined }));

describe("prediction.judge", () => {
  it("judges, re-judges and reopens, keeping every judgement and who made it", async () => {
    const prediction = await logOne("Judged three times");
    const first = await editorAt().prediction.judge({
      predictionId: prediction.id,
      version: 1,
      outcome: "FALSE",
      resolvedAt: "2026-01-15",
      note: "The talks produced a framework agreement",
      evidence: ["https://example.com/framework"],
    });
    expect(first).toMatchObject({ outcome: "FALSE", version: 2 });
    const second = await api
      .callerFor(api.actors.admin, () => now)
      .prediction.judge({
        predictionId: prediction.id,
        version: 2,
        outcome: "PARTIAL",
        credit: 0.5,
        resolvedAt: "2026-02-01",
      });
    expect(second).toMatchObject({ outcome: "PARTIAL", credit: 0.5, version: 3 });
    const reopened = await editorAt().prediction.judge({
      predictionId: prediction.id,
      version: 3,
      outcome: null,
      note: "Disputed",
    });
    expect(reopened).toMatchObject({ outcome: null, credit: null, resolvedAt: null, version: 4 });
    expect(
      reopened.judgements.map((judgement) => [judgement.outcome, judgement.judgedBy?.name, judgement.basedOnVersion]),
    ).toEqual([
      [null, "Edith Editor", 3],
      ["PARTIAL", "Ada Admin", 2],
      ["FALSE", "Edith Editor", 1],
    ]);
    expect(reopened.judgements[2]).toMatchObject({
      note: "The talks produced a framework agreement",
      evidence: ["https://example.com/framework"],
    });
  });

  it("refuses a judgement made against a stale version with CONFLICT saying what changed", async () => {
    const prediction = await logOne("Stale judge");
    await editorAt().prediction.judge({
      predictionId: prediction.id,
      version: 1,
      outcome: "TRUE",
      resolvedAt: "2026-01-15",
    });
    const before = await rowCounts(api.database);
    const error = await clientError(() =>
      editorAt().prediction.judge({
        predictionId: prediction.id,
        version: 1,
        outcome: "FALSE",
        resolvedAt: "2026-01-15",
      }),
    );
    expect(error.data.code).toBe("CONFLICT");
    expect(error.message).toMatch(/you saw version 1, it is now version 2/);
    expect(error.message).toMatch(/Edith Editor judged it TRUE/);
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it("lets exactly one of 20 concurrent judgements at the same version win", async () => {
    const prediction = await logOne("Twenty judges at once");
    const before = await api.database.db.judgement.count({ where: { predictionId: prediction.id } });
    const outcomes = ["TRUE", "FALSE"] as const;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        editorAt().prediction.judge({
          predictionId: prediction.id,
          version: 1,
          outcome: outcomes[index % 2]!,
          resolvedAt: "2026-01-15",
          note: `judge ${index}`,
        }),
      ),
    );
    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(19);
    for (const reason of rejected) {
      expect(reason).toBeInstanceOf(TRPCError);
      expect((reason as TRPCError).code).toBe("CONFLICT");
    }
    const history = await api.database.db.judgement.findMany({ where: { predictionId: prediction.id } });
    expect(history.length - before).toBe(1);
    const row = await api.database.db.prediction.findUniqueOrThrow({ where: { id: prediction.id } });
    expect(row.version).toBe(2);
    expect(row.outcome).toBe(history[0]!.outcome);
  });

  it.each([
    [{ outcome: "PARTIAL" }, "credit", "Partial outcomes need a credit between 0 and 1"],
    [{ outcome: "TRUE", resolvedAt: "2026-06-03" }, "resolvedAt", "Date decided cannot be in the future"],
    [
      { outcome: "TRUE", resolvedAt: "2025-01-01" },
      "resolvedAt",
      "Date decided cannot be before the date the prediction was made",
    ],
  ])("rejects %j with the field named and nothing written", async (change, field, message) => {
    const prediction = await logOne(`Bad judgement ${field} ${message.length}`);
    const before = await rowCounts(api.database);
    const error = await clientError(() =>
      editorAt().prediction.judge({
        predictionId: prediction.id,
        version: 1,
        resolvedAt: "2026-01-15",
        ...change,
      } as never),
    );
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors?.[field]).toBe(message);
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it("keeps judgement rows append-only in the database itself", async () => {
    const prediction = await logOne("Append only");
    await editorAt().prediction.judge({
      predictionId: prediction.id,
      version: 1,
      outcome: "TRUE",
      resolvedAt: "2026-01-15",
    });
    await expect(
      api.database.db.judgement.updateMany({ where: { predictionId: prediction.id }, data: { note: "rewritten" } }),
    ).rejects.toThrow(/append-only/);
  });
});

describe("prediction.update", () => {
  it("edits fields, bumps the version and records before and after with who", async () => {
    const prediction = await logOne("Editable claim");
    const updated = await editorAt().prediction.update({
      id: prediction.id,
      version: 1,
      claim: "Edited claim",
      resolveBy: "2026-12-31",
      tags: ["russia", "sanctions"],
    });
    expect(updated).toMatchObject({ claim: "Edited claim", version: 2, tags: ["russia", "sanctions"] });
    expect(updated.history[0]).toMatchObject({
      action: "prediction.update",
      actor: { name: "Edith Editor" },
      before: { claim: "Editable claim", resolveBy: "2025-12-31T00:00:00.000Z", tags: ["diplomacy", "russia"] },
      after: { claim: "Edited claim", resolveBy: "2026-12-31T00:00:00.000Z", tags: ["russia", "sanctions"] },
    });
  });

  it("refuses a stale edit with CONFLICT", async () => {
    const prediction = await logOne("Two editors");
    await editorAt().prediction.update({ id: prediction.id, version: 1, claim: "First editor" });
    const error = await clientError(() =>
      editorAt().prediction.update({ id: prediction.id, version: 1, claim: "Second editor" }),
    );
    expect(error.data.code).toBe("CONFLICT");
    expect((await api.anonymous.prediction.byId({ id: prediction.id })).claim).toBe("First editor");
  });

  it("fixes the probability once a judgement exists", async () => {
    const prediction = await logOne("Fixed probability");
    expect((await editorAt().prediction.update({ id: prediction.id, version: 1, probability: 0.8 })).probability).toBe(
      0.8,
    );
    await editorAt().prediction.judge({
      predictionId: prediction.id,
      version: 2,
      outcome: "TRUE",
      resolvedAt: "2026-01-15",
    });
    const before = await rowCounts(api.database);
    const error = await clientError(() =>
      editorAt().prediction.update({ id: prediction.id, version: 3, probability: 0.3 }),
    );
    expect(error.data.code).toBe("CONFLICT");
    expect(error.data.fieldErrors).toEqual({ probability: "Fixed once judged" });
    expect(await rowCounts(api.database)).toEqual(before);
    // Other fields can still be edited.
    expect(
      (await editorAt().prediction.update({ id: prediction.id, version: 3, criteria: "Agreed terms" })).criteria,
    ).toBe("Agreed terms");
  });
});

describe("compound claims", () => {
  it("splits a claim into parts that are judged each on its own", async () => {
    const whole = await editorAt().prediction.create(
      predictionInput({
        claim: "The Trump-Putin talks will be flashy, vague and meaningless",
        source: undefined,
        parts: ["The talks are flashy", "The talks are vague", "The talks are meaningless"],
      }),
    );
    const detail = await api.anonymous.prediction.byId({ id: whole.id });
    expect(detail.parts.map((part) => part.claim)).toEqual([
      "The talks are flashy",
      "The talks are vague",
      "The talks are meaningless",
    ]);
    const [flashy, vague] = detail.parts;
    await editorAt().prediction.judge({
      predictionId: flashy!.id,
      version: 1,
      outcome: "TRUE",
      resolvedAt: "2026-01-15",
    });
    await editorAt().prediction.judge({
      predictionId: vague!.id,
      version: 1,
      outcome: "FALSE",
      resolvedAt: "2026-01-15",
    });
    const after = await api.anonymous.prediction.byId({ id: whole.id });
    expect(after.parts.map((part) => part.outcome)).toEqual(["TRUE", "FALSE", null]);
    expect((await api.anonymous.prediction.byId({ id: flashy!.id })).parent).toEqual({
      id: whole.id,
      claim: whole.claim,
    });
  });

  it("refuses a single part", async () => {
    const error = await clientError(() =>
      editorAt().prediction.create(predictionInput({ source: undefined, parts: ["Only one"] })),
    );
    expect(error.data.fieldErrors).toEqual({ parts: "Split a claim into two parts or more" });
  });
});

describe("prediction.update keeps what it is not told to change", () => {
  it("an edit of the claim alone keeps the tags", async () => {
    const prediction = await logOne("Tags stay");
    const updated = await editorAt().prediction.update({ id: prediction.id, version: 1, claim: "Tags still stay" });
    expect(updated.tags).toEqual(["diplomacy", "russia"]);
  });
});

describe("prediction.update checks the prediction as it will be", () => {
  it("refuses a deadline before the date made even when only the deadline is sent", async () => {
    const prediction = await logOne("Deadline alone");
    const error = await clientError(() =>
      editorAt().prediction.update({ id: prediction.id, version: 1, resolveBy: "2020-01-01" }),
    );
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.fieldErrors).toEqual({ resolveBy: "Deadline must be on or after the date made" });
  });

  it("keeps a hedge reading inside its interval, and drops the interval when a number replaces the reading", async () => {
    const prediction = await editorAt().prediction.create(
      predictionInput({
        claim: "Hedged",
        source: undefined,
        probability: 0.4,
        probabilitySource: "HEDGE",
        hedge: "could",
        interval: [0.25, 0.5],
      }),
    );
    const error = await clientError(() =>
      editorAt().prediction.update({ id: prediction.id, version: 1, probability: 0.9 }),
    );
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.data.fieldErrors ?? {})).toEqual(["probability"]);
    const restated = await editorAt().prediction.update({
      id: prediction.id,
      version: 1,
      probability: 0.9,
      probabilitySource: "STATED",
    });
    expect(restated).toMatchObject({
      probability: 0.9,
      probabilityLow: null,
      probabilityHigh: null,
      probabilitySource: "STATED",
    });
  });

  it("does not count an edit that changes nothing", async () => {
    const prediction = await logOne("Same tags");
    const same = await editorAt().prediction.update({ id: prediction.id, version: 1, tags: ["Russia", "Diplomacy"] });
    expect(same.version).toBe(1);
    expect(same.history).toHaveLength(1);
  });

  it("never sends an internal error's details to the client", async () => {
    const broken = api.callerFor(api.actors.editor, () => new Date(Number.NaN));
    const error = await clientError(() => broken.prediction.list({ status: "DUE", limit: 5 }));
    expect(error.data.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.message).toBe("Something went wrong on the server; the change was not saved");
  });
});
