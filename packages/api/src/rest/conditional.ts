import { createHash } from "node:crypto";

/**
 * Caching of the REST API's public reads: an entity tag on every 200 answer to a GET, a 304 with no
 * body when the client already holds that answer (If-None-Match), and Cache-Control that lets a
 * shared cache (a CDN in front of the app, docs/scaling.md) keep an anonymous answer briefly.
 *
 * A shared cache may serve an answer fresh for S_MAXAGE seconds and, while it asks the app again,
 * stale for STALE_WHILE_REVALIDATE seconds more: a write shows through a CDN within
 * READ_STALENESS_BOUND_SECONDS. Browsers (max-age=0) always ask again, cheaply with the tag.
 * An answer to a request that carries a key is private: no shared cache keeps it.
 */
export const S_MAXAGE_SECONDS = 5;
export const STALE_WHILE_REVALIDATE_SECONDS = 25;
export const READ_STALENESS_BOUND_SECONDS = S_MAXAGE_SECONDS + STALE_WHILE_REVALIDATE_SECONDS;

export const PUBLIC_READ_CACHE_CONTROL = `public, max-age=0, s-maxage=${S_MAXAGE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`;
export const PRIVATE_READ_CACHE_CONTROL = "private, no-cache";

/** A strong entity tag for an answer's exact bytes: the SHA-256 of the text, 128 bits of it. */
export function entityTag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

/**
 * Whether an If-None-Match header names the tag (RFC 9110 §13.1.2: weak comparison, so `W/"x"`
 * matches `"x"`; `*` matches any current answer). A malformed header matches nothing: the client
 * gets the whole answer, never a wrong 304.
 */
export function noneMatchHits(header: string | null, tag: string): boolean {
  if (header === null) return false;
  const trimmed = header.trim();
  if (trimmed === "*") return true;
  const opaque = tag.replace(/^W\//, "");
  for (const candidate of trimmed.split(",")) {
    if (candidate.trim().replace(/^W\//, "") === opaque) return true;
  }
  return false;
}

/**
 * The answer to a successful read: the body with its tag and cache headers, or a 304 carrying the
 * same tag and headers and no body when If-None-Match names it.
 */
export function readAnswer(
  request: Request,
  body: string,
  options: { authenticated: boolean; headers?: Record<string, string>; etag?: string },
): Response {
  const tag = options.etag ?? entityTag(body);
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    ...options.headers,
    "cache-control": options.authenticated ? PRIVATE_READ_CACHE_CONTROL : PUBLIC_READ_CACHE_CONTROL,
    etag: tag,
    vary: "Authorization",
  };
  if (noneMatchHits(request.headers.get("if-none-match"), tag)) {
    const { "content-type": _type, ...notModified } = headers;
    return new Response(null, { status: 304, headers: notModified });
  }
  return new Response(body, { status: 200, headers });
}
