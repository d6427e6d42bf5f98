import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";
import { freePort } from "./server";

/**
 * What Hindsight publishes for other sites, served by `next start`: the share tags and cards of
 * the prediction, analyst, question and scoreboard pages, the analyst's badge and embed, oEmbed
 * with its discovery links, the snippets on the analyst page, and framing: only the embeds may be
 * framed by another site.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const run = randomBytes(3).toString("hex");

const SCRIPT = "<script>window.__pwned=1</script>";
/** An analyst whose name tries to break out of every syntax it is put in. */
const hostileName = `Share ${run} ${SCRIPT} "quoted" & ]]> [bracket]`;
const fewName = `Few ${run}`;
const questionKey = `share-${run}`;

/** A crawler that cannot run script: Next sends it the page's metadata in <head>. */
const CRAWLER = "Twitterbot/1.0";

const ids = { judged: "", hostileSlug: "", fewSlug: "" };

/** The five characters Next escapes in attribute values, back to text. */
const unescapeHtml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Every <meta property|name="..." content="..."> of an HTML text, in order. */
function metaTags(html: string): [string, string][] {
  return [...html.matchAll(/<meta\s+([^>]*?)\/?>/g)].flatMap(([, attributes = ""]) => {
    const key = /(?:property|name)="([^"]+)"/.exec(attributes)?.[1];
    const content = /content="([^"]*)"/.exec(attributes)?.[1];
    return key && content !== undefined ? [[key, unescapeHtml(content)] as [string, string]] : [];
  });
}

const tag = (tags: [string, string][], key: string) => tags.find(([name]) => name === key)?.[1];

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A page's policy as directive -> sources. */
function parsePolicy(policy: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? "")
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

