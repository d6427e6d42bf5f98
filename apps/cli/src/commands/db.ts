import { createDatabase, type Database } from "@hindsight/db";
import {
  createDatabaseIfMissing,
  defaultEmbeddedDataDir,
  migrateDeploy,
  migrateDev,
  migrateReset,
  migrateStatus,
  openRuntimeDatabase,
  redact,
  seedDemoWithSample,
  startEmbeddedPostgres,
  withDatabase,
  type RuntimeDatabase,
} from "@hindsight/db/runtime";
import { UsageError, type CliEnv } from "../env";

/**
 * Runs `work` against DATABASE_URL or the embedded default, stopping the latter afterwards. With
 * `migrate`, pending migrations are applied first. Progress goes to `log` (stdout by default; a
 * command that prints JSON sends it to stderr).
 */
export async function withServer<T>(
  env: CliEnv,
  work: (databaseUrl: string) => Promise<T>,
  options: { migrate: boolean; log?: (line: string) => void },
): Promise<T> {
  const log = options.log ?? ((line: string) => console.log(line));
  let runtime: RuntimeDatabase;
  if (options.migrate) {
    runtime = await openRuntimeDatabase({
      databaseUrl: env.databaseUrl,
      embeddedPort: env.embeddedPort,
      embeddedDataDir: env.embeddedDataDir,
      log,
    });
  } else if (env.databaseUrl) {
    runtime = { databaseUrl: env.databaseUrl, embedded: false, stop: async () => undefined };
    log(`Database: ${redact(env.databaseUrl)} (DATABASE_URL)`);
  } else {
    // Start the embedded server without applying anything: status/dev/reset decide for themselves.
    const dataDir = env.embeddedDataDir ?? defaultEmbeddedDataDir().dataDir;
    const server = await startEmbeddedPostgres({ dataDir, port: env.embeddedPort, log: () => undefined });
    const databaseUrl = withDatabase(server.adminUrl, "hindsight");
    log(`Database: embedded PostgreSQL, data in ${server.dataDir}`);
    runtime = { databaseUrl, embedded: true, stop: () => server.stop() };
  }
  try {
    return await work(runtime.databaseUrl);
  } finally {
    await runtime.stop();
  }
}

