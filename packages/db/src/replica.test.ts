import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPredictionInput, judgePredictionInput, updatePredictionInput } from "@hindsight/domain";
import type { Database } from "./client";
import { createDatabaseWithReplica, onPrimary, onReplica } from "./replica";
import { judgePrediction } from "./repositories/judgements";
import { updatePrediction } from "./repositories/prediction-edit";
import { createPrediction } from "./repositories/predictions";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "./testing/index";

// Two databases from the same template: "replica" stands in for a streaming replica. They are made
// to differ (one analyst only in each), so every read shows which database answered it.
let primary: TestDatabase;
let replica: TestDatabase;
let db: Database;

const names = async (client: Database) =>
  (await client.analyst.findMany({ select: { name: true }, orderBy: { name: "asc" } })).map((row) => row.name);
const rawNames = async (client: Database) =>
  (await client.$queryRaw<{ name: string }[]>`SELECT "name" FROM "analyst" ORDER BY "name"`).map((row) => row.name);

beforeAll(async () => {
  primary = await createTestDatabase("hindsight_primary");
  replica = await createTestDatabase("hindsight_replica");
  await primary.db.analyst.create({ data: { slug: "only-on-primary", name: "Only On Primary" } });
  await replica.db.analyst.create({ data: { slug: "only-on-replica", name: "Only On Replica" } });
  db = createDatabaseWithReplica(primary.url, replica.url, { maxConnections: 4 });
});
afterAll(async () => {
  await db.$disconnect();
  await primary.drop();
  await replica.drop();
});

describe("createDatabaseWithReplica with a replica URL", () => {
  it("reads models from the replica outside a transaction", async () => {
    expect(await names(db)).toEqual(["Only On Replica"]);
    expect(await db.analyst.count()).toBe(1);
    expect(await db.analyst.findUnique({ where: { slug: "only-on-primary" } })).toBeNull();
  });

  it("sends raw SQL to the primary, and to the replica through onReplica", async () => {
    expect(await rawNames(db)).toEqual(["Only On Primary"]);
    expect(await rawNames(onReplica(db))).toEqual(["Only On Replica"]);
    expect(await names(onReplica(db))).toEqual(["Only On Replica"]);
  });

  it("reads everything on the primary through onPrimary", async () => {
    expect(await names(onPrimary(db))).toEqual(["Only On Primary"]);
    expect(await rawNames(onPrimary(db))).toEqual(["Only On Primary"]);
  });

  it("runs everything inside a transaction on the primary, reads included", async () => {
    const seen = await db.$transaction(async (tx) => await tx.analyst.findMany({ select: { name: true } }));
    expect(seen).toEqual([{ name: "Only On Primary" }]);
  });

  it("writes to the primary only", async () => {
    await db.analyst.create({ data: { slug: "written-through-db", name: "Written Through Db" } });
    expect(await primary.db.analyst.count({ where: { slug: "written-through-db" } })).toBe(1);
    expect(await replica.db.analyst.count({ where: { slug: "written-through-db" } })).toBe(0);
    // Not replicated here, so a plain read does not see it: what replication lag looks like.
    expect(await db.analyst.findUnique({ where: { slug: "written-through-db" } })).toBeNull();
  });

  it("answers a judgement and an edit with the primary's detail, never a stale replica read", async () => {
    const actor = await makeUser(primary.db, "EDITOR");
    const created = await createPrediction(
      db,
      createPredictionInput.parse(
        predictionInput({ claim: "Logged through the replicated client", source: undefined }),
      ),
      actor,
    );
    expect(await replica.db.prediction.count({ where: { id: created.id } })).toBe(0);

    // The prediction exists only on the primary: a detail read from the replica would be NOT_FOUND.
    const judged = await judgePrediction(
      db,
      judgePredictionInput.parse({ predictionId: created.id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-15" }),
      actor,
      new Date("2026-06-01T00:00:00Z"),
    );
    expect(judged).toMatchObject({ id: created.id, outcome: "TRUE", version: 2 });
    expect(judged.judgements.map((judgement) => judgement.outcome)).toEqual(["TRUE"]);

    const edited = await updatePrediction(
      db,
      updatePredictionInput.parse({ id: created.id, version: 2, criteria: "Edited on the primary" }),
      actor,
    );
    expect(edited).toMatchObject({ id: created.id, criteria: "Edited on the primary", version: 3 });
    expect(await replica.db.judgement.count()).toBe(0);
  });
});

describe("createDatabaseWithReplica without a replica URL", () => {
  it("is one database for reads, raw SQL and writes, and onPrimary/onReplica change nothing", async () => {
    const single = createDatabaseWithReplica(primary.url, undefined, { maxConnections: 2 });
    try {
      expect(onPrimary(single)).toBe(single);
      expect(onReplica(single)).toBe(single);
      await single.analyst.create({ data: { slug: "single-database", name: "Single Database" } });
      expect(await names(single)).toContain("Single Database");
      expect(await rawNames(single)).toContain("Single Database");
      expect(await names(single)).toEqual(await names(primary.db));
      expect(await replica.db.analyst.count({ where: { slug: "single-database" } })).toBe(0);
    } finally {
      await single.$disconnect();
    }
  });
});
