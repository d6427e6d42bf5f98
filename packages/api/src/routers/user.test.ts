import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@hindsight/db/testing";
import type { Role } from "@hindsight/domain";
import { createAuth, type Auth } from "../auth/auth";
import { createUser } from "../auth/users";
import { createContext, type Actor } from "../context";
import { createCallerFactory, router } from "../trpc";
import { userRouter } from "./user";

// The user router on its own, exactly as root.ts mounts it (as `user`).
const appRouter = router({ user: userRouter });
const createCaller = createCallerFactory(appRouter);

let database: TestDatabase;
let auth: Auth;
const users = {} as Record<Role, { id: string; email: string }>;

beforeAll(async () => {
  database = await createTestDatabase("hindsight_api_user");
  auth = createAuth({ db: database.db, baseURL: "http://localhost:3000", secret: randomBytes(32).toString("hex") });
  for (const role of ["ADMIN", "EDITOR", "VIEWER"] as const) {
    const email = `${role.toLowerCase()}@example.org`;
    const created = await createUser(auth, {
      email,
      name: `The ${role.toLowerCase()}`,
      password: `${role} password`,
      role,
    });
    users[role] = { id: created.id, email };
  }
});
afterAll(async () => {
  await database.drop();
});

const actorFor = (role: Role): Actor => ({ userId: users[role].id, role });
const callerAs = (actor: Actor | null, withAuth = true) =>
  createCaller(createContext({ db: database.db, actor, auth: withAuth ? auth : null }));

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `new-${randomBytes(3).toString("hex")}@example.org`,
  name: "New Person",
  password: "a long enough password",
  role: "EDITOR" as const,
  ...overrides,
});

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  return "OK";
}

/** The field errors a client would see, through the API's error formatter. */
async function fieldErrorsOf(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const shape = appRouter._def._config.errorFormatter({
      error,
      type: "mutation",
      path: "user.create",
      input: undefined,
      ctx: undefined,
      shape: { message: error.message, code: -32600, data: { code: error.code, httpStatus: 400, path: "user.create" } },
    }) as { data: { code: string; fieldErrors: Record<string, string> | null } };
    return shape.data;
  }
  throw new Error("expected the call to fail");
}

describe("user router permissions", () => {
  const calls = {
    "user.list": (caller: ReturnType<typeof callerAs>) => caller.user.list(),
    "user.create": (caller: ReturnType<typeof callerAs>) => caller.user.create(newUser()),
    "user.setRole": (caller: ReturnType<typeof callerAs>) =>
      caller.user.setRole({ userId: users.VIEWER.id, role: "VIEWER" }),
  };

  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    "%s: anonymous UNAUTHORIZED, viewer and editor FORBIDDEN, admin OK",
    async (name) => {
      const call = calls[name];
      expect(await codeOf(() => call(callerAs(null)))).toBe("UNAUTHORIZED");
      expect(await codeOf(() => call(callerAs(actorFor("VIEWER"))))).toBe("FORBIDDEN");
      expect(await codeOf(() => call(callerAs(actorFor("EDITOR"))))).toBe("FORBIDDEN");
      expect(await codeOf(() => call(callerAs(actorFor("ADMIN"))))).toBe("OK");
    },
  );

  it("writes nothing for a refused caller", async () => {
    const before = await database.db.user.count();
    await codeOf(() => callerAs(actorFor("EDITOR")).user.create(newUser()));
    await codeOf(() => callerAs(actorFor("EDITOR")).user.setRole({ userId: users.EDITOR.id, role: "ADMIN" }));
    expect(await database.db.user.count()).toBe(before);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: users.EDITOR.id } })).role).toBe("EDITOR");
  });
});

describe("user.me", () => {
  it("is null for an anonymous reader", async () => {
    expect(await callerAs(null).user.me()).toBeNull();
  });

  it.each(["VIEWER", "EDITOR", "ADMIN"] as const)("names the signed-in %s and their role", async (role) => {
    expect(await callerAs(actorFor(role)).user.me()).toEqual({
      id: users[role].id,
      email: users[role].email,
      name: `The ${role.toLowerCase()}`,
      role,
    });
  });
});

describe("admin procedures", () => {
  const admin = () => callerAs(actorFor("ADMIN"));

  it("creates a user who can then sign in, and lists users admins first without secrets", async () => {
    const input = newUser({ email: "Created@Example.org", role: "VIEWER" });
    const created = await admin().user.create(input);
    expect(created).toMatchObject({ email: "created@example.org", name: "New Person", role: "VIEWER" });

    const signIn = await auth.api.signInEmail({ body: { email: "created@example.org", password: input.password } });
    expect(signIn.user.id).toBe(created.id);

    const list = await admin().user.list();
    expect(list[0]?.role).toBe("ADMIN");
    expect(list.map((user) => user.email)).toContain("created@example.org");
    for (const user of list) expect(Object.keys(user).sort()).toEqual(["createdAt", "email", "id", "name", "role"]);
  });

  it("answers CONFLICT with a field error for a taken email", async () => {
    const data = await fieldErrorsOf(() => admin().user.create(newUser({ email: users.EDITOR.email })));
    expect(data.code).toBe("CONFLICT");
    expect(data.fieldErrors).toEqual({ email: "A user with this email already exists" });
  });

  it("answers BAD_REQUEST with field errors for invalid input", async () => {
    const data = await fieldErrorsOf(() => admin().user.create(newUser({ password: "short", name: "" })));
    expect(data.code).toBe("BAD_REQUEST");
    expect(data.fieldErrors).toEqual({ password: "Password must be at least 10 characters", name: "Name is required" });
  });

  it("changes a role, which the next request sees", async () => {
    const target = await admin().user.create(newUser({ role: "VIEWER" }));
    expect(await admin().user.setRole({ userId: target.id, role: "EDITOR" })).toMatchObject({ role: "EDITOR" });
    expect(await callerAs({ userId: target.id, role: "EDITOR" }).user.me()).toMatchObject({ role: "EDITOR" });
  });

  it("answers NOT_FOUND for an unknown user", async () => {
    expect(await codeOf(() => admin().user.setRole({ userId: "missing", role: "EDITOR" }))).toBe("NOT_FOUND");
  });

  it("answers SERVICE_UNAVAILABLE for user.create when no sign-in is configured", async () => {
    expect(await codeOf(() => callerAs(actorFor("ADMIN"), false).user.create(newUser()))).toBe("SERVICE_UNAVAILABLE");
  });
});
