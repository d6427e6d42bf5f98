import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkScoreCells, importLedger } from "@hindsight/db";
import { createTestDatabase, type TestDatabase } from "@hindsight/db/testing";
import { readLedger, type LedgerDocument } from "@hindsight/domain";

/**
 * Fault: `hindsight import` killed with SIGKILL halfway through writing a large ledger (no chance
 * to clean up). The import is one transaction, so PostgreSQL must roll all of it back: the row
 * counts are those from before, and the score aggregates still match the raw rows.
 *
 * The set-based import writes tens of thousands of rows in well under a second, too fast to hit
 * "halfway" by timing. So the test holds a SHARE lock on "judgement" (reads go on, inserts wait):
 * the import writes its analysts, sources, predictions and tags, then waits at its judgements,
 * uncommitted, and is killed there.
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = path.join(here, "..", "..", "node_modules", ".bin", "tsx");
const main = path.join(here, "..", "main.ts");

const day = (offset: number) => new Date(Date.UTC(2019, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** A ledger of `count` predictions keyed `<prefix>-<i>` over 200 analysts, half of them judged. */
function ledger(prefix: string, count: number): LedgerDocument {
  return {
    format: "hindsight/v1",
    analysts: Array.from({ length: 200 }, (_, i) => ({ slug: `${prefix}-analyst-${i}`, name: `Analyst ${i}` })),
    sources: Array.from({ length: 1000 }, (_, i) => ({
      key: `${prefix}-source-${i}`,
      title: `Article ${i}`,
      outlet: `Outlet ${i % 20}`,
      publishedAt: day(i % 2000),
    })),
    predictions: Array.from({ length: count }, (_, i) => ({
      key: `${prefix}-${i}`,
      analyst: `${prefix}-analyst-${(i * 7) % 200}`,
      source: `${prefix}-source-${i % 1000}`,
      claim: `Claim ${i}: the measure passes before the deadline`,
      madeAt: day(i % 2000),
      resolveBy: day((i % 2000) + 90),
      probability: ((i * 37) % 99) / 100 + 0.01,
      tags: [`tag-${i % 30}`, `topic-${i % 7}`],
      ...(i % 2 === 0
        ? { resolution: { outcome: i % 4 === 0 ? "TRUE" : "FALSE", resolvedAt: day((i % 2000) + 90) } as const }
        : {}),
    })),
  };
}

let database: TestDatabase;
let dir = "";

const counts = async () => {
  const [row] = await database.db.$queryRawUnsafe<Record<string, number>[]>(
    `SELECT (SELECT count(*)::int FROM "prediction") AS predictions, (SELECT count(*)::int FROM "analyst") AS analysts,
       (SELECT count(*)::int FROM "source") AS sources, (SELECT count(*)::int FROM "tag") AS tags,
       (SELECT count(*)::int FROM "prediction_tag") AS "predictionTags", (SELECT count(*)::int FROM "judgement") AS judgements,
       (SELECT count(*)::int FROM "audit_event") AS audit, (SELECT count(*)::int FROM "score_cell") AS "scoreCells"`,
  );
  return row;
};

/** The import's own connections, told apart from the test's by their application_name. */
const importBackends = () =>
  database.db.$queryRawUnsafe<{ pid: number; writing: boolean; waitingAtJudgements: boolean }[]>(
    `SELECT pid, backend_xid IS NOT NULL AS writing,
       wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "judgement"%' AS "waitingAtJudgements"
     FROM pg_stat_activity
     WHERE datname = current_database() AND application_name = 'killed-import'`,
  );

beforeAll(async () => {
  database = await createTestDatabase("hindsight_cli_import_kill");
  // Something to keep: a first import, judged predictions and their aggregates included.
  const first = readLedger(JSON.stringify(ledger("kept", 300)), "json");
  if (!first.ok) throw new Error("the first ledger is not valid");
  await importLedger(database.db, first.ledger, { userId: null });
  dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-import-kill-"));
});

afterAll(async () => {
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("hindsight import killed halfway", () => {
  it("leaves nothing of that import in the database, and the aggregates consistent", async () => {
    const before = await counts();
    const file = path.join(dir, "big.json");
    writeFileSync(file, JSON.stringify(ledger("killed", 20_000)));

    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const lock = database.db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`LOCK TABLE "judgement" IN SHARE MODE`);
        locked();
        await released;
      },
      { timeout: 90_000 },
    );
    await lockTaken;
    let child: ReturnType<typeof spawn> | null = null;
    try {
      child = spawn(tsx, [main, "import", file], {
        env: { ...process.env, DATABASE_URL: `${database.url}?application_name=killed-import` },
        stdio: ["ignore", "pipe", "pipe"],
        // Its own process group: tsx runs the CLI in a child node process, and killing only the
        // tsx wrapper would leave that child to finish (and commit) the import. The group is all of it.
        detached: true,
      });
      let output = "";
      child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const started = child;
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
        started.once("exit", (code, signal) => resolve(signal ?? code)),
      );

      // Halfway: its transaction has written rows (it holds a transaction id) and waits at the judgements.
      const deadline = Date.now() + 60_000;
      let halfway = false;
      while (!halfway && child.exitCode === null && Date.now() < deadline) {
        halfway = (await importBackends()).some((backend) => backend.writing && backend.waitingAtJudgements);
        if (!halfway) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(halfway, `the import never got halfway:\n${output}`).toBe(true);
      // Nothing of it is visible yet: it is one uncommitted transaction.
      expect(await counts()).toEqual(before);
      process.kill(-child.pid!, "SIGKILL");
      expect(await exited).toBe("SIGKILL");
      expect(output).not.toContain("Imported");
    } finally {
      if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
      release();
      await lock;
    }

    // PostgreSQL notices the closed socket and rolls the transaction back.
    const gone = Date.now() + 30_000;
    while ((await importBackends()).length > 0 && Date.now() < gone) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await importBackends()).toEqual([]);

    expect(await counts()).toEqual(before);
    const [leaks] = await database.db.$queryRawUnsafe<{ leaked: number }[]>(
      `SELECT (SELECT count(*)::int FROM "prediction" WHERE "key" LIKE 'killed-%')
            + (SELECT count(*)::int FROM "analyst" WHERE "slug" LIKE 'killed-%')
            + (SELECT count(*)::int FROM "source" WHERE "key" LIKE 'killed-%') AS leaked`,
    );
    expect(leaks?.leaked).toBe(0);
    const check = await checkScoreCells(database.db);
    expect(check.predictions).toBe(300);
    expect(check.differences).toEqual([]);
  }, 120_000);
});
