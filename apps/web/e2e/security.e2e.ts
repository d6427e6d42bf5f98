import { createHash, randomBytes, randomInt } from "node:crypto";
import { createDatabase } from "@hindsight/db";
import { predictionInput } from "@hindsight/db/testing";
import { slugify } from "@hindsight/domain";
import { TRPCClientError } from "@trpc/client";
import type { Page } from "playwright-core";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signIn, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";
import { freePort, startApp, type RunningApp } from "./server";

/**
 * Security of the built app, served by `next start`: the headers of every page and API answer,
 * every page working under the Content-Security-Policy (no violation reported), text that users
 * stored shown as text and never run, `javascript:` links refused, and failures answered without
 * stack traces or SQL.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const run = randomBytes(3).toString("hex");

const SCRIPT = "<script>window.__pwned=1</script>";
const IMAGE = `<img src=x onerror="window.__pwned=1">`;
const JAVASCRIPT_URL = "javascript:window.__pwned=1";
/** A field's text with both payloads in it, tagged with its field and this run. */
const hostile = (field: string) => `${field} ${run} ${SCRIPT} ${IMAGE}`;

const analystName = hostile("Analyst");
const analystSlug = slugify(analystName);
const tag = `xss-${run}`;
const evidenceUrl = `https://example.org/evidence/${run}`;

/** Sent with every answer (next.config.ts). */
const FIXED_HEADERS = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
};

