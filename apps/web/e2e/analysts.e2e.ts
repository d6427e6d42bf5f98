import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * The analyst directory: searched by name from the keyboard, 60 to a page, the next page by link.
 * 62 analysts of this run (their names hold `run`), so a search for `run` fills one page and two
 * more on the next, whatever else the database holds.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const run = randomBytes(3).toString("hex");
const COUNT = 62;
const nameOf = (index: number) => `Directory ${run} ${String(index).padStart(2, "0")}`;

describe("the analyst directory", () => {
  let browser: Browser;
  let page: Page;
  const shown = () => page.getByTestId("analyst-list").getByRole("listitem").allInnerTexts();
  const names = async () => (await shown()).map((text) => text.split("\n")[0]);

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    const api = await apiAs(browser.context, baseUrl);
    // Out of order, so that the directory's order is its own.
    for (let i = COUNT; i >= 1; i -= 1) {
      await api.prediction.create.mutate({
        analyst: { mode: "new", name: nameOf(i) },
        claim: `Directory ${run} claim ${i}`,
        madeAt: "2026-01-15",
        probability: 0.6,
        tags: [],
      });
    }
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("searches by name from the keyboard and pages on by link", async () => {
    await page.goto(`${baseUrl}/analysts`);
    await page.getByRole("heading", { level: 1, name: "Analysts" }).waitFor();
    await page.getByLabel("Search by name").focus();
    // Any case matches.
    await page.keyboard.type(run.toUpperCase());
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === run.toUpperCase());
    // The address changes before the new list is drawn: wait for the list itself.
    await expect.poll(names).toEqual(Array.from({ length: 60 }, (_, index) => nameOf(index + 1)));
    expect((await shown())[0]).toContain("1 prediction, 0 judged");
    expect(await page.getByLabel("Search by name").inputValue()).toBe(run.toUpperCase());

    await page.getByRole("link", { name: "Next 60" }).click();
    await page.waitForURL((url) => url.searchParams.has("cursor"));
    await expect.poll(names).toEqual([nameOf(61), nameOf(62)]);
    expect(await page.getByText("That is everyone.").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Next 60" }).count()).toBe(0);

    await page.getByRole("link", { name: "First page" }).click();
    await page.waitForURL((url) => !url.searchParams.has("cursor"));
    await expect.poll(async () => (await names())[0]).toBe(nameOf(1));
  });

  it("says when no name matches, and offers everyone", async () => {
    await page.goto(`${baseUrl}/analysts?q=${run}-nobody`);
    await page.getByRole("heading", { name: `No analyst’s name contains “${run}-nobody”` }).waitFor();
    await page.getByRole("link", { name: "Show everyone" }).first().click();
    await page.waitForURL(`${baseUrl}/analysts`);
    await expect.poll(() => page.getByTestId("analyst-list").getByRole("listitem").count()).toBeGreaterThan(0);
  });

  it("starts again from the first page when a page link was tampered with", async () => {
    const response = await page.goto(`${baseUrl}/analysts?q=${run}&cursor=not-a-cursor`);
    expect(response?.status()).toBe(200);
    await page.getByText("That page link is not valid any more, so this is the first page.").waitFor();
    expect((await names())[0]).toBe(nameOf(1));
  });
});
