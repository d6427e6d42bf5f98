import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { predictionInput } from "@hindsight/db/testing";
import { revokeApiKey } from "@hindsight/db";
import { createApiKey } from "../auth/api-keys";
import { createApiHarness, rowCounts, type ApiHarness } from "../test/harness";
import { createRestHandler } from "./handler";
import { openApiDocument } from "./openapi";

/**
 * The REST API through its real fetch handler (what apps/web mounts at /api/v1) against a test
 * database: every endpoint, every status it documents, and every answer checked against the
 * OpenAPI document's own schemas.
 */

let api: ApiHarness;
let now = new Date("2026-06-01T12:00:00Z");
const clock = () => now;
const document = openApiDocument();
const handler = createRestHandler({ db: () => api.database.db, now: clock });

const keys = { editor: "", viewer: "", revoked: "", expired: "", limited: "", limitedOther: "" };
let editorKeyId = "";

// Validates each answer against the schema the document gives for its operation and status.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, "openapi.json");

type Operation = {
  responses: Record<string, { $ref?: string; content?: { "application/json": { schema: { $ref: string } } } }>;
};
const operations = document.paths as unknown as Record<string, Record<string, Operation>>;

function templateOf(path: string): string | null {
  const bare = path.split("?")[0] ?? "";
  for (const template of Object.keys(operations)) {
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`);
    if (pattern.test(bare)) return template;
  }
  return null;
}

function schemaRefFor(operation: Operation, status: number): string {
  const response = operation.responses[String(status)];
  if (!response) throw new Error(`status ${status} is not documented`);
  if (response.$ref) return "#/components/schemas/Error";
  const ref = response.content?.["application/json"].schema.$ref;
  if (!ref) throw new Error(`status ${status} has no schema`);
  return ref;
}

/** (method path-template status) seen by the tests, to check that every documented one was. */
const seen = new Set<string>();

interface Answer {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- checked against the document's schema
}

async function call(
  method: string,
  path: string,
  options: {
    key?: string;
    body?: unknown;
    rawBody?: string;
    contentType?: string;
    via?: typeof handler;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const headers = new Headers(options.headers);
  if (options.key !== undefined) headers.set("authorization", `Bearer ${options.key}`);
  if (options.body !== undefined || options.rawBody !== undefined) {
    headers.set("content-type", options.contentType ?? "application/json");
  }
  const request = new Request(`http://localhost:3000/api/v1${path}`, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const response = await (options.via ?? handler)(request);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const text = await response.text();
  expect(text).not.toMatch(/\bat .+\.ts:\d+|node_modules|SELECT |INSERT |prisma/i);
  const body: unknown = JSON.parse(text);
  const template = templateOf(path);
  const operation = template ? operations[template]?.[method.toLowerCase()] : undefined;
  if (operation) {
    const validate = ajv.getSchema(`openapi.json${schemaRefFor(operation, response.status)}`);
    if (!validate) throw new Error(`no schema for ${method} ${template} ${response.status}`);
    if (!validate(body)) {
      throw new Error(
        `${method} ${path} ${response.status} does not match the document: ${ajv.errorsText(validate.errors)}`,
      );
    }
    seen.add(`${method} ${template} ${response.status}`);
  } else {
    expect(body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  }
  return { status: response.status, headers: response.headers, body };
}

const expectError = (answer: Answer, status: number, code: string) => {
  expect(answer.status).toBe(status);
  expect(answer.body.error.code).toBe(code);
  expect(answer.body.error.message).toEqual(expect.any(String));
};

const ids = { prediction: "", other: "", source: "" };

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_rest");
  const { db } = api.database;
  const owner = { ownerId: api.actors.admin.userId, actorId: api.actors.admin.userId };
  const editorKey = await createApiKey(db, { name: "CI", role: "EDITOR" }, owner, now);
  keys.editor = editorKey.key;
  editorKeyId = editorKey.id;
  keys.viewer = (await createApiKey(db, { name: "Reader", role: "VIEWER" }, owner, now)).key;
  keys.limited = (await createApiKey(db, { name: "Limited", role: "EDITOR" }, owner, now)).key;
  keys.limitedOther = (await createApiKey(db, { name: "Limited too", role: "EDITOR" }, owner, now)).key;
  const revoked = await createApiKey(db, { name: "Old", role: "EDITOR" }, owner, now);
  await revokeApiKey(db, revoked.id, { actorId: api.actors.admin.userId }, now);
  keys.revoked = revoked.key;
  const earlier = new Date("2026-01-01T00:00:00Z");
  keys.expired = (
    await createApiKey(db, { name: "Temp", role: "EDITOR", expiresAt: "2026-03-01" }, owner, earlier)
  ).key;

  const editor = api.callerFor(api.actors.editor, clock);
  const first = await editor.prediction.create(predictionInput({ tags: ["russia", "diplomacy"] }));
  ids.prediction = first.id;
  ids.source = first.source?.id ?? "";
  ids.other = (
    await editor.prediction.create(
      predictionInput({
        analyst: { mode: "new", name: "Olga Other" },
        source: { title: "Another piece", outlet: "The Example", publishedAt: "2025-06-01" },
        claim: "Something else happens",
        madeAt: "2025-06-01",
        tags: ["economy"],
      }),
    )
  ).id;
});
afterAll(async () => {
  await api.database.drop();
});

