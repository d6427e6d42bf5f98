import { afterEach, describe, expect, it } from "vitest";
import {
  MAX_PAGE_BYTES,
  MAX_PAGES,
  clearPageCache,
  inlineScriptHashes,
  lookup,
  pageCacheKey,
  pageCacheSize,
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

  it("serves a page only in the generation it was rendered in and within its time to live", () => {
    store("a", page(10, 1, 1_000));
    expect(lookup("a", 1, 60_000, 1_500)).not.toBeNull();
    expect(lookup("a", 1, 60_000, 61_000)).toBeNull();
    store("b", page(10, 1, 1_000));
    expect(lookup("b", 2, 60_000, 1_500)).toBeNull();
    // A stale page is forgotten, not kept for later.
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
