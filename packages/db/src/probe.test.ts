import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseAnswers } from "./probe";
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
