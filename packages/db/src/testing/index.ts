import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createDatabase, type Database } from "../client";
import { createDatabaseIfMissing, dropDatabase } from "../server/admin";
import { withDatabase } from "../server/urls";
import "./provided";

export * from "./factories";

export interface TestDatabase {
  url: string;
  db: Database;
  /** Disconnects and drops the database. */
  drop(): Promise<void>;
}

/** The server chosen by the global setup (DATABASE_URL's, or a throwaway embedded one). */
export const testServerAdminUrl = (): string => inject("testDatabaseServer").adminUrl;

/** A fresh, migrated database of its own for one test file, cloned from the template. */
export async function createTestDatabase(prefix = "hindsight_test"): Promise<TestDatabase> {
  const { adminUrl, template } = inject("testDatabaseServer");
  const url = withDatabase(adminUrl, `${prefix}_${randomBytes(5).toString("hex")}`);
  await createDatabaseIfMissing(url, template);
  const db = createDatabase(url, { maxConnections: 25 });
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(url);
    },
  };
}
