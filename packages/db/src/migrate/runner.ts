// Offline replacement for `prisma migrate deploy|dev|status|reset`, driving Prisma's own schema engine
// (WebAssembly build) through engine.ts. It reads and writes the standard layout
// (prisma/migrations/<timestamp>_<name>/migration.sql, migration_lock.toml) and the standard
// `_prisma_migrations` table with sha256 checksums, so the stock Prisma CLI can take over wherever
// the native engine is available. Never call `prisma migrate` on an offline machine: with a dummy
// engine it reports success without applying anything.

import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";

import type { HistoryDiagnostic, MigrationDirectory, MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";

import {
  databaseExists,
  ensureDatabase,
  errorMessage,
  MigrationError,
  openEngine,
  parseDatabaseUrl,
  quoteIdent,
} from "./engine";
import type { EngineSession, PgFields, SchemaFile } from "./engine";

export { MigrationError } from "./engine";

export interface MigrateOptions {
  /** postgres URL of the target database */
  databaseUrl: string;
  /** default: <repo>/prisma/schema.prisma */
  schemaPath?: string;
  /** default: <repo>/prisma/migrations */
  migrationsDir?: string;
  /** progress lines; default console.log */
  log?: (line: string) => void;
}

export interface MigrationStatus {
  /** Migrations recorded as successfully applied in the database (including ones missing from disk). */
  applied: string[];
  /** Migrations on disk not yet applied. */
  pending: string[];
  /** Applied migrations whose migration.sql changed since (checksum mismatch). */
  modified: string[];
  /** Migrations that failed and were not rolled back. */
  failed: string[];
  /** Migrations applied to the database but absent from the migrations directory. */
  missingFromDisk: string[];
  upToDate: boolean;
}

export interface MigrateDevOptions extends MigrateOptions {
  /** The migration's name; the folder is <yyyymmddhhmmss>_<name>. */
  name: string;
  /** Write the migration but do not apply it (to edit it by hand first). */
  createOnly?: boolean;
  /** Apply a migration even when the engine warns that it loses data. Default false: throw DATA_LOSS. */
  acceptDataLoss?: boolean;
}

const REPO_PRISMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../prisma");
export const DEFAULT_SCHEMA_PATH = path.join(REPO_PRISMA_DIR, "schema.prisma");
export const DEFAULT_MIGRATIONS_DIR = path.join(REPO_PRISMA_DIR, "migrations");

const LOCKFILE = "migration_lock.toml";
const FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Applies pending migrations, creating the database if it is missing. A no-op when up to date.
 * Throws MigrationError MODIFIED_MIGRATION when an applied migration's file was edited, and
 * FAILED_MIGRATION when a previous migration failed and was not resolved.
 */
export async function migrateDeploy(opts: MigrateOptions): Promise<{ applied: string[] }> {
  const ctx = context(opts);
  const started = Date.now();
  await prepareDatabase(ctx);
  const migrationsList = await readMigrations(ctx.migrationsDir);
  ctx.log(`${plural(migrationsList.migrationDirectories.length, "migration")} found in ${ctx.migrationsDirShown}`);

  return withEngine(ctx, undefined, async (engine) => {
    const diagnosis = await engine.call("diagnoseMigrationHistory", {
      migrationsList,
      optInToShadowDatabase: false,
      filters: FILTERS,
    });
    assertHistoryUsable(diagnosis.editedMigrationNames, diagnosis.failedMigrationNames);
    const missing = missingFromDisk(diagnosis.history);
    if (missing.length > 0) {
      ctx.log(`Warning: applied migrations missing from ${ctx.migrationsDirShown}: ${missing.join(", ")}`);
    }

    const { appliedMigrationNames } = await applyMigrations(engine, migrationsList);
    for (const name of appliedMigrationNames) ctx.log(`Applied migration ${name}`);
    ctx.log(
      appliedMigrationNames.length === 0
        ? `No pending migrations to apply (${ms(started)}).`
        : `${plural(appliedMigrationNames.length, "migration")} applied (${ms(started)}).`,
    );
    return { applied: appliedMigrationNames };
  });
}

/**
 * Applies pending migrations, then diffs the schema against the migrations (replayed on a shadow
 * database that is created and dropped here) and writes the difference as a new migration, which
 * is applied unless `createOnly`. `created` is null when the schema has no changes.
 */
export async function migrateDev(opts: MigrateDevOptions): Promise<{ created: string | null; applied: string[] }> {
  const ctx = context(opts);
  const started = Date.now();
  const name = migrationNameSlug(opts.name);
  const schemaFiles = await readSchema(ctx.schemaPath);
  await prepareDatabase(ctx);

  return withEngine(ctx, schemaFiles, async (engine) => {
    const schema = { files: schemaFiles };
    let migrationsList = await readMigrations(ctx.migrationsDir);

    // Edited or failed migrations are reported as such (devDiagnostic would only ask for a reset).
    const diagnosis = await engine.call("diagnoseMigrationHistory", {
      migrationsList,
      optInToShadowDatabase: false,
      filters: FILTERS,
    });
    assertHistoryUsable(diagnosis.editedMigrationNames, diagnosis.failedMigrationNames);
    // Drift and divergence checks, replaying the migrations on a shadow database. The engine only
    // diffs through a shadow database after such a diagnosis of an in-sync history, and applying
    // migrations cancels it (measured; docs/toolchain.md pitfall 4), so it is repeated after applying.
    const dev = await engine.call("devDiagnostic", { migrationsList, filters: FILTERS });
    if (dev.action.tag === "reset") {
      throw new MigrationError(
        "RESET_REQUIRED",
        `${dev.action.reason}\nThe database must be reset before new migrations can be created ` +
          `(migrateReset drops all its data).`,
      );
    }

    const applied: string[] = [];
    const pending = await applyMigrations(engine, migrationsList);
    for (const m of pending.appliedMigrationNames) ctx.log(`Applied migration ${m}`);
    applied.push(...pending.appliedMigrationNames);
    if (pending.appliedMigrationNames.length > 0) {
      await engine.call("diagnoseMigrationHistory", { migrationsList, optInToShadowDatabase: true, filters: FILTERS });
    }

    const loss = await engine.call("evaluateDataLoss", { migrationsList, schema, filters: FILTERS });
    if (loss.migrationSteps === 0) {
      ctx.log(`No schema changes: the migrations match ${path.basename(ctx.schemaPath)} (${ms(started)}).`);
      return { created: null, applied };
    }
    if (loss.unexecutableSteps.length > 0 && !opts.createOnly) {
      throw new MigrationError(
        "UNEXECUTABLE_MIGRATION",
        "The migration cannot be applied to this database:\n" +
          loss.unexecutableSteps.map((s) => `  - ${s.message}`).join("\n") +
          "\nUse createOnly to write it and edit the SQL by hand.",
      );
    }
    if (loss.warnings.length > 0) {
      const lines = loss.warnings.map((w) => `  - ${w.message}`).join("\n");
      if (!opts.createOnly && !opts.acceptDataLoss) {
        throw new MigrationError(
          "DATA_LOSS",
          `The migration would lose data:\n${lines}\nPass acceptDataLoss to apply it, or createOnly to review it first.`,
        );
      }
      ctx.log(`Warnings for the migration:\n${lines}`);
    }

    const result = await engine.call("createMigration", {
      draft: false,
      migrationName: name,
      migrationsList,
      schema,
      filters: FILTERS,
    });
    if (result.migrationScript === null) {
      ctx.log(`No schema changes (${ms(started)}).`);
      return { created: null, applied };
    }
    const created = result.generatedMigrationName;
    await writeMigration(ctx.migrationsDir, created, result.extension, result.migrationScript, result.connectorType);
    ctx.log(`Created migration ${path.join(ctx.migrationsDirShown, created, `migration.${result.extension}`)}`);

    if (!opts.createOnly) {
      migrationsList = await readMigrations(ctx.migrationsDir);
      const now = await applyMigrations(engine, migrationsList);
      for (const m of now.appliedMigrationNames) ctx.log(`Applied migration ${m}`);
      applied.push(...now.appliedMigrationNames);
    }
    ctx.log(`migrate dev done (${ms(started)}).`);
    return { created, applied };
  });
}

/** Compares the migrations directory with the database's `_prisma_migrations` table. Read-only. */
export async function migrateStatus(opts: MigrateOptions): Promise<MigrationStatus> {
  const ctx = context(opts);
  const migrationsList = await readMigrations(ctx.migrationsDir);
  const onDisk = migrationsList.migrationDirectories.map((d) => d.path);

  const exists = await databaseExists(ctx.fields);
  if (!exists) {
    ctx.log(`Database "${ctx.fields.database}" does not exist: ${plural(onDisk.length, "migration")} pending.`);
    return status({ applied: [], pending: onDisk, modified: [], failed: [], missingFromDisk: [] });
  }

  return withEngine(ctx, undefined, async (engine) => {
    const diagnosis = await engine.call("diagnoseMigrationHistory", {
      migrationsList,
      optInToShadowDatabase: false,
      filters: FILTERS,
    });
    const applied = diagnosis.hasMigrationsTable ? await appliedMigrations(ctx) : [];
    const appliedSet = new Set(applied);
    const failedSet = new Set(diagnosis.failedMigrationNames);
    const history = diagnosis.history;
    let pending: string[];
    if (history && "unappliedMigrationNames" in history) {
      pending = history.unappliedMigrationNames.filter((m) => !failedSet.has(m));
    } else {
      pending = onDisk.filter((m) => !appliedSet.has(m) && !failedSet.has(m));
    }
    const result = status({
      applied,
      pending,
      modified: diagnosis.editedMigrationNames,
      failed: diagnosis.failedMigrationNames,
      missingFromDisk: missingFromDisk(history),
    });
    ctx.log(describeStatus(result));
    return result;
  });
}

/**
 * Drops everything in the target database's schema (tables, types, functions, the migrations
 * table...) and re-applies all migrations. Creates the database if missing. ALL DATA IS LOST.
 */
export async function migrateReset(opts: MigrateOptions): Promise<{ applied: string[] }> {
  const ctx = context(opts);
  const started = Date.now();
  await prepareDatabase(ctx);
  const migrationsList = await readMigrations(ctx.migrationsDir);

  return withEngine(ctx, undefined, async (engine) => {
    ctx.log(`Resetting database "${ctx.fields.database}" (all data is dropped)`);
    await engine.call("reset", { filter: FILTERS });
    const { appliedMigrationNames } = await applyMigrations(engine, migrationsList);
    for (const name of appliedMigrationNames) ctx.log(`Applied migration ${name}`);
    ctx.log(`Database reset; ${plural(appliedMigrationNames.length, "migration")} applied (${ms(started)}).`);
    return { applied: appliedMigrationNames };
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

interface Context {
  databaseUrl: string;
  fields: PgFields;
  schema: string | undefined;
  schemaPath: string;
  migrationsDir: string;
  migrationsDirShown: string;
  log: (line: string) => void;
}

function context(opts: MigrateOptions): Context {
  const { fields, schema } = parseDatabaseUrl(opts.databaseUrl);
  const migrationsDir = path.resolve(opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const relative = path.relative(process.cwd(), migrationsDir);
  return {
    databaseUrl: opts.databaseUrl,
    fields,
    schema,
    schemaPath: path.resolve(opts.schemaPath ?? DEFAULT_SCHEMA_PATH),
    migrationsDir,
    migrationsDirShown: relative && !relative.startsWith("..") ? relative : migrationsDir,
    log: opts.log ?? ((line) => console.log(line)),
  };
}

async function prepareDatabase(ctx: Context): Promise<void> {
  if (await ensureDatabase(ctx.fields)) {
    ctx.log(`Created database "${ctx.fields.database}" on ${ctx.fields.host}:${ctx.fields.port}`);
  }
}

async function withEngine<T>(
  ctx: Context,
  schemaFiles: SchemaFile[] | undefined,
  fn: (engine: EngineSession) => Promise<T>,
): Promise<T> {
  const engine = await openEngine({
    databaseUrl: ctx.databaseUrl,
    ...(schemaFiles ? { schemaFiles } : {}),
  });
  let result: T;
  try {
    result = await fn(engine);
  } catch (error) {
    await engine.close().catch(() => {});
    throw error;
  }
  await engine.close();
  return result;
}

async function readSchema(schemaPath: string): Promise<SchemaFile[]> {
  try {
    return [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
  } catch (error) {
    throw new MigrationError(
      "SCHEMA_NOT_FOUND",
      `Cannot read the Prisma schema ${schemaPath}: ${errorMessage(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** Reads the migrations directory the way the Prisma CLI does (a missing directory is empty). */
export async function readMigrations(migrationsDir: string): Promise<MigrationList> {
  const lockContent = await readFile(path.join(migrationsDir, LOCKFILE), "utf8").catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const directories: MigrationDirectory[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const file = "migration.sql";
    const content = await readFile(path.join(migrationsDir, entry.name, file), "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: unknown) => ({ tag: "error" as const, value: errorMessage(error) }),
    );
    directories.push({ path: entry.name, migrationFile: { path: file, content } });
  }
  directories.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: directories,
  };
}

async function writeMigration(
  migrationsDir: string,
  name: string,
  extension: string,
  script: string,
  provider: string,
): Promise<void> {
  const dir = path.join(migrationsDir, name);
  if (existsSync(dir)) {
    throw new MigrationError("MIGRATION_EXISTS", `The migration directory already exists: ${dir}`);
  }
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `migration.${extension}`), script, "utf8");
  await writeFile(
    path.join(migrationsDir, LOCKFILE),
    "# Please do not edit this file manually\n" +
      "# It should be added in your version-control system (e.g., Git)\n" +
      `provider = "${provider}"\n`,
    "utf8",
  );
}

/** Applies the pending migrations; a migration whose SQL fails becomes MIGRATION_FAILED. */
async function applyMigrations(engine: EngineSession, migrationsList: MigrationList) {
  try {
    return await engine.call("applyMigrations", { migrationsList, filters: FILTERS });
  } catch (error) {
    if (error instanceof MigrationError && (error.code === "ENGINE_ERROR" || error.code === "DATABASE_ERROR")) {
      throw new MigrationError("MIGRATION_FAILED", error.message, {
        cause: error,
        ...(error.engineCode ? { engineCode: error.engineCode } : {}),
      });
    }
    throw error;
  }
}

function migrationNameSlug(name: string): string {
  const slug = name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!slug) {
    throw new MigrationError("INVALID_NAME", `The migration name ${JSON.stringify(name)} has no usable characters.`);
  }
  return slug;
}

function assertHistoryUsable(edited: string[], failed: string[]): void {
  if (edited.length > 0) {
    throw new MigrationError(
      "MODIFIED_MIGRATION",
      `${edited.length === 1 ? "The migration" : "The migrations"} ${edited.join(", ")} ` +
        `${edited.length === 1 ? "was" : "were"} modified after being applied (checksum mismatch). ` +
        "Restore the applied version of the file and put the change in a new migration.",
    );
  }
  if (failed.length > 0) {
    throw new MigrationError(
      "FAILED_MIGRATION",
      `The migration(s) ${failed.join(", ")} failed in this database. Fix the database by hand and ` +
        "mark the migration rolled back (or reset a development database) before migrating again.",
    );
  }
}

function missingFromDisk(history: HistoryDiagnostic | null): string[] {
  if (!history) return [];
  if (history.diagnostic === "databaseIsBehind") return [];
  return history.unpersistedMigrationNames;
}

function status(s: Omit<MigrationStatus, "upToDate">): MigrationStatus {
  return {
    ...s,
    upToDate: s.pending.length + s.modified.length + s.failed.length + s.missingFromDisk.length === 0,
  };
}

function describeStatus(s: MigrationStatus): string {
  if (s.upToDate) return `Database schema is up to date (${plural(s.applied.length, "migration")} applied).`;
  const parts: string[] = [];
  if (s.pending.length) parts.push(`pending: ${s.pending.join(", ")}`);
  if (s.modified.length) parts.push(`modified after being applied: ${s.modified.join(", ")}`);
  if (s.failed.length) parts.push(`failed: ${s.failed.join(", ")}`);
  if (s.missingFromDisk.length) parts.push(`applied but missing from disk: ${s.missingFromDisk.join(", ")}`);
  return `Database schema is not up to date; ${parts.join("; ")}.`;
}

/** Names of successfully applied, not rolled back migrations, in order of application. */
async function appliedMigrations(ctx: Context): Promise<string[]> {
  const table = `${ctx.schema ? `${quoteIdent(ctx.schema)}.` : ""}${quoteIdent("_prisma_migrations")}`;
  const client = new pg.Client({ ...ctx.fields });
  await client.connect();
  try {
    const r = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM ${table}
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
        ORDER BY started_at, migration_name`,
    );
    return [...new Set(r.rows.map((row) => row.migration_name))];
  } finally {
    await client.end().catch(() => {});
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function ms(started: number): string {
  return `${Date.now() - started} ms`;
}