describe("the OpenAPI document", () => {
  it("is served at /openapi.json and is a valid OpenAPI 3.1 document whose references resolve", async () => {
    const response = await handler(new Request("http://localhost:3000/api/v1/openapi.json"));
    expect(response.status).toBe(200);
    const served = (await response.json()) as typeof document;
    expect(served).toEqual(JSON.parse(JSON.stringify(document)));

    const validator = new Validator();
    const result = await validator.validate(served as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it("declares every tag an operation uses, once", () => {
    const declared = (document.tags ?? []).map((tag) => tag.name);
    const used = new Set(
      Object.values(operations).flatMap((methods) =>
        Object.values(methods).flatMap((operation) => (operation as unknown as { tags: string[] }).tags),
      ),
    );
    expect(new Set(declared).size).toBe(declared.length);
    for (const tag of used) expect(declared, `tag ${tag}`).toContain(tag);
  });

  it("lists the endpoints, public reads and key-protected writes", () => {
    const listed = Object.entries(operations).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        endpoint: `${method.toUpperCase()} ${path}`,
        security: (operation as unknown as { security: unknown[] }).security,
      })),
    );
    expect(listed.map((entry) => entry.endpoint).sort()).toEqual(
      [
        "GET /openapi.json",
        "GET /predictions",
        "GET /predictions/{id}",
        "POST /predictions",
        "POST /predictions/{id}/judgements",
        "GET /analysts",
        "GET /analysts/{slug}",
        "GET /sources",
        "GET /sources/{id}",
        "GET /scoreboard",
        "GET /questions",
        "GET /questions/{key}",
        "POST /questions",
        "POST /questions/{key}/references",
        "POST /questions/{key}/judgements",
        "POST /predictions/{id}/question",
        "GET /claimreviews",
        "GET /predictions/{id}/disputes",
        "POST /predictions/{id}/disputes",
        "POST /disputes/{id}/answers",
      ].sort(),
    );
    for (const entry of listed) {
      // Filing a dispute needs no key (a public filing) but takes one (filed as its owner).
      const optional = entry.endpoint === "POST /predictions/{id}/disputes";
      expect(entry.security).toEqual(
        optional ? [{}, { apiKey: [] }] : entry.endpoint.startsWith("POST") ? [{ apiKey: [] }] : [],
      );
    }
  });

  it("documents the query parameters of the list filters and the scoreboard from the procedures' schemas", () => {
    const parameters = (path: string) =>
      (operations[path]?.get as unknown as { parameters: { name: string; in: string; schema: { type?: unknown } }[] })
        .parameters;
    expect(
      parameters("/predictions")
        .map((parameter) => parameter.name)
        .sort(),
    ).toEqual(["analyst", "cursor", "limit", "madeFrom", "madeTo", "outlet", "q", "sourceId", "status", "tag"].sort());
    expect(
      parameters("/scoreboard")
        .map((parameter) => parameter.name)
        .sort(),
    ).toEqual(["from", "minScored", "outlet", "tag", "to"].sort());
    expect(parameters("/scoreboard").find((parameter) => parameter.name === "minScored")?.schema.type).toBe("integer");
    expect(parameters("/predictions/{id}")).toEqual([
      expect.objectContaining({ name: "id", in: "path", required: true }),
    ]);
    const judgement = (document.components.schemas as Record<string, { properties: object; required: string[] }>)
      .JudgementRequest;
    expect(Object.keys(judgement?.properties ?? {})).not.toContain("predictionId");
    expect(judgement?.required).toEqual(["version", "outcome"]);
  });
});

type ExampleOperation = {
  parameters?: { name: string; schema: object; example?: unknown }[];
  requestBody?: { content: { "application/json": { example?: unknown } } };
};

