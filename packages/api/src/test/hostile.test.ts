import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { TRPCError } from "@trpc/server";
import { articleLogInput, predictionInput, sampleArticle } from "@hindsight/db/testing";
import { createApiKey } from "../auth/api-keys";
import { createRestHandler } from "../rest/handler";
import { inputJsonSchema, inputSchemaOf } from "../rest/openapi";
import { restRoutes, type RestRoute } from "../rest/routes";
import { appRouter } from "../root";
import { createApiHarness, rowCounts, type ApiHarness, type Caller } from "./harness";

/**
 * Hostile input, generated, against every tRPC procedure and every REST endpoint over a real
 * database: NUL characters and lone surrogates (in values and in field names), dates PostgreSQL
 * cannot hold or no ledger means, forged page cursors whose date lies outside PostgreSQL's range,
 * malformed percent-encoding, megabyte strings, huge and non-finite numbers, endless nesting. The
 * answer is never a server error (tRPC: never INTERNAL_SERVER_ERROR; REST: never 5xx), and a
 * refused write leaves every table's row count as it was.
 *
 * Procedures are enumerated from the router's own record and endpoints from the route table: one
 * added without a case here fails the first test of each.
 */

let api: ApiHarness;
const now = new Date("2026-06-01T12:00:00Z");
let editorKey = "";
const fixtures = {
  predictionId: "",
  questionKey: "",
  referenceId: "",
  slug: "",
  sourceId: "",
  userId: "",
  keyId: "",
  judgedId: "",
  disputeId: "",
};

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_hostile");
  const editor = api.callerFor(api.actors.editor, () => now);
  const prediction = await editor.prediction.create(predictionInput());
  const detail = await editor.prediction.byId({ id: prediction.id });
  const question = await editor.question.create({ title: "Does the summit happen?", resolveBy: "2026-12-31" });
  const withReference = await editor.question.addReference({
    key: question.key,
    probability: 0.2,
    source: "Base rate",
    asOf: "2026-01-01",
  });
  const created = await createApiKey(
    api.database.db,
    { name: "Hostile test", role: "EDITOR" },
    { ownerId: api.actors.admin.userId, actorId: api.actors.admin.userId },
    now,
  );
  const judged = await editor.prediction.create(predictionInput({ claim: "Judged, to dispute", source: undefined }));
  await editor.prediction.judge({ predictionId: judged.id, version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" });
  const dispute = await api.viewer.dispute.create({ predictionId: judged.id, text: "The judgement is wrong" });
  Object.assign(fixtures, {
    judgedId: judged.id,
    disputeId: dispute.id,
    predictionId: prediction.id,
    questionKey: question.key,
    referenceId: withReference.references[0]!.id,
    slug: detail.analyst.slug,
    sourceId: detail.source!.id,
    userId: api.actors.viewer.userId,
    keyId: created.id,
  });
  editorKey = created.key;
});
afterAll(async () => {
  await api?.database.drop();
});

/** `levels` arrays inside one another. */
const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let level = 0; level < levels; level++) value = [value];
  return value;
};
const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/** Forged cursors: well-formed base64 whose date PostgreSQL cannot hold (22008/22009), or whose parts are not text. */
const forgedCursors = [
  base64url("-100000-01-01T00:00:00.000Z|cmexample"),
  base64url("+275760-09-13T00:00:00.000Z|cmexample"),
  base64url("-004714-11-23T00:00:00.000Z|cmexample"),
  base64url("10000-01-01T00:00:00.000Z|\u0000"),
  base64url(JSON.stringify(["\u0000", "x"])),
  base64url(JSON.stringify(["name", "\uD800"])),
  base64url("garbage"),
  "garbage",
  "%ZZ",
];

const hostileStrings = [
  "\u0000",
  "before\u0000after",
  "\uD800",
  "lone \uDFFF low",
  "\uDE00\uD83D",
  "10000-01-01",
  "-5000-01-01",
  "2026-02-30",
  "0000-01-01",
  "99999-01",
  "0000-01",
  "1e999",
  "-1e999",
  "NaN",
  "%ZZ",
  "%E0%A4%A",
  "%ED%A0%80",
  "'; DROP TABLE prediction; --",
  "<script>alert(1)</script>",
  "x".repeat(1_048_577),
  "\u0000".repeat(10_000),
  ...forgedCursors,
];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    2 ** 53 + 1,
    -(2 ** 63),
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    -0,
  ),
  fc.constantFrom<unknown>(
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(Number.NaN),
    new Date(Date.UTC(-5000, 0, 1)),
    new Date(Date.UTC(10_000, 0, 1)),
  ),
  fc.constantFrom<unknown>(null, true, [], {}, nested(64), nested(100_000), { "key\u0000": 1 }, { "\uD800": "x" }),
  // Arbitrary text with a NUL or a lone surrogate somewhere in it.
  fc
    .tuple(fc.string({ maxLength: 30 }), fc.constantFrom("\u0000", "\uD800", "\uDC00"), fc.string({ maxLength: 30 }))
    .map(([before, bad, after]) => `${before}${bad}${after}`),
);

