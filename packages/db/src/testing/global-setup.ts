import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../migrate/index";
import { createDatabaseIfMissing, dropDatabase, serverReachable } from "../server/admin";
import { startEmbeddedPostgres } from "../server/embedded";
import { redact, withDatabase } from "../server/urls";

import "./provided";

/**
 * Vitest global setup for suites that need PostgreSQL: uses DATABASE_URL's server when set, else
 * starts a throwaway embedded PostgreSQL. Migrates a template database once; each test file then
 * clones it (createTestDatabase), which takes milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = process.env.DATABASE_URL;
  let adminUrl: string;
  let stopServer = async (): Promise<void> => undefined;
  if (configured) {
    adminUrl = withDatabase(configured, "postgres");
    if (!(await serverReachable(adminUrl))) {
      throw new Error(`DATABASE_URL is set but no PostgreSQL answers at ${redact(adminUrl)}`);
    }
  } else {
    // mkdtemp makes a 0700 directory; PostgreSQL runs as the `postgres` user when we are root.
    const dataRoot = mkdtempSync(path.join(os.tmpdir(), "hindsight-test-pg-"));
    chmodSync(dataRoot, 0o755);
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, "data"),
      ephemeral: true,
      log: () => undefined,
    });
    adminUrl = server.adminUrl;
    stopServer = async () => {
      await server.stop();
      rmSync(dataRoot, { recursive: true, force: true });
    };
  }
  const template = `hindsight_template_${randomBytes(4).toString("hex")}`;
  const templateUrl = withDatabase(adminUrl, template);
  await createDatabaseIfMissing(templateUrl);
  await migrateDeploy({ databaseUrl: templateUrl, log: () => undefined });
  project.provide("testDatabaseServer", { adminUrl, template });
  return async () => {
    await dropDatabase(templateUrl);
    await stopServer();
  };
}