/** A policy as directive -> sources, so that a mismatch names the directive. */
function parsePolicy(policy: string | null): Record<string, string[]> {
  expect(policy, "Content-Security-Policy header").toBeTruthy();
  return Object.fromEntries(
    (policy ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

/** The policy of a page over http, around the request's nonce (src/proxy.ts). */
const pagePolicy = (nonce: string) => ({
  "default-src": ["'self'"],
  "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
});

/** The policy of a page from the page cache: its inline scripts' hashes instead of a nonce. */
const cachedPagePolicy = (hashes: string[]) => ({
  ...pagePolicy(""),
  "script-src": ["'self'", ...hashes],
});

/**
 * The CSP sources of a document's inline scripts (no src; JavaScript, not JSON-LD), hashed over their
 * exact text as the CSP specification says.
 */
function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = "", text = ""] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (attributes.includes(" src=") || attributes.includes('type="application/ld+json"')) continue;
    const source = `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    if (!hashes.includes(source)) hashes.push(source);
  }
  return hashes;
}

const API_POLICY = {
  "default-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "frame-ancestors": ["'none'"],
};

const nonceOf = (policy: Record<string, string[]>) =>
  /^'nonce-([A-Za-z0-9+/]{22}==)'$/.exec(policy["script-src"]?.[1] ?? "")?.[1] ?? "";

function expectFixedHeaders(headers: Headers) {
  for (const [name, value] of Object.entries(FIXED_HEADERS)) expect(headers.get(name), name).toBe(value);
  expect(headers.get("x-powered-by")).toBeNull();
}

/** Stack frames, Prisma's and PostgreSQL's wording, SQL: none of it may reach a client. */
function expectNoInternals(text: string) {
  expect(text).not.toMatch(
    /\bat (async )?\S+ \(|\.(ts|js):\d+:\d+|node_modules|prisma|invalid byte sequence|22021|tsquery/i,
  );
  // SQL keywords in capitals, as Prisma writes them (the lower-case words are everywhere in a page).
  expect(text).not.toMatch(/\b(SELECT|INSERT|UPDATE|WHERE|FROM) ["\w]/);
}

const ids = { judged: "", due: "", source: "" };

interface Visit {
  path: string;
  status?: number;
  /** Signed-in text of the page's first heading. */
  heading: string | RegExp;
}

describe("security", () => {
  let browser: Browser;
  let page: Page;
  let api: Awaited<ReturnType<typeof apiAs>>;
  /** Content-Security-Policy violations the console reported, on any page of this browser. */
  const cspConsoleErrors: string[] = [];

  const violations = async () =>
    page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    // Written through the API as an editor; the browser then looks at everything as an admin.
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    api = await apiAs(browser.context, baseUrl);
    await signInQuietly(browser.context, baseUrl, inject("admin"));

    // Run by the browser itself (not subject to the page's policy), before any script of the page.
    await browser.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    page = await browser.context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
        cspConsoleErrors.push(`${page.url()}: ${message.text()}`);
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe("stored text", () => {
    it("refuses javascript: and other non-http URLs for a source and for evidence, naming the field", async () => {
      for (const url of [JAVASCRIPT_URL, "JavaScript:window.__pwned=1", "  javascript:alert(1)", "data:text/html,x"]) {
        const refused = await api.prediction.create
          .mutate(predictionInput({ source: { title: "A source", url, publishedAt: "2025-01-10" } }))
          .catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(TRPCClientError);
        expect(refused).toMatchObject({
          message: "Some fields are not valid",
          data: { code: "BAD_REQUEST", fieldErrors: { "source.url": "Source URL must be an http(s) URL" } },
        });
      }
      const target = await api.prediction.create.mutate(
        predictionInput({ analyst: { mode: "new", name: `Evidence target ${run}` }, source: undefined, tags: [tag] }),
      );
      const refusedEvidence = await api.prediction.judge
        .mutate({
          predictionId: target.id,
          version: target.version,
          outcome: "TRUE",
          resolvedAt: "2025-06-01",
          evidence: [evidenceUrl, JAVASCRIPT_URL],
        })
        .catch((error: unknown) => error);
      expect(refusedEvidence).toMatchObject({
        message: "Some fields are not valid",
        data: { code: "BAD_REQUEST", fieldErrors: { "evidence[1]": "Evidence link must be an http(s) URL" } },
      });
    });

    it("stores markup in every free-text field as given", async () => {
      const judged = await api.prediction.create.mutate({
        analyst: { mode: "new", name: analystName, affiliation: hostile("Affiliation") },
        source: {
          title: hostile("Title"),
          outlet: hostile("Outlet"),
          url: `https://example.org/xss/${run}`,
          publishedAt: "2025-01-10",
        },
        quote: hostile("Quote"),
        claim: hostile("Claim"),
        criteria: hostile("Criteria"),
        madeAt: "2025-01-10",
        resolveBy: "2025-06-01",
        probability: 0.6,
        tags: [tag],
      });
      expect(judged.claim).toBe(hostile("Claim"));
      ids.judged = judged.id;
      ids.source = judged.source?.id ?? "";
      await api.prediction.judge.mutate({
        predictionId: judged.id,
        version: judged.version,
        outcome: "TRUE",
        resolvedAt: "2025-06-01",
        note: hostile("Note"),
        evidence: [evidenceUrl],
      });
      // A dispute filed through the public form: its text and the filer's name are shown to everyone.
      await api.dispute.createPublic.mutate({
        predictionId: judged.id,
        text: hostile("Dispute"),
        evidence: [evidenceUrl],
        name: hostile("Filer"),
        email: "filer@example.org",
      });
      const due = await api.prediction.create.mutate({
        analyst: { mode: "existing", id: judged.analyst.id },
        claim: hostile("Due claim"),
        madeAt: "2025-01-10",
        resolveBy: "2025-02-01",
        probability: 0.3,
        tags: [tag],
      });
      ids.due = due.id;
    });

    /** Each page that shows the stored text, and the texts it shows. */
    const showing = () => [
      {
        path: `/predictions/${ids.judged}`,
        texts: ["Quote", "Claim", "Note", "Title", "Analyst", "Dispute", "Filer"].map(hostile),
      },
      { path: "/disputes", texts: ["Claim", "Dispute", "Filer"].map(hostile) },
      { path: `/?tag=${tag}`, texts: ["Claim", "Due claim", "Analyst"].map(hostile) },
      { path: "/due", texts: [hostile("Due claim")] },
      { path: `/analysts?q=${encodeURIComponent(run)}`, texts: [analystName] },
      { path: `/analysts/${analystSlug}`, texts: [analystName, hostile("Claim"), hostile("Due claim")] },
      { path: `/sources/${ids.source}`, texts: [hostile("Title"), hostile("Outlet"), hostile("Claim")] },
      { path: `/scoreboard?tag=${tag}`, texts: [analystName] },
    ];

    it("shows it literally on every page that shows it, and none of it runs", async () => {
      expect(ids.judged).not.toBe("");
      for (const { path, texts } of showing()) {
        const response = await page.goto(`${baseUrl}${path}`);
        expect(response?.status(), path).toBe(200);
        await page.locator("main h1").first().waitFor();
        const shown = await page.locator("main").innerText();
        for (const text of texts) expect(shown, `${path} shows ${text}`).toContain(text);
        // Not parsed as markup: neither payload became an element, and neither ran.
        expect(await page.locator('img[src="x"], [onerror]').count(), path).toBe(0);
        expect(await pwned(), path).toBeUndefined();
        const javascriptLinks = await page
          .locator("a[href]")
          .evaluateAll((links) =>
            links.map((link) => link.getAttribute("href") ?? "").filter((href) => /^\s*javascript:/i.test(href)),
          );
        expect(javascriptLinks, path).toEqual([]);
        expect(await violations(), path).toEqual([]);
      }
      // The title of the page carries the text too, as text.
      await page.goto(`${baseUrl}/sources/${ids.source}`);
      expect(await page.title()).toBe(`${hostile("Title")} · Hindsight`);
    });

    it("links the evidence and the source only by their http(s) URLs", async () => {
      await page.goto(`${baseUrl}/predictions/${ids.judged}`);
      await page.getByTestId("judgement").first().waitFor();
      expect(await page.locator(`a[href="${evidenceUrl}"]`).count()).toBeGreaterThan(0);
      expect(await page.locator(`a[href="https://example.org/xss/${run}"]`).count()).toBeGreaterThan(0);
      expect(await pwned()).toBeUndefined();
    });
  });

  describe("every page under the Content-Security-Policy", () => {
    const pages = (): Visit[] => [
      { path: "/", heading: "Predictions" },
      { path: "/predictions/new", heading: "Log a prediction" },
      { path: `/predictions/${ids.judged}`, heading: hostile("Claim") },
      { path: "/due", heading: "Due for judgement" },
      { path: "/disputes", heading: "Disputes" },
      { path: "/analysts", heading: "Analysts" },
      { path: `/analysts/${analystSlug}`, heading: analystName },
      { path: `/sources/${ids.source}`, heading: hostile("Title") },
      { path: "/scoreboard", heading: "Scoreboard" },
      { path: "/admin/users", heading: "Users" },
      { path: "/admin/api-keys", heading: "API keys" },
      { path: "/admin/webhooks", heading: "Webhooks" },
      { path: "/import", heading: "Import a ledger file" },
      { path: "/export", heading: "Import and export" },
      { path: "/docs/api", heading: "REST API" },
      { path: `/no-such-page-${run}`, status: 404, heading: "Page not found" },
    ];

    /** Every page's path, for the headers check (made anonymously, so some answer with a redirect). */
    const routes = () => [...pages().map((visit) => visit.path), "/sign-in"];

    it("answers each page with the security headers and a fresh nonce on every script", async () => {
      expect(ids.judged).not.toBe("");
      const nonces = new Set<string>();
      const cachedPaths: string[] = [];
      for (const path of routes()) {
        const response = await fetch(`${baseUrl}${path}`, { redirect: "manual", headers: { accept: "text/html" } });
        expectFixedHeaders(response.headers);
        const policy = parsePolicy(response.headers.get("content-security-policy"));
        // Read pages served to anonymous readers from the page cache (page-cache.e2e.ts): no nonce
        // (every reader gets the same document) but the hashes of the page's own inline scripts.
        if (["hit", "stale", "miss"].includes(response.headers.get("x-hindsight-page-cache") ?? "")) {
          const html = await response.text();
          expect(policy, path).toEqual(cachedPagePolicy(inlineScriptHashes(html)));
          expect(response.headers.get("strict-transport-security")).toBeNull();
          cachedPaths.push(path);
          continue;
        }
        const nonce = nonceOf(policy);
        expect(nonce, `${path} nonce`).not.toBe("");
        expect(policy, path).toEqual(pagePolicy(nonce));
        expect(response.headers.get("content-security-policy")).not.toContain("unsafe-eval");
        // Served over http: no HSTS (see the https test below).
        expect(response.headers.get("strict-transport-security")).toBeNull();
        nonces.add(nonce);
        if (response.status === 200 || response.status === 404) {
          const html = await response.text();
          const scripts = html.match(/<script\b[^>]*>/g) ?? [];
          expect(scripts.length, `${path} has scripts`).toBeGreaterThan(0);
          expect(
            scripts.filter((script) => !script.includes(`nonce="${nonce}"`)),
            `${path} scripts without the nonce`,
          ).toEqual([]);
        }
      }
      expect(nonces.size).toBe(routes().length - cachedPaths.length);
      expect(cachedPaths).toEqual(
        expect.arrayContaining(["/", `/predictions/${ids.judged}`, "/analysts", "/scoreboard", "/docs/api"]),
      );
    });

    it("renders and starts every page signed in as an admin, with no policy violation", async () => {
      browser.expectFailedRequest(404, "/no-such-page-");
      for (const { path, status = 200, heading } of pages()) {
        const response = await page.goto(`${baseUrl}${path}`);
        expect(response?.status(), path).toBe(status);
        const title = page.locator("main h1").first();
        await title.waitFor();
        if (typeof heading === "string") expect(await title.innerText(), path).toBe(heading);
        else expect(await title.innerText(), path).toMatch(heading);
        // Next's own scripts ran (they set window.next): a policy that blocked them leaves a dead page.
        await expect
          .poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version))
          .toBe("string");
        await page.waitForLoadState("load");
        expect(await violations(), path).toEqual([]);
      }
      expect(cspConsoleErrors).toEqual([]);
    });

    it("keeps working after a client-side navigation, a form interaction and signing in", async () => {
      await page.goto(`${baseUrl}/`);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scoreboard" }).click();
      await page.waitForURL(`${baseUrl}/scoreboard`);
      await page.getByRole("heading", { level: 1, name: "Scoreboard" }).waitFor();
      await page.goto(`${baseUrl}/predictions/new`);
      await page.getByRole("button", { name: "Log prediction" }).click();
      await expect.poll(() => page.locator("#claim-error").textContent()).toBe("Claim is required");
      expect(await violations()).toEqual([]);

      // The sign-in page (which redirects whoever is signed in), used as a person would.
      await browser.context.clearCookies();
      await signIn(page, baseUrl, inject("admin"), "/admin/users");
      await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
      expect(await violations()).toEqual([]);
      expect(cspConsoleErrors).toEqual([]);
    });
  });

  describe("API answers", () => {
    const calls: { name: string; path: string; init?: RequestInit; status: number }[] = [
      { name: "tRPC query", path: "/api/trpc/analyst.list", status: 200 },
      {
        name: "tRPC mutation refused",
        path: "/api/trpc/prediction.create",
        init: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" },
        status: 401,
      },
      { name: "REST list", path: "/api/v1/analysts", status: 200 },
      { name: "REST OpenAPI document", path: "/api/v1/openapi.json", status: 200 },
      { name: "REST unknown endpoint", path: "/api/v1/nothing", status: 404 },
      { name: "health check", path: "/api/health", status: 200 },
      {
        name: "REST write without a key",
        path: "/api/v1/predictions",
        init: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" },
        status: 401,
      },
    ];

    it.each(calls)("$name carries the security headers and a policy that allows nothing", async (call) => {
      const response = await fetch(`${baseUrl}${call.path}`, call.init);
      expect(response.status).toBe(call.status);
      expectFixedHeaders(response.headers);
      expect(parsePolicy(response.headers.get("content-security-policy"))).toEqual(API_POLICY);
      expect(response.headers.get("strict-transport-security")).toBeNull();
    });

    it("limits sign-in to 5 attempts a minute per address: the sixth is answered 429 with when to retry", async () => {
      // An address of the benchmarking range that the other tests' browsers (198.18.x.x) never use.
      const address = `198.19.${randomInt(0, 256)}.${randomInt(1, 255)}`;
      const attempt = () =>
        fetch(`${baseUrl}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": address },
          body: JSON.stringify({ email: `nobody-${run}@e2e.test`, password: "not the password" }),
        });
      for (let count = 0; count < 5; count++) expect((await attempt()).status).toBe(401);
      const limited = await attempt();
      expect(limited.status).toBe(429);
      // The standard header, copied from the auth library's own X-Retry-After by the route.
      const retryAfter = Number(limited.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.headers.get("x-retry-after")).toBe(String(retryAfter));
      expectFixedHeaders(limited.headers);
    });

    it("sends the fixed headers with the build's static files too", async () => {
      const html = await (await fetch(`${baseUrl}/`)).text();
      const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
      expect(asset).toBeTruthy();
      const response = await fetch(`${baseUrl}${asset}`);
      expect(response.status).toBe(200);
      expectFixedHeaders(response.headers);
    });
  });

  describe("failures", () => {
    it("answers a NUL character in a page's query with the 400 page, without a stack or SQL", async () => {
      const response = await fetch(`${baseUrl}/?q=%00`);
      expect(response.status).toBe(400);
      const html = await response.text();
      expectNoInternals(html);
      expect(html).toContain("q may not contain the NUL character (U+0000)");
    });

    it("shows the error page for a page that fails, without its stack or SQL", async () => {
      // A real failure inside the database, which no input can cause any more: the table the
      // analysts page reads is moved away for the moment (the e2e files run one at a time).
      const db = createDatabase(inject("databaseUrl"), { maxConnections: 1 });
      const failing = `/analysts?q=${run}`;
      // The browser logs the server's render error (its message withheld in production) as it shows the error page.
      browser.allowConsoleErrors(/^Error: Minified React error #441;/);
      await db.$executeRawUnsafe('ALTER TABLE "analyst" RENAME TO "analyst_moved_away"');
      try {
        const html = await (await fetch(`${baseUrl}${failing}`)).text();
        expectNoInternals(html);

        await page.goto(`${baseUrl}${failing}`);
        const alert = page.getByRole("alert").filter({ hasText: "Something went wrong" });
        await alert.waitFor();
        const shown = await alert.innerText();
        expect(shown).toContain("This page could not be loaded");
        expect(shown).toMatch(/Reference for the server log: \w+/);
        expectNoInternals(await page.locator("body").innerText());
        expectNoInternals(await page.content());
      } finally {
        await db.$executeRawUnsafe('ALTER TABLE "analyst_moved_away" RENAME TO "analyst"');
        await db.$disconnect();
      }
    });

    it("answers a NUL character in a tRPC or REST read as bad input (400), without a stack or SQL", async () => {
      // PostgreSQL cannot store U+0000; the refusal is mapped to the client's mistake, not a server
      // failure. (Real internal failures get the generic message: packages/api/src/test/errors-leak.test.ts.)
      const input = encodeURIComponent(JSON.stringify({ json: { slug: "\u0000" } }));
      const trpc = await fetch(`${baseUrl}/api/trpc/analyst.bySlug?input=${input}`);
      expect(trpc.status).toBe(400);
      const trpcText = await trpc.text();
      expectNoInternals(trpcText);
      const trpcBody = superjson.deserialize<{ message: string; data: Record<string, unknown> }>(
        (JSON.parse(trpcText) as { error: Parameters<typeof superjson.deserialize>[0] }).error,
      );
      expect(trpcBody.data).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
      expect(trpcBody.data.stack).toBeUndefined();

      const rest = await fetch(`${baseUrl}/api/v1/analysts/%00`);
      expect(rest.status).toBe(400);
      const restText = await rest.text();
      expectNoInternals(restText);
      expect((JSON.parse(restText) as { error: { code: string } }).error.code).toBe("BAD_REQUEST");
    });
  });
});

describe("security headers when HINDSIGHT_BASE_URL is https", () => {
  // A second `next start` of the same build, told that users reach it over https (as behind a
  // TLS-terminating proxy): only the base URL differs.
  const databaseUrl = inject("databaseUrl");
  let server: RunningApp | null = null;
  let address = "";

  beforeAll(async () => {
    if (!databaseUrl) return;
    server = await startApp({
      port: await freePort(),
      env: {
        DATABASE_URL: databaseUrl,
        HINDSIGHT_AUTH_SECRET: randomBytes(32).toString("hex"),
        HINDSIGHT_BASE_URL: "https://hindsight.example.org",
      },
      readyPath: "/sign-in",
    });
    address = server.baseUrl;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("adds Strict-Transport-Security and upgrade-insecure-requests to pages", async (context) => {
    if (!databaseUrl) context.skip();
    for (const path of ["/sign-in", "/", `/no-such-page-${run}`]) {
      const response = await fetch(`${address}${path}`, { redirect: "manual", headers: { accept: "text/html" } });
      expectFixedHeaders(response.headers);
      expect(response.headers.get("strict-transport-security"), path).toBe("max-age=63072000; includeSubDomains");
      const policy = parsePolicy(response.headers.get("content-security-policy"));
      const cached = ["hit", "stale", "miss"].includes(response.headers.get("x-hindsight-page-cache") ?? "");
      const expected = cached
        ? cachedPagePolicy(inlineScriptHashes(await response.text()))
        : pagePolicy(nonceOf(policy));
      expect(policy, path).toEqual({ ...expected, "upgrade-insecure-requests": [] });
    }
    // API answers keep their own policy; HSTS comes with the pages (a browser keeps it for the whole
    // host), as the proxy that sets it does not see /api (it would buffer request bodies).
    for (const path of ["/api/v1/analysts", "/api/trpc/analyst.list"]) {
      const response = await fetch(`${address}${path}`);
      expectFixedHeaders(response.headers);
      expect(parsePolicy(response.headers.get("content-security-policy"))).toEqual(API_POLICY);
    }
  });
});
