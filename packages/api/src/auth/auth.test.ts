import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@hindsight/db/testing";
import { DomainError } from "@hindsight/domain";
import { actorFromHeaders } from "./actor";
import { createAuth, SIGN_IN_RATE_LIMIT, type Auth } from "./auth";
import { createUser, setUserRole } from "./users";

let database: TestDatabase;
let auth: Auth;
let secureAuth: Auth;
const secret = randomBytes(32).toString("hex");
const password = "correct horse battery";

beforeAll(async () => {
  database = await createTestDatabase("hindsight_api_auth");
  auth = createAuth({ db: database.db, baseURL: "http://localhost:3000", secret });
  secureAuth = createAuth({ db: database.db, baseURL: "https://hindsight.example.org", secret });
  await createUser(auth, { email: "Editor@Example.org", name: "Eda Editor", password, role: "EDITOR" });
});
afterAll(async () => {
  await database.drop();
});

let nextIp = 1;
/** Each test signs in from an address of its own, so that rate-limit counters do not leak between tests. */
const freshIp = () => `203.0.113.${nextIp++}`;

function signIn(instance: Auth, body: { email: string; password: string }, ip: string, origin?: string) {
  const base = origin ?? "http://localhost:3000";
  return instance.handler(
    new Request(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base, "x-forwarded-for": ip },
      body: JSON.stringify(body),
    }),
  );
}

/** Set-Cookie of the session token, split into its name=value and its lower-cased attributes. */
function sessionCookie(response: Response) {
  const header = response.headers.getSetCookie().find((cookie) => cookie.includes("session_token="));
  if (!header) throw new Error(`no session cookie in ${JSON.stringify(response.headers.getSetCookie())}`);
  const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
  return { pair, attributes: attributes.map((attribute) => attribute.toLowerCase()) };
}

