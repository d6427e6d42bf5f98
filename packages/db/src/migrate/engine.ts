// Loads Prisma's schema engine (compiled to WebAssembly, @prisma/schema-engine-wasm) and connects it
// to PostgreSQL through @prisma/adapter-pg. This replaces the native schema engine, which cannot be
// downloaded on an offline machine. See docs/toolchain.md, "Prisma 7 offline", for the
// pitfalls handled here (numbered below as in that document).

import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type {
  ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";

/** Errors of the migration runner. `code` is stable and meant for programs; `message` for people. */
export class MigrationError extends Error {
  override name = "MigrationError";
  code: string;
  /** The schema engine's own error code (e.g. "P3006") when the engine reported one. */
  engineCode: string | undefined;
  constructor(code: string, message: string, options?: { cause?: unknown; engineCode?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.engineCode = options?.engineCode;
  }
}

// ---------------------------------------------------------------------------------------------
// Connection settings

/** The separate pg connection fields. Never a connectionString (pitfall 3). */
export interface PgFields {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  ssl?: pg.ClientConfig["ssl"];
}

export interface ParsedDatabaseUrl {
  fields: PgFields;
  /** PostgreSQL schema from `?schema=`, when given (Prisma's URL convention). */
  schema: string | undefined;
}

/** Parses a postgres:// URL into separate pg fields. */
export function parseDatabaseUrl(url: string): ParsedDatabaseUrl {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new MigrationError("BAD_DATABASE_URL", "The database URL is not a valid URL.");
  }
  if (u.protocol !== "postgresql:" && u.protocol !== "postgres:") {
    throw new MigrationError(
      "BAD_DATABASE_URL",
      `The database URL must start with postgresql:// (got ${u.protocol}//).`,
    );
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, ""));
  if (!database) {
    throw new MigrationError("BAD_DATABASE_URL", "The database URL names no database.");
  }
  const socketHost = u.searchParams.get("host");
  const host = socketHost ?? (u.hostname.replace(/^\[(.*)\]$/, "$1") || "localhost");
  const fields: PgFields = {
    host,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    database,
  };
  if (u.password) fields.password = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode === "require" || sslmode === "prefer" || sslmode === "no-verify") {
    fields.ssl = { rejectUnauthorized: false };
  } else if (sslmode === "verify-ca" || sslmode === "verify-full") {
    fields.ssl = true;
  }
  return { fields, schema: u.searchParams.get("schema") ?? undefined };
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Runs `fn` with a single client connected to the server's `postgres` database (or `template1`). */
export async function withAdminClient<T>(fields: PgFields, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (const database of ["postgres", "template1"]) {
    const client = new pg.Client({ ...fields, database });
    try {
      await client.connect();
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      continue;
    }
    try {
      return await fn(client);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new MigrationError(
    "CONNECTION_FAILED",
    `Cannot connect to the PostgreSQL server at ${fields.host}:${fields.port} as ${fields.user}: ${errorMessage(lastError)}`,
    { cause: lastError },
  );
}

/** Whether the database exists: connects to it directly, so no access to other databases is needed. */
export async function databaseExists(fields: PgFields): Promise<boolean> {
  const client = new pg.Client({ ...fields });
  try {
    await client.connect();
    return true;
  } catch (error) {
    // 3D000 invalid_catalog_name: the database does not exist.
    if ((error as { code?: string }).code === "3D000") return false;
    throw new MigrationError(
      "CONNECTION_FAILED",
      `Cannot connect to database "${fields.database}" at ${fields.host}:${fields.port} as ${fields.user}: ${errorMessage(error)}`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the database when it does not exist. Returns true when it was created. */
export async function ensureDatabase(fields: PgFields): Promise<boolean> {
  if (await databaseExists(fields)) return false;
  return withAdminClient(fields, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(fields.database)}`);
    } catch (error) {
      // 42P04 duplicate_database: someone else created it meanwhile.
      if ((error as { code?: string }).code === "42P04") return false;
      throw new MigrationError(
        "CREATE_DATABASE_FAILED",
        `Cannot create database "${fields.database}": ${errorMessage(error)}`,
        { cause: error },
      );
    }
    return true;
  });
}

/** Drops a database, closing other sessions connected to it (PostgreSQL 13+). */
export async function dropDatabase(fields: PgFields, database: string): Promise<void> {
  await withAdminClient(fields, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  });
}

// ---------------------------------------------------------------------------------------------
// Pitfall 2: adapter-pg cannot decode the internal `"char"` type (oid 18), which the engine reads
// while introspecting (pg_class.relkind, pg_constraint.contype, ...). A pg Client subclass notes
// the "char" columns of every result and hands them to adapter-pg as text; the adapter wrapper
// below then reports those columns as Character. The note is keyed by the result's `rows` array,
// which adapter-pg passes through unchanged.

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const charColumnsByRows = new WeakMap<object, number[]>();

interface PgFieldLike {
  dataTypeID: number;
}
interface PgResultLike {
  fields?: PgFieldLike[];
  rows?: unknown[];
}

function noteCharColumns(result: unknown): void {
  if (Array.isArray(result)) {
    for (const r of result) noteCharColumns(r);
    return;
  }
  const res = result as PgResultLike | null | undefined;
  if (!res?.fields || !res.rows) return;
  const indices: number[] = [];
  res.fields.forEach((field, i) => {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      indices.push(i);
    }
  });
  if (indices.length > 0) charColumnsByRows.set(res.rows, indices);
}

type AnyFn = (...args: unknown[]) => unknown;
const baseQuery = pg.Client.prototype.query as unknown as AnyFn;

class CharAwareClient extends pg.Client {
  // pg's query() has many overloads; this wrapper handles the callback and the promise form.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as (err: unknown, res: unknown) => void;
      args[args.length - 1] = (err: unknown, res: unknown) => {
        if (!err) noteCharColumns(res);
        callback(err, res);
      };
      return baseQuery.apply(this, args) as never;
    }
    const ret = baseQuery.apply(this, args);
    if (ret && typeof (ret as Promise<unknown>).then === "function") {
      return (ret as Promise<unknown>).then((res) => {
        noteCharColumns(res);
        return res;
      }) as never;
    }
    return ret as never;
  }
}

function fixCharColumns(rs: SqlResultSet): SqlResultSet {
  const indices = charColumnsByRows.get(rs.rows);
  if (indices) {
    for (const i of indices) rs.columnTypes[i] = ColumnTypeEnum.Character;
  }
  return rs;
}

// adapter-pg's executeScript splits the script on every ";", which breaks function bodies
// ($$ ... ; ... $$) in hand-written migrations. The native engine sends a migration script as one
// simple-protocol query; pg does the same for a query without parameters.
function scriptQuery(script: string): SqlQuery {
  return { sql: script, args: [], argTypes: [] };
}

function wrapTransaction(inner: Transaction): Transaction {
  const tx: Transaction = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    options: inner.options,
    queryRaw: async (q) => fixCharColumns(await inner.queryRaw(q)),
    executeRaw: (q) => inner.executeRaw(q),
    commit: () => inner.commit(),
    rollback: () => inner.rollback(),
  };
  if (inner.createSavepoint) tx.createSavepoint = (name) => inner.createSavepoint!(name);
  if (inner.rollbackToSavepoint) tx.rollbackToSavepoint = (name) => inner.rollbackToSavepoint!(name);
  if (inner.releaseSavepoint) tx.releaseSavepoint = (name) => inner.releaseSavepoint!(name);
  return tx;
}

function wrapAdapter(inner: SqlDriverAdapter, afterDispose?: () => Promise<void>): SqlDriverAdapter {
  let disposed: Promise<void> | undefined;
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (q) => fixCharColumns(await inner.queryRaw(q)),
    executeRaw: (q) => inner.executeRaw(q),
    executeScript: async (script) => {
      await inner.executeRaw(scriptQuery(script));
    },
    startTransaction: async (level?: IsolationLevel) => wrapTransaction(await inner.startTransaction(level)),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose: () =>
      (disposed ??= (async () => {
        try {
          await inner.dispose();
        } finally {
          await afterDispose?.();
        }
      })()),
  };
}

/**
 * A migration-aware adapter factory over PrismaPg that (a) fixes "char" columns, (b) runs scripts
 * whole, (c) creates the shadow database itself with separate connection fields (pitfall 3) and
 * drops it only after its pool is closed, and (d) remembers every adapter so that `closeAll` can
 * release every pool (pitfall 5) even when the engine never disposes them.
 */
class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<SqlDriverAdapter>();
  private readonly shadowDatabases = new Set<string>();

  constructor(
    private readonly fields: PgFields,
    private readonly schema: string | undefined,
  ) {}

  private poolConfig(database: string): pg.PoolConfig {
    return {
      ...this.fields,
      database,
      Client: CharAwareClient as unknown as new () => pg.ClientBase,
      max: 4,
      idleTimeoutMillis: 1_000,
      allowExitOnIdle: true,
    };
  }

  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.open.add(adapter);
    const dispose = adapter.dispose;
    adapter.dispose = async () => {
      this.open.delete(adapter);
      await dispose();
    };
    return adapter;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const options = this.schema ? { schema: this.schema } : undefined;
    const inner = await new PrismaPg(this.poolConfig(this.fields.database), options).connect();
    return this.track(wrapAdapter(inner));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withAdminClient(this.fields, async (client) => {
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
      } catch (error) {
        throw new MigrationError(
          "CREATE_DATABASE_FAILED",
          `Cannot create a shadow database (the user needs CREATEDB): ${errorMessage(error)}`,
          { cause: error },
        );
      }
    });
    this.shadowDatabases.add(database);
    const inner = await new PrismaPg(this.poolConfig(database)).connect();
    return this.track(
      wrapAdapter(inner, async () => {
        await this.dropShadow(database);
      }),
    );
  }

  private async dropShadow(database: string): Promise<void> {
    if (!this.shadowDatabases.has(database)) return;
    this.shadowDatabases.delete(database);
    await dropDatabase(this.fields, database);
  }

  /** Disposes every adapter still open (closing its pool), then drops leftover shadow databases. */
  async closeAll(): Promise<void> {
    const errors: unknown[] = [];
    for (const adapter of [...this.open]) {
      await adapter.dispose().catch((e: unknown) => errors.push(e));
    }
    for (const database of [...this.shadowDatabases]) {
      await this.dropShadow(database).catch((e: unknown) => errors.push(e));
    }
    if (errors.length > 0) throw errors[0];
  }
}

// ---------------------------------------------------------------------------------------------
// Pitfall 1: Node 20 cannot import a .wasm module, so the package's entry point (which does
// `import * as wasm from "./schema_engine_bg.wasm"`) fails. Instantiate the .wasm file by hand and
// wire it to the wasm-bindgen glue. Once per process: the glue keeps module-level state, and a
// second instantiation breaks it.

interface PanicRegistry {
  message: string;
  set_message(message: string): void;
  get(): string;
}

// The project's TypeScript lib has no WebAssembly declarations (no DOM lib); the little used here:
interface WasmInstance {
  exports: Record<string, unknown>;
}
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: Record<string, Record<string, unknown>>): Promise<WasmInstance>;
  RuntimeError: new () => Error;
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

type SchemaEngineClass = typeof SchemaEngine;
const LOADED = Symbol.for("hindsight.migrate.schemaEngineWasm");
type GlobalWithEngine = typeof globalThis & {
  [LOADED]?: Promise<SchemaEngineClass>;
  PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry;
};
const g = globalThis as GlobalWithEngine;

function panicRegistry(): PanicRegistry {
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(message: string) {
      this.message = message;
    },
    get() {
      return this.message;
    },
  };
  return g.PRISMA_WASM_PANIC_REGISTRY;
}

async function instantiateEngine(): Promise<SchemaEngineClass> {
  panicRegistry();
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Record<string, unknown> & {
    __wbg_set_wasm(exports: Record<string, unknown>): void;
    SchemaEngine: SchemaEngineClass;
  };
  const module = await Wasm.compile(await readFile(wasmPath));
  const instance = await Wasm.instantiate(module, { "./schema_engine_bg.js": withUnrefTimers(bg) });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg.SchemaEngine;
}

/**
 * Pitfall 5: the engine races its operations against timers (setTimeout; it has no clearTimeout),
 * which would keep the process alive for up to a minute after the work is done. Its timers are
 * unref'ed here; an in-flight engine call keeps the process alive by itself (see keepAlive).
 */
function withUnrefTimers(bg: Record<string, unknown>): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...bg };
  for (const [name, fn] of Object.entries(bg)) {
    if (name.startsWith("__wbg_setTimeout_") && typeof fn === "function") {
      imports[name] = (...args: unknown[]) => {
        const timer = (fn as (...a: unknown[]) => unknown)(...args);
        (timer as { unref?: () => void } | null)?.unref?.();
        return timer;
      };
    }
  }
  return imports;
}

/** Keeps the event loop alive while `promise` is pending (engine timers are unref'ed). */
function keepAlive<T>(promise: Promise<T>): Promise<T> {
  const handle = setInterval(() => {}, 1 << 30);
  return promise.finally(() => clearInterval(handle));
}

export function loadSchemaEngine(): Promise<SchemaEngineClass> {
  g[LOADED] ??= instantiateEngine().catch((error: unknown) => {
    delete g[LOADED];
    throw error;
  });
  return g[LOADED];
}

// ---------------------------------------------------------------------------------------------
// Engine sessions

export interface SchemaFile {
  path: string;
  content: string;
}

export interface EngineSession {
  readonly fields: PgFields;
  /** Calls an engine method; errors become MigrationError. */
  call<M extends EngineMethod>(method: M, input: Parameters<SchemaEngine[M]>[0]): ReturnType<SchemaEngine[M]>;
  /** Frees the engine and closes every pool it opened, dropping leftover shadow databases. */
  close(): Promise<void>;
}

type EngineMethod = {
  [K in keyof SchemaEngine]: SchemaEngine[K] extends (input: never) => Promise<unknown> ? K : never;
}[keyof SchemaEngine] &
  string;

export interface OpenEngineOptions {
  databaseUrl: string;
  /** Prisma schema files; needed only by commands that read the schema's datasource. */
  schemaFiles?: SchemaFile[];
  /** The engine's own JSON log lines (tracing), for debugging. */
  engineLog?: (line: string) => void;
}

/**
 * Starts a schema engine connected to `databaseUrl`. The engine connects when constructed, so the
 * database must exist (see ensureDatabase). Always `close()` the session.
 */
export async function openEngine(opts: OpenEngineOptions): Promise<EngineSession> {
  const { fields, schema } = parseDatabaseUrl(opts.databaseUrl);
  const Engine = await loadSchemaEngine();
  const factory = new MigrationAdapterFactory(fields, schema);
  const bound: ErrorCapturingSqlMigrationAwareDriverAdapterFactory = bindMigrationAwareSqlAdapterFactory(factory);
  const datamodels = opts.schemaFiles?.length
    ? opts.schemaFiles.map((f): [string, string] => [f.path, f.content])
    : undefined;
  const engineLog = opts.engineLog ?? (() => {});

  let engine: SchemaEngine;
  try {
    engine = await keepAlive(Engine.new({ datamodels }, engineLog, bound));
  } catch (error) {
    await factory.closeAll().catch(() => {});
    throw toMigrationError(error, bound, "new");
  }

  let closed = false;
  return {
    fields,
    call(method, input) {
      if (closed) throw new MigrationError("ENGINE_CLOSED", "The schema engine session is closed.");
      // Call through the instance: extracting the method loses the wasm-bindgen `this`.
      const run = (engine[method] as (this: SchemaEngine, i: unknown) => Promise<unknown>).call(engine, input);
      return keepAlive(run).catch((error: unknown) => {
        throw toMigrationError(error, bound, method);
      }) as ReturnType<SchemaEngine[typeof method]>;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        engine.free();
      } finally {
        await factory.closeAll();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Errors

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

function toMigrationError(
  error: unknown,
  bound: ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  method: string,
): MigrationError {
  if (error instanceof MigrationError) return error;
  // A JS error thrown inside the adapter reaches the engine as {kind: "GenericJs", id} and comes
  // back as "External error id#<id>"; the original is kept in the adapter's error registry.
  const id = findGenericJsId(error);
  if (id !== undefined) {
    const original = bound.errorRegistry.consumeError(id)?.error;
    if (original !== undefined) {
      const context =
        typeof (error as { message?: unknown })?.message === "string"
          ? ((error as { message: string }).message.split("\n")[0] ?? "").replace(/^External error id#\d+$/, "")
          : "";
      const message = `${method}: ${context ? `${context}: ` : ""}${errorMessage(original)}`;
      return new MigrationError(original instanceof MigrationError ? original.code : "DATABASE_ERROR", message, {
        cause: original,
      });
    }
  }
  if (error instanceof Wasm.RuntimeError) {
    const panic = panicRegistry().get();
    return new MigrationError("ENGINE_PANIC", `Schema engine panicked in ${method}: ${panic || error.message}`, {
      cause: error,
    });
  }
  const e = error as { code?: unknown; message?: unknown } | null;
  const engineCode = typeof e?.code === "string" ? e.code : undefined;
  const message = typeof e?.message === "string" ? e.message : errorMessage(error);
  return new MigrationError("ENGINE_ERROR", `${method}: ${engineCode ? `${engineCode} ` : ""}${message}`, {
    cause: error,
    ...(engineCode ? { engineCode } : {}),
  });
}

function findGenericJsId(error: unknown): number | undefined {
  const seen = new Set<unknown>();
  const visit = (v: unknown): number | undefined => {
    if (!v || typeof v !== "object" || seen.has(v)) return undefined;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (o.kind === "GenericJs" && typeof o.id === "number") return o.id;
    if (typeof o.message === "string") {
      const m = /External error id#(\d+)/.exec(o.message);
      if (m) return Number(m[1]);
    }
    for (const key of ["cause", "meta", "error"]) {
      const found = visit(o[key]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return visit(error);
}
