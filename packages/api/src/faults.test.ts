import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@hindsight/db";
import {
  createDatabaseIfMissing,
  freePort,
  migrateDeploy,
  startEmbeddedPostgres,
  withDatabase,
  type EmbeddedServer,
} from "@hindsight/db/runtime";
import { makeUser, predictionInput } from "@hindsight/db/testing";
import { createApiKey } from "./auth/api-keys";
import { createContext } from "./context";
import { createRestHandler } from "./rest/handler";
import { SCOREBOARD_TTL_MS } from "./routers/scoreboard";
import { createCaller } from "./root";

/**
 * Fault: PostgreSQL stopped (fast shutdown, as a restart does) while requests are in flight, then
 * started again. On a throwaway embedded PostgreSQL of this file's own, so that stopping it
 * disturbs no other suite. The client under test is the app's own (createDatabase's defaults:
 * 2.5 s connection timeout), and it is never rebuilt: recovery must happen by itself.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Nothing may wait longer than this for an answer, database or not. */
const ANSWER_WITHIN_MS = 5_000;

let dataRoot = "";
let dataDir = "";
let port = 0;
let server: EmbeddedServer | null = null;
let db: Database;
let editorKey = "";
let predictionId = "";
let editorId = "";

const start = async () =>
  (server = await startEmbeddedPostgres({ dataDir, port, strictPort: true, ephemeral: false, log: () => undefined }));

beforeAll(async () => {
  // mkdtemp makes a 0700 directory; PostgreSQL runs as the `postgres` user when we are root.
  dataRoot = mkdtempSync(path.join(os.tmpdir(), "hindsight-faults-pg-"));
  chmodSync(dataRoot, 0o755);
  dataDir = path.join(dataRoot, "data");
  port = await freePort();
  const { adminUrl } = await start();
  const url = withDatabase(adminUrl, "hindsight_faults");
  await createDatabaseIfMissing(url);
  await migrateDeploy({ databaseUrl: url, log: () => undefined });
  db = createDatabase(url);
  const editor = await makeUser(db, "EDITOR", "Edith Editor");
  const admin = await makeUser(db, "ADMIN", "Ada Admin");
  editorId = editor.userId;
  const now = new Date();
  editorKey = (
    await createApiKey(db, { name: "Faults", role: "EDITOR" }, { ownerId: admin.userId, actorId: admin.userId }, now)
  ).key;
  const caller = createCaller(createContext({ db, actor: editor }));
  predictionId = (await caller.prediction.create(predictionInput())).id;
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await server?.stop();
  if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
});

const handler = createRestHandler({ db: () => db });

interface Answer {
  status: number;
  retryAfter: string | null;
  text: string;
  ms: number;
}

