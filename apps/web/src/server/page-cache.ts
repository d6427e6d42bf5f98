/**
 * The whole-page cache for anonymous readers (docs/scaling.md, "The page cache"). The proxy serves
 * the read pages (the list, scoreboard, analyst, source, prediction and question pages) from memory
 * to whoever carries no session cookie, and renders them itself on a miss by asking this very server
 * for the page with a secret header (a "fill"), so that Next renders it as for any anonymous reader.
 *
 * - Invalidation: an entry is served only while this process's write counter (packages/api cache.ts,
 *   moved by every tRPC/REST/import write made here) is where it was when the entry's fill began,
 *   and only while the proxy LISTENs for the database's change signal (the `signal_change`
 *   triggers): a write made anywhere else (the CLI, another instance, a script) moves the counter
 *   when its notification arrives, milliseconds after it commits. When the listening connection is
 *   down, nothing is served from the cache. Entries also expire after a time to live (5 minutes, less
 *   a spread per page), the bound for a notification that never came (and, with a read replica, 5 s,
 *   for the replica's lag).
 * - Stale while revalidating: a page past its time to live (and past it only: never one whose
 *   generation a write has moved) is still served while one rendering refreshes it in the
 *   background, for at most STALE_SERVE_MS more; a refresh that fails or is not keepable drops it.
 *   So a reader never waits for a rendering just because a page grew old, and the bound for an
 *   unheard write becomes the time to live plus one rendering.
 * - Content Security Policy: a cached page cannot carry a per-request nonce (every reader would
 *   get the same one), so it is served with the SHA-256 hashes of its inline scripts instead, and
 *   'self' for the build's script files: no nonce is needed, and nothing else can run.
 * - Only document requests (Accept: text/html) by readers with no cookie of the auth library are
 *   served from it: never signed-in users, client-side navigations (RSC requests), methods other
 *   than GET and HEAD, or any other path.
 */
import { createHash } from "node:crypto";
import { entityTag } from "@hindsight/api/probe";
import { THEME_COOKIE, parseTheme } from "@/lib/theme";

/** Paths of the read pages whose whole answer may be kept for anonymous readers. */
const CACHEABLE_PATHS: readonly RegExp[] = [
  /^\/$/,
  /^\/scoreboard$/,
  /^\/analysts$/,
  /^\/analysts\/[^/]+$/,
  /^\/sources\/[^/]+$/,
  /^\/predictions\/(?!new$|from-article$)[^/]+$/,
  /^\/questions$/,
  /^\/questions\/(?!new$)[^/]+$/,
  /^\/docs\/api$/,
];

/** The header of a fill request, with this process's secret token as its value. */
export const FILL_HEADER = "x-hindsight-page-fill";
/** Says how an answer was made: hit, stale (served while rendered again), miss (filled now) or bypass. */
export const CACHE_STATUS_HEADER = "x-hindsight-page-cache";

/**
 * How long an entry may be served without any write being noticed: the backstop for a notification
 * that never came (the listening connection's loss and return already drop every page). Not
 * shorter: every hot page is rendered again once per time to live, and an analyst page's rendering
 * costs tens of milliseconds of the one event loop (docs/benchmarks.md, the 60 s run of 2026-12-06).
 */
export const PAGE_TTL_MS = 300_000;
/** The same with a read replica: pages read from it, and it may lag behind the notification. */
export const PAGE_TTL_WITH_REPLICA_MS = 5_000;
/** Most pages kept, and most bytes of them; the least recently used go first. */
export const MAX_PAGES = 2_000;
export const MAX_BYTES = 64 * 1024 * 1024;
/** A page larger than this is served but not kept. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;
/** A fill that takes longer is given up: the reader's request is then rendered as usual. */
export const FILL_TIMEOUT_MS = 30_000;
/**
 * How long past its time to live a page may still be served while a rendering refreshes it: as
 * long as a fill may take, after which the refresh has either replaced the page or dropped it.
 */
export const STALE_SERVE_MS = FILL_TIMEOUT_MS;

