import { getTRPCErrorFromUnknown, TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { DomainError } from "@hindsight/domain";
import { countApiKeyRequest, DATABASE_RETRY_AFTER_SECONDS, type Database } from "@hindsight/db";
import { actorFromApiKey } from "../auth/api-keys";
import { readBodyText } from "../body-limit";
import { createContext } from "../context";
import { toTRPCError } from "../errors";
import { appRouter, createCaller } from "../root";
import {
  inputJsonSchema,
  inputSchemaOf,
  openApiDocument,
  REST_BASE_PATH,
  REST_MAX_BODY_BYTES,
  REST_WRITE_RATE_LIMIT,
} from "./openapi";
import { cachedAnswer, type AnswerCacheOptions } from "./answer-cache";
import { readAnswer } from "./conditional";
import { restRoutes, type RestRoute } from "./routes";
import { errorStatuses, type RestErrorCode } from "./schemas";

export interface RestHandlerOptions {
  /** The database, or how to get it at request time (so that `next build` needs none). */
  db: Database | (() => Database);
  /** Where the API is mounted; /api/v1 unless told. */
  basePath?: string;
  /** The clock, injectable so that tests can move time (rate-limit windows, key expiry). */
  now?: () => Date;
  /** Writes per API key per window. */
  writeRateLimit?: { max: number; windowSeconds: number };
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** The site's address for absolute links (ClaimReview); the request's origin unless told. */
  siteUrl?: string | (() => string);
  /** Told about unexpected failures (answered 500 without details), for the server log. */
  onError?: (error: unknown, request: Request) => void;
  /**
   * Keep whole answers to anonymous public reads (answer-cache.ts) while `ready` says the database's
   * change signal is listened for. Without it every read is answered from the database.
   */
  answerCache?: AnswerCacheOptions;
}

/** An answer decided by the handler itself, before any procedure runs. */
class RestError extends Error {
  constructor(
    readonly code: RestErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

interface CompiledRoute {
  route: RestRoute;
  pattern: RegExp;
  names: string[];
}

function compile(route: RestRoute): CompiledRoute {
  const names: string[] = [];
  // Route paths hold only letters, slashes and {parameters}: nothing else needs escaping.
  const source = route.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
}

const compiled = (restRoutes as readonly RestRoute[]).map(compile);

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });

type CallerTree = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

function callProcedure(caller: ReturnType<typeof createCaller>, path: string, input: unknown): Promise<unknown> {
  const [routerName = "", name = ""] = path.split(".");
  const procedure = (caller as unknown as CallerTree)[routerName]?.[name];
  if (!procedure) throw new Error(`No procedure ${path}`);
  return procedure(input);
}

/**
 * A query string's parameters whose name or value is not valid percent-encoded UTF-8
 * (`?q=%E0%A4%A`, `?q=%ZZ`): URLSearchParams would read them as U+FFFD, silently changing what
 * was asked. Named as sent, with a message each.
 */
function malformedQueryParams(search: string): Record<string, string> {
  const malformed: Record<string, string> = {};
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (pair === "") continue;
    const [rawName = "", ...rest] = pair.split("=");
    const decode = (text: string) => {
      try {
        return decodeURIComponent(text.replace(/\+/g, " "));
      } catch {
        return null;
      }
    };
    const name = decode(rawName);
    if (name === null || decode(rest.join("=")) === null) {
      const label = name ?? rawName.slice(0, 40);
      malformed[label] = `${label} is malformed percent-encoding (not UTF-8)`;
    }
  }
  return malformed;
}

/** Query parameters as the procedure's input: numbers and booleans read from text where the schema says so. */
function queryInput(route: RestRoute, search: URLSearchParams): Record<string, unknown> {
  const schema = inputSchemaOf(route);
  const properties = (schema ? (inputJsonSchema(schema).properties ?? {}) : {}) as Record<string, { type?: unknown }>;
  const pathFields = Object.values(route.pathParams);
  const input: Record<string, unknown> = {};
  const unknownParams: Record<string, string> = {};
  for (const name of new Set(search.keys())) {
    const values = search.getAll(name);
    const property = properties[name];
    if (!property || pathFields.includes(name)) {
      unknownParams[name] = `Unknown parameter; this endpoint takes ${
        Object.keys(properties)
          .filter((field) => !pathFields.includes(field))
          .join(", ") || "none"
      }`;
      continue;
    }
    if (values.length > 1) {
      unknownParams[name] = "Give this parameter once";
      continue;
    }
    const value = values[0] ?? "";
    const trimmed = value.trim();
    if (
      (property.type === "integer" || property.type === "number") &&
      trimmed !== "" &&
      Number.isFinite(Number(trimmed))
    ) {
      input[name] = Number(trimmed);
    } else if (property.type === "boolean" && (trimmed === "true" || trimmed === "false")) {
      input[name] = trimmed === "true";
    } else {
      input[name] = value;
    }
  }
  if (Object.keys(unknownParams).length > 0) {
    throw new RestError("BAD_REQUEST", "Some query parameters are not valid", {}, unknownParams);
  }
  return input;
}

