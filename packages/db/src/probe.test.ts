import { createConnection, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./testing";
import { databaseAnswers, listenForChanges, persistentProbe } from "./probe";
import { freePort } from "./server/embedded";
import { openTestServer, type TestServer } from "./server/test-server";

let server: TestServer;
let silent: Server;
const held = new Set<Socket>();
let silentPort = 0;

beforeAll(async () => {
  server = await openTestServer(process.env.DATABASE_URL, "probe");
  // Takes connections and never answers, like a hung host.
  silent = createServer((socket) => {
    held.add(socket);
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const address = silent.address();
  silentPort = typeof address === "object" && address ? address.port : 0;
});

afterAll(async () => {
  for (const socket of held) socket.destroy();
  await new Promise((resolve) => silent?.close(resolve));
  await server?.stop();
});

/** A TCP relay to the test server that can cut every connection and refuse new ones. */
async function relay(target: URL) {
  let open = true;
  const sockets = new Set<Socket>();
  const relayServer = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = createConnection(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relayServer.listen(0, "127.0.0.1", resolve));
  const address = relayServer.address();
  const url = new URL(target);
  url.host = `127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    url: url.toString(),
    connections: () => sockets.size,
    cut: () => {
      open = false;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    restore: () => (open = true),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => relayServer.close(resolve));
    },
  };
}

describe("databaseAnswers", () => {
  it("is true for a running PostgreSQL", async () => {
    expect(await databaseAnswers(server.adminUrl, 2_000)).toBe(true);
  });

  it("is false when nothing listens at the address", async () => {
    const port = await freePort();
    expect(await databaseAnswers(`postgresql://postgres@127.0.0.1:${port}/postgres`, 2_000)).toBe(false);
  });

  it("is false, after its timeout, for a server that takes the connection and never answers", async () => {
    expect(await databaseAnswers(`postgresql://postgres@127.0.0.1:${silentPort}/postgres`, 300)).toBe(false);
  });
});

describe("persistentProbe", () => {
  it("keeps one connection, is told at once when it is cut, and connects again once the database is back", async () => {
    const link = await relay(new URL(server.adminUrl));
    let lost = 0;
    const probe = persistentProbe(link.url, 1_000, () => lost++);
    expect(await probe()).toBe(true);
    expect(await probe()).toBe(true);
    // Client and upstream: one connection for both answers.
    expect(link.connections()).toBe(2);
    link.cut();
    await expect.poll(() => lost, { timeout: 2_000 }).toBe(1);
    expect(await probe()).toBe(false);
    link.restore();
    expect(await probe()).toBe(true);
    await link.close();
  });

  it("is false, after its timeout, for a server that never answers", async () => {
    const probe = persistentProbe(`postgresql://postgres@127.0.0.1:${silentPort}/postgres`, 300);
    const started = Date.now();
    expect(await probe()).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("listenForChanges", () => {
  it("is told of every committed change to what pages show, once per transaction, and of nothing else", async () => {
    const { db, url, drop } = await createTestDatabase("hindsight_listen");
    let changes = 0;
    const listener = listenForChanges(url, () => changes++);
    try {
      expect(listener.listening).toBe(false);
      expect(await listener.ensure()).toBe(true);
      expect(listener.listening).toBe(true);
      // Starting to listen counts as a change: what happened before is unknown.
      expect(changes).toBe(1);
      await db.analyst.create({ data: { slug: "listen-a", name: "Listen A" } });
      await expect.poll(() => changes, { timeout: 2_000 }).toBe(2);
      // Three statements in one transaction: one notification.
      await db.$transaction([
        db.analyst.create({ data: { slug: "listen-b", name: "Listen B" } }),
        db.analyst.update({ where: { slug: "listen-b" }, data: { name: "Listen B2" } }),
        db.analyst.delete({ where: { slug: "listen-a" } }),
      ]);
      await expect.poll(() => changes, { timeout: 2_000 }).toBe(3);
      // A rolled-back write signals nothing; a session (not shown on pages) signals nothing.
      await db
        .$transaction(async (tx) => {
          await tx.analyst.create({ data: { slug: "listen-c", name: "Listen C" } });
          throw new Error("roll back");
        })
        .catch(() => undefined);
      await db.$executeRawUnsafe("SELECT pg_notify('some_other_channel', '')");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(changes).toBe(3);
    } finally {
      await listener.close();
      await drop();
    }
  });

  it("counts losing the connection as a change, and listens again when asked", async () => {
    const link = await relay(new URL(server.adminUrl));
    let changes = 0;
    const listener = listenForChanges(link.url, () => changes++, 1_000);
    try {
      expect(await listener.ensure()).toBe(true);
      expect(changes).toBe(1);
      link.cut();
      await expect.poll(() => changes, { timeout: 2_000 }).toBe(2);
      expect(listener.listening).toBe(false);
      expect(await listener.ensure()).toBe(false);
      link.restore();
      expect(await listener.ensure()).toBe(true);
      expect(changes).toBe(3);
    } finally {
      await listener.close();
      await link.close();
    }
  });
});
