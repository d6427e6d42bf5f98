import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { createApiKey } from "@hindsight/api";
import { createDatabase } from "@hindsight/db";
import {
  createDatabaseIfMissing,
  dropDatabase,
  migrateDeploy,
  openTestServer,
  repoRoot,
  withDatabase,
  type TestServer,
} from "@hindsight/db/runtime";
import { ms, progress, table } from "../harness";
import { buildLedger } from "./ledger";

const USAGE = `usage: pnpm test:load [-- --duration <seconds>] [--connections <n>] [--predictions <n>] [--keys <n>]

  Load test of the built app (run \`flock /tmp/hindsight-web-build.lock pnpm build\` first, and hold
  the same lock while this runs: flock /tmp/hindsight-web-build.lock pnpm test:load).
  Builds a fresh database of --predictions (100000) over 10k analysts, serves the build with
  \`next start\` on a free loopback port, and drives each endpoint in turn with autocannon for
  --duration seconds (15) over --connections connections (50), next to a bare Node + pg baseline.
  Exits 1 on any connection error, timeout or unexpected status (409 is expected for racing
  judgements); latency targets (reads p99 <= 100 ms) are reported, not enforced.`;

const here = path.dirname(fileURLToPath(import.meta.url));
const webDir = path.join(repoRoot, "apps", "web");
const READ_P99_TARGET_MS = 100;
/** Writes per API key in the whole run: under the default 60 a minute, whatever the windows. */
const WRITES_PER_KEY = 55;
/** More writes a second than this machine class manages; it sizes the key pool. */
const WRITE_RATE_CEILING = 400;

interface Options {
  duration: number;
  connections: number;
  predictions: number;
  analysts: number;
  keys: number | null;
}

function readOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== "--"),
    strict: true,
    options: {
      duration: { type: "string", default: "15" },
      connections: { type: "string", default: "50" },
      predictions: { type: "string", default: "100000" },
      analysts: { type: "string", default: "10000" },
      keys: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return null;
  const whole = (name: string, text: string | undefined, min: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number >= ${min}`);
    return value;
  };
  return {
    duration: whole("duration", values.duration, 1),
    connections: whole("connections", values.connections, 1),
    predictions: whole("predictions", values.predictions, 1000),
    analysts: Math.min(10_000, whole("analysts", values.analysts, 1)),
    keys: values.keys === undefined ? null : whole("keys", values.keys, 1),
  };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

async function waitForHttp(url: string, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`nothing answered at ${url} within ${timeoutMs} ms:\n${output()}`);
}

/** A child process in its own group, with its output kept for when something goes wrong. */
function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  return { child, output: () => output };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
}

interface Measured {
  name: string;
  kind: "read" | "write" | "baseline";
  result: autocannon.Result;
  loadBefore: number;
  loadAfter: number;
}

/** Statuses an endpoint may answer under load: 200 for reads; 201, or 409 when judgements race. */
const expectedStatuses = { read: ["200"], baseline: ["200"], write: ["201", "409"] };

function unexpected(measured: Measured): string[] {
  const problems: string[] = [];
  const { result } = measured;
  if (result.errors > 0) problems.push(`${result.errors} connection errors (${result.timeouts} timeouts)`);
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) {
    if (expectedStatuses[measured.kind].includes(status)) continue;
    // autocannon files answers cut off at the end of the run (or by its timeout) under "undefined".
    problems.push(`${stats.count ?? 0} x ${status === "undefined" ? "no status (cut off)" : `HTTP ${status}`}`);
  }
  return problems;
}

/**
 * Waits until the server answers a cheap request quickly again: requests autocannon gave up on
 * are still being worked through after a saturated run, and must not slow the next endpoint's.
 */
async function settle(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    const response = await fetch(url).catch(() => null);
    await response?.arrayBuffer();
    if (response?.ok && Date.now() - started < 50) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  progress(`${url} was still slow after 60 s; measuring anyway`);
}

async function measure(name: string, kind: Measured["kind"], options: autocannon.Options): Promise<Measured> {
  await settle(new URL("/api/v1/openapi.json", String(options.url)).toString());
  progress(`${name}: ${options.connections} connections for ${options.duration} s`);
  const loadBefore = os.loadavg()[0] ?? 0;
  const result = await autocannon({ timeout: 10, ...options });
  return { name, kind, result, loadBefore, loadAfter: os.loadavg()[0] ?? 0 };
}

export async function runLoadTest(options: Options): Promise<number> {
  if (!existsSync(path.join(webDir, ".next", "BUILD_ID"))) {
    console.error(
      "test:load: apps/web/.next holds no production build. Build first, then run the load test, both under the build lock:\n" +
        "  flock /tmp/hindsight-web-build.lock pnpm build\n" +
        "  flock /tmp/hindsight-web-build.lock pnpm test:load",
    );
    return 2;
  }
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const step of cleanups.splice(0).reverse()) await step().catch((error: unknown) => progress(String(error)));
  };
  const interrupted = () => void cleanUp().then(() => process.exit(130));
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const server: TestServer = await openTestServer(process.env.DATABASE_URL, "load");
    cleanups.push(() => server.stop());
    const databaseUrl = withDatabase(server.adminUrl, `hindsight_load_${randomBytes(4).toString("hex")}`);
    await createDatabaseIfMissing(databaseUrl);
    cleanups.push(() => dropDatabase(databaseUrl));
    await migrateDeploy({ databaseUrl, log: () => undefined });

    progress(`building ${options.predictions.toLocaleString("en")} predictions over ${options.analysts} analysts`);
    const started = Date.now();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    let readIds: string[];
    let writeTargets: { id: string; version: number }[];
    try {
      await buildLedger(client, options.predictions, options.analysts);
      readIds = (
        await client.query<{ id: string }>(`SELECT "id" FROM "prediction" ORDER BY md5("id") LIMIT 2000`)
      ).rows.map((row) => row.id);
      // Open predictions made before today, so that a judgement dated today is valid.
      writeTargets = (
        await client.query<{ id: string; version: number }>(
          `SELECT "id", "version" FROM "prediction" WHERE "outcome" IS NULL AND "madeAt" < now() - interval '1 day'
           ORDER BY md5("id") LIMIT 2000`,
        )
      ).rows;
    } finally {
      await client.end();
    }
    progress(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // The API keys: one editor key is the point; more keep every key under the 60-a-minute write limit.
    const keyCount = options.keys ?? Math.ceil((options.duration * WRITE_RATE_CEILING) / WRITES_PER_KEY) + 1;
    const db = createDatabase(databaseUrl, { maxConnections: 2 });
    const keys: string[] = [];
    try {
      const owner = await db.user.create({
        data: { id: "load-editor", name: "Load Editor", email: "load-editor@load.test", role: "EDITOR" },
        select: { id: true },
      });
      for (let i = 0; i < keyCount; i += 1) {
        const created = await createApiKey(
          db,
          { name: `Load ${i}`, role: "EDITOR" },
          { ownerId: owner.id },
          new Date(),
        );
        keys.push(created.key);
      }
    } finally {
      await db.$disconnect();
    }
    progress(`${keys.length} editor API keys (at most ${WRITES_PER_KEY} writes each)`);

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const next = start(
      path.join(webDir, "node_modules", ".bin", "next"),
      ["start", "--port", String(port), "--hostname", "127.0.0.1"],
      {
        cwd: webDir,
        env: {
          ...process.env,
          NODE_ENV: "production",
          DATABASE_URL: databaseUrl,
          HINDSIGHT_AUTH_SECRET: randomBytes(32).toString("hex"),
          HINDSIGHT_BASE_URL: baseUrl,
          NEXT_TELEMETRY_DISABLED: "1",
          PORT: String(port),
        },
      },
    );
    cleanups.push(() => stopProcess(next.child));
    await waitForHttp(`${baseUrl}/api/v1/openapi.json`, 60_000, next.output);

    const baselinePort = await freePort();
    const baseline = start(path.join(repoRoot, "node_modules", ".bin", "tsx"), [path.join(here, "baseline.ts")], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(baselinePort) },
    });
    cleanups.push(() => stopProcess(baseline.child));
    const baselineUrl = `http://127.0.0.1:${baselinePort}`;
    await waitForHttp(`${baselineUrl}/predictions?tag=tag-7`, 30_000, baseline.output);

    const listQuery = "tag=tag-7&status=OPEN";
    const reads: { name: string; path: () => string }[] = [
      { name: "GET /scoreboard (page)", path: () => "/scoreboard" },
      { name: `GET /?${listQuery} (page)`, path: () => `/?${listQuery}` },
      { name: `GET /api/v1/predictions?${listQuery}`, path: () => `/api/v1/predictions?${listQuery}` },
    ];
    let readIndex = 0;
    const predictionPath = () => `/predictions/${readIds[readIndex++ % readIds.length]}`;

    // Warm-up, unmeasured: the first renders load code and fill PostgreSQL's caches.
    progress("warming up");
    for (const read of [...reads, { name: "", path: predictionPath }]) {
      for (let i = 0; i < 10; i += 1) {
        const response = await fetch(`${baseUrl}${read.path()}`);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`warm-up: ${read.path()} answered ${response.status}`);
      }
    }

    const common = { connections: options.connections, duration: options.duration };
    const measured: Measured[] = [];
    measured.push(
      await measure("baseline: node:http + pg, same list query", "baseline", {
        ...common,
        url: `${baselineUrl}/predictions?${listQuery}`,
      }),
    );
    for (const read of reads)
      measured.push(await measure(read.name, "read", { ...common, url: `${baseUrl}${read.path()}` }));
    measured.push(
      await measure("GET /predictions/{id} (page)", "read", {
        ...common,
        url: baseUrl,
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: predictionPath() }) }],
      }),
    );

    const versions = new Map(writeTargets.map((target) => [target.id, target.version]));
    const today = new Date().toISOString().slice(0, 10);
    let writes = 0;
    measured.push(
      await measure("POST /api/v1/predictions/{id}/judgements", "write", {
        ...common,
        url: baseUrl,
        requests: [
          {
            method: "POST",
            setupRequest: (request, context) => {
              const target = writeTargets[writes % writeTargets.length]!;
              const key = keys[Math.floor(writes / WRITES_PER_KEY) % keys.length];
              writes += 1;
              (context as { id?: string }).id = target.id;
              return {
                ...request,
                path: `/api/v1/predictions/${target.id}/judgements`,
                headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
                body: JSON.stringify({
                  version: versions.get(target.id) ?? 1,
                  outcome: writes % 2 ? "TRUE" : "FALSE",
                  resolvedAt: today,
                }),
              };
            },
            onResponse: (status, body, context) => {
              const id = (context as { id?: string }).id ?? "";
              // A 201 says the new version; a 409 means another connection judged it first: read on.
              if (status === 201) versions.set(id, (JSON.parse(body) as { version: number }).version);
              else if (status === 409) versions.set(id, (versions.get(id) ?? 1) + 1);
            },
          },
        ],
      }),
    );
    const keysExhausted = writes > keys.length * WRITES_PER_KEY;

    const rows = measured.map((entry) => {
      const { result } = entry;
      const stats = result.statusCodeStats ?? {};
      const count = (status: string) => stats[status as `${number}`]?.count ?? 0;
      const problems = unexpected(entry);
      const target = entry.kind === "read" ? (result.latency.p99 <= READ_P99_TARGET_MS ? "met" : "MISSED") : "-";
      return [
        entry.name,
        Math.round(result.requests.average).toLocaleString("en"),
        ms(result.latency.p50),
        ms(result.latency.p99),
        `${(result.throughput.total / Math.max(1, result.requests.total) / 1024).toFixed(1)} KB`,
        (count("200") + count("201")).toLocaleString("en"),
        count("409").toLocaleString("en"),
        problems.length ? problems.join("; ") : "0",
        target,
        `${entry.loadBefore.toFixed(1)} -> ${entry.loadAfter.toFixed(1)}`,
      ];
    });
    console.log(
      `\nLoad test: ${options.predictions.toLocaleString("en")} predictions, ${options.connections} connections, ` +
        `${options.duration} s per endpoint, next start (production build) on ${os.cpus().length} cores; ` +
        `autocannon, PostgreSQL and the app share this machine.\n`,
    );
    console.log(
      table(
        [
          "endpoint",
          "req/s",
          "p50",
          "p99",
          "2xx",
          "409 (expected)",
          "errors / unexpected",
          `p99 <= ${READ_P99_TARGET_MS} ms`,
          "load avg (1 min)",
        ],
        rows,
      ),
    );
    const failures = measured.flatMap((entry) => unexpected(entry).map((problem) => `${entry.name}: ${problem}`));
    if (keysExhausted)
      failures.push(`more writes (${writes}) than the ${keys.length} keys cover: pass a larger --keys`);
    if (failures.length) {
      console.error(`\ntest:load FAILED:\n  ${failures.join("\n  ")}`);
      if (failures.some((failure) => /HTTP 5\d\d/.test(failure)))
        console.error(`\nServer output (tail):\n${next.output().slice(-4000)}`);
      return 1;
    }
    console.log("\nNo errors and no unexpected statuses.");
    return 0;
  } finally {
    await cleanUp();
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
  }
}

async function main(): Promise<number> {
  let options: Options | null;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`test:load: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  return await runLoadTest(options);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:load: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
