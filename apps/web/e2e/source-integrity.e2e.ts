import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * Source integrity and repeats in the browser: a prediction's page marks a quote found verbatim in
 * the stored article text and one that is not, and shows the archived copy beside the original
 * link; an editor sets the archived copy on the source page, whose change history then shows it and
 * a changed text's new hash; an article repeating a logged sentence gets its card flagged with a
 * link to the prediction already logged.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const run = randomBytes(3).toString("hex");
const word = `Quorvex${run}`;
const sentence = `The ${word} ceasefire will collapse before the end of the year, said Vela Stroud`;
const other = `The Zentrip${run} library may close its doors by the autumn of 2026`;
const article = ["By Ines Harrow", `${sentence}.`, `${other}.`].join("\n\n");
const url = `https://example.org/integrity/${run}`;
const archiveUrl = `https://web.archive.org/web/20250425000000/${url}`;

describe("source integrity and repeats", () => {
  let browser: Browser;
  let page: Page;
  const ids = { source: "", verbatim: "", reworded: "" };

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    page = await browser.context.newPage();
    const api = await apiAs(browser.context, baseUrl);
    const quote = sentence.replace(", said Vela Stroud", "");
    const logged = await api.extract.log.mutate({
      source: { title: `Integrity ${run}`, url, publishedAt: "2025-04-25", authors: ["Ines Harrow"], text: article },
      predictions: [
        {
          quote,
          quoteStart: article.indexOf(quote),
          quoteEnd: article.indexOf(quote) + quote.length,
          claim: `The ${word} ceasefire collapses before the end of 2025`,
          analyst: { mode: "new", name: "Vela Stroud" },
          probability: 0.9,
          probabilitySource: "STATED",
          conditional: false,
          tags: [],
        },
      ],
    });
    ids.source = logged.source.id;
    ids.verbatim = logged.predictions[0]!.id;
    const reworded = await api.prediction.create.mutate({
      analyst: { mode: "new", name: "Ines Harrow" },
      source: { title: `Integrity ${run}`, url, publishedAt: "2025-04-25" },
      quote: "The harbour will surely reopen in May",
      claim: `The harbour reopens in May ${run}`,
      madeAt: "2025-04-25",
      probability: 0.6,
      probabilitySource: "ESTIMATE",
      conditional: false,
      tags: [],
    });
    ids.reworded = reworded.id;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("marks a quote found verbatim in the stored text, and one that is not", async () => {
    await page.goto(`${baseUrl}/predictions/${ids.verbatim}`);
    expect((await page.getByTestId("quote-verbatim").textContent())?.trim()).toBe(
      "Quote found verbatim in the stored article text",
    );
    await page.goto(`${baseUrl}/predictions/${ids.reworded}`);
    expect((await page.getByTestId("quote-verbatim").textContent())?.trim()).toBe(
      "Quote not found verbatim in the stored article text",
    );
    expect(await page.getByTestId("archived-copy").count()).toBe(0);
  });

  it("lets an editor set the archived copy on the source page, refusing an address that is not http(s)", async () => {
    await page.goto(`${baseUrl}/sources/${ids.source}`);
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("source-quotes").textContent()).toBe("1 of 2 found verbatim in the stored text");
    const field = page.getByLabel(/Archived copy URL/);
    await field.fill("ftp://archive.example.org/x");
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.locator("#source-archive-url-error").textContent())
      .toBe("Archived copy URL must be an http(s) URL");
    await field.fill(archiveUrl);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByTestId("archived-copy").waitFor();
    expect(await page.getByTestId("archived-copy").getAttribute("href")).toBe(archiveUrl);
    const history = page.getByTestId("audit-history");
    await expect.poll(() => history.locator("li").first().textContent()).toContain("Archived copy");
    expect(await history.locator("li").first().textContent()).toContain(archiveUrl);
  });

  it("shows the archived copy beside the original link on the prediction page", async () => {
    await page.goto(`${baseUrl}/predictions/${ids.verbatim}`);
    const archived = page.getByTestId("archived-copy");
    expect(await archived.getAttribute("href")).toBe(archiveUrl);
    expect(await page.getByRole("link", { name: /Read the article/ }).getAttribute("href")).toBe(url);
  });

  it("shows a changed article text as a new hash in the source's change history", async () => {
    const api = await apiAs(browser.context, baseUrl);
    const before = await api.source.byId.query({ id: ids.source });
    // sha256("abc"), the FIPS 180-2 test vector.
    const abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    await api.source.update.mutate({ id: ids.source, text: "abc" });
    await page.goto(`${baseUrl}/sources/${ids.source}`);
    expect(await page.getByTestId("source-text-hash").textContent()).toBe(`stored, SHA-256 ${abc}`);
    const latest = page.getByTestId("audit-history").locator("li").first();
    expect(await latest.textContent()).toContain("Article text SHA-256");
    expect(await latest.locator("del").textContent()).toBe(`from ${before.textSha256}`);
    expect(await latest.locator("ins").textContent()).toBe(`to ${abc}`);
    await page.goto(`${baseUrl}/predictions/${ids.verbatim}`);
    expect((await page.getByTestId("quote-verbatim").textContent())?.trim()).toBe(
      "Quote not found verbatim in the stored article text",
    );
  });

  it("flags a candidate already logged, with a link to the prediction", async () => {
    await page.goto(`${baseUrl}/predictions/from-article`);
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Article text").fill(article);
    await page.locator("#source-title").fill(`The repeat ${run}`);
    await page.locator("#source-published-at").fill("2025-05-02");
    await page.getByRole("button", { name: "Find predictions" }).click();
    await page.getByRole("heading", { name: "2. Check the candidates" }).waitFor();
    const repeated = page
      .getByTestId("candidate-card")
      .filter({ has: page.getByTestId("candidate-quote").filter({ hasText: word }) });
    const notice = repeated.getByTestId("repeat-notice");
    await notice.waitFor();
    expect(await notice.textContent()).toContain("Possibly already logged:");
    expect(await notice.getByRole("link").first().getAttribute("href")).toBe(`/predictions/${ids.verbatim}`);
    expect(await notice.textContent()).toContain("the same analyst, Vela Stroud");
    const fresh = page
      .getByTestId("candidate-card")
      .filter({ has: page.getByTestId("candidate-quote").filter({ hasText: `Zentrip${run}` }) });
    expect(await fresh.count()).toBe(1);
    expect(await fresh.getByTestId("repeat-notice").count()).toBe(0);
  });
});
