import { migrateDeploy } from "../migrate/index";
import { createDatabaseIfMissing } from "./admin";
import { defaultEmbeddedDataDir, startEmbeddedPostgres } from "./embedded";
import { redact, withDatabase } from "./urls";

export interface RuntimeDatabase {
  databaseUrl: string;
  embedded: boolean;
  /** Stops the embedded server (a no-op for an external DATABASE_URL). */
  stop(): Promise<void>;
}

export interface RuntimeOptions {
  /** DATABASE_URL when set; otherwise the embedded server is started. */
  databaseUrl?: string;
  embeddedPort?: number;
  embeddedDataDir?: string;
  log?: (line: string) => void;
}

/**
 * The database the app and CLI run on: DATABASE_URL when given, else the embedded PostgreSQL with
 * its data kept between runs. Creates the database when missing and applies pending migrations.
 */
export async function openRuntimeDatabase(options: RuntimeOptions): Promise<RuntimeDatabase> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.databaseUrl) {
    log(`Database: ${redact(options.databaseUrl)} (DATABASE_URL)`);
    await createDatabaseIfMissing(options.databaseUrl);
    await migrateDeploy({ databaseUrl: options.databaseUrl, log });
    return { databaseUrl: options.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const chosen = options.embeddedDataDir
    ? { dataDir: options.embeddedDataDir, reason: "as configured" }
    : defaultEmbeddedDataDir();
  const started = Date.now();
  const server = await startEmbeddedPostgres({ dataDir: chosen.dataDir, port: options.embeddedPort, log });
  log(
    `Embedded PostgreSQL on 127.0.0.1:${server.port}, data in ${server.dataDir} (${chosen.reason}), ready in ${Date.now() - started} ms`,
  );
  const databaseUrl = withDatabase(server.adminUrl, "hindsight");
  try {
    await createDatabaseIfMissing(databaseUrl);
    await migrateDeploy({ databaseUrl, log });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { databaseUrl, embedded: true, stop: () => server.stop() };
}
