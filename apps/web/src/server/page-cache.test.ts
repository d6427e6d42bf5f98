import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  FILL_HEADER,
  MAX_PAGE_BYTES,
  MAX_PAGES,
  STALE_SERVE_MS,
  clearPageCache,
  entryTtlMs,
  fill,
  inlineScriptHashes,
  lookup,
  pageCacheKey,
  pageCacheSize,
  refresh,
  store,
  type CachedPage,
} from "./page-cache";

const documentRequest = (pathname: string, headers: Record<string, string> = {}, search = "", method = "GET") => ({
  method,
  pathname,
  search,
  headers: new Headers({ accept: "text/html,application/xhtml+xml,*/*;q=0.8", ...headers }),
});

describe("pageCacheKey", () => {
  it.each(["/", "/scoreboard", "/analysts", "/analysts/tereza-novotna", "/sources/abc", "/predictions/abc"])(
    "keeps the read page %s, per theme and query",
    (path) => {
      expect(pageCacheKey(documentRequest(path))).toBe(`system ${path}`);
      expect(pageCacheKey(documentRequest(path, { cookie: "hindsight-theme=dark" }, "?tag=x"))).toBe(
        `dark ${path}?tag=x`,
      );
      // A tampered theme reads as the system's, as the page itself reads it.
      expect(pageCacheKey(documentRequest(path, { cookie: "hindsight-theme=<b>" }))).toBe(`system ${path}`);
    },
  );

  it.each(["/predictions/new", "/predictions/from-article", "/questions/new", "/due", "/import", "/admin/users"])(
    "never keeps the form or editor page %s",
    (path) => {
      expect(pageCacheKey(documentRequest(path))).toBeNull();
    },
  );

  it("never keeps pages for signed-in readers, whatever else their cookies hold", () => {
    for (const cookie of [
      "hindsight.session_token=abc",
      "hindsight-theme=dark; hindsight.session_token=abc",
      "__Secure-hindsight.session_token=abc",
      "hindsight.session_data=xyz",
    ]) {
      expect(pageCacheKey(documentRequest("/scoreboard", { cookie })), cookie).toBeNull();
    }
    expect(pageCacheKey(documentRequest("/scoreboard", { authorization: "Bearer hs_x" }))).toBeNull();
  });

  it("never answers a client-side navigation, a non-document request or a write", () => {
    expect(pageCacheKey(documentRequest("/scoreboard", { accept: "*/*" }))).toBeNull();
    expect(pageCacheKey({ ...documentRequest("/scoreboard"), headers: new Headers() })).toBeNull();
    expect(pageCacheKey(documentRequest("/scoreboard", { rsc: "1" }))).toBeNull();
    expect(pageCacheKey(documentRequest("/scoreboard", {}, "?_rsc=1x2y"))).toBeNull();
    expect(pageCacheKey(documentRequest("/scoreboard", { "next-router-prefetch": "1" }))).toBeNull();
    expect(pageCacheKey(documentRequest("/scoreboard", {}, "", "POST"))).toBeNull();
    expect(pageCacheKey(documentRequest("/scoreboard", {}, "", "HEAD"))).toBe("system /scoreboard");
  });
});

describe("inlineScriptHashes", () => {
  it("hashes each inline script's exact text, once, and nothing else", () => {
    const html = [
      '<script src="/_next/static/chunks/main.js" async=""></script>',
      '<script nonce="abc">self.__next_f.push([1])</script>',
      "<script>self.__next_f.push([1])</script>",
      '<script type="application/ld+json">{"@type":"ClaimReview"}</script>',
      "<SCRIPT>a\r\nb</SCRIPT>",
    ].join("");
    // Worked out apart: printf 'self.__next_f.push([1])' | openssl dgst -sha256 -binary | base64, and
    // the same for "a\nb" (CRLF is read as LF by the HTML parser, so the browser hashes that).
    expect(inlineScriptHashes(html)).toEqual([
      "'sha256-F8A7wEM/CBx+3vieKcubbMfWdgsy54B5PdWeRfp3zYU='",
      "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='",
    ]);
  });

  it("has nothing to hash in a document without inline scripts", () => {
    expect(inlineScriptHashes('<html><script src="/a.js"></script></html>')).toEqual([]);
  });
});

