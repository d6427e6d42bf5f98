import { createHash, randomBytes } from "node:crypto";
import { createDatabase } from "@hindsight/db";
import { predictionInput } from "@hindsight/db/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * The whole-page cache for anonymous readers (src/server/page-cache.ts, docs/scaling.md): kept
 * pages served with their inline scripts' hashes instead of a nonce and working in a real browser,
 * conditional requests, signed-in readers and client-side navigations never served from it, and
 * every write showing on the next page: through the API of this server, and straight into the
 * database from another process (as the CLI or another instance writes).
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const databaseUrl = inject("databaseUrl");
const run = randomBytes(3).toString("hex");
const CACHE = "x-hindsight-page-cache";

/** A document request, as a browser makes it when following a link. */
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}${path}`, {
    headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8", ...headers },
    redirect: "manual",
  });

/**
 * Fetches a page until an answer comes from the cache (the first may be the fill). A write that
 * lands meanwhile (the last test's, or work it set off in the background) empties the cache again,
 * so the attempts go on for up to five seconds, a tenth of a second apart: five back to back once
 * all missed on a busy 2-core CI machine.
 */
async function cachedAnswer(path: string): Promise<Response> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const response = await get(path);
    if (response.headers.get(CACHE) === "hit") return response;
    await response.arrayBuffer();
    if (attempt >= 4) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} was never answered from the page cache`);
}

describe("the page cache", () => {
  let reader: Browser;
  let editor: Browser;
  let page: Page;
  let api: Awaited<ReturnType<typeof apiAs>>;
  const violations: string[] = [];

  beforeAll(async () => {
    reader = await launchBrowser();
    await useOwnAddress(reader.context);
    await reader.context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    page = await reader.context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") violations.push(message.text());
    });
    editor = await launchBrowser();
    await useOwnAddress(editor.context);
    await signInQuietly(editor.context, baseUrl, inject("editor"));
    api = await apiAs(editor.context, baseUrl);
  });

  afterAll(async () => {
    await reader?.close();
    await editor?.close();
  });

  it("serves a kept page with its inline scripts' hashes, the same document to every reader", async () => {
    const first = await cachedAnswer("/scoreboard");
    const html = await first.text();
    const second = await get("/scoreboard");
    expect(second.headers.get(CACHE)).toBe("hit");
    expect(await second.text()).toBe(html);
    const policy = first.headers.get("content-security-policy") ?? "";
    const scriptSources = /script-src ([^;]*)/.exec(policy)?.[1]?.split(" ") ?? [];
    expect(scriptSources).not.toContainEqual(expect.stringMatching(/nonce|strict-dynamic|unsafe/));
    const inline = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attributes = ""]) => !attributes.includes(" src=") && !attributes.includes("ld+json"))
      .map(([, , text = ""]) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
    expect(inline.length).toBeGreaterThan(0);
    expect(new Set(scriptSources)).toEqual(new Set(["'self'", ...inline]));
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=5, stale-while-revalidate=25");
    expect(first.headers.get("vary")).toMatch(/Cookie/);
    expect(first.headers.get("x-frame-options")).toBe("DENY");
  });

  it("answers a conditional request for an unchanged page with 304", async () => {
    const kept = await cachedAnswer("/analysts");
    await kept.arrayBuffer();
    const tag = kept.headers.get("etag") ?? "";
    expect(tag).toMatch(/^"[\w-]{22}"$/);
    const again = await get("/analysts", { "if-none-match": tag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await get("/analysts", { "if-none-match": '"something-else"' });
    expect(other.status).toBe(200);
  });

  it("keeps a page per theme", async () => {
    const dark = await get("/scoreboard", { cookie: "hindsight-theme=dark" });
    const light = await get("/scoreboard", { cookie: "hindsight-theme=light" });
    const darkHtml = await dark.text();
    const lightHtml = await light.text();
    expect(darkHtml).toMatch(/<html[^>]*class="[^"]*\bdark\b/);
    expect(lightHtml).not.toMatch(/<html[^>]*class="[^"]*\bdark\b/);
  });

  it("never serves signed-in readers, client-side navigations or other methods from it", async () => {
    await (await cachedAnswer("/scoreboard")).arrayBuffer();
    const session = (await editor.context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
    const signedIn = await get("/scoreboard", { cookie: session });
    expect(signedIn.headers.get(CACHE)).toBeNull();
    expect(signedIn.headers.get("content-security-policy")).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    // A client-side navigation: Next's router fetches the RSC payload with Accept: */* and RSC: 1.
    const navigation = await get("/scoreboard", { accept: "*/*", rsc: "1" });
    expect(navigation.headers.get(CACHE)).toBeNull();
    const form = await get("/predictions/new");
    expect(form.headers.get(CACHE)).toBeNull();
  });

  it("shows a write made through this server's API on the next anonymous page", async () => {
    await (await cachedAnswer("/")).arrayBuffer();
    const claim = `Page cache ${run}: the API write shows at once`;
    await api.prediction.create.mutate(predictionInput({ claim, analyst: { mode: "new", name: `Cache ${run}` } }));
    const after = await get("/");
    expect(await after.text()).toContain(claim);
  });

  it("shows a write made straight into the database by another process within a moment", async (context) => {
    if (!databaseUrl) context.skip();
    const created = await api.prediction.create.mutate(
      predictionInput({ analyst: { mode: "new", name: `Elsewhere ${run}` } }),
    );
    const path = `/analysts/${created.analyst.slug}`;
    await (await cachedAnswer(path)).arrayBuffer();
    const db = createDatabase(databaseUrl);
    try {
      await db.analyst.update({ where: { slug: created.analyst.slug }, data: { affiliation: `Renamed ${run}` } });
    } finally {
      await db.$disconnect();
    }
    // The notification arrives milliseconds after the commit; the bound is the listener's delivery.
    await expect
      .poll(async () => (await get(path)).text(), { timeout: 2_000, interval: 50 })
      .toContain(`Renamed ${run}`);
  });

  it("starts every kept page in a real browser with no policy violation, and navigates on", async () => {
    const created = await api.prediction.create.mutate(
      predictionInput({ claim: `Page cache ${run}: browser`, analyst: { mode: "new", name: `Browser ${run}` } }),
    );
    for (const path of [
      "/",
      "/scoreboard",
      "/analysts",
      `/analysts/${created.analyst.slug}`,
      `/predictions/${created.id}`,
    ]) {
      await (await cachedAnswer(path)).arrayBuffer();
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.headers()[CACHE], path).toBe("hit");
      await expect
        .poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version))
        .toBe("string");
      await page.waitForLoadState("load");
    }
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scoreboard" }).click();
    await page.waitForURL(`${baseUrl}/scoreboard`);
    await page.getByRole("heading", { level: 1, name: "Scoreboard" }).waitFor();
    expect(violations).toEqual([]);
  });
});