describe("the document's examples", () => {
  const exampleOperations = Object.entries(operations).flatMap(([path, methods]) =>
    Object.entries(methods).map(
      ([method, operation]) => [`${method.toUpperCase()} ${path}`, operation as unknown as ExampleOperation] as const,
    ),
  );

  it.each(exampleOperations)("%s: every example matches its schema", (_endpoint, operation) => {
    for (const parameter of operation.parameters ?? []) {
      if (parameter.example === undefined) continue;
      const validate = ajv.compile(parameter.schema);
      expect(validate(parameter.example), `${parameter.name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});

describe("predictions", () => {
  it("lists predictions, filtered, one page at a time", async () => {
    const all = await call("GET", "/predictions");
    expect(all.status).toBe(200);
    expect(all.body.items.map((item: { id: string }) => item.id).sort()).toEqual([ids.prediction, ids.other].sort());
    expect(all.body.nextCursor).toBeNull();

    const tagged = await call("GET", "/predictions?tag=economy");
    expect(tagged.body.items.map((item: { id: string }) => item.id)).toEqual([ids.other]);
    const byOutlet = await call("GET", "/predictions?outlet=asia%20times&status=DUE");
    expect(byOutlet.body.items.map((item: { id: string }) => item.id)).toEqual([ids.prediction]);

    const first = await call("GET", "/predictions?limit=1");
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call("GET", `/predictions?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(second.body.nextCursor).toBeNull();
  });

  it.each([
    ["/predictions?limit=0", "limit"],
    ["/predictions?limit=many", "limit"],
    ["/predictions?madeFrom=yesterday", "madeFrom"],
    ["/predictions?status=MAYBE", "status"],
    ["/predictions?madeFrom=2025-06-02&madeTo=2025-06-01", "madeTo"],
    ["/predictions?cursor=not-a-cursor", "cursor"],
    ["/predictions?tags=russia", "tags"],
    ["/predictions?tag=a&tag=b", "tag"],
  ])("answers GET %s with 400 naming %s", async (path, field) => {
    const answer = await call("GET", path);
    expectError(answer, 400, "BAD_REQUEST");
    expect(Object.keys(answer.body.error.fieldErrors)).toContain(field);
  });

  it("gets one prediction, or 404, or 400 for an impossible id", async () => {
    const found = await call("GET", `/predictions/${ids.prediction}`);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      id: ids.prediction,
      claim: "The Trump-Putin talks end without a substantive agreement",
      probability: 0.95,
      madeAt: "2025-04-25T00:00:00.000Z",
      version: 1,
      outcome: null,
      tags: ["diplomacy", "russia"],
      analyst: { name: "Tereza Novotna", slug: "tereza-novotna" },
      judgements: [],
    });

    expectError(await call("GET", "/predictions/no-such-prediction"), 404, "NOT_FOUND");
    const tooLong = await call("GET", `/predictions/${"x".repeat(101)}`);
    expectError(tooLong, 400, "BAD_REQUEST");
    expect(Object.keys(tooLong.body.error.fieldErrors)).toEqual(["id"]);
  });

  it("refuses to log a prediction without a key (401), with a viewer key (403), writing nothing", async () => {
    const before = await rowCounts(api.database);
    const body = predictionInput({ source: undefined, claim: "Unauthorised claim" });

    const anonymous = await call("POST", "/predictions", { body });
    expectError(anonymous, 401, "UNAUTHORIZED");
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expectError(
      await call("POST", "/predictions", { body, key: "hs_unknownkeyunknownkeyunknownkey" }),
      401,
      "UNAUTHORIZED",
    );
    expectError(await call("POST", "/predictions", { body, key: "not-even-our-format" }), 401, "UNAUTHORIZED");

    // Same visible prefix as a real key, different secret: still unknown.
    const forged = `${keys.editor.slice(0, 11)}${"A".repeat(keys.editor.length - 11)}`;
    expectError(await call("POST", "/predictions", { body, key: forged }), 401, "UNAUTHORIZED");

    const revoked = await call("POST", "/predictions", { body, key: keys.revoked });
    expectError(revoked, 401, "UNAUTHORIZED");
    expect(revoked.body.error.message).toBe("This API key has been revoked");
    const expired = await call("POST", "/predictions", { body, key: keys.expired });
    expectError(expired, 401, "UNAUTHORIZED");
    expect(expired.body.error.message).toBe("This API key has expired");

    const viewer = await call("POST", "/predictions", { body, key: keys.viewer });
    expectError(viewer, 403, "FORBIDDEN");
    expect(viewer.body.error.message).toBe("This needs the editor role");

    expect(await rowCounts(api.database)).toEqual(before);
  });

  it("refuses invalid input with 400 naming the field, writing nothing", async () => {
    const before = await rowCounts(api.database);
    const invalid = await call("POST", "/predictions", {
      key: keys.editor,
      body: { ...predictionInput({ source: undefined }), probability: 1.5, madeAt: "2025-02-30" },
    });
    expectError(invalid, 400, "BAD_REQUEST");
    expect(invalid.body.error.fieldErrors).toEqual({
      probability: "Probability must be between 0 and 1",
      madeAt: "Date made must be a date (YYYY-MM-DD)",
    });

    const notJson = await call("POST", "/predictions", { key: keys.editor, rawBody: "{ not json" });
    expectError(notJson, 400, "BAD_REQUEST");
    expect(notJson.body.error.message).toBe("The request body is not valid JSON");
    expectError(await call("POST", "/predictions", { key: keys.editor, rawBody: "[1, 2]" }), 400, "BAD_REQUEST");
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it.each([
    "/predictions",
    "/predictions/{id}/judgements",
    "/predictions/{id}/question",
    "/questions",
    "/questions/{key}/references",
    "/questions/{key}/judgements",
    "/predictions/{id}/disputes",
    "/disputes/{id}/answers",
  ])("POST %s refuses a body that is not JSON (415) or too large (413)", async (template) => {
    const path = template.replace("{id}", ids.other).replace("{key}", "any-question");
    const small = createRestHandler({ db: () => api.database.db, now: clock, maxBodyBytes: 100 });
    expectError(
      await call("POST", path, { key: keys.editor, rawBody: "claim=x", contentType: "text/plain" }),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    );
    expectError(
      await call("POST", path, { key: keys.editor, body: { note: "x".repeat(200) }, via: small }),
      413,
      "PAYLOAD_TOO_LARGE",
    );
  });

  it("logs a prediction with an editor key (201), as the key's owner, and records when the key was used", async () => {
    now = new Date("2026-06-01T12:05:00Z");
    const created = await call("POST", "/predictions", {
      key: keys.editor,
      body: predictionInput({
        analyst: { mode: "new", name: "Rita Rest" },
        source: undefined,
        claim: "Logged through the REST API",
        probability: 0.3,
        tags: ["API test"],
      }),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      claim: "Logged through the REST API",
      probability: 0.3,
      version: 1,
      outcome: null,
      tags: ["api-test"],
      analyst: { name: "Rita Rest", slug: "rita-rest" },
      source: null,
    });
    expect(created.headers.get("x-ratelimit-limit")).toBe("60");

    const row = await api.database.db.prediction.findUniqueOrThrow({
      where: { id: created.body.id },
      select: { createdById: true },
    });
    expect(row.createdById).toBe(api.actors.admin.userId);
    const key = await api.database.db.apiKey.findUniqueOrThrow({ where: { id: editorKeyId } });
    expect(key.lastUsedAt).toEqual(now);
    expect((await call("GET", `/predictions/${created.body.id}`)).body.claim).toBe("Logged through the REST API");
  });
});

describe("judgements", () => {
  it("adds a judgement made against the current version (201)", async () => {
    const judged = await call("POST", `/predictions/${ids.prediction}/judgements`, {
      key: keys.editor,
      body: {
        version: 1,
        outcome: "TRUE",
        resolvedAt: "2025-08-16",
        note: "No deal",
        evidence: ["https://example.org/a"],
      },
    });
    expect(judged.status).toBe(201);
    expect(judged.body).toMatchObject({ id: ids.prediction, outcome: "TRUE", version: 2 });
    expect(judged.body.judgements).toEqual([
      expect.objectContaining({
        outcome: "TRUE",
        note: "No deal",
        basedOnVersion: 1,
        resolvedAt: "2025-08-16T00:00:00.000Z",
        evidence: ["https://example.org/a"],
      }),
    ]);
  });

  it("answers a stale version with 409, writing nothing", async () => {
    const before = await rowCounts(api.database);
    const stale = await call("POST", `/predictions/${ids.prediction}/judgements`, {
      key: keys.editor,
      body: { version: 1, outcome: "FALSE", resolvedAt: "2025-08-16" },
    });
    expectError(stale, 409, "CONFLICT");
    expect(stale.body.error.message).toMatch(/judged or edited|changed/i);
    expect(await rowCounts(api.database)).toEqual(before);
    const current = await call("GET", `/predictions/${ids.prediction}`);
    expect(current.body).toMatchObject({ outcome: "TRUE", version: 2 });
  });

  it("answers 404 for an unknown prediction, 400 naming the field, 401 and 403", async () => {
    const body = { version: 1, outcome: "TRUE", resolvedAt: "2025-08-16" };
    expectError(await call("POST", "/predictions/nope/judgements", { key: keys.editor, body }), 404, "NOT_FOUND");

    const missingDate = await call("POST", `/predictions/${ids.other}/judgements`, {
      key: keys.editor,
      body: { version: 1, outcome: "PARTIAL" },
    });
    expectError(missingDate, 400, "BAD_REQUEST");
    expect(missingDate.body.error.fieldErrors).toEqual({
      credit: "Partial outcomes need a credit between 0 and 1",
      resolvedAt: "Date decided is required",
    });
    // The id comes from the path, and an error about it names the path parameter.
    const longId = await call("POST", `/predictions/${"y".repeat(101)}/judgements`, { key: keys.editor, body });
    expectError(longId, 400, "BAD_REQUEST");
    expect(Object.keys(longId.body.error.fieldErrors)).toEqual(["id"]);

    expectError(await call("POST", `/predictions/${ids.other}/judgements`, { body }), 401, "UNAUTHORIZED");
    expectError(
      await call("POST", `/predictions/${ids.other}/judgements`, { key: keys.viewer, body }),
      403,
      "FORBIDDEN",
    );
    expect((await call("GET", `/predictions/${ids.other}`)).body.version).toBe(1);
  });
});

describe("analysts and sources", () => {
  it("lists analysts with their counts and gets one by slug", async () => {
    const list = await call("GET", "/analysts");
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ name: "Olga Other", predictions: 1, judged: 0 }),
      expect.objectContaining({ name: "Rita Rest", predictions: 1, judged: 0 }),
      expect.objectContaining({ name: "Tereza Novotna", predictions: 1, judged: 1 }),
    ]);
    expect(list.body.nextCursor).toBeNull();
    // A page at a time, by name; the cursor leads on without repeating or skipping anyone.
    const first = await call("GET", "/analysts?limit=2");
    expect(first.body.items.map((analyst: { name: string }) => analyst.name)).toEqual(["Olga Other", "Rita Rest"]);
    const rest = await call("GET", `/analysts?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(rest.body).toEqual({
      items: [expect.objectContaining({ name: "Tereza Novotna" })],
      nextCursor: null,
    });
    // q: names containing it, any case.
    const found = await call("GET", "/analysts?q=NOVOT");
    expect(found.body.items.map((analyst: { name: string }) => analyst.name)).toEqual(["Tereza Novotna"]);
    expect((await call("GET", "/analysts?q=nobody%20at%20all")).body).toEqual({ items: [], nextCursor: null });
    expectError(await call("GET", "/analysts?cursor=not-a-cursor"), 400, "BAD_REQUEST");
    expectError(await call("GET", "/analysts?limit=0"), 400, "BAD_REQUEST");
    const one = await call("GET", "/analysts/tereza-novotna");
    expect(one.status).toBe(200);
    expect(one.body).toEqual({
      id: expect.any(String),
      slug: "tereza-novotna",
      name: "Tereza Novotna",
      affiliation: "Free University of Berlin",
    });
    expectError(await call("GET", "/analysts/nobody"), 404, "NOT_FOUND");
    expectError(await call("GET", `/analysts/${"z".repeat(81)}`), 400, "BAD_REQUEST");
    expectError(await call("GET", "/analysts?sort=name"), 400, "BAD_REQUEST");
  });

  it("lists sources newest first, by outlet, in pages, and gets one", async () => {
    const list = await call("GET", "/sources");
    expect(list.status).toBe(200);
    expect(
      list.body.items.map((source: { title: string; predictions: number }) => [source.title, source.predictions]),
    ).toEqual([
      ["Another piece", 1],
      ["What Trump's North Korea diplomacy says about his Russia strategy", 1],
    ]);
    const paged = await call("GET", "/sources?limit=1");
    expect(paged.body.items).toHaveLength(1);
    const next = await call("GET", `/sources?limit=1&cursor=${encodeURIComponent(paged.body.nextCursor)}`);
    expect(next.body.items[0].title).toBe("What Trump's North Korea diplomacy says about his Russia strategy");
    expect(next.body.nextCursor).toBeNull();
    const byOutlet = await call("GET", "/sources?outlet=the%20example");
    expect(byOutlet.body.items.map((source: { title: string }) => source.title)).toEqual(["Another piece"]);

    const one = await call("GET", `/sources/${ids.source}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: ids.source, outlet: "Asia Times", publishedAt: "2025-04-25T00:00:00.000Z" });
    expect(one.body.authors).toEqual(expect.any(Array));
    expectError(await call("GET", "/sources/none"), 404, "NOT_FOUND");
    expectError(await call("GET", `/sources/${"s".repeat(101)}`), 400, "BAD_REQUEST");
    const badLimit = await call("GET", "/sources?limit=abc");
    expectError(badLimit, 400, "BAD_REQUEST");
    expect(Object.keys(badLimit.body.error.fieldErrors)).toEqual(["limit"]);
  });
});

