import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * Publishing from the pages: the feeds each page advertises (link rel="alternate" and a visible
 * "Subscribe" line) served with ETag and 304 by the built app, "Cite" on a prediction's page, and
 * the analyst page on paper.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const run = randomBytes(3).toString("hex");
const analystName = `Feeder ${run}`;
const questionKey = `q-feeds-${run}`;
const tag = `feeds-${run}`;

describe("feeds, citations and print", () => {
  let browser: Browser;
  let page: Page;
  let slug = "";
  let predictionId = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
    const api = await apiAs(browser.context, baseUrl);
    await api.question.create.mutate({ key: questionKey, title: `Feeds ${run}: does it rain?` });
    let analystId: string | null = null;
    for (const [index, probability] of [0.8, 0.3, 0.65, 0.9, 0.2, 0.55].entries()) {
      const created = await api.prediction.create.mutate({
        analyst: analystId ? { mode: "existing", id: analystId } : { mode: "new", name: analystName },
        claim: `Feeds ${run} claim ${index + 1}: 50% & more`,
        madeAt: `2025-01-0${index + 1}`,
        resolveBy: index === 5 ? "2099-06-30" : "2025-06-30",
        probability,
        tags: [tag],
        source: {
          url: `https://news.example/feeds-${run}-${index}`,
          outlet: "Example News",
          title: "A report",
          publishedAt: `2025-01-0${index + 1}`,
        },
      });
      analystId = created.analyst.id;
      slug = created.analyst.slug;
      if (index < 5) {
        await api.prediction.judge.mutate({
          predictionId: created.id,
          version: created.version,
          outcome: index % 2 ? "FALSE" : "TRUE",
          resolvedAt: "2025-07-01",
        });
      } else {
        predictionId = created.id;
        await api.question.link.mutate({ predictionId: created.id, version: created.version, question: questionKey });
      }
    }
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  // Next streams a page's metadata after the first bytes to browsers (so the links may land in the
  // body) and renders it in the head for the crawlers it knows (checked below).
  const alternates = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"]')].map((link) => [
        link.type,
        link.getAttribute("href"),
      ]),
    );

  it("advertises the analyst's, the tag's and the question's feeds as alternates and on the page", async () => {
    await page.goto(`${baseUrl}/analysts/${slug}`, { waitUntil: "networkidle" });
    expect(await alternates()).toEqual(
      expect.arrayContaining([
        ["application/atom+xml", `/feeds/predictions.atom?analyst=${slug}`],
        ["application/atom+xml", `/feeds/judgements.atom?analyst=${slug}`],
        ["text/calendar", `/feeds/deadlines.ics?analyst=${slug}`],
      ]),
    );
    const crawled = await browser.context.request.get(`${baseUrl}/analysts/${slug}`, {
      headers: { "user-agent": "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)" },
    });
    const head = (await crawled.text()).split("</head>")[0]!;
    for (const [type, path, title] of [
      ["application/atom+xml", "predictions.atom", "New predictions"],
      ["application/atom+xml", "judgements.atom", "Judgements"],
      ["text/calendar", "deadlines.ics", "Deadlines"],
    ]) {
      expect(head).toContain(
        `<link rel="alternate" type="${type}" href="/feeds/${path}?analyst=${slug}" title="${title} by ${analystName} (Hindsight)"/>`,
      );
    }
    const subscribe = page.locator("[data-feed-links]");
    expect(await subscribe.getByRole("link").allTextContents()).toEqual([
      "New predictions (Atom)",
      "Judgements (Atom)",
      "Deadlines (Calendar)",
    ]);

    await page.goto(`${baseUrl}/?tag=${tag}`, { waitUntil: "networkidle" });
    expect(await alternates()).toEqual(
      expect.arrayContaining([["application/atom+xml", `/feeds/predictions.atom?tag=${tag}`]]),
    );

    await page.goto(`${baseUrl}/questions/${questionKey}`, { waitUntil: "networkidle" });
    expect(await alternates()).toEqual(
      expect.arrayContaining([["text/calendar", `/feeds/deadlines.ics?question=${questionKey}`]]),
    );
    await page.locator("[data-feed-links]").getByRole("link", { name: "Deadlines (Calendar)" }).waitFor();
  });

  it("serves the feeds with their types, an ETag, and 304 when nothing changed", async () => {
    const request = browser.context.request;
    const atom = await request.get(`${baseUrl}/feeds/judgements.atom?analyst=${slug}`);
    expect(atom.status()).toBe(200);
    expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(atom.headers()["cache-control"]).toBe("public, max-age=300, must-revalidate");
    const body = await atom.text();
    expect(body.match(/<entry>/g)?.length).toBe(5);
    expect(body).toContain(`Judged TRUE: Feeds ${run} claim 1: 50% &amp; more`);
    const etag = atom.headers()["etag"]!;
    const again = await request.get(`${baseUrl}/feeds/judgements.atom?analyst=${slug}`, {
      headers: { "if-none-match": etag },
    });
    expect(again.status()).toBe(304);
    expect(await again.text()).toBe("");

    const calendar = await request.get(`${baseUrl}/feeds/deadlines.ics?question=${questionKey}`);
    expect(calendar.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await calendar.text()).toContain("DTSTART;VALUE=DATE:20990630\r\n");

    const unknown = await request.get(`${baseUrl}/feeds/predictions.atom?analyst=nobody-${run}`);
    expect(unknown.status()).toBe(404);
    const malformed = await request.get(`${baseUrl}/feeds/predictions.atom?tag=`);
    expect(malformed.status()).toBe(400);
    expect(await malformed.text()).toContain('"tag"');
  });

  it("offers a plain-text and a BibTeX citation with the permalink and the day accessed, copied from the keyboard", async () => {
    await page.goto(`${baseUrl}/predictions/${predictionId}`, { waitUntil: "networkidle" });
    const cite = page.getByRole("button", { name: "Cite" });
    await cite.focus();
    await page.keyboard.press("Enter");
    expect(await cite.getAttribute("aria-expanded")).toBe("true");
    const panel = page.getByRole("region", { name: "Cite this prediction" });
    const permalink = `${baseUrl}/predictions/${predictionId}`;
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    });
    const blocks = await panel.locator("pre").allInnerTexts();
    expect(blocks[0]).toBe(
      `${analystName} (2025, 6 January). “Feeds ${run} claim 6: 50% & more” [Prediction]. ` +
        `Said in “A report”, Example News, 2025-01-06. Hindsight. ${permalink} (accessed ${today}).`,
    );
    expect(blocks[1]).toContain(`@misc{hindsight-${predictionId},`);
    expect(blocks[1]).toContain(`title = {Feeds ${run} claim 6: 50\\% \\& more},`);
    expect(blocks[1]).toContain(`howpublished = {\\url{${permalink}}},`);
    expect(blocks[1]).toContain(`urldate = {${today}}`);

    await panel.getByRole("button", { name: "Copy bibtex" }).focus();
    await page.keyboard.press("Enter");
    await panel.getByText("BibTeX copied.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(blocks[1]);
  });

  it("prints the analyst's record, calibration chart and figures without the site's chrome", async () => {
    await page.goto(`${baseUrl}/analysts/${slug}`, { waitUntil: "networkidle" });
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("banner").isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(await page.getByRole("contentinfo").isVisible()).toBe(false);
    expect(await page.getByRole("link", { name: "Filter the ledger" }).isVisible()).toBe(false);
    expect(await page.locator("[data-feed-links]").isVisible()).toBe(false);
    expect(await page.getByRole("heading", { level: 1, name: analystName }).isVisible()).toBe(true);
    expect(
      await page.getByRole("group", { name: "Counts" }).or(page.locator('dl[aria-label="Counts"]')).isVisible(),
    ).toBe(true);
    expect(await page.getByTestId("calibration-figure").isVisible()).toBe(true);
    expect(await page.getByTestId("brier-over-time-figure").isVisible()).toBe(true);
    expect(await page.getByText(`Feeds ${run} claim 1: 50% & more`).isVisible()).toBe(true);
    // Printed in the light theme whatever the reader chose on screen.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("light");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: "screen" });
    expect(await page.getByRole("banner").isVisible()).toBe(true);
  });
});
