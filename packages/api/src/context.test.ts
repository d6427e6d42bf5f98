import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseWithReplica, revokeApiKey, type Database } from "@hindsight/db";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "@hindsight/db/testing";
import { createApiKey } from "./auth/api-keys";
import { createContext, databaseFor, type Actor } from "./context";
import { createRestHandler } from "./rest/handler";
import { createCaller } from "./root";

/**
 * DATABASE_REPLICA_URL through the API: a second database stands in for the replica. The two hold
 * different ledgers (nothing is replicated between them), so every answer shows which one it came
 * from: readers must be served by the "replica", writers and their writes by the primary.
 */

let primary: TestDatabase;
let replica: TestDatabase;
let db: Database;
let editor: Actor;
let viewer: Actor;
const onlyOn = { primary: "", replica: "" };
const now = new Date("2026-06-01T12:00:00Z");

const callerFor = (database: Database, actor: Actor | null = null) =>
  createCaller(createContext({ db: database, actor, now: () => now }));

/** Logs and judges one prediction directly on `database`, as an editor there. */
async function judgedPrediction(database: Database, analyst: string, claim: string, probability: number) {
  const writer = callerFor(database, await makeUser(database, "EDITOR"));
  const created = await writer.prediction.create(
    predictionInput({ analyst: { mode: "new", name: analyst }, claim, probability, source: undefined }),
  );
  await writer.prediction.judge({ predictionId: created.id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-02" });
  return created;
}

beforeAll(async () => {
  primary = await createTestDatabase("hindsight_api_primary");
  replica = await createTestDatabase("hindsight_api_replica");
  onlyOn.primary = (await judgedPrediction(primary.db, "Petra Primary", "Only the primary has this claim", 0.8)).id;
  onlyOn.replica = (await judgedPrediction(replica.db, "Rhea Replica", "Only the replica has this claim", 0.6)).id;
  // Users exist on both, as they would on a replica that had caught up.
  editor = await makeUser(primary.db, "EDITOR", "Edith Editor");
  viewer = await makeUser(primary.db, "VIEWER", "Vera Viewer");
  for (const user of [editor, viewer]) {
    await replica.db.user.create({
      data: { id: user.userId, name: "copy", email: `${user.userId}@example.test`, role: user.role },
    });
  }
  db = createDatabaseWithReplica(primary.url, replica.url, { maxConnections: 4 });
});
afterAll(async () => {
  await db.$disconnect();
  await primary.drop();
  await replica.drop();
});

const claims = (page: { items: { claim: string }[] }) => page.items.map((item) => item.claim);

describe("with a replica", () => {
  it("serves anonymous readers and viewers from the replica: scoreboard, list, detail", async () => {
    for (const reader of [callerFor(db), callerFor(db, viewer)]) {
      const board = await reader.scoreboard.get({ minScored: 1 });
      expect(board.analysts.map((line) => line.name)).toEqual(["Rhea Replica"]);
      expect(board.population.scored).toBe(1);
      expect(claims(await reader.prediction.list({}))).toEqual(["Only the replica has this claim"]);
      expect((await reader.analyst.list()).items.map((analyst) => analyst.name)).toEqual(["Rhea Replica"]);
      expect((await reader.prediction.byId({ id: onlyOn.replica })).outcome).toBe("TRUE");
      await expect(reader.prediction.byId({ id: onlyOn.primary })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("writes an editor's prediction to the primary and answers with the primary's rows", async () => {
    const writer = callerFor(db, editor);
    const created = await writer.prediction.create(
      predictionInput({ analyst: { mode: "new", name: "Petra Primary" }, claim: "Logged by the editor" }),
    );
    expect(created.claim).toBe("Logged by the editor");
    expect(await primary.db.prediction.count({ where: { id: created.id } })).toBe(1);
    expect(await replica.db.prediction.count({ where: { id: created.id } })).toBe(0);

    // The detail after a judgement is read on the primary: the replica does not have the prediction.
    const judged = await writer.prediction.judge({
      predictionId: created.id,
      version: 1,
      outcome: "FALSE",
      resolvedAt: "2026-01-15",
    });
    expect(judged).toMatchObject({ id: created.id, outcome: "FALSE", version: 2 });
    expect(judged.judgements.map((judgement) => judgement.judgedBy?.name)).toEqual(["Edith Editor"]);
    expect(await replica.db.judgement.count({ where: { predictionId: created.id } })).toBe(0);

    // The editor reads their own writes; a reader sees the replica, which has not caught up (lag).
    expect((await writer.prediction.byId({ id: created.id })).outcome).toBe("FALSE");
    expect(claims(await writer.prediction.list({}))).toEqual([
      "Logged by the editor",
      "Only the primary has this claim",
    ]);
    expect((await writer.scoreboard.get({ minScored: 1 })).analysts.map((line) => line.scored)).toEqual([2]);
    await expect(callerFor(db).prediction.byId({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("through the REST API: reads from the replica, a key made a moment ago writes to the primary", async () => {
    const handler = createRestHandler({ db, now: () => now });
    const request = (method: string, path: string, init: { key?: string; body?: unknown } = {}) =>
      handler(
        new Request(`http://localhost:3000/api/v1${path}`, {
          method,
          headers: {
            ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
            ...(init.body ? { "content-type": "application/json" } : {}),
          },
          body: init.body ? JSON.stringify(init.body) : undefined,
        }),
      );
    const read = (await (await request("GET", "/predictions")).json()) as { items: { claim: string }[] };
    expect(claims(read)).toEqual(["Only the replica has this claim"]);

    // The key exists only on the primary (not replicated yet); authentication reads the primary.
    const owner = { ownerId: editor.userId, actorId: editor.userId };
    const key = await createApiKey(primary.db, { name: "Fresh", role: "EDITOR" }, owner, now);
    const created = await request("POST", "/predictions", {
      key: key.key,
      body: {
        analyst: { mode: "new", name: "Api Writer" },
        claim: "Logged through REST",
        madeAt: "2026-01-10",
        probability: 0.7,
      },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(await primary.db.prediction.count({ where: { id } })).toBe(1);
    expect(await replica.db.prediction.count({ where: { id } })).toBe(0);

    // Revoked on the primary: refused at once, though the replica knows nothing of it.
    await revokeApiKey(primary.db, key.id, { actorId: editor.userId }, now);
    const refused = await request("POST", "/predictions", {
      key: key.key,
      body: {
        analyst: { mode: "new", name: "Api Writer" },
        claim: "After revoking",
        madeAt: "2026-01-10",
        probability: 0.7,
      },
    });
    expect(refused.status).toBe(401);
  });
});

describe("without a replica", () => {
  it("reads and writes one database, for readers and writers alike", async () => {
    const single = createDatabaseWithReplica(primary.url, undefined, { maxConnections: 4 });
    try {
      const created = await callerFor(single, editor).prediction.create(
        predictionInput({ analyst: { mode: "new", name: "Petra Primary" }, claim: "One database", source: undefined }),
      );
      expect(claims(await callerFor(single).prediction.list({ limit: 1 }))).toEqual(["One database"]);
      expect((await callerFor(single).prediction.byId({ id: created.id })).claim).toBe("One database");
      const board = await callerFor(single).scoreboard.get({ minScored: 1 });
      expect(board.analysts.map((line) => line.name)).toContain("Petra Primary");
      expect(board.analysts.map((line) => line.name)).not.toContain("Rhea Replica");
      expect((await callerFor(single).prediction.byId({ id: onlyOn.primary })).outcome).toBe("TRUE");
      expect(await replica.db.prediction.count({ where: { claim: "One database" } })).toBe(0);
    } finally {
      await single.$disconnect();
    }
  });
});

describe("databaseFor", () => {
  it("keeps one client per URL and per URL pair, the replicated one apart from the plain one", async () => {
    const plain = databaseFor(primary.url);
    const withReplica = databaseFor(primary.url, replica.url);
    try {
      expect(databaseFor(primary.url)).toBe(plain);
      expect(databaseFor(primary.url, replica.url)).toBe(withReplica);
      expect(databaseFor(primary.url, undefined)).toBe(plain);
      expect(withReplica).not.toBe(plain);
      expect((await plain.analyst.findMany({ select: { name: true } })).map((row) => row.name)).not.toContain(
        "Rhea Replica",
      );
      expect((await withReplica.analyst.findMany({ select: { name: true } })).map((row) => row.name)).toEqual([
        "Rhea Replica",
      ]);
    } finally {
      await withReplica.$disconnect();
    }
  });
});
