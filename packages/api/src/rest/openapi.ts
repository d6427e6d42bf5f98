import { z } from "zod";
import { REST_MAX_BODY_BYTES } from "@hindsight/domain";
import { appRouter } from "../root";
import { restRoutes, type ErrorStatus, type RestRoute } from "./routes";
import { responseComponents } from "./schemas";

/**
 * The OpenAPI 3.1 document of the REST API, generated from the route table: request parameters and
 * bodies from the procedures' own zod input schemas, responses from ./schemas, both through zod's
 * `z.toJSONSchema` (JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 */

export const REST_BASE_PATH = "/api/v1";
/** Writes allowed per API key per window; the next ones are answered 429 until the window ends. */
export const REST_WRITE_RATE_LIMIT = { max: 60, windowSeconds: 60 } as const;
/** Largest request body accepted, in bytes (with every other limit, in the domain's limits.ts). */
export { REST_MAX_BODY_BYTES };

type JsonSchema = { [key: string]: unknown };

interface Procedure {
  _def: { type: string; inputs: z.ZodType[] };
}

/** A procedure of the router by its dotted path ("prediction.list"). */
export function procedureAt(path: string): Procedure {
  const procedure = (appRouter._def.procedures as unknown as Record<string, Procedure | undefined>)[path];
  if (!procedure) throw new Error(`No procedure ${path}`);
  return procedure;
}

/** The zod schema a route's procedure validates its input with. */
export function inputSchemaOf(route: Pick<RestRoute, "procedure">): z.ZodType | null {
  return procedureAt(route.procedure)._def.inputs[0] ?? null;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Drops what zod adds that only makes a document noisy: the datetime regex, the safe-integer bounds. */
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (!value || typeof value !== "object") return value;
  const schema = Object.fromEntries(
    Object.entries(value as JsonSchema)
      .filter(([key]) => key !== "$schema" && key !== "$id")
      .map(([key, inner]) => [key, tidy(inner)]),
  );
  if (schema.format === "date-time") delete schema.pattern;
  if (schema.minimum === -MAX_SAFE) delete schema.minimum;
  if (schema.maximum === MAX_SAFE) delete schema.maximum;
  return schema;
}

/**
 * A Date in a response schema is, on the wire, what JSON.stringify makes of it: an ISO 8601
 * string, documented as `format: date-time` (as `z.iso.datetime()` is, keys in the same order).
 */
function datesAsTimestamps({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  if ((zodSchema as z.ZodType)._zod.def.type !== "date") return;
  const rest = { ...jsonSchema };
  for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
  Object.assign(jsonSchema, { type: "string", format: "date-time" }, rest);
}

const DATE_INPUT = {
  type: "string",
  description: "A date (YYYY-MM-DD) or an ISO 8601 timestamp; a timestamp without a zone is read as UTC",
  examples: ["2025-04-25"],
};

/**
 * Input schemas as JSON Schema. The shared date fields accept a Date or a string and transform it;
 * on the wire they are strings, so they are described as such.
 */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const def = (zodSchema as unknown as z.ZodType)._zod.def;
      const isDate = (option: unknown) => (option as z.ZodType)._zod.def.type === "date";
      if (def.type === "union" && (def as unknown as { options: unknown[] }).options.some(isDate)) {
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[key];
        Object.assign(jsonSchema, DATE_INPUT);
      }
    },
  });
  return tidy(generated) as JsonSchema;
}

function withoutFields(schema: JsonSchema, fields: string[]): JsonSchema {
  const {
    properties = {},
    required = [],
    ...rest
  } = schema as JsonSchema & {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  const kept = Object.fromEntries(Object.entries(properties).filter(([name]) => !fields.includes(name)));
  const stillRequired = required.filter((name) => !fields.includes(name));
  return { ...rest, properties: kept, ...(stillRequired.length ? { required: stillRequired } : {}) };
}

/** Statuses every write can answer besides its own: about the body itself. */
const BODY_STATUSES = [413, 415] as const;
type DocumentedStatus = ErrorStatus | (typeof BODY_STATUSES)[number] | 500;

const errorResponses: Record<DocumentedStatus, { name: string; description: string }> = {
  400: { name: "BadRequest", description: "The input is not valid; `fieldErrors` names each offending field" },
  401: {
    name: "Unauthorized",
    description: "No API key on a write, or the key is not valid (unknown, revoked or expired)",
  },
  403: { name: "Forbidden", description: "The API key's role may not do this (a viewer key writing)" },
  404: { name: "NotFound", description: "No such record" },
  409: {
    name: "Conflict",
    description: "The record changed since the version you sent; nothing was written. Read it again and retry",
  },
  429: {
    name: "TooManyRequests",
    description: `More than ${REST_WRITE_RATE_LIMIT.max} writes within ${REST_WRITE_RATE_LIMIT.windowSeconds} seconds with one API key; retry after \`Retry-After\` seconds`,
  },
  413: { name: "PayloadTooLarge", description: `The request body is larger than ${REST_MAX_BODY_BYTES} bytes` },
  415: {
    name: "UnsupportedMediaType",
    description: "The request body is not JSON (send Content-Type: application/json)",
  },
  500: { name: "InternalServerError", description: "Something failed on the server; nothing was written" },
};

const errorRef = (status: DocumentedStatus) => ({ $ref: `#/components/responses/${errorResponses[status].name}` });

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(responseComponents)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, {
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
    // The domain's output schemas hold Dates (packages/domain/src/schemas/prediction-output.ts).
    unrepresentable: "any",
    override: datesAsTimestamps,
  });
  const schemas = tidy(generated.schemas) as Record<string, JsonSchema>;
  for (const route of restRoutes as readonly RestRoute[]) {
    const input = inputSchemaOf(route);
    if (!route.requestName || !input) continue;
    schemas[route.requestName] = withoutFields(inputJsonSchema(input), Object.values(route.pathParams));
  }
  return schemas;
}

