import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDatabase, type Database } from "@hindsight/db";
import { freePort } from "@hindsight/db/runtime";
import { predictionInput } from "@hindsight/db/testing";
import { createApiKey } from "../auth/api-keys";
import { createContext, type Actor } from "../context";
import { createRestHandler } from "../rest/handler";
import { appRouter } from "../root";
import { createApiHarness, type ApiHarness } from "./harness";

/**
 * Unexpected failures reach clients as a generic message: no stack, no SQL, no Prisma or
 * PostgreSQL wording, over both transports as they are mounted (tRPC's fetch adapter, the REST
 * handler). The failures are real ones: a table the query needs is moved away for the duration of
 * the test (SQLSTATE 42P01), so the statement fails inside the database with Prisma's full message
 * (the query's model, the SQLSTATE, the server's words); and a database nobody listens for. (A NUL
 * character in text, which PostgreSQL refuses, is bad input: a 400 naming the field, tested below.)
 *
 * Vitest runs with NODE_ENV=test, where tRPC adds each error's stack to its answer by default: the
 * worst case, which the error formatter must undo.
 */

const GENERIC = "Something went wrong on the server; the change was not saved";
/** A read that fails says nothing of saving. */
const GENERIC_READ = "Something went wrong on the server; the data could not be read";

let api: ApiHarness;
let editorKey = "";
/** A database on a loopback port with nothing listening. */
let downDatabase: Database;

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_errors");
  editorKey = (
    await createApiKey(
      api.database.db,
      { name: "Leak test", role: "EDITOR" },
      { ownerId: api.actors.admin.userId, actorId: api.actors.admin.userId },
      new Date(),
    )
  ).key;
  downDatabase = createDatabase(`postgresql://nobody:secret-password@127.0.0.1:${await freePort()}/nowhere`, {
    connectionTimeoutMs: 1_000,
  });
});
afterAll(async () => {
  await downDatabase?.$disconnect();
  await api?.database.drop();
});