/** Every leaf path of an input ("source.title", "predictions.1.claim"), and the input itself (""). */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const entries = Object.entries(value);
    return [prefix, ...entries.flatMap(([key, child]) => leafPaths(child, [...prefix, key]))];
  }
  return [prefix];
}

/** The input with the value at `path` replaced (a missing path is added): `[]` replaces the whole input. */
function replaceAt(input: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const container: Record<string, unknown> = Array.isArray(input)
    ? ([...input] as unknown as Record<string, unknown>)
    : { ...(input && typeof input === "object" ? input : {}) };
  container[head] = replaceAt(container[head], rest, value);
  return container;
}

/** Fields a hostile caller adds to any input, beyond the ones it has. */
const extraPaths = [["cursor"], ["q"], ["limit"], ["id"], ["key"]];

type Role = "anonymous" | "viewer" | "editor" | "admin";
interface ProcedureCase {
  role: Role;
  /** A valid input, built when the test runs (the fixtures exist by then). */
  input: () => unknown;
}

const ledgerJson = () =>
  JSON.stringify({
    format: "hindsight/v1",
    analysts: [{ slug: "ann", name: "Ann", affiliation: null }],
    predictions: [{ key: "k", analyst: "ann", claim: "It rains", madeAt: "2025-01-01", probability: 0.3 }],
  });

