import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractScoreboard, createPredictionInput, judgePredictionInput, scoreboardFromSums } from "@hindsight/domain";
import { createDatabase } from "./client";
import { judgePrediction } from "./repositories/judgements";
import { createPrediction } from "./repositories/predictions";
import { checkScoreCells } from "./repositories/score-cells";
import { scoreboardSums } from "./repositories/scoreboard";
import { seedDemo } from "./seed/index";
import { createDatabaseIfMissing, dropDatabase } from "./server/admin";
import { withDatabase } from "./server/urls";
import { createTestDatabase, makeUser, predictionInput, testServerAdminUrl, type TestDatabase } from "./testing/index";

/**
 * The backup the README describes: `pg_dump --format=custom` of the database, `pg_restore` into an
 * empty one. Needs the client tools of a PostgreSQL at least as new as the server: present where
 * the tests run on the machine's PostgreSQL (DATABASE_URL, as in CI); with the embedded server
 * (PostgreSQL 18) and older tools the test says so and is skipped.
 */
const serverMajor = (url: string) =>
  Number(execFileSync("psql", [url, "-Atc", "SHOW server_version_num"], { encoding: "utf8" }).trim().slice(0, -4));
const toolsMajor = () => {
  const found = spawnSync("pg_dump", ["--version"], { encoding: "utf8" });
  return found.status === 0 ? Number(/(\d+)\.\d+/.exec(found.stdout)?.[1]) : 0;
};

let database: TestDatabase;
let restoredUrl: string;
let dumpDir: string;
let canDump = false;

beforeAll(async () => {
  database = await createTestDatabase("hindsight_backup");
  restoredUrl = withDatabase(testServerAdminUrl(), `hindsight_restored_${randomBytes(4).toString("hex")}`);
  dumpDir = mkdtempSync(path.join(os.tmpdir(), "hindsight-dump-"));
  canDump = toolsMajor() >= serverMajor(database.url);
});
afterAll(async () => {
  rmSync(dumpDir, { recursive: true, force: true });
  await dropDatabase(restoredUrl);
  await database.drop();
});

const scoreboards = async (db: ReturnType<typeof createDatabase>) => ({
  all: contractScoreboard(scoreboardFromSums(await scoreboardSums(db, {}), { minScored: 1 })),
  tagged: contractScoreboard(scoreboardFromSums(await scoreboardSums(db, { tag: "russia" }), { minScored: 1 })),
});

describe("pg_dump and pg_restore", () => {
  it("restore a dump into an empty database with the same scoreboard and consistent aggregates", async (context) => {
    if (!canDump) {
      context.skip("pg_dump here is older than the test server (embedded PostgreSQL 18); set DATABASE_URL");
    }
    const actor = await makeUser(database.db, "EDITOR");
    await seedDemo(database.db);
    for (const [probability, outcome] of [
      [0.8, "TRUE"],
      [0.3, "TRUE"],
      [0.6, "FALSE"],
    ] as const) {
      const prediction = await createPrediction(
        database.db,
        createPredictionInput.parse(predictionInput({ source: undefined, probability, tags: ["Russia"] })),
        actor,
      );
      await judgePrediction(
        database.db,
        judgePredictionInput.parse({ predictionId: prediction.id, version: 1, outcome, resolvedAt: "2026-01-02" }),
        actor,
        new Date("2026-06-01T00:00:00Z"),
      );
    }
    const before = await scoreboards(database.db);
    expect(before.all.population.scored).toBeGreaterThanOrEqual(3);
    expect(before.tagged.analysts.length).toBeGreaterThan(0);

    const dump = path.join(dumpDir, "hindsight.dump");
    execFileSync("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, database.url]);
    await createDatabaseIfMissing(restoredUrl);
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${restoredUrl}`, dump]);

    const restored = createDatabase(restoredUrl, { maxConnections: 2 });
    try {
      expect(await scoreboards(restored)).toEqual(before);
      expect(await restored.prediction.count()).toBe(await database.db.prediction.count());
      expect(await restored.judgement.count()).toBe(await database.db.judgement.count());
      expect((await checkScoreCells(restored)).differences).toEqual([]);
      // The triggers came back too: a judgement in the restored database moves its aggregates.
      const open = await restored.prediction.findFirstOrThrow({
        where: { outcome: null },
        select: { id: true, version: true },
      });
      await judgePrediction(
        restored,
        judgePredictionInput.parse({
          predictionId: open.id,
          version: open.version,
          outcome: "TRUE",
          resolvedAt: "2026-01-03",
        }),
        actor,
        new Date("2026-06-01T00:00:00Z"),
      );
      expect((await checkScoreCells(restored)).differences).toEqual([]);
    } finally {
      await restored.$disconnect();
    }
  });
});
