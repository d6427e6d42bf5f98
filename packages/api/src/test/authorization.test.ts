import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { articleLogInput, predictionInput, sampleArticle } from "@hindsight/db/testing";
import { appRouter } from "../root";
import type { Actor } from "../context";
import { createApiHarness, type ApiHarness, type Caller } from "./harness";

/**
 * The authorization matrix: every mutation of the router, called as anonymous, viewer, editor and
 * admin. A mutation added to the router without a row here fails the first test.
 */
type Role = "anonymous" | "viewer" | "editor" | "admin";
/** ANYONE: anonymous callers too (the public dispute form, an unsubscribe link: the input carries its own proof); SIGNED_IN: any role. */
type Needed = "ANYONE" | "SIGNED_IN" | "EDITOR" | "ADMIN";

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_authorization");
});
afterAll(async () => {
  await api.database.drop();
});

const newUser = () => ({
  email: `user-${Math.random().toString(36).slice(2)}@example.org`,
  name: "New User",
  password: "long enough password",
  role: "VIEWER" as const,
});

/** Each mutation: who may call it, and a call with valid input (set up fresh for every attempt). */
const matrix: Record<string, { needs: Needed; call: (caller: Caller, setup: Caller) => Promise<unknown> }> = {
  "user.create": { needs: "ADMIN", call: (caller) => caller.user.create(newUser()) },
  "user.setRole": {
    needs: "ADMIN",
    call: async (caller, setup) => {
      const { id } = await setup.user.create(newUser());
      return caller.user.setRole({ userId: id, role: "EDITOR" });
    },
  },
  "apiKey.create": {
    needs: "ADMIN",
    call: (caller) => caller.apiKey.create({ name: "Nightly import", role: "EDITOR" }),
  },
  "webhook.create": {
    needs: "ADMIN",
    call: (caller) => caller.webhook.create({ url: "https://93.184.215.14/hooks", events: ["prediction.created"] }),
  },
  "webhook.setActive": {
    needs: "ADMIN",
    call: async (caller, setup) => {
      const { id } = await setup.webhook.create({ url: "https://93.184.215.14/hooks", events: ["judgement.created"] });
      return caller.webhook.setActive({ id, active: false });
    },
  },
  "webhook.redeliver": {
    needs: "ADMIN",
    call: async (caller, setup) => {
      const { id } = await setup.webhook.create({ url: "https://93.184.215.14/hooks", events: ["question.judged"] });
      const eventId = `evt_matrix_${Math.random().toString(36).slice(2)}`;
      await api.database.db.webhookEvent.create({ data: { id: eventId, type: "question.judged", payload: {} } });
      await api.database.db.webhookDelivery.create({
        data: {
          endpointId: id,
          eventId,
          attempt: 1,
          statusCode: 500,
          error: "The receiver answered 500",
          durationMs: 3,
        },
      });
      return caller.webhook.redeliver({ endpointId: id, eventId });
    },
  },
  "apiKey.revoke": {
    needs: "ADMIN",
    call: async (caller, setup) => {
      const { id } = await setup.apiKey.create({ name: "To revoke", role: "EDITOR" });
      return caller.apiKey.revoke({ id });
    },
  },
  "prediction.create": {
    needs: "EDITOR",
    call: (caller) => caller.prediction.create(predictionInput({ source: undefined })),
  },
  "prediction.update": {
    needs: "EDITOR",
    call: async (caller, setup) => {
      const { id } = await setup.prediction.create(predictionInput({ source: undefined }));
      return caller.prediction.update({ id, version: 1, claim: "Edited" });
    },
  },
  "prediction.judge": {
    needs: "EDITOR",
    call: async (caller, setup) => {
      const { id } = await setup.prediction.create(predictionInput({ source: undefined }));
      return caller.prediction.judge({ predictionId: id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" });
    },
  },
  "extract.run": { needs: "EDITOR", call: (caller) => caller.extract.run({ text: sampleArticle }) },
  "extract.log": {
    needs: "EDITOR",
    call: (caller) => {
      const input = articleLogInput();
      return caller.extract.log({ ...input, source: { ...input.source, url: undefined } });
    },
  },
  "extract.repeats": {
    needs: "EDITOR",
    call: (caller) => caller.extract.repeats({ candidates: [{ claim: "The ceasefire will collapse", speaker: null }] }),
  },
  "source.update": {
    needs: "EDITOR",
    call: async (caller, setup) => {
      const { source } = await setup.extract.log(
        articleLogInput({ source: { ...articleLogInput().source, url: undefined } }),
      );
      return caller.source.update({ id: source.id, archiveUrl: "https://archive.ph/abcde" });
    },
  },
  "question.create": { needs: "EDITOR", call: (caller) => caller.question.create({ title: "Will it happen?" }) },
  "question.update": {
    needs: "EDITOR",
    call: async (caller, setup) => {
      const { key } = await setup.question.create({ title: "To edit" });
      return caller.question.update({ key, version: 1, title: "Edited" });
    },
  },
  "question.addReference": {
    needs: "EDITOR",
    call: async (caller, setup) => {
      const { key } = await setup.question.create({ title: "To reference" });
      return caller.question.addReference({ key, probability: 0.2, source: "Base rate", asOf: "2025-01-01" });
    },
  },
  "question.removeReference": {
    needs: "EDITOR",
    call: async (caller, setup) => {
      const { key } = await setup.question.create({ title: "To unreference" });
      const { references } = await setup.question.addReference({
        key,
        probability: 0.2,
        source: "Base rate",
        asOf: "2025-01-01",
      });
      return caller.question.removeReference({ key, referenceId: references[0]!.id });
    },
  },
  "question.judge": {
    needs: "EDITOR",
    call: async (caller, setup) => {
      const { key } = await setup.question.create({ title: "To judge" });
      return caller.question.judge({ key, version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" });
    },
  },
  "question.link": {
    needs: "EDITOR",
    call: async (caller, setup) => {
      const { key } = await setup.question.create({ title: "To link" });
      const { id } = await setup.prediction.create(predictionInput({ source: undefined }));
      return caller.question.link({ predictionId: id, version: 1, question: key, negated: false });
    },
  },
  "dispute.create": {
    needs: "SIGNED_IN",
    call: async (caller, setup) => {
      const { id } = await judged(setup);
      return caller.dispute.create({ predictionId: id, text: "The judgement is wrong" });
    },
  },
  "dispute.createPublic": {
    needs: "ANYONE",
    call: async (caller, setup) => {
      const { id } = await judged(setup);
      return caller.dispute.createPublic({
        predictionId: id,
        text: "The judgement is wrong",
        name: "Pat Public",
        email: "pat@example.org",
      });
    },
  },
  "dispute.answer": {
    needs: "EDITOR",
    call: async (caller, setup) => {
      const { id } = await judged(setup);
      const dispute = await setup.dispute.create({ predictionId: id, text: "The judgement is wrong" });
      return caller.dispute.answer({ disputeId: dispute.id, version: 1, decision: "REJECT", reason: "It stands" });
    },
  },
  "notification.followAnalyst": {
    needs: "SIGNED_IN",
    call: async (caller, setup) => {
      const { analyst } = await setup.prediction.create(predictionInput({ source: undefined }));
      return caller.notification.followAnalyst({ analyst: analyst.slug });
    },
  },
  "notification.unfollowAnalyst": {
    needs: "SIGNED_IN",
    call: async (caller, setup) => {
      const { analyst } = await setup.prediction.create(predictionInput({ source: undefined }));
      return caller.notification.unfollowAnalyst({ analyst: analyst.slug });
    },
  },
  "notification.followTag": {
    needs: "SIGNED_IN",
    call: async (caller, setup) => {
      await setup.prediction.create(predictionInput({ source: undefined, tags: ["auth-follow"] }));
      return caller.notification.followTag({ tag: "auth-follow" });
    },
  },
  "notification.unfollowTag": {
    needs: "SIGNED_IN",
    call: async (caller, setup) => {
      await setup.prediction.create(predictionInput({ source: undefined, tags: ["auth-unfollow"] }));
      return caller.notification.unfollowTag({ tag: "auth-unfollow" });
    },
  },
  "notification.setDigest": {
    needs: "SIGNED_IN",
    call: (caller) => caller.notification.setDigest({ digest: "WEEKLY" }),
  },
  "notification.markBellRead": { needs: "SIGNED_IN", call: (caller) => caller.notification.markBellRead() },
  "notification.unsubscribe": {
    needs: "ANYONE",
    call: async (caller, setup) => {
      await setup.notification.setDigest({ digest: "DAILY" });
      const prefs = await api.database.db.notificationPrefs.findUniqueOrThrow({
        where: { userId: api.actors.admin.userId },
      });
      return caller.notification.unsubscribe({ token: prefs.unsubscribeToken });
    },
  },
  "ledger.import": {
    needs: "EDITOR",
    call: (caller) =>
      caller.ledger.import({
        filename: "ledger.csv",
        content: "key,analyst,analystName,claim,madeAt,probability\nauth-1,ann-analyst,Ann,It rains,2025-01-01,0.3\n",
      }),
  },
};

/** A judged prediction, which may be disputed. */
async function judged(setup: Caller) {
  const { id } = await setup.prediction.create(predictionInput({ source: undefined }));
  return await setup.prediction.judge({ predictionId: id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" });
}

const mutations = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([, procedure]) => procedure._def.type === "mutation")
  .map(([path]) => path)
  .sort();

const expectation = (needs: Needed, role: Role): "UNAUTHORIZED" | "FORBIDDEN" | "OK" => {
  if (needs === "ANYONE") return "OK";
  if (role === "anonymous") return "UNAUTHORIZED";
  if (needs === "SIGNED_IN") return "OK";
  if (role === "admin") return "OK";
  if (role === "editor") return needs === "EDITOR" ? "OK" : "FORBIDDEN";
  return "FORBIDDEN";
};

describe("authorization matrix", () => {
  it("covers every mutation of the router", () => {
    expect(Object.keys(matrix).sort()).toEqual(mutations);
  });

  const rows = Object.entries(matrix).flatMap(([path, entry]) =>
    (["anonymous", "viewer", "editor", "admin"] as const).map(
      (role) => [path, role, expectation(entry.needs, role), entry] as const,
    ),
  );

  it.each(rows)("%s as %s -> %s", async (_path, role, expected, entry) => {
    const actor: Actor | null = role === "anonymous" ? null : api.actors[role];
    const caller = api.callerFor(actor, () => now);
    const setup = api.callerFor(api.actors.admin, () => now);
    const outcome = await entry.call(caller, setup).then(
      () => "OK",
      (error: unknown) => (error instanceof TRPCError ? error.code : `unexpected ${String(error)}`),
    );
    expect(outcome).toBe(expected);
  });

  it("lets anyone read", async () => {
    await expect(api.anonymous.prediction.list({ limit: 5 })).resolves.toBeDefined();
    await expect(api.anonymous.prediction.dueCount()).resolves.toBeTypeOf("number");
    await expect(api.anonymous.analyst.list()).resolves.toBeDefined();
    await expect(api.anonymous.ledger.export({ format: "csv" })).resolves.toContain("key,analyst,");
  });
});
