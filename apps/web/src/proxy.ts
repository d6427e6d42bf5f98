import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/env";
import {
  DATABASE_RETRY_AFTER_SECONDS,
  PUBLIC_READ_CACHE_CONTROL,
  noneMatchHits,
  persistentProbe,
  writeGeneration,
} from "@hindsight/api/probe";
import { answerCachesReady, pageTtlMs } from "@/server/answer-caches";
import { checkedRetryAfter, noteDatabaseConnectionLost } from "@/server/availability";
import { pathProblem, percentEncodingProblem, requestProblem, type RequestProblem } from "@/server/request-check";
import {
  CACHE_STATUS_HEADER,
  fill,
  isFill,
  lookup,
  pageCacheKey,
  refresh,
  store,
  type CachedPage,
} from "@/server/page-cache";
import { ownPolicy } from "@/server/share/policies";
import { THEME_COOKIE } from "@/lib/theme";

/**
 * The Content-Security-Policy and Strict-Transport-Security of every page, and the page cache for
 * anonymous readers (server/page-cache.ts). The headers that never
 * change (X-Frame-Options, X-Content-Type-Options, Referrer-Policy, Permissions-Policy, and the API's
 * own policy) are in next.config.ts, which also covers what this proxy skips; these two are made
 * here because they depend on the request (a fresh script nonce each time) or on
 * HINDSIGHT_BASE_URL, which is only known when the server starts, not when it is built.
 */

// Not configuration but the build's mode, which Next writes in at build time (`next dev` or `next build`).
// eslint-disable-next-line no-restricted-properties -- a build-time constant, not read from the environment at run time
const development = process.env.NODE_ENV === "development";

/** 128 random bits, base64: what Next looks for in `'nonce-…'` and puts on each of its scripts. */
function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Pages: scripts only with this request's nonce, which Next adds to its own inline and bundle
 * scripts (it reads the nonce from the request's policy header, so every page must be rendered per
 * request: the root layout opts in). Pages served from the page cache are the exception: they carry
 * their own inline scripts' hashes instead (cachedPagePolicy below). 'strict-dynamic' lets
 * those scripts load the code-split chunks they need. `next dev` adds 'unsafe-eval', which React's
 * development tooling uses to rebuild server stacks; a production build never needs it.
 *
 * Styles allow 'unsafe-inline': the probability bars are sized with a style attribute, which no
 * nonce can cover, and the toast library inserts its stylesheet from script without one (a nonce in
 * style-src would make browsers ignore 'unsafe-inline'). Stylesheets cannot run script; everything
 * else stays same-origin only.
 */
function pagePolicy(nonce: string, https: boolean): string {
  return policyWithScripts(`'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`, https);
}

/**
 * A page served from the page cache (server/page-cache.ts) cannot carry a per-request nonce: its
 * inline scripts are allowed by their SHA-256 hashes instead, and the build's script files by
 * 'self' (without 'strict-dynamic', which would ignore 'self'). Everything else is as above.
 */
function cachedPagePolicy(scriptSources: string[], https: boolean): string {
  return policyWithScripts(scriptSources.join(" "), https);
}