/** Every procedure of the router, with a valid input to make hostile and a role that may call it. */
const procedureCases: Record<string, ProcedureCase> = {
  "prediction.list": { role: "anonymous", input: () => ({ limit: 5, q: "summit", madeFrom: "2025-01-01" }) },
  "prediction.byId": { role: "anonymous", input: () => ({ id: fixtures.predictionId }) },
  "prediction.due": { role: "anonymous", input: () => ({ limit: 5 }) },
  "prediction.dueCount": { role: "anonymous", input: () => undefined },
  "prediction.facets": {
    role: "anonymous",
    input: () => ({ q: "summit", tag: "korea", madeFrom: "2025-01-01", analystLimit: 50 }),
  },
  "prediction.create": { role: "editor", input: () => predictionInput() },
  "prediction.update": {
    role: "editor",
    input: () => ({ id: fixtures.predictionId, version: 1, claim: "Edited", madeAt: "2025-01-01" }),
  },
  "prediction.judge": {
    role: "editor",
    input: () => ({ predictionId: fixtures.predictionId, version: 1, outcome: "TRUE", resolvedAt: "2026-01-01" }),
  },
  "analyst.search": { role: "anonymous", input: () => ({ query: "ter", limit: 5 }) },
  "analyst.list": { role: "anonymous", input: () => ({ q: "ter", limit: 5 }) },
  "analyst.filterOptions": { role: "anonymous", input: () => ({ limit: 10 }) },
  "analyst.bySlug": { role: "anonymous", input: () => ({ slug: fixtures.slug }) },
  "analyst.counts": { role: "anonymous", input: () => ({ slug: fixtures.slug }) },
  "analyst.scores": { role: "anonymous", input: () => ({ slug: fixtures.slug }) },
  "source.list": { role: "anonymous", input: () => ({ limit: 5, outlet: "Asia Times" }) },
  "source.byId": { role: "anonymous", input: () => ({ id: fixtures.sourceId }) },
  "source.byUrl": { role: "anonymous", input: () => ({ url: "https://example.org/a" }) },
  "source.outlets": { role: "anonymous", input: () => undefined },
  "source.tags": { role: "anonymous", input: () => undefined },
  "extract.repeats": {
    role: "editor",
    input: () => ({
      candidates: [{ claim: "The ceasefire will collapse before the end of the year", speaker: "Victor Hale" }],
    }),
  },
  "source.update": {
    role: "editor",
    input: () => ({ id: fixtures.sourceId, archiveUrl: "https://web.archive.org/web/2025/https://example.org/a" }),
  },
  "user.me": { role: "viewer", input: () => undefined },
  "user.list": { role: "admin", input: () => undefined },
  "user.create": {
    role: "admin",
    input: () => ({ email: "new@example.org", name: "New", password: "a long enough password", role: "VIEWER" }),
  },
  "user.setRole": { role: "admin", input: () => ({ userId: fixtures.userId, role: "VIEWER" }) },
  "scoreboard.get": { role: "anonymous", input: () => ({ tag: "russia", from: "2025-01", to: "2025-12" }) },
  "scoreboard.page": { role: "anonymous", input: () => ({ from: "2025-01", minScored: 1, cursor: 0, limit: 10 }) },
  "scoreboard.filters": { role: "anonymous", input: () => undefined },
  "apiKey.list": { role: "admin", input: () => undefined },
  "apiKey.create": { role: "admin", input: () => ({ name: "Nightly", role: "EDITOR", expiresAt: "2027-01-01" }) },
  "apiKey.revoke": { role: "admin", input: () => ({ id: "no-such-key" }) },
  "webhook.list": { role: "admin", input: () => undefined },
  "webhook.create": {
    role: "admin",
    input: () => ({ url: "https://93.184.215.14/hooks", events: ["prediction.created", "question.judged"] }),
  },
  "webhook.secret": { role: "admin", input: () => ({ id: "no-such-endpoint" }) },
  "webhook.setActive": { role: "admin", input: () => ({ id: "no-such-endpoint", active: false }) },
  "webhook.deliveries": { role: "admin", input: () => ({ id: "no-such-endpoint", limit: 10 }) },
  "webhook.redeliver": { role: "admin", input: () => ({ endpointId: "no-such-endpoint", eventId: "evt_none" }) },
  "ledger.import": { role: "editor", input: () => ({ filename: "ledger.json", content: ledgerJson() }) },
  "ledger.export": { role: "anonymous", input: () => ({ format: "csv" }) },
  "extract.run": { role: "editor", input: () => ({ text: sampleArticle, publishedAt: "2025-04-25" }) },
  "extract.log": { role: "editor", input: () => articleLogInput() },
  "question.list": { role: "anonymous", input: () => ({ q: "summit", status: "OPEN", limit: 5 }) },
  "question.byKey": { role: "anonymous", input: () => ({ key: fixtures.questionKey }) },
  "question.suggest": { role: "anonymous", input: () => ({ predictionId: fixtures.predictionId, q: "summit" }) },
  "question.create": { role: "editor", input: () => ({ title: "Will it rain?", resolveBy: "2026-12-31" }) },
  "question.update": { role: "editor", input: () => ({ key: fixtures.questionKey, version: 1, title: "Edited" }) },
  "question.addReference": {
    role: "editor",
    input: () => ({ key: fixtures.questionKey, probability: 0.3, source: "Poll", asOf: "2026-02-01" }),
  },
  "question.removeReference": {
    role: "editor",
    input: () => ({ key: fixtures.questionKey, referenceId: fixtures.referenceId }),
  },
  "question.judge": {
    role: "editor",
    input: () => ({ key: fixtures.questionKey, version: 1, outcome: "FALSE", resolvedAt: "2026-12-31" }),
  },
  "question.link": {
    role: "editor",
    input: () => ({ predictionId: fixtures.predictionId, version: 1, question: fixtures.questionKey }),
  },
  "dispute.create": {
    role: "viewer",
    input: () => ({ predictionId: fixtures.judgedId, text: "Wrong", evidence: ["https://example.org/a"] }),
  },
  "dispute.createPublic": {
    role: "anonymous",
    input: () => ({
      predictionId: fixtures.judgedId,
      text: "Wrong",
      evidence: ["https://example.org/a"],
      name: "Jan",
      email: "jan@example.org",
      website: "",
    }),
  },
  "dispute.answer": {
    role: "editor",
    input: () => ({ disputeId: fixtures.disputeId, version: 1, decision: "REJECT", reason: "It stands" }),
  },
  "dispute.forPrediction": { role: "anonymous", input: () => ({ predictionId: fixtures.judgedId }) },
  "dispute.list": { role: "editor", input: () => ({ limit: 5, status: "OPEN" }) },
  "dispute.openCount": { role: "anonymous", input: () => undefined },
  "claimReview.list": { role: "anonymous", input: () => ({ since: "2025-01-01", limit: 5 }) },
  "claimReview.byPrediction": { role: "anonymous", input: () => ({ id: fixtures.predictionId }) },
  "feed.predictions": { role: "anonymous", input: () => ({ analyst: fixtures.slug, tag: "russia" }) },
  "feed.judgements": { role: "anonymous", input: () => ({ analyst: fixtures.slug, question: fixtures.questionKey }) },
  "feed.deadlines": { role: "anonymous", input: () => ({ tag: "russia", question: fixtures.questionKey }) },
  "notification.settings": { role: "viewer", input: () => undefined },
  "notification.followAnalyst": { role: "viewer", input: () => ({ analyst: fixtures.slug }) },
  "notification.unfollowAnalyst": { role: "viewer", input: () => ({ analyst: fixtures.slug }) },
  "notification.followTag": { role: "viewer", input: () => ({ tag: "russia" }) },
  "notification.unfollowTag": { role: "viewer", input: () => ({ tag: "russia" }) },
  "notification.setDigest": { role: "viewer", input: () => ({ digest: "WEEKLY" }) },
  "notification.preview": { role: "viewer", input: () => ({ digest: "DAILY" }) },
  "notification.bell": { role: "anonymous", input: () => undefined },
  "notification.markBellRead": { role: "viewer", input: () => undefined },
  "notification.unsubscribeState": { role: "anonymous", input: () => ({ token: "a".repeat(43) }) },
  "notification.unsubscribe": { role: "anonymous", input: () => ({ token: "a".repeat(43) }) },
};

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;

