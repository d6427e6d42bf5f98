import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../migrate/index";
import { createDatabaseIfMissing, dropDatabase } from "../server/admin";
import { openTestServer } from "../server/test-server";
import { withDatabase } from "../server/urls";

import "./provided";

/**
 * Vitest global setup for suites that need PostgreSQL: uses DATABASE_URL's server when set, else
 * starts a throwaway embedded PostgreSQL. Migrates a template database once; each test file then
 * clones it (createTestDatabase), which takes milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await openTestServer(process.env.DATABASE_URL, "test");
  const { adminUrl } = server;
  const template = `hindsight_template_${randomBytes(4).toString("hex")}`;
  const templateUrl = withDatabase(adminUrl, template);
  await createDatabaseIfMissing(templateUrl);
  await migrateDeploy({ databaseUrl: templateUrl, log: () => undefined });
  project.provide("testDatabaseServer", { adminUrl, template });
  return async () => {
    await dropDatabase(templateUrl);
    await server.stop();
  };
}