describe("the kept pages", () => {
  afterEach(() => clearPageCache());

  const page = (bytes: number, generation = 1, storedAt = 1_000): CachedPage => ({
    body: new Uint8Array(bytes),
    headers: [["content-type", "text/html; charset=utf-8"]],
    scriptSources: [],
    etag: '"x"',
    generation,
    storedAt,
  });

  it("gives each page a time to live of its own, three quarters to all of the given one, spread over the keys", () => {
    const ttls = Array.from({ length: 200 }, (_, index) => entryTtlMs(`system /analysts/a-${index}`, 60_000));
    for (const ttl of ttls) expect(ttl).toBeGreaterThanOrEqual(45_000);
    for (const ttl of ttls) expect(ttl).toBeLessThanOrEqual(60_000);
    // Spread: the earliest and latest of 200 pages warmed together fall apart by most of the range.
    expect(Math.max(...ttls) - Math.min(...ttls)).toBeGreaterThan(12_000);
    expect(new Set(ttls).size).toBeGreaterThan(150);
    // Fixed per key.
    expect(entryTtlMs("system /", 60_000)).toBe(entryTtlMs("system /", 60_000));
  });

  it("serves a page only in the generation it was rendered in: fresh within its time to live, then stale", () => {
    const ttl = entryTtlMs("a", 60_000);
    store("a", page(10, 1, 1_000));
    expect(lookup("a", 1, 60_000, 1_500)).toMatchObject({ stale: false });
    expect(lookup("a", 1, 60_000, 1_000 + ttl - 1)).toMatchObject({ stale: false });
    // Past the time to live: still served, as stale, for STALE_SERVE_MS (while it is rendered again).
    expect(lookup("a", 1, 60_000, 1_000 + ttl)).toMatchObject({ stale: true });
    expect(lookup("a", 1, 60_000, 1_000 + ttl + STALE_SERVE_MS - 1)).toMatchObject({ stale: true });
    expect(lookup("a", 1, 60_000, 1_000 + ttl + STALE_SERVE_MS)).toBeNull();
    // A write noted since the rendering: never served, not even as stale, and forgotten.
    store("b", page(10, 1, 1_000));
    expect(lookup("b", 2, 60_000, 1_500)).toBeNull();
    store("c", page(10, 1, 1_000));
    expect(lookup("c", 2, 60_000, 61_500)).toBeNull();
    expect(pageCacheSize()).toEqual({ pages: 0, bytes: 0 });
  });

  it("does not keep a page larger than its limit", () => {
    store("big", page(MAX_PAGE_BYTES + 1));
    expect(pageCacheSize().pages).toBe(0);
  });

  it("drops the least recently used page beyond the limit", () => {
    for (let index = 0; index < MAX_PAGES; index += 1) store(`p${index}`, page(1));
    // p0 is used again: p1 is now the least recently used.
    expect(lookup("p0", 1, 60_000, 1_000)).not.toBeNull();
    store("one-more", page(1));
    expect(pageCacheSize()).toEqual({ pages: MAX_PAGES, bytes: MAX_PAGES });
    expect(lookup("p1", 1, 60_000, 1_000)).toBeNull();
    expect(lookup("p0", 1, 60_000, 1_000)).not.toBeNull();
    expect(lookup("one-more", 1, 60_000, 1_000)).not.toBeNull();
  });
});

describe("rendering pages again (fill and refresh, against a real HTTP server)", () => {
  let server: Server;
  let origin: string;
  /** Requests the server got, by path; the answer each path gives, and a gate that holds answers back. */
  const requests: string[] = [];
  let answer: { status: number; type: string; body: string; cookie?: string } = {
    status: 200,
    type: "text/html",
    body: "<p>new</p>",
  };
  let release: () => void = () => undefined;
  let gate: Promise<void> = Promise.resolve();

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(`${request.url} ${request.headers[FILL_HEADER] ? "fill" : "plain"}`);
      void gate.then(() => {
        response.writeHead(answer.status, {
          "content-type": answer.type,
          ...(answer.cookie ? { "set-cookie": answer.cookie } : {}),
        });
        response.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => {
    clearPageCache();
    requests.length = 0;
    answer = { status: 200, type: "text/html", body: "<p>new</p>" };
    gate = Promise.resolve();
  });

  const holdAnswers = () => {
    gate = new Promise<void>((resolve) => (release = resolve));
  };
  const stalePage = (generation: number): CachedPage => ({
    body: new TextEncoder().encode("<p>old</p>"),
    headers: [],
    scriptSources: [],
    etag: '"old"',
    generation,
    storedAt: Date.now() - 120_000,
  });
  const text = (kept: ReturnType<typeof lookup>) => (kept ? new TextDecoder().decode(kept.page.body) : null);

  it("replaces a stale page with one rendering however many readers ask, then serves it fresh", async () => {
    store("system /x", stalePage(3));
    holdAnswers();
    const readers = [1, 2, 3].map(() => refresh("system /x", origin, "/x", undefined, 3, () => 3));
    // While it renders, the stale page is still what readers get.
    expect(text(lookup("system /x", 3, 60_000, Date.now() - 120_000 + 61_000))).toBe("<p>old</p>");
    release();
    await Promise.all(readers);
    expect(requests).toEqual(["/x fill"]);
    const kept = lookup("system /x", 3, 60_000);
    expect(kept?.stale).toBe(false);
    expect(text(kept)).toBe("<p>new</p>");
  });

  it.each([
    ["an error", { status: 500, type: "text/html", body: "boom" }],
    ["a redirect or other non-page", { status: 200, type: "application/json", body: "{}" }],
    ["a page that sets a cookie", { status: 200, type: "text/html", body: "<p>x</p>", cookie: "a=b" }],
  ])("drops the stale page when the new rendering is %s", async (_name, given) => {
    store("system /y", stalePage(1));
    answer = given;
    await refresh("system /y", origin, "/y", undefined, 1, () => 1);
    expect(lookup("system /y", 1, 60_000, Date.now() - 120_000 + 61_000)).toBeNull();
    expect(pageCacheSize().pages).toBe(0);
  });

  it("drops the stale page when a write is noted while it renders again", async () => {
    store("system /z", stalePage(1));
    let generation = 1;
    holdAnswers();
    const refreshed = refresh("system /z", origin, "/z", undefined, 1, () => generation);
    generation = 2;
    release();
    await refreshed;
    expect(pageCacheSize().pages).toBe(0);
  });

  it("does not hand a reader who comes after a write the rendering begun before it", async () => {
    holdAnswers();
    const before = fill("system /w", origin, "/w", undefined, 1);
    const sameGeneration = fill("system /w", origin, "/w", undefined, 1);
    const afterWrite = fill("system /w", origin, "/w", undefined, 2);
    expect(sameGeneration).toBe(before);
    expect(afterWrite).not.toBe(before);
    release();
    const results = await Promise.all([before, afterWrite]);
    expect(results.map((result) => (result.kind === "page" ? result.page.generation : null))).toEqual([1, 2]);
    expect(requests).toEqual(["/w fill", "/w fill"]);
  });
});
