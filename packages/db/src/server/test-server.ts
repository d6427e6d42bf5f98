import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { serverReachable } from "./admin";
import { startEmbeddedPostgres } from "./embedded";
import { redact, withDatabase } from "./urls";

export interface TestServer {
  /** URL of the server's `postgres` database; test suites create (and drop) their own databases on it. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server a test run uses: `databaseUrl`'s server when given (it must answer), else a
 * throwaway embedded PostgreSQL in a temp dir, deleted when stopped.
 */
export async function openTestServer(databaseUrl: string | undefined, label: string): Promise<TestServer> {
  if (databaseUrl) {
    const adminUrl = withDatabase(databaseUrl, "postgres");
    if (!(await serverReachable(adminUrl))) {
      throw new Error(`DATABASE_URL is set but no PostgreSQL answers at ${redact(adminUrl)}`);
    }
    return { adminUrl, stop: async () => undefined };
  }
  // mkdtemp makes a 0700 directory; PostgreSQL runs as the `postgres` user when we are root.
  const dataRoot = mkdtempSync(path.join(os.tmpdir(), `hindsight-${label}-pg-`));
  chmodSync(dataRoot, 0o755);
  let server;
  try {
    server = await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, "data"),
      ephemeral: true,
      log: () => undefined,
    });
  } catch (error) {
    rmSync(dataRoot, { recursive: true, force: true });
    throw error;
  }
  return {
    adminUrl: server.adminUrl,
    stop: async () => {
      await server.stop();
      rmSync(dataRoot, { recursive: true, force: true });
    },
  };
}
