import { randomBytes } from "node:crypto";
import type { AppRouter } from "@hindsight/api";
import { createTRPCClient, httpLink } from "@trpc/client";
import type { Page } from "playwright-core";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signIn, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * Deadlines and hedges in words on the logging form: "by mid-2027" read as a date before saving, and
 * "before the next election", which only the recorder can date, asking for the date while the words
 * stay as typed; the hedge "a real possibility" read from the lexicon.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const editor = inject("editor");
const api = createTRPCClient<AppRouter>({ links: [httpLink({ url: `${baseUrl}/api/trpc`, transformer: superjson })] });
const run = randomBytes(3).toString("hex");
const claim = `The e2e ${run} coalition wins the next election`;

describe("deadlines and hedges in words", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    page = await browser.context.newPage();
    await signIn(page, baseUrl, editor, "/predictions/new");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("reads the words, asks for the date of an event, and logs the date picked", async () => {
    await page.getByRole("heading", { name: "Log a prediction" }).waitFor();
    const analystName = `Dora Deadline ${run}`;
    await page.getByRole("combobox", { name: "Analyst" }).fill(analystName);
    await page.getByRole("option", { name: `Create a new analyst “${analystName}”` }).click();
    await page.locator("#source-title").fill(`The coalition's chances (${run})`);
    await page.locator("#source-published-at").fill("2025-04-25");
    await page.locator("#claim").fill(claim);

    await page.getByText("Hedge words", { exact: true }).first().click();
    await page.locator("#hedge-words").fill("a real possibility");
    await expect.poll(() => page.getByTestId("hedge-reading").innerText()).toContain("60%");

    const reading = () => page.getByTestId("deadline-reading").innerText();
    await page.getByText("In words", { exact: true }).click();
    await page.locator("#deadline-words").fill("by mid-2027");
    await expect.poll(reading).toContain("30 Jun 2027");
    await page.locator("#deadline-words").fill("by Christmas");
    await expect.poll(reading).toContain("25 Dec 2025");
    expect(await page.locator("#term-end").count()).toBe(0);

    await page.locator("#deadline-words").fill("before the next election");
    await expect.poll(reading).toBe("'before the next election' needs a date: pick it below");
    const date = page.getByLabel("Date for “before the next election”");
    await date.fill("2027-10-10");
    await expect.poll(reading).toBe("10 Oct 2027: the date entered for 'before the next election': 10 Oct 2027");
    expect(await page.locator("#deadline-words").inputValue()).toBe("before the next election");

    await page.getByRole("button", { name: "Log prediction" }).click();
    await page.waitForURL((url) => url.pathname !== "/predictions/new");
    const listed = await api.prediction.list.query({ q: run, limit: 5 });
    const logged = listed.items.find((item) => item.claim === claim);
    expect(logged?.resolveBy ? new Date(logged.resolveBy).toISOString().slice(0, 10) : null).toBe("2027-10-10");
    expect(logged).toMatchObject({ probability: 0.6, probabilitySource: "HEDGE" });
  });
});
