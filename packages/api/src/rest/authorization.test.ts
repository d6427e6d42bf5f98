import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revokeApiKey } from "@hindsight/db";
import { predictionInput } from "@hindsight/db/testing";
import { createApiKey } from "../auth/api-keys";
import { createApiHarness, rowCounts, type ApiHarness } from "../test/harness";
import { createRestHandler } from "./handler";
import { restRoutes } from "./routes";

/**
 * The REST authorization matrix: every endpoint of the route table, called with no key and with
 * each kind of key. Reads are public; writes need a key whose role is editor (the key's role
 * decides, not its owner's). A key that is presented but not valid (revoked, expired, unknown,
 * malformed) is refused with 401 on reads too, as README documents: a script with a broken key
 * learns at once instead of reading on as anonymous. Filing a dispute needs no key (a public
 * filing) or any valid key (filed as its owner). An endpoint added to the route table without
 * a row here fails the first test.
 */

type Identity =
  | "anonymous"
  | "viewer key"
  | "editor key"
  | "admin-owned editor key"
  | "admin-owned viewer key"
  | "revoked key"
  | "expired key"
  | "wrong key"
  | "malformed header";

type OperationId = (typeof restRoutes)[number]["operationId"];

interface Call {
  path: string;
  body?: unknown;
}

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");
const handler = createRestHandler({ db: () => api.database.db, now: () => now });

/** The Authorization header each identity sends (null: none). */
const authorization = {} as Record<Identity, string | null>;
const ids = { prediction: "", source: "", analystSlug: "", question: "" };

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_rest_authorization");
  const { db } = api.database;
  const { admin, editor, viewer } = api.actors;
  const key = async (role: "EDITOR" | "VIEWER", ownerId: string, options: { expiresAt?: string; at?: Date } = {}) =>
    createApiKey(
      db,
      { name: `${role} key`, role, expiresAt: options.expiresAt },
      { ownerId, actorId: admin.userId },
      options.at ?? now,
    );

  const revoked = await key("EDITOR", admin.userId);
  await revokeApiKey(db, revoked.id, { actorId: admin.userId }, now);
  const bearer = (value: string) => `Bearer ${value}`;
  Object.assign(authorization, {
    anonymous: null,
    "viewer key": bearer((await key("VIEWER", viewer.userId)).key),
    "editor key": bearer((await key("EDITOR", editor.userId)).key),
    "admin-owned editor key": bearer((await key("EDITOR", admin.userId)).key),
    "admin-owned viewer key": bearer((await key("VIEWER", admin.userId)).key),
    "revoked key": bearer(revoked.key),
    "expired key": bearer(
      (await key("EDITOR", admin.userId, { expiresAt: "2026-03-01", at: new Date("2026-01-01T00:00:00Z") })).key,
    ),
    // Well-formed, the right prefix and length, but no such key.
    "wrong key": bearer(`hs_${randomBytes(32).toString("base64url")}`),
    "malformed header": "Basic ZWRpdG9yOnBhc3N3b3Jk",
  } satisfies Record<Identity, string | null>);

  const created = await api.editor.prediction.create(predictionInput());
  ids.prediction = created.id;
  ids.source = created.source?.id ?? "";
  ids.analystSlug = created.analyst.slug;
  ids.question = (await api.editor.question.create({ key: "q-matrix", title: "The matrix question" })).key;
});
afterAll(async () => {
  await api?.database.drop();
});