async function call(method: "GET" | "POST", url: string, body?: unknown): Promise<Answer> {
  const headers = new Headers();
  if (body !== undefined) {
    headers.set("content-type", "application/json");
    headers.set("authorization", `Bearer ${editorKey}`);
  }
  const started = performance.now();
  const response = await handler(
    new Request(`http://localhost:3000/api/v1${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    text,
    ms: performance.now() - started,
  };
}

/** The version to judge against: the current one, or 1 (answered 409) when it cannot be read. */
async function currentVersion(): Promise<number> {
  const answer = await call("GET", `/predictions/${predictionId}`);
  return answer.status === 200 ? (JSON.parse(answer.text) as { version: number }).version : 1;
}

const judge = (version: number) =>
  call("POST", `/predictions/${predictionId}/judgements`, { version, outcome: "TRUE", resolvedAt: "2025-12-01" });

/** What a 503 must look like: JSON in our words, Retry-After, nothing of the driver's text. */
function expectUnavailable(answer: Answer) {
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toBe("5");
  expect(JSON.parse(answer.text)).toEqual({
    error: {
      code: "SERVICE_UNAVAILABLE",
      message: expect.stringMatching(
        /^The database (is not reachable right now|took too long to answer); try again in 5 seconds$/,
      ),
    },
  });
  expect(answer.text).not.toMatch(
    /ECONN|127\.0\.0\.1|localhost|:\d{4,5}|terminat|shutdown|prisma|postgres|P\d{4}|57P0/i,
  );
  expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);
}

describe("PostgreSQL restarted while requests are in flight", () => {
  it("answers 503 with Retry-After within 5 s during the outage, never 500, and serves again by itself", async () => {
    expect((await call("GET", "/predictions")).status).toBe(200);

    // Readers and a writer keep calling the API throughout: before, during and after the outage.
    const seen: (Answer & { startedAt: number; at: number; path: string })[] = [];
    let running = true;
    const worker = async (request: () => Promise<Answer>, path = "") => {
      while (running) {
        const startedAt = performance.now();
        seen.push({ ...(await request()), startedAt, at: performance.now(), path });
        // A refusal can come back without waiting on any socket: let timers (and the test) run.
        await sleep(5);
      }
    };
    const workers = [
      worker(() => call("GET", "/predictions?status=OPEN")),
      worker(() => call("GET", `/predictions/${predictionId}`)),
      worker(() => call("GET", "/scoreboard"), "/scoreboard"),
      worker(async () => judge(await currentVersion())),
    ];
    await sleep(500);

    const stoppingAt = performance.now();
    await server!.stop();
    server = null;
    const stoppedAt = performance.now();

    // Down: every kind of request is refused quickly, the same way.
    expectUnavailable(await call("GET", "/predictions"));
    expectUnavailable(await call("GET", `/predictions/${predictionId}`));
    expectUnavailable(await judge(1));
    const caller = createCaller(createContext({ db, actor: { userId: editorId, role: "EDITOR" } }));
    const started = performance.now();
    const refused = await caller.prediction.list({}).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("SERVICE_UNAVAILABLE");
    expect(performance.now() - started).toBeLessThan(ANSWER_WITHIN_MS);
    await sleep(2_000);

    const restartedAt = performance.now();
    await start();
    let recoveredAt = 0;
    while (performance.now() - restartedAt < 20_000) {
      if ((await call("GET", "/predictions")).status === 200) {
        recoveredAt = performance.now();
        break;
      }
      await sleep(100);
    }
    await sleep(500);
    running = false;
    await Promise.all(workers);

    expect(recoveredAt, "the API never answered 200 again after the restart").toBeGreaterThan(0);
    const during = seen.filter((answer) => answer.startedAt > stoppedAt && answer.at < restartedAt);
    const inFlight = seen.filter((answer) => answer.startedAt < stoppingAt && answer.at > stoppingAt);
    const after = seen.filter((answer) => answer.at > recoveredAt);
    const statuses = (answers: Answer[]) => [...new Set(answers.map((answer) => answer.status))].sort();
    // 409: the writer raced itself (read a version, then another judgement landed first).
    expect(
      statuses(seen).every((status) => [200, 201, 409, 503].includes(status)),
      `statuses ${statuses(seen).join(", ")}`,
    ).toBe(true);
    // The scoreboard computed before the outage is still served from this process's cache for up
    // to its time to live (cache.ts); everything else, and the scoreboard after that, is 503.
    const cachedBoard = (answer: (typeof seen)[number]) =>
      answer.path === "/scoreboard" && answer.status === 200 && answer.startedAt < stoppingAt + SCOREBOARD_TTL_MS;
    expect(statuses(during.filter((answer) => !cachedBoard(answer)))).toEqual([503]);
    for (const answer of seen.filter((answer) => answer.status === 503)) expectUnavailable(answer);
    expect(Math.max(...seen.map((answer) => answer.ms))).toBeLessThan(ANSWER_WITHIN_MS);
    expect(after.length).toBeGreaterThan(0);
    expect(statuses(after).every((status) => [200, 201, 409].includes(status))).toBe(true);

    // Writes work again too, on the same client and pool.
    expect((await judge(await currentVersion())).status).toBe(201);
    console.log(
      `faults: ${seen.length} requests; ${inFlight.length} in flight when the stop began ` +
        `(${inFlight.map((answer) => answer.status).join(", ")}); ${during.length} during the ${((restartedAt - stoppedAt) / 1000).toFixed(1)} s outage ` +
        `(${during.filter(cachedBoard).length} scoreboards from the cache, all others 503, slowest ${Math.max(...during.map((answer) => answer.ms), 0).toFixed(0)} ms); ` +
        `200 again ${(recoveredAt - restartedAt).toFixed(0)} ms after PostgreSQL was started.`,
    );
  }, 60_000);
});

describe("a PostgreSQL that accepts connections but never answers", () => {
  it("is answered 503 with Retry-After within 5 s, not left hanging", async () => {
    // A hung server (or a host that stopped answering): TCP connects, nothing ever comes back.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const address = silent.address();
    const silentPort = typeof address === "object" && address ? address.port : 0;
    const hung = createDatabase(`postgresql://postgres@127.0.0.1:${silentPort}/hindsight`);
    const hungHandler = createRestHandler({ db: hung });
    try {
      const started = performance.now();
      const response = await hungHandler(new Request("http://localhost:3000/api/v1/predictions"));
      const answer = {
        status: response.status,
        retryAfter: response.headers.get("retry-after"),
        text: await response.text(),
        ms: performance.now() - started,
      };
      expectUnavailable(answer);
    } finally {
      await hung.$disconnect();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  }, 20_000);
});