/** What must never be in an answer: stack frames, file paths, Prisma's and PostgreSQL's words, SQL, secrets. */
function expectNothingInternal(text: string) {
  expect(text).not.toMatch(/\bat (async )?\S+ \(|\.(ts|js):\d+(:\d+)?|node_modules|\/work\/|file:\/\//);
  expect(text).not.toMatch(
    /prisma|findUnique|findFirst|invocation|driverAdapter|P\d{4}\b|22021|invalid byte sequence/i,
  );
  expect(text).not.toMatch(
    /\b(SELECT|INSERT|UPDATE|DELETE|WHERE|FROM)\b|"public"\.|ECONNREFUSED|127\.0\.0\.1|secret-password/,
  );
  expect(text).not.toMatch(/"stack"\s*:\s*"/);
}

/** A tRPC request through the fetch adapter, as apps/web mounts it at /api/trpc. */
async function trpc(
  path: string,
  input: unknown,
  options: { type: "query" | "mutation"; db?: Database; actor?: Actor | null },
) {
  const onError = vi.fn();
  const serialized = JSON.stringify(superjson.serialize(input));
  const request =
    options.type === "query"
      ? new Request(`http://localhost:3000/api/trpc/${path}?input=${encodeURIComponent(serialized)}`)
      : new Request(`http://localhost:3000/api/trpc/${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: serialized,
        });
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createContext({ db: options.db ?? api.database.db, actor: options.actor ?? null }),
    onError,
  });
  const text = await response.text();
  const envelope = JSON.parse(text) as { error: Parameters<typeof superjson.deserialize>[0] };
  const error = superjson.deserialize<{ message: string; code: number; data: Record<string, unknown> }>(envelope.error);
  return { status: response.status, text, error, onError };
}

async function rest(path: string, options: { method?: string; body?: unknown; key?: string; db?: Database } = {}) {
  const onError = vi.fn();
  const handler = createRestHandler({ db: options.db ?? api.database.db, onError });
  const response = await handler(
    new Request(`http://localhost:3000/api/v1${path}`, {
      method: options.method ?? "GET",
      headers: {
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
  );
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as unknown, onError };
}

/** Runs `body` while the table is renamed away, so that statements using it fail inside PostgreSQL. */
async function withTableMoved<T>(table: string, body: () => Promise<T>): Promise<T> {
  await api.database.db.$executeRawUnsafe(`ALTER TABLE "${table}" RENAME TO "${table}_moved_away"`);
  try {
    return await body();
  } finally {
    await api.database.db.$executeRawUnsafe(`ALTER TABLE "${table}_moved_away" RENAME TO "${table}"`);
  }
}

describe("a query that fails inside the database", () => {
  it("is answered over tRPC with INTERNAL_SERVER_ERROR, the generic message and no stack", async () => {
    // tRPC's development mode, which puts stacks in answers unless the formatter takes them out.
    expect(appRouter._def._config.isDev).toBe(true);
    const answer = await withTableMoved("analyst", () =>
      trpc("analyst.bySlug", { slug: "someone" }, { type: "query" }),
    );
    expect(answer.status).toBe(500);
    expectNothingInternal(answer.text);
    expect(answer.error.message).toBe(GENERIC_READ);
    expect(answer.error.code).toBe(-32603);
    expect(answer.error.data).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      httpStatus: 500,
      path: "analyst.bySlug",
      fieldErrors: null,
    });
    // The server log still gets the whole story.
    expect(answer.onError).toHaveBeenCalledTimes(1);
    const logged = (answer.onError.mock.calls[0]?.[0] as { error: Error }).error;
    expect(String(logged.cause)).toMatch(/42P01|does not exist/);
  });

  it("is answered over REST with 500, the generic message and nothing else", async () => {
    const answer = await withTableMoved("analyst", () => rest("/analysts/someone"));
    expect(answer.status).toBe(500);
    expectNothingInternal(answer.text);
    expect(answer.body).toEqual({ error: { code: "INTERNAL_SERVER_ERROR", message: GENERIC_READ } });
    expect(answer.onError).toHaveBeenCalledTimes(1);
  });
});

describe("a write that fails inside the database", () => {
  const claim = () => predictionInput({ claim: "A claim whose table is gone", source: undefined });

  it("is answered over tRPC with the generic message and no stack", async () => {
    const answer = await withTableMoved("prediction_tag", () =>
      trpc("prediction.create", claim(), { type: "mutation", actor: api.actors.editor }),
    );
    expect(answer.status).toBe(500);
    expectNothingInternal(answer.text);
    expect(answer.error.message).toBe(GENERIC);
    expect(answer.error.data).toMatchObject({ code: "INTERNAL_SERVER_ERROR", httpStatus: 500 });
    expect(answer.error.data.stack).toBeUndefined();
  });

  it("is answered over REST with 500 and the generic message", async () => {
    const answer = await withTableMoved("prediction_tag", () =>
      rest("/predictions", { method: "POST", key: editorKey, body: claim() }),
    );
    expect(answer.status).toBe(500);
    expectNothingInternal(answer.text);
    expect(answer.body).toEqual({ error: { code: "INTERNAL_SERVER_ERROR", message: GENERIC } });
  });
});

describe("a NUL character, which PostgreSQL cannot store", () => {
  it("is bad input: 400 naming the field, over tRPC and REST, for reads and writes", async () => {
    const read = await trpc("analyst.bySlug", { slug: "\u0000" }, { type: "query" });
    expect(read.status).toBe(400);
    expectNothingInternal(read.text);
    expect((await rest("/analysts/%00")).status).toBe(400);
    const bad = predictionInput({ claim: "A claim with a NUL \u0000 in it", source: undefined });
    const write = await trpc("prediction.create", bad, { type: "mutation", actor: api.actors.editor });
    expect(write.status).toBe(400);
    expect(write.error.data.fieldErrors).toEqual({ claim: "claim may not contain the NUL character (U+0000)" });
    const viaRest = await rest("/predictions", { method: "POST", key: editorKey, body: bad });
    expect(viaRest.status).toBe(400);
  });
});

describe("a database that cannot be reached", () => {
  // Answered 500 with the generic message, or 503 with a message of our own saying to retry (the
  // mapping of "unavailable" errors): either way without the address, the user or the driver's words.
  const expectedMessage =
    /^(Something went wrong on the server; the data could not be read|The database is not reachable right now; try again in \d+ seconds)$/;

  it("is answered over tRPC without the connection's details", async () => {
    const answer = await trpc("prediction.list", { limit: 5 }, { type: "query", db: downDatabase });
    expect([500, 503]).toContain(answer.status);
    expectNothingInternal(answer.text);
    expect(answer.error.message).toMatch(expectedMessage);
    expect(answer.error.data.stack).toBeUndefined();
  });

  it("is answered over REST without the connection's details", async () => {
    const answer = await rest("/analysts", { db: downDatabase });
    expect([500, 503]).toContain(answer.status);
    expectNothingInternal(answer.text);
    expect((answer.body as { error: { message: string } }).error.message).toMatch(expectedMessage);
  });
});

describe("an error thrown by a procedure's own code", () => {
  it("keeps the stack out of tRPC answers of every code, not only internal ones", async () => {
    // NOT_FOUND, BAD_REQUEST and UNAUTHORIZED, each with tRPC's default stack in NODE_ENV=test.
    const answers = [
      await trpc("prediction.byId", { id: "does-not-exist" }, { type: "query" }),
      await trpc("prediction.list", { limit: 10_000 }, { type: "query" }),
      await trpc("prediction.create", predictionInput(), { type: "mutation" }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([404, 400, 401]);
    for (const answer of answers) {
      expectNothingInternal(answer.text);
      expect(answer.error.data.stack).toBeUndefined();
    }
  });
});