function callerFor(role: Role): Caller {
  return api.callerFor(role === "anonymous" ? null : api.actors[role], () => now);
}

function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const [router = "", name = ""] = path.split(".");
  const procedure = (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[
    router
  ]?.[name];
  if (!procedure) throw new Error(`No procedure ${path}`);
  return procedure(input);
}

/** A ledger file's text with a hostile value in one of its fields, as JSON or as a CSV cell. */
const hostileLedger = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("slug", "name", "affiliation", "key", "claim", "madeAt", "probability", "tags"),
      hostileValue.filter((value) => value !== undefined),
    )
    .map(([field, value]) => {
      const ledger = JSON.parse(ledgerJson()) as { analysts: Record<string, unknown>[]; predictions: object[] };
      const prediction = ledger.predictions[0] as Record<string, unknown>;
      const target = field in prediction || !(field in ledger.analysts[0]!) ? prediction : ledger.analysts[0]!;
      target[field] = value;
      try {
        return { filename: "ledger.json", content: JSON.stringify(ledger) };
      } catch {
        // Nesting too deep for JSON.stringify: the text of such a file, written by hand.
        return { filename: "ledger.json", content: `{"format":"hindsight/v1","analysts":${"[".repeat(100_000)}` };
      }
    }),
  fc.tuple(fc.constantFrom(...hostileStrings), fc.integer({ min: 0, max: 5 })).map(([value, column]) => {
    const cells = ["k", "ann", "Ann", "It rains", "2025-01-01", "0.3"];
    cells[column] = `"${value.replace(/"/g, '""')}"`;
    return {
      filename: "ledger.csv",
      content: `key,analyst,analystName,claim,madeAt,probability\n${cells.join(",")}\n`,
    };
  }),
  fc.constant({
    filename: "ledger.csv",
    content: `${Array.from({ length: 5000 }, (_, index) => `c${index}`).join(",")}\n`,
  }),
);

function expectNotAServerError(error: unknown, path: string, input: unknown) {
  if (!(error instanceof TRPCError)) throw error;
  if (error.code === "INTERNAL_SERVER_ERROR") {
    throw new Error(`${path} answered INTERNAL_SERVER_ERROR for ${describeInput(input)}: ${String(error.cause)}`);
  }
  expect(["SERVICE_UNAVAILABLE"]).not.toContain(error.code);
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_key, value: unknown) =>
      typeof value === "string" && value.length > 80 ? `${value.slice(0, 40)}…(${value.length})` : value,
    );
    return text.length > 400 ? `${text.slice(0, 400)}…` : text;
  } catch {
    return "(an input too deep to print)";
  }
}

