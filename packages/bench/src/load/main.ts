import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type autocannon from "autocannon";
import pg from "pg";
import { createApiKey } from "@hindsight/api";
import { createDatabase } from "@hindsight/db";
import {
  createDatabaseIfMissing,
  dropDatabase,
  freePort,
  migrateDeploy,
  openTestServer,
  repoRoot,
  type TestServer,
  withDatabase,
} from "@hindsight/db/runtime";
import { ms, progress, table } from "../harness";
import { backendsOf, cpuBetween, groupOf, readCpu, type CpuUsed, type ProcessSet } from "./cpu";
import { driveInChild, type DriveSpec } from "./drive";
import { buildLedger, QUESTIONS } from "./ledger";

const USAGE = `usage: pnpm test:load [-- --duration <seconds>] [--connections <n>] [--predictions <n>] [--keys <n>]
                      [--instances <n>] [--only <name,...>] [--enforce-latency]

  Load test of the built app (run \`flock /tmp/hindsight-web-build.lock pnpm build\` first, and hold
  the same lock while this runs: flock /tmp/hindsight-web-build.lock pnpm test:load).
  Builds a fresh database of --predictions (100000) over 10k analysts, serves the build with
  \`next start\` on a free loopback port, and drives each endpoint in turn with autocannon (in a
  process of its own) for --duration seconds (15) over --connections connections (50), next to a
  bare Node + pg baseline. Prints requests/s, p50 and p99 per endpoint, and the CPU each request
  cost the app, PostgreSQL and autocannon, with how busy the machine was.
  --instances N (1) starts N \`next start\` processes on the same build and database behind a
  round-robin TCP balancer (balancer.ts, a process of its own), as docs/scaling.md deploys them.
  --only runs the endpoints whose names contain one of the given words (baseline, floor,
  scoreboard, analysts, sources, questions, page, api, prediction, judgements; the floor only by
  floor or health). The floor is the app's cheapest answer, the
  health check (GET /api/health: Next's routing, a route handler and a SELECT 1 that probes
  arriving together share): no page or API
  answer can beat it, so its p99 says whether the target is within reach on this machine.
  Exits 1 on any connection error, timeout or unexpected status (409 is expected for racing
  judgements). The latency target (reads p99 <= 100 ms) is reported as PASS or FAIL; with
  --enforce-latency a FAIL exits 1 too.`;

const here = path.dirname(fileURLToPath(import.meta.url));
const webDir = path.join(repoRoot, "apps", "web");
const READ_P99_TARGET_MS = 100;
/** Prediction pages read again and again in the "read again" run, and read once each in the "first reading" run. */
const READ_AGAIN_PAGES = 200;
const FIRST_READING_PAGES = 2_000;
/** Issue 15's targets, as ratios to the same run's floor and baseline: anonymous pages at least half the floor's requests/s with a p99 at most twice the floor's; the REST list at least half the baseline's requests/s. */
const PAGE_RATE_TO_FLOOR = 0.5;
const PAGE_P99_TO_FLOOR = 2;
const LIST_RATE_TO_BASELINE = 0.5;
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
  instances: number;
  only: string[] | null;
  enforceLatency: boolean;
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
      instances: { type: "string", default: "1" },
      only: { type: "string" },
      "enforce-latency": { type: "boolean", default: false },
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
    instances: whole("instances", values.instances, 1),
    only: values.only === undefined ? null : values.only.split(",").map((word) => word.trim().toLowerCase()),
    enforceLatency: values["enforce-latency"],
  };
}

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
  /**
   * baseline: the bare node:http + pg server; floor: the app's cheapest answer (the health check);
   * first: pages read for the first time (each rendered, none kept yet), reported apart from the reads.
   */
  kind: "read" | "first" | "write" | "baseline" | "floor";
  result: autocannon.Result;
  /** Requests autocannon sent (for judgements: to check the API keys covered them). */
  sent: number;
  cpu: CpuUsed;
  loadBefore: number;
  loadAfter: number;
}

/** Statuses an endpoint may answer under load: 200 for reads; 201, or 409 when judgements race. */
const expectedStatuses = { read: ["200"], first: ["200"], baseline: ["200"], floor: ["200"], write: ["201", "409"] };

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