/** Each endpoint: a call with valid input (set up fresh for every attempt), so that only the key decides. */
const calls: Record<OperationId, () => Promise<Call>> = {
  listPredictions: async () => ({ path: "/predictions?limit=5" }),
  getPrediction: async () => ({ path: `/predictions/${ids.prediction}` }),
  createPrediction: async () => ({
    path: "/predictions",
    body: predictionInput({ analyst: { mode: "new", name: "Matrix Analyst" }, source: undefined }),
  }),
  judgePrediction: async () => {
    const { id, version } = await api.editor.prediction.create(predictionInput({ source: undefined }));
    return { path: `/predictions/${id}/judgements`, body: { version, outcome: "TRUE", resolvedAt: "2026-01-01" } };
  },
  linkPrediction: async () => {
    const { id, version } = await api.editor.prediction.create(predictionInput({ source: undefined }));
    return { path: `/predictions/${id}/question`, body: { version, question: ids.question, negated: true } };
  },
  listQuestions: async () => ({ path: "/questions?limit=5" }),
  getQuestion: async () => ({ path: `/questions/${ids.question}` }),
  createQuestion: async () => ({ path: "/questions", body: { title: "A question created through the matrix" } }),
  addQuestionReference: async () => {
    const { key } = await api.editor.question.create({ title: "A question for a reference" });
    return {
      path: `/questions/${key}/references`,
      body: { probability: 0.3, source: "Base rate", asOf: "2025-01-01" },
    };
  },
  judgeQuestion: async () => {
    const { key, version } = await api.editor.question.create({ title: "A question to judge" });
    return { path: `/questions/${key}/judgements`, body: { version, outcome: "TRUE", resolvedAt: "2026-01-01" } };
  },
  listAnalysts: async () => ({ path: "/analysts" }),
  getAnalyst: async () => ({ path: `/analysts/${ids.analystSlug}` }),
  listSources: async () => ({ path: "/sources" }),
  getSource: async () => ({ path: `/sources/${ids.source}` }),
  getScoreboard: async () => ({ path: "/scoreboard?minScored=1" }),
  listClaimReviews: async () => ({ path: "/claimreviews?since=2025-01-01&limit=5" }),
  listPredictionDisputes: async () => ({ path: `/predictions/${ids.prediction}/disputes` }),
  fileDispute: async () => {
    const { id } = await judgedPrediction();
    // Name and email serve a call without a key; a key's owner files as themselves.
    return {
      path: `/predictions/${id}/disputes`,
      body: { text: "The judgement is wrong", evidence: [], name: "Pat Public", email: "pat@example.org" },
    };
  },
  answerDispute: async () => {
    const { id } = await judgedPrediction();
    const dispute = await api.viewer.dispute.create({ predictionId: id, text: "The judgement is wrong" });
    return { path: `/disputes/${dispute.id}/answers`, body: { version: 1, decision: "UPHOLD" } };
  },
};

/** A prediction with a judgement, which may be disputed. */
async function judgedPrediction() {
  const { id, version } = await api.editor.prediction.create(predictionInput({ source: undefined }));
  return await api.editor.prediction.judge({ predictionId: id, version, outcome: "FALSE", resolvedAt: "2026-01-01" });
}

const identities = [
  "anonymous",
  "viewer key",
  "editor key",
  "admin-owned editor key",
  "admin-owned viewer key",
  "revoked key",
  "expired key",
  "wrong key",
  "malformed header",
] as const satisfies readonly Identity[];

/** The status each identity gets: a presented key that is not valid is refused before anything else. */
function expected(access: "public" | "editor" | "anyone", success: number, identity: Identity): number {
  if (["revoked key", "expired key", "wrong key", "malformed header"].includes(identity)) return 401;
  if (access === "public" || access === "anyone") return success;
  if (identity === "anonymous") return 401;
  if (identity === "viewer key" || identity === "admin-owned viewer key") return 403;
  return success;
}

describe("REST authorization matrix", () => {
  it("covers every endpoint of the route table", () => {
    expect(Object.keys(calls).sort()).toEqual(restRoutes.map((route) => route.operationId).sort());
  });

  const rows = restRoutes.flatMap((route) =>
    identities.map(
      (identity) =>
        [
          `${route.method} ${route.path}`,
          identity,
          expected(route.access, route.status, identity),
          route.operationId,
          route.method,
        ] as const,
    ),
  );

  it.each(rows)("%s as %s -> %i", async (_endpoint, identity, status, operationId, method) => {
    const call = await calls[operationId]();
    const headers = new Headers();
    const header = authorization[identity];
    if (header !== null) headers.set("authorization", header);
    if (call.body !== undefined) headers.set("content-type", "application/json");
    const before = await rowCounts(api.database);

    const response = await handler(
      new Request(`http://localhost:3000/api/v1${call.path}`, {
        method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      }),
    );
    const body = (await response.json()) as { error?: { code: string; message: string } };

    expect(response.status, body.error?.message).toBe(status);
    if (status === 401) {
      expect(body.error?.code).toBe("UNAUTHORIZED");
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="hindsight"');
    }
    if (status === 403) expect(body.error?.code).toBe("FORBIDDEN");
    if (status >= 400) {
      // A refused call writes nothing, not even an audit entry.
      const after = await rowCounts(api.database);
      expect(after).toEqual(before);
    }
  });
});
