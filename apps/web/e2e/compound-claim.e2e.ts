import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";
import { landOnLoggedPrediction } from "./logged";

/**
 * A compound claim ("flashy, vague and ultimately meaningless") split into parts as it is logged:
 * each part becomes a prediction of its own under the whole one, and the pages link both ways.
 * Screenshots land in <repo>/test-artifacts/ (git-ignored).
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test-artifacts");
const run = randomBytes(3).toString("hex");
const claim = `The e2e talks ${run} are flashy, vague and meaningless`;
const parts = [`The talks ${run} are flashy`, `The talks ${run} are vague`, `The talks ${run} are meaningless`];

describe("splitting a compound claim into parts", () => {
  let browser: Browser;
  let page: Page;
  /** The whole prediction's page, once logged. */
  let wholePath = "";

  const shoot = async (name: string) => {
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  };
  const toggle = () => page.getByRole("button", { name: "Split into parts" });
  const partInputs = () => page.locator("input[id^='part-']");

  beforeAll(async () => {
    browser = await launchBrowser();
    // Logging needs an editor.
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("opens the parts with two rows, and folding them away drops what was typed", async () => {
    await page.goto(`${baseUrl}/predictions/new`);
    await page.getByRole("heading", { name: "Log a prediction" }).waitFor();
    expect(await toggle().getAttribute("aria-expanded")).toBe("false");
    expect(await partInputs().count()).toBe(0);

    await toggle().click();
    expect(await toggle().getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => partInputs().count()).toBe(2);
    // The first part takes the focus; its label names it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("part-0");
    expect(await page.getByLabel("Part 2").count()).toBe(1);
    expect(await page.getByText("Each part is logged as its own prediction and judged on its own").count()).toBe(1);
    await page.keyboard.type("Typed, then folded away");

    await toggle().click();
    expect(await toggle().getAttribute("aria-expanded")).toBe("false");
    expect(await partInputs().count()).toBe(0);
    await toggle().click();
    await expect.poll(() => partInputs().count()).toBe(2);
    expect(await page.getByLabel("Part 1").inputValue()).toBe("");
  });

  it("shows an error next to a blank part", async () => {
    const analystName = `Tereza Splitter ${run}`;
    await page.getByRole("combobox", { name: "Analyst" }).fill(analystName);
    await page.getByRole("option", { name: `Create a new analyst “${analystName}”` }).click();
    await page.locator("#quote").fill("the talks will be flashy, vague and ultimately meaningless");
    await page.locator("#claim").fill(claim);
    await page.locator("#probability").fill("80%");
    await page.getByLabel("Part 1").fill(parts[0]!);

    await page.getByRole("button", { name: "Log prediction" }).click();

    await expect.poll(() => page.locator("#part-1-error").textContent()).toBe("Part is required");
    expect(await page.locator("#part-1").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#part-1").getAttribute("aria-describedby")).toContain("part-1-error");
    expect(await page.locator("#part-0").getAttribute("aria-invalid")).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("part-1");
    await shoot("compound-claim-errors");
    expect(page.url()).toBe(`${baseUrl}/predictions/new`);
  });

  it("logs the whole claim with three parts", async () => {
    await page.getByLabel("Part 2").fill(parts[1]!);
    await expect.poll(() => page.locator("#part-1-error").count()).toBe(0);
    await page.getByRole("button", { name: "Add part" }).click();
    // The new row takes the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("part-2");
    await page.keyboard.type(parts[2]!);
    expect(await page.getByRole("button", { name: /^Remove part/ }).count()).toBe(3);
    await shoot("compound-claim-form");

    await page.getByRole("button", { name: "Log prediction" }).click();
    await landOnLoggedPrediction(page);
    await page.goto(`${baseUrl}/`);
    await page.getByTestId("prediction-row").filter({ hasText: claim }).waitFor();
  });

  it("lists the three parts on the whole prediction's page, each linked", async () => {
    await page.getByRole("link", { name: claim, exact: true }).click();
    await page.waitForURL(/\/predictions\/[^/]+$/);
    wholePath = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: claim }).waitFor();

    const list = page.getByRole("heading", { name: "Parts, judged separately" }).locator("xpath=..").getByRole("list");
    const links = list.getByRole("link");
    await expect.poll(() => links.allTextContents()).toEqual(parts);
    for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")))) {
      expect(href).toMatch(/^\/predictions\/[^/]+$/);
      expect(href).not.toBe(wholePath);
    }
    await shoot("compound-claim-page");
  });

  it("opens a part, which links back to the whole", async () => {
    await page.getByRole("link", { name: parts[1], exact: true }).click();
    await page.getByRole("heading", { level: 1, name: parts[1] }).waitFor();
    expect(new URL(page.url()).pathname).not.toBe(wholePath);
    // Logged like the whole: same analyst, quote and probability.
    expect(await page.getByTestId("probability").textContent()).toBe("80%");
    expect(await page.getByTestId("quote").innerText()).toContain("flashy, vague and ultimately meaningless");

    expect(await page.getByText("Part of the compound prediction").count()).toBe(1);
    const parent = page.getByRole("link", { name: claim, exact: true });
    expect(await parent.getAttribute("href")).toBe(wholePath);
    await parent.click();
    await page.waitForURL(`${baseUrl}${wholePath}`);
    await page.getByRole("heading", { level: 1, name: claim }).waitFor();
  });
});
