import { createServer, type Server, type Socket } from "node:net";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, withReplica, type Database } from "@hindsight/db";
import { createTestDatabase, type TestDatabase } from "@hindsight/db/testing";
import { healthResponse } from "./health";

/** GET /api/health's answer, against a real database, one that refuses and one that never answers. */

let primary: TestDatabase;
let silent: Server;
const sockets = new Set<Socket>();
let silentUrl = "";
let refusedUrl = "";
const clients: Database[] = [];

const listen = (server: Server) =>
  new Promise<number>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });

const client = (url: string) => {
  const db = createDatabase(url);
  clients.push(db);
  return db;
};

beforeAll(async () => {
  primary = await createTestDatabase("hindsight_api_health");
  // Accepts connections and never says a word: a database hung mid-handshake.
  silent = createServer((socket) => void sockets.add(socket));
  silentUrl = `postgresql://postgres@127.0.0.1:${await listen(silent)}/hindsight`;
  // A port nothing listens on: connections are refused at once.
  const closed = createServer();
  const closedPort = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));
  refusedUrl = `postgresql://postgres@127.0.0.1:${closedPort}/hindsight`;
});

afterAll(async () => {
  for (const db of clients) await db.$disconnect().catch(() => undefined);
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent?.close(resolve));
  await primary?.drop();
});

async function answer(db: Database, timeoutMs?: number) {
  const started = performance.now();
  const response = await healthResponse(db, timeoutMs === undefined ? {} : { timeoutMs });
  return {
    status: response.status,
    body: (await response.json()) as unknown,
    retryAfter: response.headers.get("retry-after"),
    cacheControl: response.headers.get("cache-control"),
    contentType: response.headers.get("content-type"),
    elapsedMs: performance.now() - started,
  };
}

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const result = await answer(primary.db);
    expect(result).toMatchObject({
      status: 200,
      body: { status: "ok", database: "ok" },
      retryAfter: null,
      cacheControl: "no-store",
      contentType: "application/json",
    });
  });

  it("answers 503 with Retry-After when the database refuses connections, and says nothing more", async () => {
    const result = await answer(client(refusedUrl));
    expect(result).toMatchObject({ status: 503, retryAfter: "5", cacheControl: "no-store" });
    // No host, port or driver message: only the state.
    expect(result.body).toEqual({ status: "unavailable", database: "unreachable" });
    expect(result.elapsedMs).toBeLessThan(5_000);
  });

  it("gives up on a database that never answers after its time limit", async () => {
    const result = await answer(client(silentUrl), 300);
    expect(result).toMatchObject({ status: 503, body: { status: "unavailable", database: "unreachable" } });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(295);
    expect(result.elapsedMs).toBeLessThan(2_000);
  });

  it("shares one check between probes that arrive while it is under way", async () => {
    const stuck = client(silentUrl);
    const before = sockets.size;
    const answers = await Promise.all(Array.from({ length: 5 }, () => answer(stuck, 300)));
    for (const result of answers) {
      expect(result).toMatchObject({ status: 503, body: { status: "unavailable", database: "unreachable" } });
    }
    // One SELECT 1, so one connection tried; five checks of their own would have opened five.
    expect(sockets.size - before).toBe(1);
    // A probe after that one has ended is checked afresh (its SELECT 1 queues behind the first).
    expect((await answer(stuck, 300)).status).toBe(503);
  });

  it("checks the replica too when reads go to one", async () => {
    const both = withReplica(client(primary.url), primary.url);
    expect((await answer(both)).body).toEqual({ status: "ok", database: "ok", replica: "ok" });

    const replicaDown = withReplica(client(primary.url), refusedUrl);
    const down = await answer(replicaDown);
    expect(down).toMatchObject({ status: 503, retryAfter: "5" });
    expect(down.body).toEqual({ status: "unavailable", database: "ok", replica: "unreachable" });
  });
});
