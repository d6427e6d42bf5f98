import { TRPCError } from "@trpc/server";
import type { Database } from "@hindsight/db";
import { feedFilterInput, type FeedFilter } from "@hindsight/domain";
import { createContext } from "../context";
import { DATABASE_RETRY_AFTER_SECONDS, isUnavailable } from "../errors";
import { entityTag, noneMatchHits } from "../rest/conditional";
import { createCaller } from "../root";
import { deadlinesCalendar, judgementsFeed, predictionsFeed, type FeedContext } from "./documents";
import type { FeedKind } from "./links";

export interface FeedHandlerOptions {
  db: Database | (() => Database);
  /** The site's address (HINDSIGHT_BASE_URL): permalinks and ids never come from the request's Host. */
  baseUrl: string | (() => string);
  now?: () => Date;
  onError?: (error: unknown, request: Request) => void;
}

const CONTENT_TYPES: Record<FeedKind, string> = {
  predictions: "application/atom+xml; charset=utf-8",
  judgements: "application/atom+xml; charset=utf-8",
  deadlines: "text/calendar; charset=utf-8",
};

/**
 * Public and shared caches may keep a feed five minutes, then must ask again; the ETag makes that
 * question cheap (304, no body) while nothing changed.
 */
export const FEED_CACHE_CONTROL = "public, max-age=300, must-revalidate";

const PARAMETERS = new Set<string>(["analyst", "tag", "question"]);

class FeedError extends Error {
  constructor(
    readonly status: 400 | 404 | 405,
    message: string,
  ) {
    super(message);
  }
}

/** The filter from the query string: each known parameter at most once, no unknown ones. */
export function readFeedFilter(url: URL): FeedFilter {
  const values: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!PARAMETERS.has(name)) {
      throw new FeedError(400, `Unknown parameter "${name.slice(0, 40)}": a feed takes analyst, tag and question`);
    }
    if (name in values) throw new FeedError(400, `The parameter "${name}" is given more than once`);
    values[name] = value;
  }
  const parsed = feedFilterInput.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new FeedError(400, `The parameter "${issue.path.join(".")}" is not valid: ${issue.message}`);
  }
  return parsed.data;
}

const plain = (status: number, message: string, headers: Record<string, string> = {}): Response =>
  new Response(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });

/**
 * A feed as a fetch handler: GET /feeds/predictions.atom, /feeds/judgements.atom or
 * /feeds/deadlines.ics, optionally ?analyst=<slug>&tag=<slug>&question=<key>. 400 names a malformed
 * parameter, 404 an analyst, tag or question that does not exist; If-None-Match with the current
 * ETag answers 304 without a body.
 */
export function createFeedHandler(
  kind: FeedKind,
  options: FeedHandlerOptions,
): (request: Request) => Promise<Response> {
  const database = () => (typeof options.db === "function" ? options.db() : options.db);
  const baseUrl = () =>
    (typeof options.baseUrl === "function" ? options.baseUrl() : options.baseUrl).replace(/\/+$/, "");

  async function render(filter: FeedFilter): Promise<string> {
    const caller = createCaller(createContext({ db: database(), now: options.now }));
    const context = (scope: FeedContext["scope"]): FeedContext => ({ baseUrl: baseUrl(), filter, scope });
    if (kind === "predictions") {
      const { scope, items } = await caller.feed.predictions(filter);
      return predictionsFeed(context(scope), items);
    }
    if (kind === "judgements") {
      const { scope, items } = await caller.feed.judgements(filter);
      return judgementsFeed(context(scope), items);
    }
    const { scope, items } = await caller.feed.deadlines(filter);
    return deadlinesCalendar(context(scope), items);
  }

  return async (request) => {
    try {
      if (request.method !== "GET" && request.method !== "HEAD") {
        throw new FeedError(405, `${request.method} is not supported here; use GET`);
      }
      const body = await render(readFeedFilter(new URL(request.url)));
      const etag = entityTag(body);
      const headers = { etag, "cache-control": FEED_CACHE_CONTROL, "x-content-type-options": "nosniff" };
      if (noneMatchHits(request.headers.get("if-none-match"), etag)) {
        return new Response(null, { status: 304, headers });
      }
      return new Response(request.method === "HEAD" ? null : body, {
        status: 200,
        headers: { ...headers, "content-type": CONTENT_TYPES[kind] },
      });
    } catch (error) {
      if (error instanceof FeedError) {
        return plain(error.status, error.message, error.status === 405 ? { allow: "GET, HEAD" } : {});
      }
      if (error instanceof TRPCError && error.code === "NOT_FOUND") return plain(404, error.message);
      if (error instanceof TRPCError && error.code === "BAD_REQUEST") return plain(400, error.message);
      if (isUnavailable(error)) {
        return plain(503, "The feed is briefly unavailable; try again in a moment.", {
          "retry-after": String(DATABASE_RETRY_AFTER_SECONDS),
        });
      }
      options.onError?.(error, request);
      return plain(500, "The feed could not be made just now.");
    }
  };
}