describe("tRPC: every procedure, hostile input", () => {
  it("has a case for every procedure of the router", () => {
    expect(Object.keys(procedureCases).sort()).toEqual(Object.keys(procedures).sort());
  });

  it.each(Object.keys(procedureCases).sort())("%s never fails with an internal error", async (path) => {
    const entry = procedureCases[path]!;
    const isMutation = procedures[path]?._def.type === "mutation";
    const caller = callerFor(entry.role);
    const valid = entry.input();
    const paths = [...leafPaths(valid), ...extraPaths];
    const hostileInput =
      path === "ledger.import"
        ? fc.oneof(
            hostileLedger,
            fc.tuple(fc.constantFrom(...paths), hostileValue).map(([at, value]) => replaceAt(valid, at, value)),
          )
        : fc.tuple(fc.constantFrom(...paths), hostileValue).map(([at, value]) => replaceAt(valid, at, value));
    await fc.assert(
      fc.asyncProperty(hostileInput, async (input) => {
        const before = isMutation ? await rowCounts(api.database) : null;
        try {
          await call(caller, path, input);
        } catch (error) {
          expectNotAServerError(error, path, input);
          if (before)
            expect(await rowCounts(api.database), `${path} wrote for ${describeInput(input)}`).toEqual(before);
        }
      }),
      { numRuns: isMutation ? 40 : 30 },
    );
  });
});

/* ----------------------------------------------------------------------------------------------- */

const rest = createRestHandler({
  db: () => api.database.db,
  now: () => now,
  // Rate limiting is tested elsewhere: here every hostile write must reach its procedure.
  writeRateLimit: { max: 1_000_000, windowSeconds: 60 },
});

type Route = RestRoute & { example?: RestRoute["example"] };
const routes = restRoutes as readonly Route[];
const routeName = (route: Route) => `${route.method} ${route.path}`;

/** Each endpoint's path parameters filled from the fixtures (the examples' ids do not exist here). */
const pathValues = (): Record<string, string> => ({
  id: fixtures.predictionId,
  key: fixtures.questionKey,
  slug: fixtures.slug,
});

/** Raw, already percent-encoded, path parameter values: malformed encodings, NUL, surrogates, a megabyte. */
const hostilePathSegments = [
  "%ZZ",
  "%E0%A4%A",
  "%ED%A0%80",
  "%C0%AF",
  "%00",
  "a%00b",
  "%",
  "%25",
  encodeURIComponent("x".repeat(100_000)),
  encodeURIComponent("10000-01-01"),
  "..%2F..%2Fetc%2Fpasswd",
];

/** Raw query values, already encoded. */
const hostileQueryValues = [
  ...hostilePathSegments,
  ...forgedCursors.map(encodeURIComponent),
  "1e999",
  "-1e999",
  "NaN",
  "Infinity",
  "99999999999999999999999",
  "10000-01-01",
  "-5000-01-01",
  "2026-02-30",
  "99999-01",
  "0000-01",
  "true",
];

