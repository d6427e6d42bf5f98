import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPredictionInput, judgePredictionInput } from "@hindsight/domain";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "../testing/index";
import { judgePrediction } from "./judgements";
import { createPrediction } from "./predictions";
import { checkScoreCells } from "./score-cells";

let database: TestDatabase;
let admin: pg.Client;
let actor: { userId: string };

beforeAll(async () => {
  database = await createTestDatabase("hindsight_faults");
  actor = await makeUser(database.db, "EDITOR");
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
});
afterAll(async () => {
  await admin.end();
  await database.drop();
});

const waitFor = async <T>(probe: () => Promise<T | null>, what: string): Promise<T> => {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const found = await probe();
    if (found !== null) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe("a judgement transaction interrupted", () => {
  it("leaves no judgement, an unchanged prediction and consistent aggregates, and the next one succeeds", async () => {
    const prediction = await createPrediction(
      database.db,
      createPredictionInput.parse(predictionInput({ source: undefined, probability: 0.7 })),
      actor,
    );
    // Make the judgement's transaction stop after the prediction's UPDATE (and its aggregate
    // trigger) has run, right before the judgement row is written, so it can be killed there.
    await admin.query(`
      CREATE FUNCTION test_stall() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$;
      CREATE TRIGGER test_stall BEFORE INSERT ON "judgement" FOR EACH ROW EXECUTE FUNCTION test_stall();`);
    const input = judgePredictionInput.parse({
      predictionId: prediction.id,
      version: 1,
      outcome: "TRUE",
      resolvedAt: "2026-01-05",
    });
    const judging = judgePrediction(database.db, input, actor, new Date("2026-06-01T00:00:00Z")).then(
      () => "committed",
      (error: unknown) => error,
    );
    const pid = await waitFor(async () => {
      const { rows } = await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`,
      );
      return rows[0]?.pid ?? null;
    }, "the judgement to stall");
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    const outcome = await judging;
    expect(outcome).not.toBe("committed");
    await admin.query("DROP TRIGGER test_stall ON judgement; DROP FUNCTION test_stall();");

    const after = await database.db.prediction.findUniqueOrThrow({ where: { id: prediction.id } });
    expect(after).toMatchObject({ version: 1, outcome: null, resolvedAt: null });
    expect(await database.db.judgement.count({ where: { predictionId: prediction.id } })).toBe(0);
    expect((await checkScoreCells(database.db)).differences).toEqual([]);

    // The pool replaces the killed connection: the same judgement now goes through.
    const judged = await judgePrediction(database.db, input, actor, new Date("2026-06-01T00:00:00Z"));
    expect(judged.outcome).toBe("TRUE");
    expect((await checkScoreCells(database.db)).differences).toEqual([]);
    const [cell] = await database.db.$queryRaw<{ scored: number }[]>`
      SELECT "scored" FROM "score_cell" WHERE "grain" = 'all' AND "analystId" = ${after.analystId}`;
    expect(cell?.scored).toBe(1);
  });
});