function operation(route: RestRoute) {
  const input = inputSchemaOf(route);
  const inputJson = input ? inputJsonSchema(input) : { properties: {} };
  const properties = (inputJson.properties ?? {}) as Record<string, JsonSchema>;
  const required = (inputJson.required as string[] | undefined) ?? [];
  const pathFields = Object.values(route.pathParams);

  const example = route.example ?? {};
  const parameters: JsonSchema[] = Object.entries(route.pathParams).map(([name, field]) => ({
    name,
    in: "path",
    required: true,
    schema: properties[field] ?? { type: "string" },
    ...(example.params?.[name] ? { example: example.params[name] } : {}),
  }));
  if (route.method === "GET") {
    for (const [name, schema] of Object.entries(properties)) {
      if (pathFields.includes(name)) continue;
      const { description, ...rest } = schema;
      // A query string cannot say null: where the input also takes null, document the other choice.
      const options = Array.isArray(rest.anyOf) ? (rest.anyOf as JsonSchema[]) : null;
      const notNull = options?.filter((option) => option.type !== "null");
      parameters.push({
        name,
        in: "query",
        required: required.includes(name) && !("default" in schema),
        schema: notNull?.length === 1 && notNull[0] ? notNull[0] : rest,
        ...(typeof description === "string" ? { description } : {}),
        ...(example.query?.[name] === undefined ? {} : { example: example.query[name] }),
      });
    }
  }
  const statuses: DocumentedStatus[] = [...route.errors, ...(route.method === "POST" ? BODY_STATUSES : []), 500];
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    security: route.access === "editor" ? [{ apiKey: [] }] : route.access === "anyone" ? [{}, { apiKey: [] }] : [],
    ...(route.access === "editor" ? { "x-required-role": "EDITOR" } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(route.requestName
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { $ref: `#/components/schemas/${route.requestName}` },
                ...(example.body === undefined ? {} : { example: example.body }),
              },
            },
          },
        }
      : {}),
    responses: {
      [String(route.status)]: {
        description: route.status === 201 ? "Created" : "OK",
        content: { "application/json": { schema: { $ref: `#/components/schemas/${route.response}` } } },
        ...(route.access === "public" ? {} : { headers: rateLimitHeaders }),
      },
      ...Object.fromEntries(statuses.map((status) => [String(status), errorRef(status)])),
    },
  };
}

const rateLimitHeaders = {
  "X-RateLimit-Limit": { description: "Writes allowed per window for this key", schema: { type: "integer" } },
  "X-RateLimit-Remaining": { description: "Writes left in the current window", schema: { type: "integer" } },
};

const DESCRIPTION = `The Hindsight ledger over HTTP: predictions, analysts, sources and the scoreboard.

**Reading** is public. **Writing** (logging a prediction, judging one) needs an API key with the editor role,
sent as \`Authorization: Bearer <key>\`. Admins create keys on the *API keys* page or with
\`pnpm hindsight apikey create --name <name> --role editor\`; a key is shown once, when it is created.
A key that is unknown, revoked or expired is refused with 401 (on reads too); a viewer key writing gets 403.

**Errors** are JSON: \`{ "error": { "code", "message", "fieldErrors"? } }\` with the HTTP status of the code
(400 invalid input, with a message per field in \`fieldErrors\`; 401; 403; 404; 409 a stale version; 429).

**Rate limit**: ${REST_WRITE_RATE_LIMIT.max} writes per ${REST_WRITE_RATE_LIMIT.windowSeconds} seconds per API key, counted in the database
(shared by every server process); beyond it, 429 with \`Retry-After\` in seconds.

**Dates** are ISO 8601: send \`YYYY-MM-DD\` or a timestamp; answers are UTC timestamps.
**Lists** are paged: pass \`nextCursor\` back as \`cursor\` until it is null.`;

let cached: ReturnType<typeof build> | undefined;

function build() {
  const paths: Record<string, Record<string, unknown>> = {
    "/openapi.json": {
      get: {
        operationId: "getOpenApiDocument",
        tags: ["Meta"],
        summary: "This document",
        security: [],
        responses: {
          "200": {
            description: "The OpenAPI 3.1 document",
            content: { "application/json": { schema: { type: "object" } } },
          },
        },
      },
    },
  };
  for (const route of restRoutes as readonly RestRoute[]) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Hindsight API", version: "1.0.0", description: DESCRIPTION },
    servers: [{ url: REST_BASE_PATH, description: "This server" }],
    tags: [
      { name: "Predictions", description: "Log, list, read and judge predictions" },
      { name: "Questions", description: "Events judged once, forecast by several analysts, with reference forecasts" },
      { name: "Analysts", description: "The people who made the predictions" },
      { name: "Sources", description: "Where the predictions were published" },
      { name: "Scoreboard", description: "Who has been right, and how well calibrated" },
      { name: "ClaimReviews", description: "Judged predictions as schema.org ClaimReview, for fact-check aggregators" },
      { name: "Disputes", description: "The right of reply: disputes of judgements and the editors' answers" },
      { name: "Meta", description: "This description" },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      responses: Object.fromEntries(
        Object.values(errorResponses).map(({ name, description }) => [
          name,
          {
            description,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
            ...(name === "TooManyRequests"
              ? { headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } } }
              : {}),
          },
        ]),
      ),
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "An API key (`hs_...`) created by an admin; its role decides what it may do",
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof build>;

/** The document (built once per process: it depends only on the code). */
export function openApiDocument(): OpenApiDocument {
  cached ??= build();
  return cached;
}