/** Headers of the rendered page kept with it (the others are the proxy's or per request). */
const KEPT_HEADERS = [
  "content-type",
  "link",
  "x-frame-options",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
];

interface RequestFacts {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
}

/**
 * The key a request's page is kept under (its theme, path and query), or null when the request must
 * not be served from the cache: not GET/HEAD, not a cached path, a session (any `hindsight.` cookie of
 * the auth library) or credentials, or a client-side navigation asking for the RSC payload.
 */
export function pageCacheKey({ method, pathname, search, headers }: RequestFacts): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (!CACHEABLE_PATHS.some((path) => path.test(pathname))) return null;
  // A document request (browsers, crawlers, CDNs ask for text/html). Next's client-side navigations
  // fetch the page's RSC payload with "Accept: */*", and Next hides their RSC headers and `_rsc`
  // parameter from the proxy: the Accept header is what tells them apart here.
  if (!(headers.get("accept") ?? "").includes("text/html")) return null;
  if (headers.has("authorization") || headers.has("rsc") || headers.has("next-action")) return null;
  if (headers.has("next-router-state-tree") || headers.has("next-router-prefetch")) return null;
  if (/[?&]_rsc=/.test(search)) return null;
  const cookies = parseCookies(headers.get("cookie"));
  if ([...cookies.keys()].some((name) => name.includes("hindsight."))) return null;
  return `${parseTheme(cookies.get(THEME_COOKIE))} ${pathname}${search}`;
}

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const equals = part.indexOf("=");
    if (equals < 0) continue;
    cookies.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
  }
  return cookies;
}

/**
 * The `'sha256-…'` sources of a document's inline scripts (those without src, whose type runs as
 * script), hashed as browsers hash them: the text between the tags, line breaks normalised to LF.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? "";
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !["text/javascript", "application/javascript", "module"].includes(type)) continue;
    const text = (match[2] ?? "").replace(/\r\n?/g, "\n");
    hashes.add(`'sha256-${createHash("sha256").update(text).digest("base64")}'`);
  }
  return [...hashes];
}

export interface CachedPage {
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
  scriptSources: string[];
  etag: string;
  generation: number;
  storedAt: number;
}

interface PageCacheState {
  entries: Map<string, CachedPage>;
  bytes: number;
  fills: Map<string, Promise<FillResult>>;
  token: string;
}

/** On globalThis: Next may load this module more than once in one process. */
const state = ((globalThis as { [key: symbol]: unknown })[Symbol.for("hindsight.pageCache")] ??= {
  entries: new Map(),
  bytes: 0,
  fills: new Map(),
  token: Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join(""),
}) as PageCacheState;

/** Whether a request is this process's own fill (it must be rendered, not served from the cache). */
export function isFill(headers: Headers): boolean {
  return headers.get(FILL_HEADER) === state.token;
}

/**
 * A page's own time to live: between three quarters of the given one and all of it, fixed per key
 * (FNV-1a of the key), so pages rendered together (a warm-up, a burst of readers after a write) do
 * not all grow old and get rendered again in the same moment.
 */
export function entryTtlMs(key: string, ttlMs: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193) >>> 0;
  }
  return ttlMs - Math.floor(((hash % 1_000) / 1_000) * (ttlMs / 4));
}

/** A kept page found, and whether it is past its time to live (to be served while it is refreshed). */
export interface KeptPage {
  page: CachedPage;
  stale: boolean;
}

/**
 * The kept page while its generation is current: fresh within its time to live (`entryTtlMs` of the
 * given one), stale for STALE_SERVE_MS after it; null otherwise (a write was noted since it was
 * rendered, or it is older).
 */
export function lookup(key: string, generation: number, ttlMs: number, now = Date.now()): KeptPage | null {
  const entry = state.entries.get(key);
  if (!entry) return null;
  const age = now - entry.storedAt;
  const freshFor = entryTtlMs(key, ttlMs);
  if (entry.generation !== generation || age >= freshFor + STALE_SERVE_MS) {
    forget(key);
    return null;
  }
  // Most recently used last: a Map iterates in insertion order.
  state.entries.delete(key);
  state.entries.set(key, entry);
  return { page: entry, stale: age >= freshFor };
}