/**
 * Drives one endpoint from a child process (drive.ts) once the server has settled, reading the CPU
 * time of `processes` before and after (autocannon's process reports its own).
 */
async function measure(
  name: string,
  kind: Measured["kind"],
  spec: DriveSpec,
  settleUrls: string[],
  processes: Record<string, ProcessSet>,
): Promise<Measured> {
  for (const url of settleUrls) await settle(url);
  progress(`${name}: ${spec.connections} connections for ${spec.duration} s`);
  const loadBefore = os.loadavg()[0] ?? 0;
  const before = readCpu(processes);
  const { result, sent, cpuMs } = await driveInChild(spec);
  // autocannon's process reports its own CPU time: it has exited by the time it could be read here.
  const cpu = cpuBetween(before, readCpu(processes), { autocannon: cpuMs });
  return { name, kind, result, sent, cpu, loadBefore, loadAfter: os.loadavg()[0] ?? 0 };
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
        await client.query<{ id: string }>(
          `SELECT "id" FROM "prediction" ORDER BY md5("id") LIMIT ${READ_AGAIN_PAGES + FIRST_READING_PAGES}`,
        )
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

    // The app: one `next start`, or several on the same build and database behind a balancer.
    const instances: { port: number; process: ReturnType<typeof start> }[] = [];
    const secret = randomBytes(32).toString("hex");
    let baseUrl = "";
    const frontPort = await freePort();
    const taken = new Set([frontPort]);
    for (let i = 0; i < options.instances; i += 1) {
      let port = frontPort;
      if (options.instances > 1) {
        // Free ports are not held until used: make sure no two are the same.
        do port = await freePort();
        while (taken.has(port));
        taken.add(port);
      }
      const url = `http://127.0.0.1:${port}`;
      const instance = start(
        path.join(webDir, "node_modules", ".bin", "next"),
        ["start", "--port", String(port), "--hostname", "127.0.0.1"],
        {
          cwd: webDir,
          env: {
            ...process.env,
            NODE_ENV: "production",
            DATABASE_URL: databaseUrl,
            // The same secret and public address on every instance (docs/scaling.md).
            HINDSIGHT_AUTH_SECRET: secret,
            HINDSIGHT_BASE_URL: `http://127.0.0.1:${frontPort}`,
            NEXT_TELEMETRY_DISABLED: "1",
            PORT: String(port),
          },
        },
      );
      cleanups.push(() => stopProcess(instance.child));
      instances.push({ port, process: instance });
      await waitForHttp(`${url}/api/health`, 60_000, instance.output);
      baseUrl = url;
    }
    const serverOutput = () => instances.map((instance) => instance.process.output()).join("\n");
    let balancer: ReturnType<typeof start> | null = null;
    if (options.instances > 1) {
      balancer = start(path.join(repoRoot, "node_modules", ".bin", "tsx"), [path.join(here, "balancer.ts")], {
        cwd: repoRoot,
        env: {
          ...process.env,
          PORT: String(frontPort),
          BACKENDS: instances.map((instance) => instance.port).join(","),
        },
      });
      const running = balancer;
      cleanups.push(() => stopProcess(running.child));
      baseUrl = `http://127.0.0.1:${frontPort}`;
      await waitForHttp(`${baseUrl}/api/health`, 30_000, running.output);
    }

    const baselinePort = await freePort();
    const baseline = start(path.join(repoRoot, "node_modules", ".bin", "tsx"), [path.join(here, "baseline.ts")], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(baselinePort) },
    });
    cleanups.push(() => stopProcess(baseline.child));
    const baselineUrl = `http://127.0.0.1:${baselinePort}`;
    await waitForHttp(`${baselineUrl}/predictions?tag=tag-7`, 30_000, baseline.output);

    const listQuery = "tag=tag-7&status=OPEN";
    const predictionPaths = readIds.map((id) => `/predictions/${id}`);
    const readAgainPaths = predictionPaths.slice(0, READ_AGAIN_PAGES);
    const firstReadingPaths = predictionPaths.slice(READ_AGAIN_PAGES);
    const common = { connections: options.connections, duration: options.duration };
    const pageSets: { route: string; paths: string[] }[] = [
      { route: "analysts/{slug}", paths: Array.from({ length: READ_AGAIN_PAGES }, (_, i) => `/analysts/analyst-${i}`) },
      { route: "sources/{id}", paths: Array.from({ length: READ_AGAIN_PAGES }, (_, i) => `/sources/s${i}`) },
      { route: "questions/{key}", paths: Array.from({ length: QUESTIONS }, (_, i) => `/questions/load-question-${i}`) },
    ];
    const today = new Date().toISOString().slice(0, 10);
    const endpoints: { name: string; kind: Measured["kind"]; spec: DriveSpec; warm: string[] }[] = [
      {
        name: "baseline: node:http + pg, same list query",
        kind: "baseline",
        spec: { ...common, kind: "get", url: `${baselineUrl}/predictions?${listQuery}` },
        warm: [],
      },
      {
        // What any answer through Next costs here: routing, a route handler and a `SELECT 1` (shared by
        // the probes that arrive while one is under way). When this misses the latency target, no page
        // or API answer can meet it on this machine.
        name: "floor: GET /api/health (Next + SELECT 1)",
        kind: "floor",
        spec: { ...common, kind: "get", url: `${baseUrl}/api/health` },
        warm: ["/api/health"],
      },
      ...[
        ["GET / (page)", "/"],
        ["GET /scoreboard (page)", "/scoreboard"],
        ["GET /analysts (page)", "/analysts"],
        ["GET /questions (page)", "/questions"],
        [`GET /?${listQuery} (page)`, `/?${listQuery}`],
        [`GET /api/v1/predictions?${listQuery}`, `/api/v1/predictions?${listQuery}`],
      ].map(([name, path]) => ({
        name: name!,
        kind: "read" as const,
        spec: { ...common, kind: "get" as const, url: `${baseUrl}${path}`, document: name!.endsWith("(page)") },
        warm: [path!],
      })),
      {
        // A burst of readers of the pages being shared: each page read many times, kept after its first
        // rendering (the warm-up renders each once, as its first reader would).
        name: `GET /predictions/{id} (page, ${READ_AGAIN_PAGES} pages read again)`,
        kind: "read",
        spec: { ...common, kind: "pages", baseUrl, paths: readAgainPaths },
        warm: readAgainPaths,
      },
      // The other pages readers are sent to, each a set of pages read again as above.
      ...pageSets.map(({ route, paths }) => ({
        name: `GET /${route} (page, ${paths.length} pages read again)`,
        kind: "read" as const,
        spec: { ...common, kind: "pages" as const, baseUrl, paths },
        warm: paths,
      })),
      {
        // Every request a page nobody has read yet: each one rendered. What a crawler walking the
        // whole ledger costs; no cache can help it, so it is reported apart from the targets.
        name: `GET /predictions/{id} (page, first reading of ${FIRST_READING_PAGES.toLocaleString("en")})`,
        kind: "first",
        spec: { ...common, kind: "pages", baseUrl, paths: firstReadingPaths },
        warm: firstReadingPaths.slice(0, 10),
      },
      {
        name: "POST /api/v1/predictions/{id}/judgements",
        kind: "write",
        spec: {
          ...common,
          kind: "judgements",
          baseUrl,
          targets: writeTargets,
          keys,
          writesPerKey: WRITES_PER_KEY,
          // Open predictions made before today, so that a judgement dated today is valid.
          resolvedAt: today,
        },
        warm: [],
      },
    ];
    // The floor's name holds "/api/": it is chosen by "floor" or "health", not by "api".
    const matchedBy = (endpoint: (typeof endpoints)[number]) =>
      endpoint.kind === "floor" ? "floor health" : endpoint.name.toLowerCase();
    const chosen = endpoints.filter(
      (endpoint) => !options.only || options.only.some((word) => matchedBy(endpoint).includes(word)),
    );

    // Warm-up, unmeasured, right before each endpoint's run (kept pages live PAGE_TTL 60 s): the first
    // renders load code, fill PostgreSQL's caches and the page cache. Each instance directly, not
    // through the balancer: every one compiles its own code and keeps its own pages.
    const warm = async (endpoint: (typeof endpoints)[number]) => {
      progress(`warming up: ${endpoint.name}`);
      for (const instance of instances) {
        for (const path of endpoint.warm) {
          for (let i = 0; i < (endpoint.warm.length > 1 ? 1 : 10); i += 1) {
            const response = await fetch(`http://127.0.0.1:${instance.port}${path}`, {
              headers: { accept: "text/html,application/json" },
            });
            await response.arrayBuffer();
            if (response.status !== 200) throw new Error(`warm-up: ${path} answered ${response.status}`);
          }
        }
      }
    };

    const databaseName = new URL(databaseUrl).pathname.slice(1);
    const processes = {
      app: () => instances.flatMap((instance) => groupOf(instance.process.child.pid)()),
      ...(balancer ? { balancer: groupOf(balancer.child.pid) } : {}),
      baseline: groupOf(baseline.child.pid),
      postgres: backendsOf(databaseName),
    };
    // Each instance directly: through the balancer, one kept-alive connection would ask only one.
    const settleUrls = instances.map((instance) => `http://127.0.0.1:${instance.port}/api/health`);
    const measured: Measured[] = [];
    for (const endpoint of chosen) {
      await warm(endpoint);
      measured.push(await measure(endpoint.name, endpoint.kind, endpoint.spec, settleUrls, processes));
    }
    const writes = measured.find((entry) => entry.kind === "write")?.sent ?? 0;
    const keysExhausted = writes > keys.length * WRITES_PER_KEY;

    const count = (entry: Measured, status: string) =>
      entry.result.statusCodeStats?.[status as `${number}`]?.count ?? 0;
    const meets = (entry: Measured) => (entry.result.latency.p99 <= READ_P99_TARGET_MS ? "PASS" : "FAIL");
    // The floor's verdict is for reference (in brackets): it is not one of the reads the target is for.
    const verdict = (entry: Measured) =>
      entry.kind === "read" ? meets(entry) : entry.kind === "floor" ? `(${meets(entry)})` : "-";
    const perRequest = (entry: Measured, set: string) => {
      const requests = entry.result.requests.total;
      const used = entry.cpu.ms[set];
      return requests > 0 && used !== undefined ? `${(used / requests).toFixed(2)} ms` : "-";
    };
    const share = (value: number | null) => (value === null ? "-" : `${Math.round(value * 100)}%`);
    console.log(
      `\nLoad test: ${options.predictions.toLocaleString("en")} predictions, ${options.connections} connections, ` +
        `${options.duration} s per endpoint, ` +
        (options.instances === 1
          ? "next start (production build)"
          : `${options.instances} x next start (production build) behind a round-robin TCP balancer`) +
        ` on ${os.cpus().length} cores; autocannon (its own process), PostgreSQL and the app share this machine.\n`,
    );
    console.log(
      table(
        [
          "endpoint",
          "req/s",
          "p50",
          "p99",
          "answer",
          "2xx",
          "409 (expected)",
          "errors / unexpected",
          `p99 <= ${READ_P99_TARGET_MS} ms`,
        ],
        measured.map((entry) => {
          const problems = unexpected(entry);
          return [
            entry.name,
            Math.round(entry.result.requests.average).toLocaleString("en"),
            ms(entry.result.latency.p50),
            ms(entry.result.latency.p99),
            `${(entry.result.throughput.total / Math.max(1, entry.result.requests.total) / 1024).toFixed(1)} KB`,
            (count(entry, "200") + count(entry, "201")).toLocaleString("en"),
            count(entry, "409").toLocaleString("en"),
            problems.length ? problems.join("; ") : "0",
            verdict(entry),
          ];
        }),
      ),
    );
    console.log(
      "\nWhere the CPU went (per request; the machine's busy share over all cores, and the part of it used by other processes):\n",
    );
    console.log(
      table(
        [
          "endpoint",
          options.instances === 1 ? "server" : `server (${options.instances} instances)`,
          ...(balancer ? ["balancer"] : []),
          "PostgreSQL",
          "autocannon",
          "machine busy",
          "others",
          "load avg (1 min)",
        ],
        measured.map((entry) => [
          entry.name,
          perRequest(entry, entry.kind === "baseline" ? "baseline" : "app"),
          ...(balancer ? [entry.kind === "baseline" ? "-" : perRequest(entry, "balancer")] : []),
          perRequest(entry, "postgres"),
          perRequest(entry, "autocannon"),
          share(entry.cpu.machineBusy),
          share(entry.cpu.others),
          `${entry.loadBefore.toFixed(1)} -> ${entry.loadAfter.toFixed(1)}`,
        ]),
      ),
    );
    const reads = measured.filter((entry) => entry.kind === "read");
    const missed = reads.filter((entry) => verdict(entry) === "FAIL");
    console.log(
      `\nLatency target (reads p99 <= ${READ_P99_TARGET_MS} ms at ${options.connections} connections): ` +
        `${reads.length - missed.length} of ${reads.length} PASS` +
        (missed.length ? `; FAIL: ${missed.map((entry) => entry.name).join(", ")}` : "") +
        (options.enforceLatency ? "" : " (reported, not enforced)"),
    );
    printRatioTargets(measured);
    const failures = measured.flatMap((entry) => unexpected(entry).map((problem) => `${entry.name}: ${problem}`));
    if (keysExhausted)
      failures.push(`more writes (${writes}) than the ${keys.length} keys cover: pass a larger --keys`);
    if (options.enforceLatency)
      failures.push(
        ...missed.map((entry) => `${entry.name}: p99 ${ms(entry.result.latency.p99)} > ${READ_P99_TARGET_MS} ms`),
      );
    if (failures.length) {
      console.error(`\ntest:load FAILED:\n  ${failures.join("\n  ")}`);
      if (failures.some((failure) => /HTTP 5\d\d/.test(failure)))
        console.error(`\nServer output (tail):\n${serverOutput().slice(-4000)}`);
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

/**
 * Issue 15's targets, from this run's own floor and baseline (reported, not enforced: CI's machine
 * may be shared). Pages (their names say "(page"): requests/s against the floor's and p99 against the
 * floor's; the REST list: requests/s against the bare baseline's. First readings are shown, apart.
 */
function printRatioTargets(measured: Measured[]): void {
  const floor = measured.find((entry) => entry.kind === "floor");
  const baseline = measured.find((entry) => entry.kind === "baseline");
  const rate = (entry: Measured) => entry.result.requests.average;
  const p99 = (entry: Measured) => entry.result.latency.p99;
  const ratio = (value: number) => `${value.toFixed(2)}x`;
  const rows: string[][] = [];
  for (const entry of measured) {
    const page = entry.name.includes("(page");
    const list = entry.kind === "read" && entry.name.includes("/api/v1/predictions?");
    if ((!page && !list) || (page && !floor) || (list && !baseline)) continue;
    if (page && floor) {
      const rateRatio = rate(entry) / Math.max(1e-9, rate(floor));
      const p99Ratio = p99(entry) / Math.max(1e-9, p99(floor));
      const met = rateRatio >= PAGE_RATE_TO_FLOOR && p99Ratio <= PAGE_P99_TO_FLOOR ? "PASS" : "FAIL";
      rows.push([
        entry.name,
        ratio(rateRatio),
        ratio(p99Ratio),
        "-",
        `>= ${PAGE_RATE_TO_FLOOR}x floor, p99 <= ${PAGE_P99_TO_FLOOR}x floor's`,
        entry.kind === "first" ? `(${met}; not a target)` : met,
      ]);
    } else if (list && baseline) {
      const rateRatio = rate(entry) / Math.max(1e-9, rate(baseline));
      rows.push([
        entry.name,
        floor ? ratio(rate(entry) / Math.max(1e-9, rate(floor))) : "-",
        floor ? ratio(p99(entry) / Math.max(1e-9, p99(floor))) : "-",
        ratio(rateRatio),
        `>= ${LIST_RATE_TO_BASELINE}x baseline`,
        rateRatio >= LIST_RATE_TO_BASELINE ? "PASS" : "FAIL",
      ]);
    }
  }
  if (rows.length === 0) return;
  console.log("\nIssue 15's targets, as ratios to this run's floor and baseline (reported, not enforced):\n");
  console.log(table(["endpoint", "req/s x floor", "p99 x floor", "req/s x baseline", "target", "verdict"], rows));
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