/** Raw JSON bodies no JSON.stringify would write. */
const hostileBodies = [
  `{"a":${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
  `${"[".repeat(200_000)}`,
  '{"probability":1e999,"version":1e999}',
  '{"claim":"\\ud800","title":"\\u0000"}',
  '{"\\u0000":1}',
  '{"claim":"\u0000"}',
  "\uFEFF{}",
  "null",
  "x".repeat(1_000_001),
];

async function restAnswer(request: Request): Promise<{ status: number; body: unknown }> {
  const response = await rest(request);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // checked below: every answer is JSON
  }
  return { status: response.status, body };
}

describe("REST: every endpoint, hostile input", () => {
  it("has every endpoint of the route table under test (enumerated, not listed by hand)", () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    for (const route of routes) expect(inputSchemaOf(route), routeName(route)).not.toBeNull();
  });

  it.each(routes.map((route) => [routeName(route), route] as const))("%s never answers 5xx", async (_name, route) => {
    const properties = Object.keys(
      (inputJsonSchema(inputSchemaOf(route)!).properties ?? {}) as Record<string, unknown>,
    ).filter((name) => !Object.values(route.pathParams).includes(name));
    const pathParams = Object.keys(route.pathParams);
    const validBody = route.example?.body;
    const bodyPaths = validBody === undefined ? [[]] : [...leafPaths(validBody), ...extraPaths];

    const hostileRequest = fc.oneof(
      // A path parameter, raw.
      ...(pathParams.length > 0
        ? [
            fc
              .tuple(fc.constantFrom(...pathParams), fc.constantFrom(...hostilePathSegments))
              .map(([name, raw]) => ({ path: { [name]: raw } as Record<string, string>, query: "", body: null })),
          ]
        : []),
      // A query parameter of the endpoint (or any name), raw.
      fc
        .tuple(fc.constantFrom(...properties, "cursor", "%ZZ", "q\u0000"), fc.constantFrom(...hostileQueryValues))
        .map(([name, raw]) => ({
          path: {} as Record<string, string>,
          query: `?${name.includes("%") || name.includes("\u0000") ? name : encodeURIComponent(name)}=${raw}`,
          body: null,
        })),
      // A write's body with one field made hostile, or a raw body.
      ...(route.method === "POST"
        ? [
            fc.tuple(fc.constantFrom(...bodyPaths), hostileValue).map(([at, value]) => {
              let text: string;
              try {
                text = JSON.stringify(replaceAt(validBody, at, value)) ?? "null";
              } catch {
                text = `{"a":${"[".repeat(100_000)}`;
              }
              return { path: {} as Record<string, string>, query: "", body: text };
            }),
            fc
              .constantFrom(...hostileBodies)
              .map((text) => ({ path: {} as Record<string, string>, query: "", body: text })),
          ]
        : []),
    );

    await fc.assert(
      fc.asyncProperty(hostileRequest, async (hostile) => {
        const values = { ...pathValues(), ...hostile.path };
        const path = route.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
          name in hostile.path ? values[name]! : encodeURIComponent(values[name] ?? ""),
        );
        const before = route.method === "POST" ? await rowCounts(api.database) : null;
        const request = new Request(`http://localhost:3000/api/v1${path}${hostile.query}`, {
          method: route.method,
          headers: {
            authorization: `Bearer ${editorKey}`,
            ...(hostile.body !== null ? { "content-type": "application/json" } : {}),
          },
          body: route.method === "POST" ? (hostile.body ?? JSON.stringify(validBody)) : undefined,
        });
        const answer = await restAnswer(request);
        const label = `${routeName(route)} ${path.slice(0, 120)}${hostile.query.slice(0, 120)} ${describeInput(hostile.body)}`;
        expect(answer.status, `${label}: ${describeInput(answer.body)}`).toBeLessThan(500);
        expect(typeof answer.body, label).toBe("object");
        if (answer.status >= 400) {
          const error = (answer.body as { error?: { code?: unknown; message?: unknown } }).error;
          expect(typeof error?.code, label).toBe("string");
          expect(typeof error?.message, label).toBe("string");
          if (before) expect(await rowCounts(api.database), `${label} wrote`).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("names the parameter of a malformed path or query, in the error shape", async () => {
    const path = await restAnswer(new Request("http://localhost:3000/api/v1/predictions/%E0%A4%A"));
    expect(path).toEqual({
      status: 400,
      body: {
        error: {
          code: "BAD_REQUEST",
          message: "The path parameter id is malformed percent-encoding (not UTF-8)",
          fieldErrors: { id: "id is malformed percent-encoding (not UTF-8)" },
        },
      },
    });
    const query = await restAnswer(new Request("http://localhost:3000/api/v1/predictions?q=%ED%A0%80"));
    expect(query).toEqual({
      status: 400,
      body: {
        error: {
          code: "BAD_REQUEST",
          message: "Some query parameters are not valid",
          fieldErrors: { q: "q is malformed percent-encoding (not UTF-8)" },
        },
      },
    });
  });

  it("names the field of a NUL, a lone surrogate or a forged cursor", async () => {
    const cursor = await restAnswer(
      new Request(`http://localhost:3000/api/v1/predictions?cursor=${base64url("-100000-01-01T00:00:00.000Z|x")}`),
    );
    expect(cursor.status).toBe(400);
    expect(cursor.body).toMatchObject({ error: { fieldErrors: { cursor: "Not a valid cursor" } } });
    const body = await restAnswer(
      new Request("http://localhost:3000/api/v1/questions", {
        method: "POST",
        headers: { authorization: `Bearer ${editorKey}`, "content-type": "application/json" },
        body: '{"title":"A \\ud800 title"}',
      }),
    );
    expect(body).toEqual({
      status: 400,
      body: {
        error: {
          code: "BAD_REQUEST",
          message: "Some fields are not valid",
          fieldErrors: { title: "title is not valid Unicode text (it holds a lone surrogate, e.g. \\uD800)" },
        },
      },
    });
  });
});
