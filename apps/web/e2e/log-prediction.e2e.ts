import { randomBytes } from "node:crypto";
import type { AppRouter } from "@hindsight/api";
import { createTRPCClient, httpLink } from "@trpc/client";
import type { Page } from "playwright-core";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";
import { landOnLoggedPrediction } from "./logged";

/**
 * Logging a prediction in the browser, against a running app: BASE_URL when set (e.g.
 * `BASE_URL=http://127.0.0.1:3000`), otherwise the app the global setup started. vitest.e2e.config.ts
 * provides either as "baseUrl" (Vitest itself sets process.env.BASE_URL to "/" in test files).
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${baseUrl}/api/trpc`, transformer: superjson })] });

const newestPrediction = async () => (await api.prediction.list.query({ limit: 1 })).items[0] ?? null;

describe("logging a prediction", () => {
  let browser: Browser;
  let page: Page;
  const createRequests: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    // Logging needs an editor.
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    page = await browser.context.newPage();
    page.on("request", (request) => {
      if (request.url().includes("prediction.create")) createRequests.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the field errors of an empty form and writes nothing", async () => {
    const before = await newestPrediction();
    await page.goto(`${baseUrl}/predictions/new`);
    await page.getByRole("heading", { name: "Log a prediction" }).waitFor();

    await page.getByRole("button", { name: "Log prediction" }).click();

    const alertsFor = (id: string) => page.locator(`#${id}-error`);
    await expect.poll(() => alertsFor("analyst-search").textContent()).toBe("Pick an analyst");
    expect(await alertsFor("claim").textContent()).toBe("Claim is required");
    expect(await alertsFor("probability").textContent()).toBe("Probability is required: type a percentage such as 60%");
    expect(await page.locator("#claim").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#claim").getAttribute("aria-describedby")).toContain("claim-error");
    // The first field in error takes the focus, so a keyboard user lands on it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("analyst-search");

    expect(createRequests).toEqual([]);
    expect((await newestPrediction())?.id ?? null).toBe(before?.id ?? null);
  });

  it("shows the server's field errors next to the field and keeps what was typed", async () => {
    browser.expectFailedRequest(400, "/api/trpc/prediction.create");
    const before = await newestPrediction();
    await page.goto(`${baseUrl}/predictions/new`);
    await page.getByRole("combobox", { name: "Analyst" }).fill("???");
    await page.getByRole("option", { name: "Create a new analyst “???”" }).click();
    await page.locator("#claim").fill("A name without letters is refused by the server");
    await page.locator("#probability").fill("40");

    await page.getByRole("button", { name: "Log prediction" }).click();

    // The schema accepts "???"; the server cannot make a slug of it and says so for analyst.name.
    await expect
      .poll(() => page.locator("#analyst-name-error").textContent())
      .toBe("Use letters or digits in the name");
    expect(await page.getByRole("alert").first().textContent()).toContain("not saved");
    expect(await page.locator("#analyst-name").inputValue()).toBe("???");
    expect(await page.locator("#claim").inputValue()).toBe("A name without letters is refused by the server");
    expect(await page.locator("#probability").inputValue()).toBe("40");
    expect(page.url()).toBe(`${baseUrl}/predictions/new`);
    expect((await newestPrediction())?.id ?? null).toBe(before?.id ?? null);
    createRequests.length = 0;
  });

  it("logs a prediction by a new analyst, lands on its page, and lists it at the top", async () => {
    const run = randomBytes(3).toString("hex");
    const analystName = `Ada Forecaster ${run}`;
    const claim = `The e2e run ${run} ends with a logged prediction`;

    await page.goto(`${baseUrl}/predictions/new`);
    const search = page.getByRole("combobox", { name: "Analyst" });
    await search.fill(analystName);
    await page.getByRole("option", { name: `Create a new analyst “${analystName}”` }).click();
    expect(await page.locator("#analyst-name").inputValue()).toBe(analystName);
    await page.locator("#analyst-affiliation").fill("Institute of Hindsight");

    await page.locator("#source-title").fill(`What the tests say (${run})`);
    await page.locator("#source-outlet").fill("The Test Gazette");
    await page.locator("#source-url").fill(`https://example.org/articles/${run}`);
    await page.locator("#source-published-at").fill("2025-04-25");
    // "Date made" follows the publication date until edited.
    await expect.poll(() => page.locator("#made-at").inputValue()).toBe("2025-04-25");

    await page.locator("#quote").fill("this test will pass, and it will pass quickly");
    await page.locator("#claim").fill(claim);
    await page.locator("#probability").fill("70");
    await expect.poll(() => page.locator("#probability-reads-as").textContent()).toBe("Reads as 70%");
    await page.locator("#resolve-by").fill("2026-12-31");
    await page.locator("#tags").fill("E2E, testing, e2e");

    await page.getByRole("button", { name: "Log prediction" }).click();

    // The editor lands on the new prediction's page, with a way to log another.
    const path = await landOnLoggedPrediction(page);
    await page.getByRole("heading", { level: 1, name: claim }).waitFor();
    const notice = page.getByTestId("logged-notice");
    expect(await notice.getByRole("link", { name: "Log another" }).getAttribute("href")).toBe("/predictions/new");
    // The notice is said once: the address no longer asks for it, so a reload does not repeat it.
    await expect.poll(() => new URL(page.url()).search).toBe("");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: claim }).waitFor();
    expect(await page.getByTestId("logged-notice").count()).toBe(0);

    // And it is at the top of the list, linked to that page.
    await page.goto(`${baseUrl}/`);
    const first = page.getByTestId("prediction-row").first();
    await expect.poll(() => first.getByRole("heading").textContent()).toBe(claim);
    const row = (await first.innerText()).replace(/\s+/g, " ");
    expect(row).toContain(analystName);
    expect(row).toContain("70%");
    expect(row).toContain("The Test Gazette");
    expect(row).toContain("31 Dec 2026");
    expect(row).toContain("Open");
    expect(await first.getByRole("list", { name: "Tags" }).getByRole("listitem").allTextContents()).toEqual([
      "e2e",
      "testing",
    ]);
    // The title leads to the source's page; the article opens apart, without a referrer.
    expect(await first.getByRole("link", { name: claim }).getAttribute("href")).toBe(path);
    expect(await first.getByRole("link", { name: /What the tests say/ }).getAttribute("href")).toMatch(/^\/sources\//);
    expect(await first.getByRole("link", { name: /Read the article/ }).getAttribute("rel")).toBe("noopener noreferrer");
    // The row's icons (analyst, status, source, link, deadline) are references into the page's icon
    // sprite: each must find its drawing, and be laid out at its size.
    const icons = await first.locator("svg > use").evaluateAll((uses) =>
      uses.map((use) => {
        const target = document.getElementById((use.getAttribute("href") ?? "").replace(/^#/, ""));
        const box = use.parentElement!.getBoundingClientRect();
        return {
          href: use.getAttribute("href"),
          found: target?.tagName.toLowerCase() ?? null,
          shapes: target?.querySelectorAll("path, circle, line, rect, polyline").length ?? 0,
          width: Math.round(box.width),
        };
      }),
    );
    expect(icons.map((icon) => icon.href)).toEqual([
      "#icon-user-round",
      "#icon-circle-dashed",
      "#icon-newspaper",
      "#icon-external-link",
      "#icon-calendar-clock",
    ]);
    for (const icon of icons) {
      expect(icon.found).toBe("symbol");
      expect(icon.shapes).toBeGreaterThan(0);
      expect(icon.width).toBeGreaterThanOrEqual(12);
    }

    expect(createRequests).toHaveLength(1);
    const newest = await newestPrediction();
    expect(newest).toMatchObject({ claim, probability: 0.7, tags: ["e2e", "testing"], analyst: { name: analystName } });
  });
});