describe("ClaimReviews", () => {
  // The endpoint in depth (paging, since, re-judgements, reopening): claim-reviews.test.ts.
  it("lists judged predictions as ClaimReview and refuses a malformed since naming it", async () => {
    const list = await call("GET", "/claimreviews?since=2020-01-01");
    expect(list.status).toBe(200);
    expect(list.body.nextCursor).toBeNull();
    const badSince = await call("GET", "/claimreviews?since=yesterday");
    expectError(badSince, 400, "BAD_REQUEST");
    expect(badSince.body.error.fieldErrors).toEqual({ since: "since must be a date (YYYY-MM-DD)" });
  });
});

describe("the scoreboard", () => {
  beforeAll(async () => {
    // Three judged predictions tagged "calibration": Ann 0.8 TRUE and 0.6 FALSE, Ben 0.9 TRUE.
    const editor = api.callerFor(api.actors.editor, clock);
    const made = [
      { name: "Ann Analyst", probability: 0.8, outcome: "TRUE", madeAt: "2025-03-10" },
      { name: "Ann Analyst", probability: 0.6, outcome: "FALSE", madeAt: "2025-05-10" },
      { name: "Ben Analyst", probability: 0.9, outcome: "TRUE", madeAt: "2025-05-20" },
    ] as const;
    for (const entry of made) {
      const existing = await api.database.db.analyst.findUnique({
        where: { slug: entry.name.toLowerCase().replace(" ", "-") },
      });
      const prediction = await editor.prediction.create(
        predictionInput({
          analyst: existing ? { mode: "existing", id: existing.id } : { mode: "new", name: entry.name },
          source: { title: `Column by ${entry.name}`, outlet: "Daily Numbers", publishedAt: entry.madeAt },
          madeAt: entry.madeAt,
          resolveBy: undefined,
          probability: entry.probability,
          tags: ["calibration"],
        }),
      );
      await editor.prediction.judge({
        predictionId: prediction.id,
        version: 1,
        outcome: entry.outcome,
        resolvedAt: "2025-12-01",
      });
    }
  });

  it("ranks by the Brier score shrunk towards the population's, with the page's filters", async () => {
    // Ann: brier ((0.2)^2 + (0.6)^2) / 2 = 0.2; Ben: (0.1)^2 = 0.01; population 0.41 / 3.
    // adjusted Ann = (2 * 0.2 + 10 * 0.41/3) / 12 = 0.147222..., Ben = (0.01 + 10 * 0.41/3) / 11 = 0.125151...
    const board = await call("GET", "/scoreboard?tag=calibration&minScored=1");
    expect(board.status).toBe(200);
    expect(board.body.population.scored).toBe(3);
    expect(board.body.population.brier).toBeCloseTo(0.41 / 3, 10);
    expect(board.body.analysts.map((line: { name: string; rank: number }) => [line.name, line.rank])).toEqual([
      ["Ben Analyst", 1],
      ["Ann Analyst", 2],
    ]);
    const [ben, ann] = board.body.analysts as { brier: number; adjustedBrier: number; scored: number }[];
    expect(ben?.brier).toBeCloseTo(0.01, 10);
    expect(ben?.adjustedBrier).toBeCloseTo((0.01 + (10 * 0.41) / 3) / 11, 10);
    expect(ann?.brier).toBeCloseTo(0.2, 10);
    expect(ann?.adjustedBrier).toBeCloseTo((0.4 + (10 * 0.41) / 3) / 12, 10);

    // The default minScored (5) leaves both unranked.
    const unranked = await call("GET", "/scoreboard?tag=calibration");
    expect(unranked.body.analysts.map((line: { rank: number | null }) => line.rank)).toEqual([null, null]);

    // May 2025 only: Ann's 0.6 FALSE (brier 0.36) and Ben's 0.9 TRUE (0.01).
    const may = await call(
      "GET",
      "/scoreboard?tag=calibration&from=2025-05&to=2025-05&minScored=1&outlet=daily%20numbers",
    );
    expect(may.body.population.scored).toBe(2);
    expect(may.body.population.brier).toBeCloseTo(0.37 / 2, 10);
    expect(may.body.analysts.find((line: { name: string }) => line.name === "Ann Analyst").brier).toBeCloseTo(0.36, 10);
    const elsewhere = await call("GET", "/scoreboard?tag=calibration&outlet=Nowhere");
    expect(elsewhere.body).toEqual({ population: { scored: 0, brier: null }, analysts: [] });
  });

  it.each([
    ["/scoreboard?from=2025-13", "from"],
    ["/scoreboard?from=2025-06&to=2025-01", "to"],
    ["/scoreboard?minScored=-1", "minScored"],
    ["/scoreboard?minScored=1.5", "minScored"],
    ["/scoreboard?minScored=lots", "minScored"],
    ["/scoreboard?tag=", "tag"],
  ])("answers GET %s with 400 naming %s", async (path, field) => {
    const answer = await call("GET", path);
    expectError(answer, 400, "BAD_REQUEST");
    expect(Object.keys(answer.body.error.fieldErrors)).toEqual([field]);
  });
});

