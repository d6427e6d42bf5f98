// Tests of the offline migration runner against a real PostgreSQL: the server the global setup
// chose (DATABASE_URL's when set, else a throwaway embedded PostgreSQL). Every database used here is created
// by this file under a unique name and dropped in afterAll; nothing else on the server is touched.
// Migration directories are temp copies: the real prisma/migrations is only read.

import { createHash, randomBytes } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testServerAdminUrl } from "../testing/index";

import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  MigrationError,
  migrateDeploy,
  migrateDev,
  migrateReset,
  migrateStatus,
} from "./index";

const serverUrl = new URL(testServerAdminUrl());
serverUrl.search = "";
const adminUrl = urlFor("postgres");
const runId = randomBytes(4).toString("hex");
const created = new Set<string>();
const tempDirs: string[] = [];
const quiet = () => undefined;

function urlFor(database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A URL for a database of this test run. Not created: migrateDeploy/migrateDev create it. */
function newDatabaseUrl(label: string): string {
  const name = `hindsight_migrate_test_${runId}_${label}`;
  created.add(name);
  return urlFor(name);
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function databaseExists(name: string): Promise<boolean> {
  return withClient(
    adminUrl,
    async (c) => ((await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount ?? 0) > 0,
  );
}

async function tables(url: string): Promise<string[]> {
  return withClient(url, async (c) => {
    const r = await c.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return r.rows.map((row) => row.table_name);
  });
}

function tempCopy(): { dir: string; migrationsDir: string; schemaPath: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-migrate-test-"));
  tempDirs.push(dir);
  const migrationsDir = path.join(dir, "migrations");
  const schemaPath = path.join(dir, "schema.prisma");
  cpSync(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
  cpSync(DEFAULT_SCHEMA_PATH, schemaPath);
  return { dir, migrationsDir, schemaPath };
}

function migrationNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

const repoMigrations = migrationNames(DEFAULT_MIGRATIONS_DIR);
const initMigration = repoMigrations.find((name) => /^\d{14}_init$/.test(name));

beforeAll(async () => {
  // Fail early with a clear message when no server answers.
  await withClient(adminUrl, (c) => c.query("SELECT 1"));
});

afterAll(async () => {
  await withClient(adminUrl, async (c) => {
    for (const name of created) {
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("the repository's migrations", () => {
  it("start with an init migration and a postgresql lock file", () => {
    expect(initMigration).toBeDefined();
    const lock = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, "migration_lock.toml"), "utf8");
    expect(lock).toMatch(/^provider = "postgresql"$/m);
  });
});

describe("migrateDeploy and migrateStatus on an empty database", () => {
  const url = newDatabaseUrl("deploy");
  const database = new URL(url).pathname.slice(1);

  it("status lists every migration as pending before the first deploy (without creating the database)", async () => {
    const status = await migrateStatus({ databaseUrl: url, log: quiet });
    expect(status.pending).toEqual(repoMigrations);
    expect(status.applied).toEqual([]);
    expect(status.upToDate).toBe(false);
    expect(await databaseExists(database)).toBe(false);
  });

  it("deploy creates the database, applies all migrations, and the tables exist", async () => {
    const lines: string[] = [];
    const result = await migrateDeploy({ databaseUrl: url, log: (l) => lines.push(l) });
    expect(result.applied).toEqual(repoMigrations);
    expect(lines.some((l) => l.includes("Created database"))).toBe(true);
    expect(await tables(url)).toEqual(
      expect.arrayContaining(["_prisma_migrations", "analyst", "judgement", "prediction", "source", "user"]),
    );
  });

  it("records the standard _prisma_migrations rows with sha256 checksums of the files", async () => {
    const rows = await withClient(
      url,
      async (c) =>
        (
          await c.query<{
            migration_name: string;
            checksum: string;
            finished_at: Date | null;
            rolled_back_at: Date | null;
          }>(
            "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
          )
        ).rows,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(repoMigrations);
    for (const row of rows) {
      const sql = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("status reports nothing pending after the deploy", async () => {
    const status = await migrateStatus({ databaseUrl: url, log: quiet });
    expect(status).toEqual({
      applied: repoMigrations,
      pending: [],
      modified: [],
      failed: [],
      missingFromDisk: [],
      upToDate: true,
    });
  });

  it("deploy again is a no-op", async () => {
    const result = await migrateDeploy({ databaseUrl: url, log: quiet });
    expect(result.applied).toEqual([]);
  });

  describe("the hand-written rules of the init migration", () => {
    const insertAnalyst = (c: pg.Client, id: string, slug: string) =>
      c.query(`INSERT INTO analyst (id, slug, name, "updatedAt") VALUES ($1, $2, 'Analyst', now())`, [id, slug]);
    const insertPrediction = (c: pg.Client, id: string, values: Record<string, unknown>) => {
      const row: Record<string, unknown> = {
        id,
        key: `key-${id}`,
        analystId: "a1",
        claim: "It will rain.",
        madeAt: new Date("2026-01-01T00:00:00Z"),
        probability: 0.7,
        probabilitySource: "STATED",
        updatedAt: new Date(),
        ...values,
      };
      const columns = Object.keys(row);
      return c.query(
        `INSERT INTO prediction (${columns.map((k) => `"${k}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
        Object.values(row),
      );
    };

    beforeAll(async () => {
      await withClient(url, async (c) => {
        await insertAnalyst(c, "a1", "analyst-one");
        await insertPrediction(c, "p1", {});
        await c.query(
          `INSERT INTO judgement (id, "predictionId", outcome, "basedOnVersion") VALUES ('j1', 'p1', 'TRUE', 1)`,
        );
      });
    });

    it("CHECK constraints reject impossible predictions", async () => {
      await withClient(url, async (c) => {
        await expect(insertPrediction(c, "bad1", { probability: 1.5 })).rejects.toThrow(/prediction_probability_range/);
        await expect(insertPrediction(c, "bad2", { probability: -0.1 })).rejects.toThrow(
          /prediction_probability_range/,
        );
        await expect(insertPrediction(c, "bad3", { probabilityLow: 0.8, probabilityHigh: 0.9 })).rejects.toThrow(
          /prediction_probability_interval/,
        );
        await expect(insertPrediction(c, "bad4", { probabilityHigh: 1.2 })).rejects.toThrow(
          /prediction_probabilityHigh_range/,
        );
        await expect(insertPrediction(c, "bad5", { quoteStart: -1 })).rejects.toThrow(
          /prediction_quoteStart_nonnegative/,
        );
        await expect(insertPrediction(c, "bad6", { quoteStart: 10, quoteEnd: 5 })).rejects.toThrow(
          /prediction_quote_order/,
        );
        await expect(insertPrediction(c, "bad7", { condition: "if it is cloudy" })).rejects.toThrow(
          /prediction_condition_requires_conditional/,
        );
        await expect(insertPrediction(c, "bad8", { claim: "   " })).rejects.toThrow(/prediction_claim_not_blank/);
        await expect(insertPrediction(c, "bad9", { version: 0 })).rejects.toThrow(/prediction_version_positive/);
        await expect(insertPrediction(c, "bad10", { outcome: "TRUE", credit: 0.5 })).rejects.toThrow(
          /prediction_credit_only_partial/,
        );
        await expect(insertPrediction(c, "bad11", { outcome: "PARTIAL" })).rejects.toThrow(
          /prediction_credit_only_partial/,
        );
        await expect(insertPrediction(c, "bad12", { outcome: "PARTIAL", credit: 1.5 })).rejects.toThrow(
          /prediction_credit_range/,
        );
        await expect(insertAnalyst(c, "a2", "")).rejects.toThrow(/analyst_slug_not_blank/);
        // Valid edge cases pass.
        await insertPrediction(c, "ok1", {
          probability: 0.5,
          probabilityLow: 0.4,
          probabilityHigh: 0.6,
          quoteStart: 0,
          quoteEnd: 0,
          conditional: true,
          condition: "if it is cloudy",
          outcome: "PARTIAL",
          credit: 0.25,
        });
      });
    });

    it("judgement credit exists only for PARTIAL, and a reopening (NULL outcome) has none", async () => {
      await withClient(url, async (c) => {
        const insert = (id: string, outcome: string | null, credit: number | null) =>
          c.query(
            `INSERT INTO judgement (id, "predictionId", outcome, credit, "basedOnVersion") VALUES ($1, 'p1', $2, $3, 1)`,
            [id, outcome, credit],
          );
        await expect(insert("jb1", "TRUE", 0.5)).rejects.toThrow(/judgement_credit_only_partial/);
        await expect(insert("jb2", null, 0.5)).rejects.toThrow(/judgement_credit_only_partial/);
        await expect(insert("jb3", "PARTIAL", null)).rejects.toThrow(/judgement_credit_only_partial/);
        await expect(insert("jb4", "PARTIAL", -0.5)).rejects.toThrow(/judgement_credit_range/);
        await insert("jok1", "PARTIAL", 0.5);
        await insert("jok2", null, null);
      });
    });

    it("judgements are append-only: UPDATE, DELETE and TRUNCATE are refused", async () => {
      await withClient(url, async (c) => {
        await expect(c.query(`UPDATE judgement SET note = 'edited' WHERE id = 'j1'`)).rejects.toThrow(
          "judgement rows are append-only",
        );
        await expect(c.query(`DELETE FROM judgement WHERE id = 'j1'`)).rejects.toThrow(
          "judgement rows are append-only",
        );
        await expect(c.query(`TRUNCATE judgement CASCADE`)).rejects.toThrow("judgement rows are append-only");
        const { rows } = await c.query<{ note: string | null }>(`SELECT note FROM judgement WHERE id = 'j1'`);
        expect(rows).toEqual([{ note: null }]);
      });
    });

    it("the due queue has its partial index", async () => {
      const def = await withClient(
        url,
        async (c) =>
          (
            await c.query<{ indexdef: string }>(
              `SELECT indexdef FROM pg_indexes WHERE indexname = 'prediction_due_idx'`,
            )
          ).rows,
      );
      expect(def[0]?.indexdef).toMatch(/\("resolveBy"\) WHERE \(outcome IS NULL\)/);
    });
  });

  it("reset drops everything (data included) and re-applies all migrations", async () => {
    const result = await migrateReset({ databaseUrl: url, log: quiet });
    expect(result.applied).toEqual(repoMigrations);
    const count = await withClient(
      url,
      async (c) => (await c.query<{ n: string }>("SELECT count(*) AS n FROM prediction")).rows[0]?.n,
    );
    expect(count).toBe("0");
    expect((await migrateStatus({ databaseUrl: url, log: quiet })).upToDate).toBe(true);
  });
});

describe("an applied migration edited afterwards", () => {
  it("makes deploy throw MODIFIED_MIGRATION and status report it as modified", async () => {
    const url = newDatabaseUrl("edited");
    const { migrationsDir } = tempCopy();
    await migrateDeploy({ databaseUrl: url, migrationsDir, log: quiet });
    const edited = repoMigrations[0]!;
    appendFileSync(path.join(migrationsDir, edited, "migration.sql"), "\n-- edited after being applied\n");

    const error = await migrateDeploy({ databaseUrl: url, migrationsDir, log: quiet }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe("MODIFIED_MIGRATION");
    expect((error as MigrationError).message).toContain(edited);

    const status = await migrateStatus({ databaseUrl: url, migrationsDir, log: quiet });
    expect(status.modified).toEqual([edited]);
    expect(status.upToDate).toBe(false);
  });
});

describe("a migration whose SQL fails", () => {
  it("makes deploy throw MIGRATION_FAILED, leaves nothing half-applied, and blocks later deploys", async () => {
    const url = newDatabaseUrl("failed");
    const { migrationsDir } = tempCopy();
    await migrateDeploy({ databaseUrl: url, migrationsDir, log: quiet });
    const broken = "29990101000000_broken";
    cpSync(path.join(migrationsDir, repoMigrations[0]!), path.join(migrationsDir, broken), { recursive: true });
    writeFileSync(
      path.join(migrationsDir, broken, "migration.sql"),
      `CREATE TABLE "half" ("id" TEXT PRIMARY KEY);\nINSERT INTO "nowhere" VALUES (1);\n`,
    );

    await expect(migrateDeploy({ databaseUrl: url, migrationsDir, log: quiet })).rejects.toMatchObject({
      code: "MIGRATION_FAILED",
      message: expect.stringContaining("nowhere"),
    });
    // The script runs as one implicit transaction: its first statement was rolled back.
    expect(await tables(url)).not.toContain("half");

    const status = await migrateStatus({ databaseUrl: url, migrationsDir, log: quiet });
    expect(status.failed).toEqual([broken]);
    expect(status.pending).toEqual([]);
    expect(status.upToDate).toBe(false);
    await expect(migrateDeploy({ databaseUrl: url, migrationsDir, log: quiet })).rejects.toMatchObject({
      code: "FAILED_MIGRATION",
    });
  });
});

describe("migrateDev", () => {
  it("creates a migration for a schema change, applies it, and then reports no changes", async () => {
    const url = newDatabaseUrl("dev");
    const { migrationsDir, schemaPath } = tempCopy();
    appendFileSync(
      schemaPath,
      `\nmodel Widget {\n  id    String @id\n  label String\n  size  Int    @default(1)\n\n  @@map("widget")\n}\n`,
    );

    const first = await migrateDev({ databaseUrl: url, migrationsDir, schemaPath, name: "add widget", log: quiet });
    expect(first.created).toMatch(/^\d{14}_add_widget$/);
    const sql = readFileSync(path.join(migrationsDir, first.created!, "migration.sql"), "utf8");
    expect(sql).toContain(`CREATE TABLE "widget"`);
    // The pending repository migrations are applied first, then the new one.
    expect(first.applied).toEqual([...repoMigrations, first.created]);
    expect(await tables(url)).toContain("widget");

    const second = await migrateDev({ databaseUrl: url, migrationsDir, schemaPath, name: "nothing", log: quiet });
    expect(second).toEqual({ created: null, applied: [] });
    expect(migrationNames(migrationsDir)).toEqual([...repoMigrations, first.created].sort());

    const status = await migrateStatus({ databaseUrl: url, migrationsDir, log: quiet });
    expect(status.upToDate).toBe(true);
  });

  it("with createOnly writes the migration without applying it", async () => {
    const url = newDatabaseUrl("devcreate");
    const { migrationsDir, schemaPath } = tempCopy();
    await migrateDeploy({ databaseUrl: url, migrationsDir, log: quiet });
    writeFileSync(
      schemaPath,
      readFileSync(schemaPath, "utf8").replace(/model Tag \{\n/, "model Tag {\n  colour String?\n"),
    );

    const result = await migrateDev({
      databaseUrl: url,
      migrationsDir,
      schemaPath,
      name: "tag_colour",
      createOnly: true,
      log: quiet,
    });
    expect(result.applied).toEqual([]);
    expect(result.created).toMatch(/^\d{14}_tag_colour$/);
    expect(existsSync(path.join(migrationsDir, result.created!, "migration.sql"))).toBe(true);
    expect(readFileSync(path.join(migrationsDir, result.created!, "migration.sql"), "utf8")).toMatch(
      /ALTER TABLE "tag" ADD COLUMN\s+"colour" TEXT/,
    );
    const status = await migrateStatus({ databaseUrl: url, migrationsDir, log: quiet });
    expect(status.pending).toEqual([result.created]);

    expect((await migrateDeploy({ databaseUrl: url, migrationsDir, log: quiet })).applied).toEqual([result.created]);
  });

  it("reports no changes for the repository's own schema and migrations (hand-written SQL included)", async () => {
    const url = newDatabaseUrl("devclean");
    const { migrationsDir, schemaPath } = tempCopy();
    const result = await migrateDev({
      databaseUrl: url,
      migrationsDir,
      schemaPath,
      name: "none",
      createOnly: true,
      log: quiet,
    });
    expect(result).toEqual({ created: null, applied: repoMigrations });
    expect(migrationNames(migrationsDir)).toEqual(repoMigrations);
  });
});