describe("createUser", () => {
  it("stores the user with its role and a password hashed by the library", async () => {
    const user = await database.db.user.findUniqueOrThrow({
      where: { email: "editor@example.org" },
      select: {
        id: true,
        name: true,
        role: true,
        accounts: { select: { providerId: true, accountId: true, password: true } },
      },
    });
    expect(user).toMatchObject({ name: "Eda Editor", role: "EDITOR" });
    expect(user.accounts).toHaveLength(1);
    const [account] = user.accounts;
    expect(account).toMatchObject({ providerId: "credential", accountId: user.id });
    expect(account?.password).toBeTruthy();
    expect(account?.password).not.toContain(password);
    // better-auth's scrypt format: hex salt, a colon, hex key.
    expect(account?.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
  });

  it("refuses a taken email (in any case) with CONFLICT on the email field, writing nothing", async () => {
    const before = await database.db.user.count();
    const error = await createUser(auth, {
      email: " EDITOR@example.org ",
      name: "Someone Else",
      password: "another long password",
      role: "VIEWER",
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "CONFLICT", issues: [{ path: "email" }] });
    expect(await database.db.user.count()).toBe(before);
  });

  it.each([
    [{ password: "short" }, "password", "Password must be at least 10 characters"],
    [{ email: "not an email" }, "email", "Enter an email address such as name@example.org"],
    [{ name: "  " }, "name", "Name is required"],
    [{ role: "OWNER" }, "role", "Role must be ADMIN, EDITOR or VIEWER"],
  ])("refuses %j with INVALID naming the field, writing nothing", async (change, path, message) => {
    const before = await database.db.user.count();
    const input = { email: "new@example.org", name: "New User", password: "long enough password", role: "VIEWER" };
    const error = await createUser(auth, { ...input, ...change } as typeof input & { role: "VIEWER" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "INVALID", issues: [{ path, message }] });
    expect(await database.db.user.count()).toBe(before);
    expect(await database.db.account.count({ where: { user: { email: "new@example.org" } } })).toBe(0);
  });
});

describe("sign-in", () => {
  it("answers a right password with an httpOnly, SameSite=Lax session cookie, not Secure over http", async () => {
    const response = await signIn(auth, { email: "editor@example.org", password }, freshIp());
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
    expect(cookie.pair).toMatch(/^hindsight\.session_token=/);
    expect(cookie.attributes).toContain("httponly");
    expect(cookie.attributes).toContain("samesite=lax");
    expect(cookie.attributes).toContain("path=/");
    expect(cookie.attributes).not.toContain("secure");
  });

  it("marks the cookie Secure (with the __Secure- prefix) when served over https", async () => {
    const response = await signIn(
      secureAuth,
      { email: "editor@example.org", password },
      freshIp(),
      "https://hindsight.example.org",
    );
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
    expect(cookie.pair).toMatch(/^__Secure-hindsight\.session_token=/);
    expect(cookie.attributes).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "secure"]));
  });

  it("turns the session cookie into an actor with the user's role, which follows role changes", async () => {
    const response = await signIn(auth, { email: "editor@example.org", password }, freshIp());
    const headers = new Headers({ cookie: sessionCookie(response).pair });
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
    expect(await actorFromHeaders(auth, headers)).toEqual({ userId: user.id, role: "EDITOR" });

    await setUserRole(database.db, { userId: user.id, role: "VIEWER" });
    expect(await actorFromHeaders(auth, headers)).toEqual({ userId: user.id, role: "VIEWER" });
    await setUserRole(database.db, { userId: user.id, role: "EDITOR" });
  });

  it.each([
    ["no cookie", new Headers()],
    ["a forged cookie", new Headers({ cookie: "hindsight.session_token=forged.value" })],
  ])("reads %s as anonymous", async (_label, headers) => {
    expect(await actorFromHeaders(auth, headers)).toBeNull();
  });

  it("refuses a wrong password or an unknown email with 401 and no cookie", async () => {
    for (const body of [
      { email: "editor@example.org", password: "wrong password!" },
      { email: "nobody@example.org", password },
    ]) {
      const response = await signIn(auth, body, freshIp());
      expect(response.status).toBe(401);
      expect(response.headers.getSetCookie().some((cookie) => cookie.includes("session_token="))).toBe(false);
    }
  });

  it("ends the session on sign-out", async () => {
    const response = await signIn(auth, { email: "editor@example.org", password }, freshIp());
    const cookie = sessionCookie(response).pair;
    const signOut = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-out", {
        method: "POST",
        headers: { cookie, origin: "http://localhost:3000", "x-forwarded-for": freshIp() },
      }),
    );
    expect(signOut.status).toBe(200);
    expect(await actorFromHeaders(auth, new Headers({ cookie }))).toBeNull();
  });

  it(`answers 429 after ${SIGN_IN_RATE_LIMIT.max} attempts from one address within the window, counted in the database`, async () => {
    const ip = freshIp();
    for (let attempt = 0; attempt < SIGN_IN_RATE_LIMIT.max; attempt++) {
      const response = await signIn(auth, { email: "editor@example.org", password: "wrong password!" }, ip);
      expect(response.status).toBe(401);
    }
    const limited = await signIn(auth, { email: "editor@example.org", password }, ip);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("x-retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_RATE_LIMIT.window);
    expect(limited.headers.getSetCookie()).toEqual([]);

    // The counter is a row in PostgreSQL, so every server process shares it...
    const row = await database.db.rateLimit.findUnique({ where: { key: `${ip}|/sign-in/email` } });
    expect(row?.count).toBe(SIGN_IN_RATE_LIMIT.max);
    // ...including a second instance of the app on the same database.
    const otherProcess = createAuth({ db: database.db, baseURL: "http://localhost:3000", secret });
    expect((await signIn(otherProcess, { email: "editor@example.org", password }, ip)).status).toBe(429);
    // Another address is not affected.
    expect((await signIn(auth, { email: "editor@example.org", password }, freshIp())).status).toBe(200);
  });

  it("does not let anyone sign themselves up", async () => {
    const before = await database.db.user.count();
    const response = await auth.handler(
      new Request("http://localhost:3000/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": freshIp() },
        body: JSON.stringify({ email: "intruder@example.org", password: "a long password", name: "Intruder" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await database.db.user.count()).toBe(before);
  });

  it("ignores a role sent in a profile update", async () => {
    const response = await signIn(auth, { email: "editor@example.org", password }, freshIp());
    const update = await auth.handler(
      new Request("http://localhost:3000/api/auth/update-user", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie: sessionCookie(response).pair,
          origin: "http://localhost:3000",
          "x-forwarded-for": freshIp(),
        },
        body: JSON.stringify({ role: "ADMIN" }),
      }),
    );
    expect(update.status).toBeGreaterThanOrEqual(400);
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "editor@example.org" } });
    expect(user.role).toBe("EDITOR");
  });
});

describe("setUserRole", () => {
  it("refuses to demote the last admin, and records role changes in the audit trail", async () => {
    const admin = await createUser(auth, {
      email: "admin@example.org",
      name: "Ada Admin",
      password: "admin password 1",
      role: "ADMIN",
    });
    const error = await setUserRole(database.db, { userId: admin.id, role: "EDITOR" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: "CONFLICT", issues: [{ path: "role" }] });

    const second = await createUser(auth, {
      email: "second@example.org",
      name: "Sam Second",
      password: "second password",
      role: "VIEWER",
    });
    await setUserRole(database.db, { userId: second.id, role: "ADMIN" }, { actorId: admin.id });
    expect(await setUserRole(database.db, { userId: admin.id, role: "EDITOR" }, { actorId: second.id })).toMatchObject({
      role: "EDITOR",
    });
    const events = await database.db.auditEvent.findMany({
      where: { entity: "user", entityId: { in: [admin.id, second.id] } },
      orderBy: { at: "asc" },
      select: { actorId: true, action: true, entityId: true, before: true, after: true },
    });
    expect(events).toEqual([
      {
        actorId: admin.id,
        action: "user.setRole",
        entityId: second.id,
        before: { role: "VIEWER" },
        after: { role: "ADMIN" },
      },
      {
        actorId: second.id,
        action: "user.setRole",
        entityId: admin.id,
        before: { role: "ADMIN" },
        after: { role: "EDITOR" },
      },
    ]);
  });

  it("answers NOT_FOUND for an unknown user", async () => {
    await expect(setUserRole(database.db, { userId: "nobody", role: "EDITOR" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