describe("keys on reads", () => {
  it.each([
    "/predictions",
    `/predictions/x`,
    "/analysts",
    "/analysts/x",
    "/sources",
    "/sources/x",
    "/scoreboard",
    "/claimreviews",
  ])("GET %s with a revoked key is 401; reads need no key", async (path) => {
    expectError(await call("GET", path, { key: keys.revoked }), 401, "UNAUTHORIZED");
    expect((await call("GET", path, { key: keys.viewer })).status).not.toBe(401);
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After after the allowed writes per key within the window, per key, then lets writes in again", async () => {
    const limited = createRestHandler({
      db: () => api.database.db,
      now: clock,
      writeRateLimit: { max: 2, windowSeconds: 60 },
    });
    const start = new Date("2026-06-02T08:00:00Z");
    now = start;
    const write = (key: string) =>
      call("POST", `/predictions/${ids.other}/judgements`, { key, body: { version: 99 }, via: limited });
    // Invalid writes count too: the limit is about load, not success.
    expect((await write(keys.limited)).status).toBe(400);
    now = new Date(start.getTime() + 10_000);
    const second = await write(keys.limited);
    expect(second.status).toBe(400);
    expect(second.headers.get("x-ratelimit-remaining")).toBe("0");

    const refused = await write(keys.limited);
    expectError(refused, 429, "TOO_MANY_REQUESTS");
    expect(refused.headers.get("retry-after")).toBe("50");
    expect(refused.body.error.message).toContain("at most 2 in 60 seconds");
    expect((await call("POST", "/predictions", { key: keys.limited, body: {}, via: limited })).status).toBe(429);

    // Another key has its own count.
    expect((await write(keys.limitedOther)).status).toBe(400);

    now = new Date(start.getTime() + 60_000);
    expect((await write(keys.limited)).status).toBe(400);
  });
});