async function bodyInput(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const type = request.headers.get("content-type");
  if (type && !/^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(type)) {
    throw new RestError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json)");
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  const tooLarge = () => new RestError("PAYLOAD_TOO_LARGE", `The request body must be at most ${maxBytes} bytes`);
  if (declared > maxBytes) throw tooLarge();
  const text = await readBodyText(request, maxBytes);
  if (text === null) throw tooLarge();
  if (text.trim() === "") throw new RestError("BAD_REQUEST", "The request body is empty: send a JSON object");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RestError("BAD_REQUEST", "The request body is not valid JSON");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new RestError("BAD_REQUEST", "The request body must be a JSON object");
  }
  return body as Record<string, unknown>;
}

interface ErrorBody {
  error: { code: RestErrorCode; message: string; fieldErrors?: Record<string, string> };
}

/** The error answer for anything thrown: the router's own formatter decides what may be said. */
function errorAnswer(
  error: unknown,
  route: RestRoute | null,
): { status: number; body: ErrorBody; unexpected: boolean } {
  if (error instanceof RestError) {
    return {
      status: errorStatuses[error.code],
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
        },
      },
      unexpected: false,
    };
  }
  const mapped = toTRPCError(error);
  const trpcError = mapped instanceof TRPCError ? mapped : getTRPCErrorFromUnknown(mapped);
  const known = trpcError.code in errorStatuses && trpcError.code !== "INTERNAL_SERVER_ERROR";
  const code: RestErrorCode = known ? (trpcError.code as RestErrorCode) : "INTERNAL_SERVER_ERROR";
  const shape = appRouter._def._config.errorFormatter({
    error: known ? trpcError : new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: trpcError }),
    // A failure before any endpoint matched is neither a read nor a write.
    type: route ? (route.method === "GET" ? "query" : "mutation") : "unknown",
    path: route?.procedure,
    input: undefined,
    ctx: undefined,
    shape: {
      message: trpcError.message,
      code: -32603,
      data: { code, httpStatus: errorStatuses[code], path: route?.procedure },
    },
  });
  // Input errors name fields as the procedure does; a field filled from the path is named as in the path.
  const renamed = Object.fromEntries(Object.entries(route?.pathParams ?? {}).map(([name, field]) => [field, name]));
  const fieldErrors = shape.data.fieldErrors
    ? Object.fromEntries(
        Object.entries(shape.data.fieldErrors).map(([path, message]) => [renamed[path] ?? path, message]),
      )
    : null;
  return {
    status: known ? getHTTPStatusCodeFromError(trpcError) : 500,
    body: { error: { code, message: shape.message, ...(fieldErrors ? { fieldErrors } : {}) } },
    unexpected: !known,
  };
}

/**
 * The REST API as a fetch handler: `(Request) => Promise<Response>`, for a Next route handler or
 * any server. Each request is matched against the route table, authenticated by its Bearer key,
 * rate-limited when it writes, and answered by the route's tRPC procedure through a server-side
 * caller. Every error is `{ "error": { "code", "message", "fieldErrors"? } }`.
 */