function policyWithScripts(scripts: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scripts ? ` ${scripts}` : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Two years, subdomains included: the browser then never tries plain http for this host. */
const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * What a page request gets while the database was found unreachable a moment ago: 503 with
 * Retry-After, never cached, and a page that says so and asks again by itself after that time (a
 * meta refresh: no script). Plain HTML with its own styles, as the app's stylesheet and layout are
 * not rendered for it.
 */
function unavailablePage(retryAfter: number): NextResponse {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${retryAfter}">
<title>Briefly unavailable · Hindsight</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; padding: 1.5rem; box-sizing: border-box; }
  main { max-width: 32rem; text-align: center; line-height: 1.5; }
  h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
  p { margin: 0 0 0.75rem; opacity: 0.8; }
  a { color: inherit; }
</style>
</head>
<body>
<main role="alert">
<h1>Hindsight is briefly unavailable</h1>
<p>The ledger's database is not answering right now. Nothing you saved is lost.</p>
<p>This page tries again by itself in ${retryAfter} second${retryAfter === 1 ? "" : "s"}, or <a href="">reload it</a>.</p>
</main>
</body>
</html>
`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "retry-after": String(retryAfter),
      "cache-control": "no-store",
    },
  });
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * What a page request gets when its address is one no link of the app makes (request-check.ts):
 * 400 with a page that names the parameter, in the same plain style as the 503 page.
 */
function badRequestPage(problem: RequestProblem): NextResponse {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Bad request · Hindsight</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; padding: 1.5rem; box-sizing: border-box; }
  main { max-width: 32rem; text-align: center; line-height: 1.5; }
  h1 { font-size: 1.5rem; margin: 0 0 0.75rem; }
  p { margin: 0 0 0.75rem; opacity: 0.8; overflow-wrap: anywhere; }
  a { color: inherit; }
</style>
</head>
<body>
<main>
<h1>This address is not valid</h1>
<p>${escapeHtml(problem.message)}.</p>
<p>Check the link, or <a href="/">go to the predictions</a>.</p>
</main>
</body>
</html>
`;
  return new NextResponse(html, {
    status: 400,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

/** The same refusal for an API address, in the REST API's error shape (packages/api/src/rest). */
function badApiRequest(problem: RequestProblem): NextResponse {
  return NextResponse.json(
    { error: { code: "BAD_REQUEST", message: problem.message, fieldErrors: { [problem.parameter]: problem.message } } },
    { status: 400, headers: { "cache-control": "no-store" } },
  );
}

/** How long the proxy's check waits for its connection and its `SELECT 1`. */
const PROBE_TIMEOUT_MS = 1_000;

let probes: (() => Promise<boolean>)[] | null = null;

/** Whether the database (and the replica, when there is one) answers, on connections of the proxy's own. */
async function databasesAnswer(): Promise<boolean> {
  probes ??= [env.DATABASE_URL, ...(env.DATABASE_REPLICA_URL ? [env.DATABASE_REPLICA_URL] : [])].map((url) =>
    persistentProbe(url, PROBE_TIMEOUT_MS, noteDatabaseConnectionLost),
  );
  return (await Promise.all(probes.map((probe) => probe()))).every(Boolean);
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    // API paths holding a "%" (which Next may fail to decode) and the REST API's addresses come here
    // (config.matcher): the REST API's query is checked here, as sent (see percentEncodingProblem).
    const problem = pathProblem(pathname) ?? (pathname.startsWith("/api/v1/") ? percentEncodingProblem(search) : null);
    return problem ? badApiRequest(problem) : NextResponse.next();
  }
  const https = env.HINDSIGHT_BASE_URL.startsWith("https:");
  const problem = requestProblem(pathname, search);
  const retryAfter = problem ? 0 : await checkedRetryAfter(databasesAnswer, DATABASE_RETRY_AFTER_SECONDS);
  const cachedAnswer = problem || retryAfter > 0 ? null : await fromPageCache(request, https);
  if (cachedAnswer) return withTransportSecurity(cachedAnswer, https);
  // Embeds (which other sites may frame) and badges have policies of their own (server/share/policies.ts).
  const policy = ownPolicy(pathname, https) ?? pagePolicy(newNonce(), https);
  const response = problem
    ? badRequestPage(problem)
    : retryAfter > 0
      ? unavailablePage(retryAfter)
      : renderWith(request, policy);
  response.headers.set("content-security-policy", policy);
  return withTransportSecurity(response, https);
}

/** A browser keeps HSTS for the whole host from any page it loads, so pages are enough. */
function withTransportSecurity(response: NextResponse, https: boolean): NextResponse {
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** Whether the page cache may serve: answer caches ready (server/answer-caches.ts) and the server's port known. */
async function pageCacheReady(): Promise<boolean> {
  return env.PORT !== undefined && (await answerCachesReady());
}

/**
 * The answer from the page cache (server/page-cache.ts) for an anonymous read of a cached page: a
 * kept page (a stale one while it is rendered again), or one rendered now through a fill and kept;
 * null to render the request as usual (not cacheable, the cache not ready, this request being a
 * fill, or the fill failing).
 */
async function fromPageCache(request: NextRequest, https: boolean): Promise<NextResponse | null> {
  const { pathname, search } = request.nextUrl;
  const key = pageCacheKey({ method: request.method, pathname, search, headers: request.headers });
  if (key === null || isFill(request.headers) || !(await pageCacheReady())) return null;
  const generation = writeGeneration();
  const origin = `http://127.0.0.1:${env.PORT}`;
  const theme = request.cookies.get(THEME_COOKIE)?.value;
  const kept = lookup(key, generation, pageTtlMs());
  if (kept?.stale) {
    // Past its time to live, with no write noted: served while one rendering replaces it.
    void refresh(key, origin, `${pathname}${search}`, theme, generation, writeGeneration);
    return cachedPageAnswer(request, kept.page, https, "stale");
  }
  if (kept) return cachedPageAnswer(request, kept.page, https, "hit");
  const result = await fill(key, origin, `${pathname}${search}`, theme, generation);
  if (result.kind === "failed") return null;
  if (result.kind === "other") {
    const response = new NextResponse(request.method === "HEAD" ? null : result.body, { status: result.status });
    for (const [name, value] of result.headers) response.headers.append(name, value);
    response.headers.set(CACHE_STATUS_HEADER, "bypass");
    return response;
  }
  // Kept only if nothing was written while it rendered (it would be stale at once otherwise).
  if (result.cacheable && result.page.generation === writeGeneration()) store(key, result.page);
  return cachedPageAnswer(request, result.page, https, "miss");
}

function cachedPageAnswer(request: NextRequest, page: CachedPage, https: boolean, status: string): NextResponse {
  const unchanged = noneMatchHits(request.headers.get("if-none-match"), page.etag);
  const response = new NextResponse(unchanged || request.method === "HEAD" ? null : page.body, {
    status: unchanged ? 304 : 200,
  });
  for (const [name, value] of page.headers) response.headers.set(name, value);
  response.headers.set("content-security-policy", cachedPagePolicy(page.scriptSources, https));
  response.headers.set("cache-control", PUBLIC_READ_CACHE_CONTROL);
  // The theme cookie picks the page's colours; any session cookie skips the cache altogether.
  response.headers.set("vary", "Cookie");
  response.headers.set("etag", page.etag);
  response.headers.set(CACHE_STATUS_HEADER, status);
  return response;
}

/** On to the page, whose scripts get the nonce: Next takes it from the policy on the request it renders. */
function renderWith(request: NextRequest, policy: string): NextResponse {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  // Pages only. Not the build's static files (fingerprinted JS and CSS: no document, no nonce), and
  // not /api: a proxy buffers request bodies (10 MB by default), which would cut large imports short.
  // API paths when they hold a "%", which Next itself may fail to decode (a plain-text 500), and the
  // REST API's addresses, whose query strings Next would hand on with malformed percent-encoding made
  // literal: those are refused here in the API's JSON. Their bodies are small (REST allows 1 MB).
  matcher: ["/((?!api/|api$|_next/static/|_next/image).*)", "/api/:rest(.*%.*)", "/api/v1/:rest*"],
};