/** `work` with a small client on `databaseUrl` (a command needs two connections at most), closed afterwards. */
export async function usingDatabase<T>(databaseUrl: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = createDatabase(databaseUrl, { maxConnections: 2 });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/**
 * `work` with a client on the ledger's database (DATABASE_URL or the embedded one), migrated
 * first. With `json`, the database's progress lines go to stderr so that stdout holds the JSON alone.
 */
export async function withLedger<T>(
  env: CliEnv,
  work: (db: Database) => Promise<T>,
  options: { json?: boolean; log?: (line: string) => void } = {},
): Promise<T> {
  const log = options.log ?? (options.json ? (line: string) => console.error(line) : undefined);
  return await withServer(env, (databaseUrl) => usingDatabase(databaseUrl, work), { migrate: true, log });
}

export const DB_HELP = `usage: hindsight db <migrate | migrate-dev --name <name> [--create-only] | status | reset [--force] [--no-seed] | seed>

  migrate                apply pending migrations (offline, through Prisma's WebAssembly schema engine)
  migrate-dev --name <n> create a migration from a change to prisma/schema.prisma and apply it;
                         --create-only writes it without applying, to add SQL by hand first
  status                 list applied and pending migrations
  reset [--force]        drop everything, re-apply migrations and load the demo data (--no-seed: without it);
                         asks first unless --force
  seed                   load the demo data (idempotent): the labelled corpus and the fictional sample
                         newsroom (docs/demo-data.md; \`pnpm hindsight demo remove-sample\` removes it)

The database is DATABASE_URL when set, otherwise the embedded one.

examples:
  pnpm hindsight db status
  pnpm db:migrate:dev --name add_something
  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/hindsight pnpm hindsight db migrate`;

export async function dbCommand(env: CliEnv, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case "migrate":
      return await withServer(
        env,
        async (databaseUrl) => {
          await createDatabaseIfMissing(databaseUrl);
          const { applied } = await migrateDeploy({ databaseUrl });
          console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
          return 0;
        },
        { migrate: false },
      );
    case "migrate-dev": {
      const nameIndex = rest.indexOf("--name");
      const name = nameIndex >= 0 ? rest[nameIndex + 1] : undefined;
      if (!name || !/^[a-z0-9_]+$/i.test(name))
        throw new UsageError("usage: pnpm db:migrate:dev --name <name> [--create-only]   (name: letters, digits, _)");
      const createOnly = rest.includes("--create-only");
      return await withServer(
        env,
        async (databaseUrl) => {
          await createDatabaseIfMissing(databaseUrl);
          const result = await migrateDev({ databaseUrl, name, createOnly });
          console.log(
            result.created
              ? `Created prisma/migrations/${result.created}${createOnly ? " (not applied)" : ""}.`
              : "The schema has no changes: no migration created.",
          );
          return 0;
        },
        { migrate: false },
      );
    }
    case "status":
      return await withServer(
        env,
        async (databaseUrl) => {
          await createDatabaseIfMissing(databaseUrl);
          const status = await migrateStatus({ databaseUrl });
          console.log(`Applied: ${status.applied.length}`);
          for (const [label, names] of [
            ["Pending", status.pending],
            ["Modified after applying", status.modified],
            ["Failed", status.failed],
            ["Applied but missing from disk", status.missingFromDisk],
          ] as const) {
            if (names.length) console.log(`${label}:\n${names.map((name) => `  ${name}`).join("\n")}`);
          }
          console.log(status.upToDate ? "Database is up to date." : "Database is NOT up to date.");
          return status.upToDate ? 0 : 1;
        },
        { migrate: false },
      );
    case "reset":
      if (!rest.includes("--force") && !process.stdin.isTTY) {
        // Nobody can confirm from a script or a pipe: a wipe must be asked for explicitly.
        throw new UsageError("db reset deletes every row: pass --force when not running in a terminal");
      }
      if (!rest.includes("--force")) {
        const { createInterface } = await import("node:readline/promises");
        const prompt = createInterface({ input: process.stdin, output: process.stdout });
        const answer = await prompt.question("This deletes every row in the database. Type 'reset' to continue: ");
        prompt.close();
        if (answer.trim() !== "reset") {
          console.error("Not reset.");
          return 1;
        }
      }
      return await withServer(
        env,
        async (databaseUrl) => {
          await createDatabaseIfMissing(databaseUrl);
          const { applied } = await migrateReset({ databaseUrl });
          console.log(`Reset: re-applied ${applied.length} migration(s).`);
          if (!rest.includes("--no-seed")) await seed(databaseUrl);
          return 0;
        },
        { migrate: false },
      );
    case "seed":
      return await withServer(
        env,
        async (databaseUrl) => {
          await seed(databaseUrl);
          return 0;
        },
        { migrate: true },
      );
    default:
      throw new UsageError(
        sub
          ? `unknown db action "${sub}": use migrate, migrate-dev, status, reset or seed`
          : "db needs an action: migrate, migrate-dev, status, reset or seed",
      );
  }
}

async function seed(databaseUrl: string): Promise<void> {
  await usingDatabase(databaseUrl, async (db) => {
    const counts = await seedDemoWithSample(db);
    const sample = counts.sample.counts.predictions;
    console.log(
      `Demo data: ${counts.predictions.created} predictions created, ${counts.predictions.updated} updated, ${counts.predictions.unchanged} unchanged;` +
        ` fictional sample newsroom: ${sample.created} created, ${sample.updated} updated, ${sample.unchanged} unchanged` +
        " (`pnpm hindsight demo remove-sample` removes it).",
    );
  });
}
