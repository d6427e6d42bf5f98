import { randomBytes } from "node:crypto";
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type Browser } from "./browser";
import { freePort, startApp, type RunningApp } from "./server";

/**
 * The database going away under a running app, as a network fault or a restart would do it: a
 * second `next start` reaches the test database through a TCP relay that the test can cut (every
 * connection dropped, new ones refused) and restore.
 */
interface Relay {
  port: number;
  cut: () => void;
  restore: () => void;
  close: () => Promise<void>;
}

async function relayTo(host: string, port: number): Promise<Relay> {
  let open = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = connect(port, host);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    cut: () => {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    restore: () => {
      open = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe("pages while the database is unreachable", () => {
  const databaseUrl = inject("databaseUrl");
  let relay: Relay;
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    const target = new URL(databaseUrl);
    relay = await relayTo(target.hostname, Number(target.port || 5432));
    const throughRelay = new URL(databaseUrl);
    throughRelay.host = `127.0.0.1:${relay.port}`;
    app = await startApp({
      port: await freePort(),
      env: {
        DATABASE_URL: throughRelay.toString(),
        HINDSIGHT_AUTH_SECRET: randomBytes(32).toString("hex"),
        HINDSIGHT_BASE_URL: "http://127.0.0.1",
      },
      readyPath: "/analysts",
      ready: (status) => status === 200,
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await relay?.close();
  });

  /** Asks again (for up to 20 s) until the answer is a 503, and returns the last answer. */
  const until503 = async <T extends { status: number }>(ask: () => Promise<T>): Promise<T> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const answer = await ask();
      if (answer.status === 503 || Date.now() > deadline) return answer;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };

  const get = async (path: string) => {
    const response = await fetch(`${app.baseUrl}${path}`);
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  it("answers them 503 with Retry-After once a request has found it gone, and renders them again when it is back", async () => {
    // The browser is shown the "briefly unavailable" page, with its 503, and asks for the icon too.
    browser.expectFailedRequest(503, "/scoreboard");
    browser.expectFailedRequest(503, "/favicon.ico");
    // The directory reads the database on every request (the scoreboard may come from the read cache).
    const directory = "Everyone with a prediction in the ledger, by name.";
    expect((await get("/analysts")).body).toContain(directory);

    relay.cut();
    // The app learns of the cut when its sockets' close reaches it, a moment after the relay closes
    // them (an event on the app's side, as in a real outage). Any request after that moment is "the
    // first request to meet the vanished database": on a busy machine the very next one could
    // still be served before the close arrives.
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The very first request after the cut gets the 503 page too: the proxy's own connection was
    // cut with the others, so it asks again before rendering, and finds no database.
    const first = await get("/analysts");
    expect(first.status).toBe(503);
    expect(first.body).toContain("<h1>Hindsight is briefly unavailable</h1>");

    // The instance then checks the database on a connection of its own and, finding it gone,
    // answers pages at once for the next 5 s. Each check below waits for that answer: on a busy
    // machine the window may close between two of them, and the next failure opens it again.
    for (const path of ["/scoreboard", "/", "/analysts", `/predictions/p-${randomBytes(3).toString("hex")}`]) {
      const refused = await until503(() => get(path));
      expect(refused.status, path).toBe(503);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter, path).toBeGreaterThanOrEqual(1);
      expect(retryAfter, path).toBeLessThanOrEqual(5);
      expect(refused.headers.get("cache-control"), path).toBe("no-store");
      expect(refused.headers.get("content-type"), path).toBe("text/html; charset=utf-8");
      expect(refused.headers.get("content-security-policy"), path).toContain("script-src 'self' 'nonce-");
      expect(refused.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(refused.headers.get("x-frame-options"), path).toBe("DENY");
      expect(refused.body, path).toContain("<h1>Hindsight is briefly unavailable</h1>");
      expect(refused.body, path).toMatch(/<meta http-equiv="refresh" content="[1-5]">/);
      expect(refused.body, path).not.toMatch(/<script/i);
    }
    // The API answers for itself, as before: JSON with its own 503.
    const health = await fetch(`${app.baseUrl}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get("content-type")).toContain("application/json");
    expect(await health.json()).toEqual({ status: "unavailable", database: "unreachable" });

    // What a reader sees.
    const page = await browser.context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") violations.push(message.text());
    });
    const response = await until503(async () => {
      const loaded = await page.goto(`${app.baseUrl}/scoreboard`);
      return { status: loaded?.status() ?? 0 };
    });
    expect(response.status).toBe(503);
    await page.getByRole("heading", { level: 1, name: "Hindsight is briefly unavailable" }).waitFor();
    expect(await page.getByRole("alert").innerText()).toContain("Nothing you saved is lost.");
    expect(violations.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    // Closed before the database is back: the page reloads itself.
    await page.close();

    relay.restore();
    // Once Retry-After has passed the next request is rendered again, and succeeds.
    await expect
      .poll(async () => (await get("/analysts")).body.includes(directory), { timeout: 20_000, interval: 500 })
      .toBe(true);
    expect((await get("/scoreboard")).status).toBe(200);
    expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
  });
});