describe("questions", () => {
  const editorCaller = () => api.callerFor(api.actors.editor, clock);

  it("creates, lists, reads, references, links and judges a question; a stale judgement is 409 and writes nothing", async () => {
    const created = await call("POST", "/questions", {
      key: keys.editor,
      body: { key: "q-rest", title: "A question through REST", resolveBy: "2026-12-31" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: "q-rest", version: 1, predictions: 0 });
    expectError(
      await call("POST", "/questions", { key: keys.editor, body: { key: "q-rest", title: "Again" } }),
      409,
      "CONFLICT",
    );
    const referenced = await call("POST", "/questions/q-rest/references", {
      key: keys.editor,
      body: { probability: 0.25, source: "Base rate", asOf: "2025-01-01" },
    });
    expect(referenced.status).toBe(201);
    const sameDay = await call("POST", "/questions/q-rest/references", {
      key: keys.editor,
      body: { probability: 0.3, source: "Market", asOf: "2025-01-01T20:00:00Z" },
    });
    expectError(sameDay, 409, "CONFLICT");
    expect(sameDay.body.error.fieldErrors).toEqual({ asOf: "A reference for 2025-01-01 exists already: one per day" });

    const prediction = await editorCaller().prediction.create(
      predictionInput({ source: undefined, claim: "The question's event does not happen" }),
    );
    const linked = await call("POST", `/predictions/${prediction.id}/question`, {
      key: keys.editor,
      body: { version: 1, question: "q-rest", negated: true },
    });
    expect(linked.status).toBe(200);
    expect(linked.body.question).toEqual({
      key: "q-rest",
      title: "A question through REST",
      outcome: null,
      negated: true,
    });
    expectError(
      await call("POST", `/predictions/${prediction.id}/question`, {
        key: keys.editor,
        body: { version: 1, question: null },
      }),
      409,
      "CONFLICT",
    );

    const judged = await call("POST", "/questions/q-rest/judgements", {
      key: keys.editor,
      body: { version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" },
    });
    expect(judged.status).toBe(201);
    expect(judged.body.linked).toEqual([
      expect.objectContaining({ id: prediction.id, outcome: "FALSE", reference: 0.25 }),
    ]);
    const before = await rowCounts(api.database);
    const stale = await call("POST", "/questions/q-rest/judgements", {
      key: keys.editor,
      body: { version: 1, outcome: "FALSE", resolvedAt: "2026-01-01" },
    });
    expectError(stale, 409, "CONFLICT");
    expect(await rowCounts(api.database)).toEqual(before);

    const listed = await call("GET", "/questions?q=REST&status=JUDGED");
    expect(listed.body.items.map((item: { key: string }) => item.key)).toEqual(["q-rest"]);
    const read = await call("GET", "/questions/q-rest");
    expect(read.body).toMatchObject({
      outcome: "TRUE",
      version: 2,
      references: [expect.objectContaining({ probability: 0.25 })],
    });
  });

  it("answers 400 naming the field, 401, 403 and 404", async () => {
    expectError(await call("GET", "/questions?limit=0"), 400, "BAD_REQUEST");
    expectError(await call("GET", `/questions/${"k".repeat(201)}`), 400, "BAD_REQUEST");
    expectError(await call("GET", "/questions/no-such-question"), 404, "NOT_FOUND");
    for (const path of ["/questions", "/questions/q-rest"]) {
      expectError(await call("GET", path, { key: keys.revoked }), 401, "UNAUTHORIZED");
    }
    const writes: [string, unknown][] = [
      ["/questions", { title: "Not allowed" }],
      ["/questions/q-rest/references", { probability: 0.5, source: "Poll", asOf: "2025-02-01" }],
      ["/questions/q-rest/judgements", { version: 2, outcome: null }],
      [`/predictions/${ids.other}/question`, { version: 1, question: "q-rest" }],
    ];
    for (const [path, body] of writes) {
      expectError(await call("POST", path, { body }), 401, "UNAUTHORIZED");
      expectError(await call("POST", path, { key: keys.viewer, body }), 403, "FORBIDDEN");
    }
    const missingTitle = await call("POST", "/questions", { key: keys.editor, body: {} });
    expectError(missingTitle, 400, "BAD_REQUEST");
    expect(Object.keys(missingTitle.body.error.fieldErrors)).toEqual(["title"]);
    const badProbability = await call("POST", "/questions/q-rest/references", {
      key: keys.editor,
      body: { probability: 2, source: "Poll", asOf: "2025-02-01" },
    });
    expectError(badProbability, 400, "BAD_REQUEST");
    expect(Object.keys(badProbability.body.error.fieldErrors)).toEqual(["probability"]);
    expectError(
      await call("POST", "/questions/q-rest/judgements", {
        key: keys.editor,
        body: { version: 2, outcome: "PARTIAL" },
      }),
      400,
      "BAD_REQUEST",
    );
    expectError(
      await call("POST", `/predictions/${ids.other}/question`, { key: keys.editor, body: { version: "one" } }),
      400,
      "BAD_REQUEST",
    );
    const body = { probability: 0.5, source: "Poll", asOf: "2025-02-01" };
    expectError(await call("POST", "/questions/nope/references", { key: keys.editor, body }), 404, "NOT_FOUND");
    expectError(
      await call("POST", "/questions/nope/judgements", { key: keys.editor, body: { version: 1, outcome: null } }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await call("POST", "/predictions/nope/question", { key: keys.editor, body: { version: 1, question: "q-rest" } }),
      404,
      "NOT_FOUND",
    );
  });

  it("limits question writes per key like every write (429)", async () => {
    const { db } = api.database;
    const owner = { ownerId: api.actors.admin.userId, actorId: api.actors.admin.userId };
    const key = (await createApiKey(db, { name: "Question writer", role: "EDITOR" }, owner, now)).key;
    const limited = createRestHandler({ db: () => db, now: clock, writeRateLimit: { max: 1, windowSeconds: 60 } });
    const writes: [string, unknown][] = [
      ["/questions", { title: "Limited" }],
      ["/questions/q-rest/references", { probability: 0.5, source: "Poll", asOf: "2025-03-01" }],
      ["/questions/q-rest/judgements", { version: 99, outcome: null }],
      [`/predictions/${ids.other}/question`, { version: 99, question: null }],
    ];
    expect((await call("POST", "/questions", { key, body: {}, via: limited })).status).toBe(400);
    for (const [path, body] of writes) {
      expectError(await call("POST", path, { key, body, via: limited }), 429, "TOO_MANY_REQUESTS");
    }
  });
});

describe("disputes", () => {
  const editorCaller = () => api.callerFor(api.actors.editor, clock);
  const publicFiling = {
    text: "The talks produced a signed framework.",
    evidence: ["https://example.org/framework"],
    name: "Jan Novak",
    email: "jan@example.org",
  };
  const from = (address: string) => ({ "x-forwarded-for": address });
  let judgedId = "";

  beforeAll(async () => {
    const { id } = await editorCaller().prediction.create(
      predictionInput({ claim: "Disputed over REST", source: undefined }),
    );
    judgedId = (
      await editorCaller().prediction.judge({ predictionId: id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" })
    ).id;
  });

  it("files publicly without a key and as the key's owner with one (201), lists them (200) and marks the prediction", async () => {
    const anonymous = await call("POST", `/predictions/${judgedId}/disputes`, {
      body: publicFiling,
      headers: from("192.0.2.10"),
    });
    expect(anonymous.status).toBe(201);
    expect(anonymous.body).toMatchObject({ status: "OPEN", filer: { id: null, name: "Jan Novak", public: true } });
    const keyed = await call("POST", `/predictions/${judgedId}/disputes`, {
      key: keys.viewer,
      body: { text: "Filed with a viewer key", evidence: [] },
    });
    expect(keyed.status).toBe(201);
    expect(keyed.body.filer).toEqual({ id: api.actors.admin.userId, name: "Ada Admin", public: false });
    expect(keyed.headers.get("x-ratelimit-limit")).toBe("60");

    const listed = await call("GET", `/predictions/${judgedId}/disputes`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((dispute: { id: string }) => dispute.id)).toEqual([keyed.body.id, anonymous.body.id]);
    expect(JSON.stringify(listed.body)).not.toContain("jan@example.org");
    expect((await call("GET", `/predictions/${judgedId}`)).body.disputed).toBe(true);
  });

  it("refuses a prediction without an outcome, a filled honeypot and missing fields with 400, writing nothing", async () => {
    const before = await rowCounts(api.database);
    const notJudged = await call("POST", `/predictions/${ids.other}/disputes`, {
      body: publicFiling,
      headers: from("192.0.2.11"),
    });
    expectError(notJudged, 400, "BAD_REQUEST");
    expect(notJudged.body.error.message).toMatch(/Only a judged prediction can be disputed/);
    const honeypot = await call("POST", `/predictions/${judgedId}/disputes`, {
      body: { ...publicFiling, website: "https://spam.example" },
      headers: from("192.0.2.11"),
    });
    expectError(honeypot, 400, "BAD_REQUEST");
    expect(honeypot.body.error.fieldErrors).toBeUndefined();
    const missing = await call("POST", `/predictions/${judgedId}/disputes`, {
      body: { text: "No name" },
      headers: from("192.0.2.11"),
    });
    expectError(missing, 400, "BAD_REQUEST");
    expect(Object.keys(missing.body.error.fieldErrors).sort()).toEqual(["email", "name"]);
    expectError(
      await call("POST", "/predictions/no-such-prediction/disputes", { body: publicFiling }),
      404,
      "NOT_FOUND",
    );
    expectError(
      await call("POST", `/predictions/${judgedId}/disputes`, { key: keys.revoked, body: publicFiling }),
      401,
      "UNAUTHORIZED",
    );
    expect(await rowCounts(api.database)).toEqual(before);
  });

  it("answers 429 past the public filings allowed per client address", async () => {
    for (let index = 0; index < 5; index++) {
      const filed = await call("POST", `/predictions/${judgedId}/disputes`, {
        body: { ...publicFiling, text: `Filing ${index}` },
        headers: from("192.0.2.12"),
      });
      expect(filed.status).toBe(201);
    }
    const refused = await call("POST", `/predictions/${judgedId}/disputes`, {
      body: publicFiling,
      headers: from("192.0.2.12"),
    });
    expectError(refused, 429, "TOO_MANY_REQUESTS");
    expect(refused.body.error.message).toMatch(/at most 5 in 60 minutes/);
  });

  it("answers a dispute with an editor key (201); 400, 401, 403, 404, 409 and 429 otherwise", async () => {
    const filed = await call("POST", `/predictions/${judgedId}/disputes`, {
      key: keys.viewer,
      body: { text: "To answer over REST" },
    });
    const path = `/disputes/${filed.body.id}/answers`;
    expectError(await call("POST", path, { body: { version: 1, decision: "UPHOLD" } }), 401, "UNAUTHORIZED");
    expectError(
      await call("POST", path, { key: keys.viewer, body: { version: 1, decision: "UPHOLD" } }),
      403,
      "FORBIDDEN",
    );
    const noReason = await call("POST", path, { key: keys.editor, body: { version: 1, decision: "REJECT" } });
    expectError(noReason, 400, "BAD_REQUEST");
    expect(noReason.body.error.fieldErrors).toEqual({ reason: "A rejection needs a reason" });
    expectError(
      await call("POST", "/disputes/no-such-dispute/answers", {
        key: keys.editor,
        body: { version: 1, decision: "UPHOLD" },
      }),
      404,
      "NOT_FOUND",
    );
    const answered = await call("POST", path, {
      key: keys.editor,
      body: { version: 1, decision: "REJECT", reason: "The framework is not an agreement." },
    });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({
      status: "REJECTED",
      version: 2,
      answer: { decision: "REJECT", reason: "The framework is not an agreement.", answeredBy: { name: "Ada Admin" } },
    });
    const again = await call("POST", path, { key: keys.editor, body: { version: 2, decision: "UPHOLD" } });
    expectError(again, 409, "CONFLICT");

    const limited = createRestHandler({
      db: () => api.database.db,
      now: clock,
      writeRateLimit: { max: 1, windowSeconds: 60 },
    });
    const { db } = api.database;
    const owner = { ownerId: api.actors.admin.userId, actorId: api.actors.admin.userId };
    const key = (await createApiKey(db, { name: "Dispute writer", role: "EDITOR" }, owner, now)).key;
    expect((await call("POST", path, { key, body: {}, via: limited })).status).toBe(400);
    expectError(await call("POST", path, { key, body: {}, via: limited }), 429, "TOO_MANY_REQUESTS");
    expectError(
      await call("POST", `/predictions/${judgedId}/disputes`, { key, body: { text: "Limited" }, via: limited }),
      429,
      "TOO_MANY_REQUESTS",
    );
  });

  it("answers 404 for an unknown prediction's disputes, 400 for an impossible id and 401 for a revoked key", async () => {
    expectError(await call("GET", "/predictions/no-such-prediction/disputes"), 404, "NOT_FOUND");
    expectError(await call("GET", `/predictions/${"x".repeat(101)}/disputes`), 400, "BAD_REQUEST");
    expectError(await call("GET", `/predictions/${judgedId}/disputes`, { key: keys.revoked }), 401, "UNAUTHORIZED");
  });
});

describe("everything else", () => {
  it("answers an unknown endpoint with 404 and an unsupported method with 405, in JSON", async () => {
    expectError(await call("GET", "/nothing-here"), 404, "NOT_FOUND");
    const method = await call("DELETE", "/predictions");
    expectError(method, 405, "METHOD_NOT_SUPPORTED");
    expect(method.headers.get("allow")).toBe("GET, POST");
  });

  it("answers an unexpected failure with 500 and a message that gives nothing away", async () => {
    const onError = vi.fn();
    const broken = createRestHandler({
      db: () => {
        throw new Error('connect ECONNREFUSED: SELECT "keyHash" FROM "api_key" failed');
      },
      onError,
    });
    const answer = await call("GET", "/analysts", { via: broken });
    expectError(answer, 500, "INTERNAL_SERVER_ERROR");
    // A read: it says nothing of saving.
    expect(answer.body.error.message).toBe("Something went wrong on the server; the data could not be read");
    expect(JSON.stringify(answer.body)).not.toMatch(/ECONNREFUSED|api_key|SELECT/);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  // Last, as it adds to the ledger the tests above count.
  it("runs the write examples as given: the logging example creates a prediction, the judging one judges it", async () => {
    const create = operations["/predictions"]?.post as unknown as ExampleOperation;
    const logged = await call("POST", "/predictions", {
      key: keys.editor,
      body: create.requestBody?.content["application/json"].example,
    });
    expect(logged.status).toBe(201);
    const judge = operations["/predictions/{id}/judgements"]?.post as unknown as ExampleOperation;
    const judged = await call("POST", `/predictions/${logged.body.id}/judgements`, {
      key: keys.editor,
      body: judge.requestBody?.content["application/json"].example,
    });
    expect(judged.status).toBe(201);
  });

  it("has answered every documented status of every endpoint in these tests", () => {
    const documented = Object.entries(operations).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, operation]) =>
        Object.keys(operation.responses)
          .filter((status) => status !== "500")
          .map((status) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );
    seen.add("GET /openapi.json 200");
    expect(documented.filter((entry) => !seen.has(entry))).toEqual([]);
  });
});