function forget(key: string): void {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.entries.delete(key);
  state.bytes -= entry.body.byteLength;
}

/** Keeps a page, dropping the least recently used ones beyond MAX_PAGES or MAX_BYTES. */
export function store(key: string, page: CachedPage): void {
  forget(key);
  if (page.body.byteLength > MAX_PAGE_BYTES) return;
  state.entries.set(key, page);
  state.bytes += page.body.byteLength;
  for (const oldest of state.entries.keys()) {
    if (state.entries.size <= MAX_PAGES && state.bytes <= MAX_BYTES) break;
    forget(oldest);
  }
}

/** Drops every kept page (tests; an operator could too). */
export function clearPageCache(): void {
  state.entries.clear();
  state.bytes = 0;
}

export function pageCacheSize(): { pages: number; bytes: number } {
  return { pages: state.entries.size, bytes: state.bytes };
}

export type FillResult =
  | { kind: "page"; page: CachedPage; cacheable: boolean }
  | { kind: "other"; status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer> }
  | { kind: "failed" };

/**
 * Renders the page by asking this server for it as an anonymous reader would (the theme cookie
 * only), with the fill header. Concurrent misses of one key in one generation share one fill (a
 * reader who comes after a write never gets a rendering begun before it). A 200 HTML answer that
 * sets no cookie becomes a page (kept by the caller); anything else is handed back as it came.
 */
export function fill(
  key: string,
  origin: string,
  pathAndQuery: string,
  theme: string | undefined,
  generation: number,
): Promise<FillResult> {
  const fillKey = `${generation} ${key}`;
  const running = state.fills.get(fillKey);
  if (running) return running;
  const started = fetchPage(origin, pathAndQuery, theme, generation).finally(() => state.fills.delete(fillKey));
  state.fills.set(fillKey, started);
  return started;
}

/**
 * Renders a stale page again in the background (one rendering however many readers ask): keeps the
 * new page if it is keepable and no write was noted meanwhile (`currentGeneration` reads the write
 * counter when the rendering ends), and drops the stale page otherwise, so it is not served again.
 */
export function refresh(
  key: string,
  origin: string,
  pathAndQuery: string,
  theme: string | undefined,
  generation: number,
  currentGeneration: () => number,
): Promise<void> {
  const running = state.fills.get(`${generation} ${key}`);
  if (running) return running.then(() => undefined);
  return fill(key, origin, pathAndQuery, theme, generation).then((result) => {
    const keepable = result.kind === "page" && result.cacheable && result.page.generation === currentGeneration();
    if (keepable) store(key, result.page);
    else forget(key);
  });
}

async function fetchPage(
  origin: string,
  pathAndQuery: string,
  theme: string | undefined,
  generation: number,
): Promise<FillResult> {
  try {
    const response = await fetch(`${origin}${pathAndQuery}`, {
      headers: {
        [FILL_HEADER]: state.token,
        accept: "text/html",
        ...(theme ? { cookie: `${THEME_COOKIE}=${theme}` } : {}),
      },
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(FILL_TIMEOUT_MS),
    });
    const body = new Uint8Array(await response.arrayBuffer());
    const html = (response.headers.get("content-type") ?? "").startsWith("text/html");
    if (response.status !== 200 || !html) {
      const headers: [string, string][] = [];
      response.headers.forEach((value, name) => {
        if (!["content-encoding", "content-length", "transfer-encoding", "connection"].includes(name)) {
          headers.push([name, value]);
        }
      });
      return { kind: "other", status: response.status, headers, body };
    }
    const headers: [string, string][] = KEPT_HEADERS.flatMap((name) => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, value] as [string, string]];
    });
    const text = new TextDecoder().decode(body);
    const page: CachedPage = {
      body,
      headers,
      scriptSources: inlineScriptHashes(text),
      etag: entityTag(text),
      generation,
      storedAt: Date.now(),
    };
    return { kind: "page", page, cacheable: !response.headers.has("set-cookie") };
  } catch {
    return { kind: "failed" };
  }
}