export function createRestHandler(options: RestHandlerOptions): (request: Request) => Promise<Response> {
  const basePath = (options.basePath ?? REST_BASE_PATH).replace(/\/+$/, "");
  const clock = options.now ?? (() => new Date());
  const rateLimit = options.writeRateLimit ?? REST_WRITE_RATE_LIMIT;
  const maxBodyBytes = options.maxBodyBytes ?? REST_MAX_BODY_BYTES;
  const database = () => (typeof options.db === "function" ? options.db() : options.db);

  interface Matched {
    route: RestRoute | null;
    /** Headers every answer to this request carries (the rate-limit counts), errors included. */
    headers: Record<string, string>;
  }

  async function answer(request: Request, matched: Matched): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method === "HEAD" ? "GET" : request.method;
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
      throw new RestError("NOT_FOUND", `No endpoint at ${url.pathname}`);
    }
    const relative = url.pathname.slice(basePath.length).replace(/\/+$/, "") || "/";
    if (relative === "/openapi.json") {
      if (method !== "GET")
        throw new RestError("METHOD_NOT_SUPPORTED", `Use GET for ${url.pathname}`, { allow: "GET" });
      return new Response(JSON.stringify(openApiDocument()), {
        status: 200,
        headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300" },
      });
    }
    const candidates = compiled.filter((entry) => entry.pattern.test(relative));
    if (candidates.length === 0) {
      throw new RestError("NOT_FOUND", `No endpoint ${method} ${url.pathname}; see ${basePath}/openapi.json`);
    }
    const found = candidates.find((entry) => entry.route.method === method);
    if (!found) {
      const allow = candidates.map((entry) => entry.route.method).join(", ");
      throw new RestError("METHOD_NOT_SUPPORTED", `${method} is not supported here; use ${allow}`, { allow });
    }
    const { route } = found;
    matched.route = route;
    const params: Record<string, string> = {};
    const captured = found.pattern.exec(relative) ?? [];
    for (const [index, name] of found.names.entries()) {
      try {
        params[name] = decodeURIComponent(captured[index + 1] ?? "");
      } catch {
        const message = `${name} is malformed percent-encoding (not UTF-8)`;
        throw new RestError("BAD_REQUEST", `The path parameter ${message}`, {}, { [name]: message });
      }
    }

    const db = database();
    const now = clock();
    const authentication = await actorFromApiKey(db, request.headers.get("authorization"), now);
    const headers = matched.headers;
    if (route.access === "editor" && !authentication) {
      throw new DomainError("UNAUTHORIZED", "Writing needs an API key: send `Authorization: Bearer <key>`");
    }
    // Writes made with a key count against it (an `anyone` write without one has the procedure's own limit).
    if (route.access !== "public" && authentication) {
      const decision = await countApiKeyRequest(db, authentication.keyId, rateLimit, now);
      headers["x-ratelimit-limit"] = String(rateLimit.max);
      headers["x-ratelimit-remaining"] = String(decision.remaining);
      if (!decision.allowed) {
        throw new RestError(
          "TOO_MANY_REQUESTS",
          `Too many writes with this API key: at most ${rateLimit.max} in ${rateLimit.windowSeconds} seconds. Retry in ${decision.retryAfterSeconds} s.`,
          { "retry-after": String(decision.retryAfterSeconds) },
        );
      }
    }

    const malformed = malformedQueryParams(url.search);
    if (Object.keys(malformed).length > 0) {
      throw new RestError("BAD_REQUEST", "Some query parameters are not valid", {}, malformed);
    }
    const siteUrl = (typeof options.siteUrl === "function" ? options.siteUrl() : options.siteUrl) ?? url.origin;
    const run = async () => {
      const input: Record<string, unknown> =
        route.method === "GET" ? queryInput(route, url.searchParams) : await bodyInput(request, maxBodyBytes);
      for (const [name, field] of Object.entries(route.pathParams)) input[field] = params[name];
      const actor = authentication?.actor ?? null;
      const caller = createCaller(createContext({ db, actor, headers: request.headers, now: () => now, siteUrl }));
      const procedure = route.keyProcedure && authentication ? route.keyProcedure : route.procedure;
      const output = await callProcedure(caller, procedure, inputSchemaOf(route) ? input : undefined);
      return route.present ? (route.present as (value: unknown) => unknown)(output) : output;
    };
    if (route.method !== "GET" || route.status !== 200) return json(await run(), route.status, headers);
    // An anonymous public read is the same answer for every reader: it may be kept whole.
    const cache = options.answerCache;
    if (authentication === null && route.access === "public" && cache && (await cache.ready())) {
      const key = `${siteUrl} ${relative}${url.search}`;
      const kept = await cachedAnswer(key, cache.ttlMs(), async () => JSON.stringify(await run()));
      return readAnswer(request, kept.body, { authenticated: false, headers, etag: kept.etag });
    }
    return readAnswer(request, JSON.stringify(await run()), { authenticated: authentication !== null, headers });
  }

  return async function handleRestRequest(request: Request): Promise<Response> {
    const matched: Matched = { route: null, headers: {} };
    try {
      return await answer(request, matched);
    } catch (error) {
      const { status, body, unexpected } = errorAnswer(error, matched.route);
      if (unexpected) options.onError?.(error, request);
      const headers = { ...matched.headers, ...(error instanceof RestError ? error.headers : {}) };
      if (status === 401) headers["www-authenticate"] = 'Bearer realm="hindsight"';
      // The database is down, restarting or too slow: a retry in a few seconds may succeed.
      if (status === 503) headers["retry-after"] = String(DATABASE_RETRY_AFTER_SECONDS);
      return json(body, status, headers);
    }
  };
}