describe("publishing for other sites", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    const api = await apiAs(browser.context, baseUrl);
    // Five judged predictions (the scoreboard's minimum to be ranked) and one open.
    let analystId: string | null = null;
    const outcomes = ["TRUE", "FALSE", "TRUE", "TRUE", "FALSE", null] as const;
    for (const [index, outcome] of outcomes.entries()) {
      const created = await api.prediction.create.mutate({
        analyst: analystId ? { mode: "existing", id: analystId } : { mode: "new", name: hostileName },
        claim: `Share ${run} claim ${index + 1}: the council approves the plan`,
        madeAt: `2025-01-0${index + 1}`,
        resolveBy: "2025-06-30",
        probability: 0.7,
        tags: [`share-${run}`],
      });
      analystId = created.analyst.id;
      ids.hostileSlug = created.analyst.slug;
      if (outcome) {
        await api.prediction.judge.mutate({
          predictionId: created.id,
          version: created.version,
          outcome,
          resolvedAt: "2025-07-01",
        });
        ids.judged ||= created.id;
      }
    }
    const few = await api.prediction.create.mutate({
      analyst: { mode: "new", name: fewName },
      claim: `Few ${run}: the bridge reopens`,
      madeAt: "2025-01-01",
      probability: 0.9,
      tags: [],
    });
    await api.prediction.judge.mutate({
      predictionId: few.id,
      version: few.version,
      outcome: "TRUE",
      resolvedAt: "2025-02-01",
    });
    ids.fewSlug = few.analyst.slug;
    await api.question.create.mutate({ key: questionKey, title: `Share ${run}: does the bridge reopen by March?` });
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  describe("share tags and cards", () => {
    const shared = () => [
      { path: `/predictions/${ids.judged}`, description: /gave 70% to “Share \w+ claim 1: .*”\. Outcome: True\.$/ },
      { path: `/analysts/${ids.hostileSlug}`, description: /Brier 0\.\d{3} \(95% interval [\d.]+–[\d.]+, n = 5\)/ },
      {
        path: `/analysts/${ids.fewSlug}`,
        description: /not enough judged predictions \(n = 1, 5 needed to be ranked\)/,
      },
      { path: `/questions/${questionKey}`, description: /does the bridge reopen by March\?: Open; 0 predictions/ },
      { path: "/scoreboard", description: /^Analysts ranked by the Brier score/ },
    ];

    it("gives each shared page Open Graph and X tags in <head> for crawlers, with its card's size", async () => {
      for (const { path, description } of shared()) {
        const response = await fetch(`${baseUrl}${path}`, { headers: { "user-agent": CRAWLER } });
        expect(response.status, path).toBe(200);
        const html = await response.text();
        const head = html.slice(0, html.indexOf("</head>"));
        const tags = metaTags(head);
        expect(tag(tags, "og:url"), path).toBe(`${baseUrl}${path}`);
        expect(tag(tags, "og:site_name"), path).toBe("Hindsight");
        expect(tag(tags, "og:title"), path).toBeTruthy();
        expect(tag(tags, "og:description"), path).toMatch(description);
        expect(tag(tags, "og:image"), path).toBe(`${baseUrl}${path}/card.png`);
        expect(tag(tags, "og:image:width"), path).toBe("1200");
        expect(tag(tags, "og:image:height"), path).toBe("630");
        expect(tag(tags, "og:image:type"), path).toBe("image/png");
        expect(tag(tags, "og:image:alt"), path).toBeTruthy();
        expect(tag(tags, "twitter:card"), path).toBe("summary_large_image");
        expect(tag(tags, "twitter:title"), path).toBe(tag(tags, "og:title"));
        expect(tag(tags, "twitter:image"), path).toBe(`${baseUrl}${path}/card.png`);
      }
    });

    it("sends the same tags to a browser, later in the page", async () => {
      const html = await (await fetch(`${baseUrl}/predictions/${ids.judged}`)).text();
      const tags = metaTags(html);
      expect(tag(tags, "og:image")).toBe(`${baseUrl}/predictions/${ids.judged}/card.png`);
      expect(tag(tags, "twitter:card")).toBe("summary_large_image");
    });

    it("answers each card with a PNG of the size its tags state", async () => {
      for (const { path } of shared()) {
        const html = await (await fetch(`${baseUrl}${path}`, { headers: { "user-agent": CRAWLER } })).text();
        const tags = metaTags(html);
        const image = await fetch(tag(tags, "og:image") ?? "");
        expect(image.status, path).toBe(200);
        expect(image.headers.get("content-type"), path).toBe("image/png");
        expect(pngSize(Buffer.from(await image.arrayBuffer())), path).toEqual({
          width: Number(tag(tags, "og:image:width")),
          height: Number(tag(tags, "og:image:height")),
        });
      }
    });

    it("answers 404 for the card of something that does not exist", async () => {
      expect((await fetch(`${baseUrl}/predictions/no-such-${run}/card.png`)).status).toBe(404);
      expect((await fetch(`${baseUrl}/analysts/no-such-${run}/card.png`)).status).toBe(404);
      expect((await fetch(`${baseUrl}/questions/no-such-${run}/card.png`)).status).toBe(404);
    });
  });

  describe("the badge", () => {
    it("shows n and Brier with its interval, escapes the name, and is an SVG that runs nothing", async () => {
      const response = await fetch(`${baseUrl}/analysts/${ids.hostileSlug}/badge.svg`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      expect(parsePolicy(response.headers.get("content-security-policy"))).toEqual({
        "default-src": ["'none'"],
        "style-src": ["'unsafe-inline'"],
        "frame-ancestors": ["'none'"],
      });
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      const svg = await response.text();
      expect(svg).toMatch(/>Brier 0\.\d{3} \(\d\.\d{3}–\d\.\d{3}\) n=5<\/text>/);
      expect(svg).not.toContain("<script");
      expect(svg).toContain(
        `<title>Share ${run} &#60;script&#62;window.__pwned=1&#60;/script&#62; &#34;quoted&#34; &#38; ]]&#62; [bracket]: Brier`,
      );
    });

    it("says there are not enough judged predictions below the scoreboard's minimum", async () => {
      const svg = await (await fetch(`${baseUrl}/analysts/${ids.fewSlug}/badge.svg`)).text();
      expect(svg).toContain(">not enough judged predictions (n=1)</text>");
      expect(svg).not.toContain("Brier 0.");
    });

    it("answers 404 for an unknown analyst", async () => {
      expect((await fetch(`${baseUrl}/analysts/no-such-${run}/badge.svg`)).status).toBe(404);
    });
  });

  describe("oEmbed", () => {
    /** The page's discovery link, as a consumer finds it. */
    async function discovered(path: string): Promise<string> {
      const html = await (await fetch(`${baseUrl}${path}`, { headers: { "user-agent": CRAWLER } })).text();
      const head = html.slice(0, html.indexOf("</head>"));
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(head)?.[1];
      expect(link, `${path} discovery link`).toBeTruthy();
      return unescapeHtml(link ?? "");
    }

    it("advertises a rich answer for an analyst's page: the embed in an iframe", async () => {
      const endpoint = await discovered(`/analysts/${ids.hostileSlug}`);
      expect(endpoint).toBe(
        `${baseUrl}/api/oembed?url=${encodeURIComponent(`${baseUrl}/analysts/${ids.hostileSlug}`)}&format=json`,
      );
      const response = await fetch(`${endpoint}&maxwidth=320`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const answer = (await response.json()) as Record<string, unknown>;
      expect(answer).toMatchObject({
        version: "1.0",
        type: "rich",
        provider_name: "Hindsight",
        provider_url: `${baseUrl}/`,
        author_name: hostileName,
        author_url: `${baseUrl}/analysts/${ids.hostileSlug}`,
        width: 320,
        height: 280,
      });
      expect(answer.html).toMatch(
        new RegExp(`^<iframe src="${baseUrl}/embed/analysts/${ids.hostileSlug}" width="320" height="280" `),
      );
      expect(answer.html).not.toContain("<script");
      // The 1200-pixel card would not fit in 320: no thumbnail.
      expect(answer).not.toHaveProperty("thumbnail_url");
    });

    it("advertises a link answer for a prediction's page, with its card as thumbnail", async () => {
      const endpoint = await discovered(`/predictions/${ids.judged}`);
      const answer = (await (await fetch(endpoint)).json()) as Record<string, unknown>;
      expect(answer).toMatchObject({
        version: "1.0",
        type: "link",
        title: `Share ${run} claim 1: the council approves the plan`,
        author_name: hostileName,
        thumbnail_url: `${baseUrl}/predictions/${ids.judged}/card.png`,
        thumbnail_width: 1200,
        thumbnail_height: 630,
      });
    });

    it("refuses what it cannot answer: 404 for other URLs, 501 for XML, 400 naming a malformed parameter", async () => {
      const ask = async (query: string) => {
        const response = await fetch(`${baseUrl}/api/oembed?${query}`);
        return { status: response.status, body: (await response.json()) as { error: { fieldErrors: object } } };
      };
      const page = encodeURIComponent(`${baseUrl}/analysts/${ids.hostileSlug}`);
      expect((await ask(`url=${encodeURIComponent("https://elsewhere.example/analysts/x")}`)).status).toBe(404);
      expect((await ask(`url=${encodeURIComponent(`${baseUrl}/analysts/no-such-${run}`)}`)).status).toBe(404);
      expect((await ask(`url=${encodeURIComponent(`${baseUrl}/predictions/no-such-${run}`)}`)).status).toBe(404);
      expect((await ask(`url=${encodeURIComponent(`${baseUrl}/scoreboard`)}`)).status).toBe(404);
      const xml = await ask(`url=${page}&format=xml`);
      expect(xml.status).toBe(501);
      expect(xml.body.error.fieldErrors).toHaveProperty("format");
      const malformed = await ask("url=not-a-url");
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.fieldErrors).toEqual({ url: "url must be an absolute http(s) URL" });
      const width = await ask(`url=${page}&maxwidth=wide`);
      expect(width.status).toBe(400);
      expect(width.body.error.fieldErrors).toHaveProperty("maxwidth");
    });
  });

  describe("the embed and framing", () => {
    it("renders the compact record with the name escaped, Brier, interval and n", async () => {
      const response = await page.goto(`${baseUrl}/embed/analysts/${ids.hostileSlug}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator("h1").innerText()).toBe(hostileName);
      expect(await page.locator("[data-figure]").innerText()).toMatch(/^Brier 0\.\d{3}$/);
      expect(await page.locator(".detail").innerText()).toMatch(/^95% interval [\d.]+–[\d.]+, n = 5 · /);
      expect(await page.locator("li").count()).toBe(3);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

      await page.goto(`${baseUrl}/embed/analysts/${ids.fewSlug}`);
      expect(await page.locator("[data-figure]").innerText()).toBe("not enough judged predictions");
    });

    it("lets any site frame the embed, and nothing else", async () => {
      const embed = await fetch(`${baseUrl}/embed/analysts/${ids.hostileSlug}`);
      expect(embed.headers.get("x-frame-options")).toBeNull();
      expect(parsePolicy(embed.headers.get("content-security-policy"))["frame-ancestors"]).toEqual(["*"]);
      expect(parsePolicy(embed.headers.get("content-security-policy"))["script-src"]).toBeUndefined();
      expect(embed.headers.get("x-content-type-options")).toBe("nosniff");

      const others = [
        "/",
        "/sign-in",
        "/scoreboard",
        "/due",
        `/analysts/${ids.hostileSlug}`,
        `/predictions/${ids.judged}`,
        `/questions/${questionKey}`,
        `/analysts/${ids.hostileSlug}/badge.svg`,
        `/analysts/${ids.hostileSlug}/card.png`,
        "/scoreboard/card.png",
        `/embed`,
        `/embedded/analysts/${ids.hostileSlug}`,
        `/api/oembed?url=${encodeURIComponent(`${baseUrl}/analysts/${ids.hostileSlug}`)}`,
        "/api/v1/analysts",
      ];
      // An address under /embed that is no embed is a page not found, and may not be framed either.
      const notFound = await fetch(`${baseUrl}/embed/nothing-${run}`);
      expect(notFound.status).toBe(404);
      expect(parsePolicy(notFound.headers.get("content-security-policy"))["frame-ancestors"]).toEqual(["'none'"]);
      for (const path of others) {
        const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
        expect(response.headers.get("x-frame-options"), path).toBe("DENY");
        expect(parsePolicy(response.headers.get("content-security-policy"))["frame-ancestors"], path).toEqual([
          "'none'",
        ]);
      }
    });

    describe("on another site", () => {
      let site: Server;
      let siteUrl = "";

      beforeAll(async () => {
        // Another origin (another port): a page that frames the embed and the analyst's page.
        const html = `<!doctype html><title>Elsewhere</title>
<iframe name="embed" src="${baseUrl}/embed/analysts/${ids.hostileSlug}" width="400" height="280"></iframe>
<iframe name="page" src="${baseUrl}/analysts/${ids.hostileSlug}" width="400" height="280"></iframe>`;
        site = createServer((_request, response) => {
          response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          response.end(html);
        });
        const port = await freePort();
        await new Promise<void>((resolve) => site.listen(port, "127.0.0.1", resolve));
        siteUrl = `http://localhost:${port}/`;
      });

      afterAll(async () => {
        await new Promise((resolve) => site.close(resolve));
      });

      it("shows the embed in its frame and refuses to show the page in the other", async () => {
        // Chromium reports the refused frame on the console, naming the directive that refused it.
        browser.allowConsoleErrors(
          /^Framing '[^']+' violates the following Content Security Policy directive: "frame-ancestors 'none'"/,
        );
        await page.goto(siteUrl);
        await page.waitForLoadState("load");
        const embed = page.frame({ name: "embed" });
        await expect.poll(async () => embed?.locator("h1").innerText()).toBe(hostileName);
        const framedPage = page.frame({ name: "page" });
        expect(framedPage).not.toBeNull();
        expect(await framedPage?.locator("main h1").count()).toBe(0);
        expect(framedPage?.url()).not.toBe(`${baseUrl}/analysts/${ids.hostileSlug}`);
      });
    });
  });

  describe("snippets on the analyst page", () => {
    it("offers the embed and the badge to copy, by keyboard", async () => {
      await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
      await page.goto(`${baseUrl}/analysts/${ids.hostileSlug}`);
      await page.waitForLoadState("networkidle");
      const share = page.getByTestId("share");
      await share.getByRole("heading", { name: "Show this record elsewhere" }).waitFor();
      expect(await share.getByRole("img").getAttribute("src")).toBe(`/analysts/${ids.hostileSlug}/badge.svg`);
      const iframe = await page.getByLabel("Embed (HTML)").inputValue();
      expect(iframe).toMatch(
        new RegExp(`^<iframe src="${baseUrl}/embed/analysts/${ids.hostileSlug}" width="400" height="280"`),
      );
      const markdown = await page.getByLabel("Badge (Markdown)").inputValue();
      const alt = `Share ${run} ${SCRIPT} "quoted" & \\]\\]> \\[bracket\\]: track record on Hindsight`;
      const analystUrl = `${baseUrl}/analysts/${ids.hostileSlug}`;
      expect(markdown).toBe(`[![${alt}](${analystUrl}/badge.svg)](${analystUrl})`);
      // To the button by keyboard, and pressed with Enter.
      await page.getByLabel("Badge (Markdown)").focus();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Copy the Markdown badge");
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.locator("#snippet-badge-markdown-status").innerText())
        .toBe("Copied to the clipboard");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });
  });
});
