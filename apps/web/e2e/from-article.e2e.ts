import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AppRouter } from "@hindsight/api";
import { createTRPCClient, httpLink } from "@trpc/client";
import type { Locator, Page } from "playwright-core";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";
import { landOnLoggedPrediction } from "./logged";

/**
 * Adding predictions from an article in the browser: an editor pastes an article (predictions said
 * with "will", "may" and "is unlikely to", a question and a past-tense sentence under a byline),
 * sees the candidates marked, unticks one, changes a probability and logs the rest in one request;
 * the predictions and their one source are then read back through the API. A saved .html page is
 * uploaded the same way. Screenshots land in <repo>/test-artifacts/ (git-ignored).
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${baseUrl}/api/trpc`, transformer: superjson })] });
const run = randomBytes(3).toString("hex");
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test-artifacts");
const shoot = async (target: Page, name: string) => {
  mkdirSync(artifacts, { recursive: true });
  await target.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
};

const sentences = {
  bridge: "The new bridge will open to traffic before the end of next year, according to the city's transport office",
  fuel: "Fuel prices may climb again this winter if the cold weather lasts as long as forecasters fear",
  coalition:
    "The ruling coalition is unlikely to survive a vote of confidence in the spring, said Henrik Dahl, a political scientist at Lund University",
  question: "Will the mayor run for a third term, now that the scandal has faded from the headlines?",
  past: "The council approved the budget last week after a long and bitter debate.",
};
const article = [
  "By Nora Vance",
  `${sentences.bridge}.`,
  `${sentences.fuel}.`,
  `${sentences.coalition}.`,
  sentences.question,
  sentences.past,
].join("\n\n");

const harbourHtml = `<!doctype html>
<html><head><title>The harbour plan</title></head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>The harbour plan</h1>
    <p>By Omar Reyes</p>
    <p>The harbour expansion will be finished by the summer of 2027, the port authority's director told reporters on Monday.</p>
    <p>Shipping volumes rose sharply in the last quarter of the year.</p>
  </article>
</body></html>`;

describe("adding predictions from an article", () => {
  let browser: Browser;
  let page: Page;
  const calls = { run: 0, log: 0 };

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    page = await browser.context.newPage();
    page.on("request", (request) => {
      if (request.url().includes("extract.run")) calls.run += 1;
      if (request.url().includes("extract.log")) calls.log += 1;
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const cardWith = (quote: string): Locator =>
    page.getByTestId("candidate-card").filter({ has: page.getByTestId("candidate-quote").filter({ hasText: quote }) });
  const markedTexts = async () => (await page.locator("mark[data-candidate]").allTextContents()).join("\n");

  it("offers a reader who is not signed in to sign in and come back, with no form to fill", async () => {
    await page.goto(`${baseUrl}/predictions/from-article`);
    await page.getByRole("heading", { level: 1, name: "Sign in to add from an article" }).waitFor();
    expect(await page.getByLabel("Article text").count()).toBe(0);
    expect(await page.getByRole("main").getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe(
      "/sign-in?next=%2Fpredictions%2Ffrom-article",
    );
    // Everything below is done as an editor.
    await signInQuietly(browser.context, baseUrl, inject("editor"));
  });

  it("is linked from the header and from Log a prediction", async () => {
    await page.goto(`${baseUrl}/predictions/new`);
    await page.getByRole("main").getByRole("link", { name: "Add from article" }).click();
    await page.waitForURL(`${baseUrl}/predictions/from-article`);
    await page.getByRole("heading", { name: "Add from article" }).waitFor();
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Add from article" }).getAttribute("aria-current")).toBe("page");
    // An editor's header still fits without scrolling.
    expect(await nav.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
  });

  it("refuses an empty article without asking the server", async () => {
    await page.goto(`${baseUrl}/predictions/from-article`);
    await page.getByLabel("Article text").fill("   \n  ");
    await page.getByRole("button", { name: "Find predictions" }).click();
    await expect
      .poll(() => page.locator("#article-text-error").textContent())
      .toBe("The article is empty: paste its text or choose a file");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("article-text");
    expect(calls.run).toBe(0);
  });

  it("says so when an article holds no prediction", async () => {
    await page.getByLabel("Article text").fill(`${sentences.past}\n\n${sentences.question}`);
    await page.getByRole("button", { name: "Find predictions" }).click();
    await page.getByTestId("no-candidates").waitFor();
    expect(await page.getByTestId("no-candidates").textContent()).toContain("No predictions found");
    expect(await page.locator("mark[data-candidate]").count()).toBe(0);
  });

  it("shows each refused field on its own card, keeps what was typed and logs nothing", async () => {
    browser.expectFailedRequest(400, "/api/trpc/extract.log");
    const outlet = `The Refused Review ${run}`;
    await page.goto(`${baseUrl}/predictions/from-article`);
    await page.getByLabel("Article text").fill(article);
    await page.locator("#source-title").fill(`Refused (${run})`);
    await page.locator("#source-outlet").fill(outlet);
    await page.locator("#source-published-at").fill("2025-04-25");
    await page.getByRole("button", { name: "Find predictions" }).click();
    await page.getByRole("heading", { name: "2. Check the candidates" }).waitFor();
    const candidates = await page.getByTestId("candidate-card").count();
    const logButton = page.getByRole("button", { name: `Log ${candidates} predictions` });

    // Checked here first, with the same schema: a blank probability never reaches the server.
    const coalition = cardWith("unlikely to survive");
    await coalition.getByLabel("Probability").fill("");
    await logButton.click();
    await expect
      .poll(() => coalition.locator("[data-field-error]").textContent())
      .toBe("Probability is required: type a percentage such as 60%");
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^card-\d+-probability$/);
    expect(calls.log).toBe(0);

    // The server's refusal of one card's speaker lands on that card; nothing is written.
    await coalition.getByLabel("Probability").fill("25");
    await coalition.getByLabel("Speaker", { exact: true }).fill("???");
    await logButton.click();
    await expect
      .poll(() => coalition.locator("[data-field-error]").textContent())
      .toBe("Use letters or digits in the name");
    expect(await page.getByTestId("log-error").textContent()).toContain("Nothing was logged");
    expect(await cardWith("The new bridge will open").locator("[data-field-error]").count()).toBe(0);
    expect(await coalition.getByLabel("Probability").inputValue()).toBe("25");
    expect(calls.log).toBe(1);
    expect((await api.source.list.query({ outlet, limit: 10 })).items).toEqual([]);
    calls.log = 0;
  });

  it("marks the candidates, logs the ticked ones as edited, under one source", async () => {
    const title = `Bridges and budgets (${run})`;
    const outlet = `The E2E Courier ${run}`;
    const url = `https://example.org/e2e/${run}/bridges`;
    await page.goto(`${baseUrl}/predictions/from-article`);
    await page.getByLabel("Article text").fill(article);
    await page.locator("#source-url").fill(url);
    await page.locator("#source-title").fill(title);
    await page.locator("#source-outlet").fill(outlet);
    await page.locator("#source-published-at").fill("2025-04-25");
    await page.getByRole("button", { name: "Find predictions" }).click();
    await page.getByRole("heading", { name: "2. Check the candidates" }).waitFor();

    // Each prediction marked, with a number; the question and the past are not.
    const marked = await markedTexts();
    for (const sentence of [sentences.bridge, sentences.fuel, sentences.coalition]) expect(marked).toContain(sentence);
    expect(marked).not.toContain("third term");
    expect(marked).not.toContain("approved the budget");
    expect(await page.getByTestId("article-text").textContent()).toContain(sentences.past);
    const candidates = await page.locator("mark[data-candidate]").count();
    expect(await page.getByTestId("candidate-card").count()).toBe(candidates);
    // The byline was read into the authors field.
    expect(await page.locator("#source-authors").inputValue()).toBe("Nora Vance");

    // A click on a mark takes the focus to its card, and the card's button back to the mark.
    const fuelMark = page.locator("mark[data-candidate]").filter({ hasText: "Fuel prices may climb" });
    const fuelNumber = await fuelMark.getAttribute("data-candidate");
    await fuelMark.getByRole("button", { name: /go to its card/ }).click();
    const fuel = cardWith("Fuel prices may climb");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("checkbox");
    expect(await page.evaluate(() => document.activeElement?.closest("li")?.dataset.candidate)).toBe(fuelNumber);
    await fuel.getByRole("button", { name: /Show in article/ }).click();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("MARK");

    // The prefilled cards: the quote's speaker, the hedge's reading, the condition and deadline found.
    const bridge = cardWith("The new bridge will open");
    expect(await bridge.getByLabel("Speaker", { exact: true }).inputValue()).toBe("Nora Vance");
    expect(await bridge.getByLabel("Probability").inputValue()).toBe("95%");
    expect(await bridge.getByTestId("hedge-reading").textContent()).toContain("From the hedge will: 95%");
    const coalition = cardWith("unlikely to survive");
    expect(await coalition.getByLabel("Speaker", { exact: true }).inputValue()).toBe("Henrik Dahl");
    // "said Henrik Dahl, a political scientist at Lund University": the apposition stays with its
    // speaker in the quote, and the claim is prefilled without the attribution.
    expect(await coalition.getByTestId("candidate-quote").textContent()).toContain(
      "said Henrik Dahl, a political scientist at Lund University",
    );
    expect(await coalition.getByLabel("Claim").inputValue()).toBe(
      "The ruling coalition is unlikely to survive a vote of confidence in the spring",
    );
    expect(await fuel.getByRole("checkbox", { name: /Holds only if/ }).isChecked()).toBe(true);

    // Untick the conditional one; give the coalition a number of our own.
    await fuel.getByRole("checkbox", { name: /Log candidate/ }).uncheck();
    expect(await fuelMark.getAttribute("data-kept")).toBe("false");
    await coalition.getByLabel("Probability").fill("30");
    expect(await coalition.locator("[data-probability-reading]").textContent()).toBe("Reads as 30%");
    expect(await coalition.getByTestId("hedge-reading").textContent()).toContain("The hedge reads unlikely: 20%");
    await coalition.getByLabel("Claim").fill(`The ruling coalition loses a confidence vote by June 2025 (${run})`);
    await bridge.getByLabel("Claim").fill(`The new bridge opens to traffic by the end of 2026 (${run})`);
    await bridge.getByLabel("Tags").fill("infrastructure, e2e");
    // Enter in a one-line field does not log anything.
    await bridge.getByLabel("Tags").press("Enter");
    await expect
      .poll(() => page.getByTestId("ticked-count").textContent())
      .toBe(`${candidates - 1} of ${candidates} ticked`);
    expect(calls.log).toBe(0);
    await shoot(page, "from-article-candidates");

    await page.getByRole("button", { name: `Log ${candidates - 1} predictions` }).click();
    const logged = page.getByTestId("article-logged");
    await logged.waitFor();
    expect(await logged.getByRole("heading").textContent()).toContain(`Logged ${candidates - 1} predictions`);
    expect(calls.log).toBe(1);
    await shoot(page, "from-article-logged");

    // One source, holding every logged prediction, with the probabilities as logged.
    const sources = await api.source.list.query({ outlet, limit: 10 });
    expect(sources.items).toHaveLength(1);
    const source = sources.items[0]!;
    expect(source).toMatchObject({ title, url, predictions: candidates - 1 });
    const listed = await api.prediction.list.query({ sourceId: source.id, limit: 20 });
    const byClaim = new Map(listed.items.map((item) => [item.claim, item]));
    expect(byClaim.get(`The new bridge opens to traffic by the end of 2026 (${run})`)).toMatchObject({
      probability: 0.95,
      probabilitySource: "HEDGE",
      hedge: "will",
      tags: ["e2e", "infrastructure"],
      analyst: { name: "Nora Vance" },
      quote: sentences.bridge,
    });
    expect(byClaim.get(`The ruling coalition loses a confidence vote by June 2025 (${run})`)).toMatchObject({
      probability: 0.3,
      probabilitySource: "ESTIMATE",
      analyst: { name: "Henrik Dahl" },
    });
    expect(listed.items.some((item) => item.quote?.includes("Fuel prices"))).toBe(false);
    // The new analyst took the apposition as the affiliation.
    const dahl = byClaim.get(`The ruling coalition loses a confidence vote by June 2025 (${run})`)!.analyst;
    expect((await api.analyst.bySlug.query({ slug: dahl.slug })).affiliation).toBe(
      "a political scientist at Lund University",
    );

    // The links lead to the source and to each prediction's page.
    expect(await logged.getByRole("link", { name: title }).getAttribute("href")).toBe(`/sources/${source.id}`);
    await logged.getByRole("link", { name: /The new bridge opens/ }).click();
    await page.waitForURL(/\/predictions\/[^/]+$/);
    await page.getByRole("heading", { name: /The new bridge opens to traffic/ }).waitFor();
    expect(await page.getByTestId("quote").textContent()).toContain("will open to traffic");
  });

  it("reads an uploaded .html page and logs from the text it holds", async () => {
    const url = `https://example.org/e2e/${run}/harbour`;
    await page.goto(`${baseUrl}/predictions/from-article`);
    await page.getByText("Upload a file").click();
    await page
      .getByLabel("Article file")
      .setInputFiles({ name: "harbour.html", mimeType: "text/html", buffer: Buffer.from(harbourHtml) });
    await expect.poll(() => page.getByTestId("article-file").textContent()).toContain("read as HTML");
    await page.locator("#source-url").fill(url);
    await page.locator("#source-title").fill(`The harbour plan (${run})`);
    await page.locator("#source-published-at").fill("2025-06-02");
    await page.getByRole("button", { name: "Find predictions" }).click();
    await page.getByRole("heading", { name: "2. Check the candidates" }).waitFor();

    const shown = (await page.getByTestId("article-text").textContent()) ?? "";
    expect(shown).toContain("The harbour plan");
    expect(shown).not.toContain("<p>");
    expect(await markedTexts()).toContain("The harbour expansion will be finished by the summer of 2027");
    const harbour = cardWith("The harbour expansion will be finished");
    expect(await harbour.getByLabel("Speaker", { exact: true }).inputValue()).toBe("Omar Reyes");
    const count = await page.getByTestId("candidate-card").count();

    await page.getByRole("button", { name: count === 1 ? "Log 1 prediction" : `Log ${count} predictions` }).click();
    // One prediction: its own page, as after logging by hand; several: the summary that links each.
    if (count === 1) {
      await landOnLoggedPrediction(page);
      expect(
        await page.getByTestId("logged-notice").getByRole("link", { name: "Add another article" }).getAttribute("href"),
      ).toBe("/predictions/from-article");
    } else await page.getByTestId("article-logged").waitFor();

    const found = await api.source.byUrl.query({ url });
    expect(found).toMatchObject({ title: `The harbour plan (${run})` });
    const listed = await api.prediction.list.query({ sourceId: found!.id, limit: 20 });
    expect(listed.items).toHaveLength(count);
    expect(listed.items.find((item) => item.quote?.startsWith("The harbour expansion"))).toMatchObject({
      analyst: { name: "Omar Reyes" },
      probabilitySource: "HEDGE",
    });
  });
});
