import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testServerAdminUrl } from "../testing/index";
import { dropDatabase } from "../server/admin";
import { withDatabase } from "../server/urls";
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, migrateDev } from "./index";

// Hand-written migration SQL (indexes, checks) must not drift from schema.prisma: otherwise the
// next `pnpm db:migrate:dev` would quietly generate a migration that undoes it.
const databaseUrl = withDatabase(testServerAdminUrl(), `hindsight_drift_${randomBytes(4).toString("hex")}`);
const migrationsCopy = mkdtempSync(path.join(os.tmpdir(), "hindsight-drift-"));

afterAll(async () => {
  await dropDatabase(databaseUrl);
  rmSync(migrationsCopy, { recursive: true, force: true });
});

describe("the committed migrations", () => {
  it("match schema.prisma: migrate dev finds nothing to create", async () => {
    cpSync(DEFAULT_MIGRATIONS_DIR, migrationsCopy, { recursive: true });
    const result = await migrateDev({
      databaseUrl,
      schemaPath: DEFAULT_SCHEMA_PATH,
      migrationsDir: migrationsCopy,
      name: "drift_check",
      createOnly: true,
      log: () => undefined,
    });
    expect(result.created).toBeNull();
    expect(readdirSync(migrationsCopy).sort()).toEqual(readdirSync(DEFAULT_MIGRATIONS_DIR).sort());
  });
});
