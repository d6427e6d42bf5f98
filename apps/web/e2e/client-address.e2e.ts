import { randomBytes, randomInt } from "node:crypto";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { freePort, startApp, type RunningApp } from "./server";

/**
 * The sign-in rate limit keys on the client's address. With no trusted proxy configured (the
 * default: HINDSIGHT_TRUSTED_PROXIES unset), that is the socket's address, and a client cannot get
 * round the limit by writing another address in X-Forwarded-For for each attempt. (The main test
 * app trusts one proxy, and security.e2e.ts shows the header followed there.)
 */
describe("sign-in behind no proxy", () => {
  const databaseUrl = inject("databaseUrl");
  let app: RunningApp;

  beforeAll(async () => {
    const port = await freePort();
    app = await startApp({
      port,
      env: {
        DATABASE_URL: databaseUrl,
        HINDSIGHT_AUTH_SECRET: randomBytes(32).toString("hex"),
        HINDSIGHT_BASE_URL: `http://127.0.0.1:${port}`,
        HINDSIGHT_TRUSTED_PROXIES: "",
      },
    });
  });

  /**
   * A sign-in attempt from a loopback address of this test's own (127.0.0.2 and up answer on Linux):
   * the counters live in the database the other tests' app shares, keyed by address.
   */
  const signInFrom = (localAddress: string, forwardedFor: string, email: string) =>
    new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ email, password: "not the password" });
      const url = new URL(`${app.baseUrl}/api/auth/sign-in/email`);
      const outgoing = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          localAddress,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
            origin: app.baseUrl,
            "x-forwarded-for": forwardedFor,
          },
        },
        (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  afterAll(async () => {
    await app?.stop();
  });

  it("counts every attempt from this socket, whatever X-Forwarded-For says: the sixth is 429", async () => {
    const email = `nobody-${randomBytes(3).toString("hex")}@e2e.test`;
    const from = `127.0.${randomInt(1, 255)}.${randomInt(2, 255)}`;
    const statuses: number[] = [];
    // A different forged address each time.
    for (let count = 0; count < 6; count++) {
      statuses.push(await signInFrom(from, `203.0.113.${randomInt(1, 255)}`, email));
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
