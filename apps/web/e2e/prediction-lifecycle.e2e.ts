import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signIn, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";
import { landOnLoggedPrediction } from "./logged";

/**
 * A prediction's life in the browser, as an editor lives it: log it from the analyst's words
 * ("could", "within six months"), find it on its page and in the due queue, judge it, re-judge it,
 * lose a race to another editor and recover, and see it leave the due queue, with every step in
 * the histories. Screenshots of the main pages land in <repo>/test-artifacts/ (git-ignored).
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const editor = inject("editor");
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test-artifacts");

const run = randomBytes(3).toString("hex");

const shoot = async (target: Page, name: string) => {
  mkdirSync(artifacts, { recursive: true });
  await target.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
};
const claim = `The e2e talks ${run} collapse before the summer`;
/** The page of the prediction the lifecycle logs, once it is logged. */
let predictionPath = "";

describe("a prediction's lifecycle", () => {
  let browser: Browser;
  let page: Page;

  /** The judgement history's entries, newest first, as text. */
  const judgements = () => page.getByTestId("judgement").allInnerTexts();
  const judgeForm = (target: Page = page) => target.getByRole("form", { name: /judge this prediction/i });

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("signs in as an editor", async () => {
    await signIn(page, baseUrl, editor, "/predictions/new");
    expect(new URL(page.url()).pathname).toBe("/predictions/new");
  });

  it("logs a prediction from the hedge word “could” and a deadline in words", async () => {
    await page.getByRole("heading", { name: "Log a prediction" }).waitFor();
    const analystName = `Cassandra Could ${run}`;
    await page.getByRole("combobox", { name: "Analyst" }).fill(analystName);
    await page.getByRole("option", { name: `Create a new analyst “${analystName}”` }).click();

    await page.locator("#source-url").fill(`https://example.org/talks/${run}`);
    await page.locator("#source-title").fill(`Why the talks ${run} are doomed`);
    await page.locator("#source-outlet").fill("The Test Gazette");
    await page.locator("#source-published-at").fill("2025-01-10");

    await page.locator("#quote").fill("the talks could collapse before the summer");
    await page.locator("#claim").fill(claim);

    // The probability from the words used: the lexicon's reading is shown before saving.
    await page.getByText("Hedge words", { exact: true }).first().click();
    await page.locator("#hedge-words").fill("could");
    await expect
      .poll(() => page.getByTestId("hedge-reading").innerText())
      .toContain("could: 40% (25–50%), CAPphrase survey");
    await page.locator("#hedge-words").fill("risks");
    await expect
      .poll(() => page.getByTestId("hedge-reading").innerText())
      .toBe("Hindsight doesn't know this phrase; enter a number");
    await page.locator("#hedge-words").fill("could");

    // The deadline in words, counted from the publication date, shown as a date before saving.
    await page.getByText("In words", { exact: true }).click();
    await page.locator("#deadline-words").fill("within six months");
    await expect
      .poll(() => page.getByTestId("deadline-reading").innerText())
      .toBe("10 Jul 2025: six months after 10 Jan 2025");
    await page.locator("#tags").fill("e2e, lifecycle");
    await shoot(page, "log-prediction-form");

    await page.getByRole("button", { name: "Log prediction" }).click();
    await landOnLoggedPrediction(page);
    await page.goto(`${baseUrl}/`);
    const row = page.getByTestId("prediction-row").filter({ hasText: claim });
    await row.waitFor();
    const text = (await row.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("40%");
    expect(text).toContain("10 Jul 2025");
    // The deadline has passed: it awaits a judgement.
    expect(text).toContain("Due");
    await shoot(page, "predictions");
  });

  it("shows its page: the quote with its hedge, and where the 40% came from", async () => {
    await page.getByRole("link", { name: claim }).click();
    await page.waitForURL(/\/predictions\/[^/]+$/);
    predictionPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { level: 1, name: claim }).waitFor();
    expect(await page.getByTestId("probability").textContent()).toBe("40%");
    expect(await page.getByTestId("probability-origin").textContent()).toBe("From the hedge “could”");
    expect(await page.getByTestId("quote").locator("mark").textContent()).toBe("could");
    expect(await page.getByTestId("prediction-status").innerText()).toContain("Due");
    expect(await page.getByTestId("audit-history").innerText()).toContain("Logged the prediction");
  });

  it("lists it in the due queue, whose Judge button opens the judging form, focused", async () => {
    await page.goto(`${baseUrl}/due`);
    const row = page.getByTestId("prediction-row").filter({ hasText: claim });
    await row.waitFor();
    await shoot(page, "due-queue");
    await row.getByRole("link", { name: /^Judge/ }).click();
    await page.waitForURL(`${baseUrl}${predictionPath}#judge`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("judge-outcome-true");
  });

  it("judges it", async () => {
    // From the focused first outcome, by keyboard: Space picks it.
    await page.keyboard.press("Space");
    await page.locator("#judge-note").fill("The talks collapsed in May.");
    await page.getByRole("button", { name: "Add a link" }).click();
    await page.keyboard.type("https://example.org/evidence/collapse");
    await judgeForm().getByRole("button", { name: "Judge", exact: true }).click();

    await expect.poll(() => judgements()).toHaveLength(1);
    const [current] = await judgements();
    expect(current).toContain("True");
    expect(current).toContain("Current");
    expect(current).toContain("The talks collapsed in May.");
    expect(current).toContain(editor.name);
    const evidence = page.getByTestId("judgement").getByRole("link", { name: /example\.org\/evidence\/collapse/ });
    expect(await evidence.getAttribute("rel")).toBe("noopener noreferrer nofollow");
    expect(await page.getByTestId("prediction-status").innerText()).toContain("True");
  });

  it("re-judges it, keeping the first judgement in the history", async () => {
    await page.getByRole("heading", { name: "Re-judge this prediction" }).waitFor();
    await page.getByText("Partly true", { exact: true }).click();
    await page.locator("#judge-credit").fill("50");
    expect(await page.locator("#judge-credit-reads-as").textContent()).toBe("Reads as 50%");
    await page.locator("#judge-note").fill("Only the first round collapsed.");
    await judgeForm().getByRole("button", { name: "Re-judge" }).click();

    await expect.poll(() => judgements()).toHaveLength(2);
    const [current, earlier] = await judgements();
    expect(current).toContain("Partly true");
    expect(current).toContain("credit 50%");
    expect(current).toContain("Current");
    expect(earlier).toContain("True");
    expect(earlier).not.toContain("Current");
    await shoot(page, "prediction-judged");
  });

  it("refuses a judgement against a stale version, keeps what was typed, and judges after Reload", async () => {
    browser.expectFailedRequest(409, "/api/trpc/prediction.judge");
    // Another editor, in another tab, reopens it while this page still shows the old version.
    const other = await browser.context.newPage();
    await other.goto(`${baseUrl}${predictionPath}`);
    await other.getByRole("button", { name: "Reopen…" }).click();
    await other.locator("#reopen-note").fill("The second round is still on.");
    await other.getByRole("button", { name: "Reopen prediction" }).click();
    await expect.poll(() => other.getByTestId("judgement").count()).toBe(3);
    await other.close();

    await page.getByText("False", { exact: true }).click();
    await page.locator("#judge-note").fill("Both rounds failed after all.");
    await judgeForm().getByRole("button", { name: "Re-judge" }).click();
    const conflict = page.getByTestId("conflict-message");
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/you saw version 3, it is now version 4/);
    expect(await conflict.textContent()).toMatch(/reopened it/);
    expect(await page.locator("#judge-note").inputValue()).toBe("Both rounds failed after all.");
    await shoot(page, "prediction-conflict");

    await page.getByRole("button", { name: "Reload" }).click();
    await expect.poll(() => judgements()).toHaveLength(3);
    // Reopened: the form is for a first judgement again, with what was typed still there.
    await judgeForm().getByRole("button", { name: "Judge", exact: true }).click();
    await expect.poll(() => judgements()).toHaveLength(4);
    const [current, reopened] = await judgements();
    expect(current).toContain("False");
    expect(current).toContain("Both rounds failed after all.");
    expect(reopened).toContain("Reopened");
    expect(reopened).toContain("The second round is still on.");
  });

  it("keeps the probability fixed once judged, and records edits in the change history", async () => {
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    expect(await page.locator("#edit-probability").isDisabled()).toBe(true);
    expect(await page.getByRole("form", { name: "Edit the record" }).innerText()).toContain("Fixed once judged");
    await page.locator("#edit-criteria").fill("TRUE if both rounds of talks end without agreement");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect
      .poll(() => page.getByTestId("audit-history").innerText())
      .toContain("TRUE if both rounds of talks end without agreement");
    const history = await page.getByTestId("audit-history").innerText();
    expect(history).toContain("Edited the prediction");
    expect(history).toContain("Resolution criteria");
    expect(history).toContain(editor.name);
    await shoot(page, "prediction-history");
  });

  it("has left the due queue", async () => {
    await page.goto(`${baseUrl}/due`);
    await page.getByRole("heading", { name: "Due for judgement" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("prediction-row").filter({ hasText: claim }).count()).toBe(0);
  });
});

describe("writing without signing in", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser({ colorScheme: "dark" });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("offers to sign in and come back before any form is filled in", async () => {
    await page.goto(`${baseUrl}/predictions/new`);
    await page.getByRole("heading", { level: 1, name: "Sign in to log a prediction" }).waitFor();
    // No form to fill in and lose: what editors do, a way to sign in, and what anyone may do.
    expect(await page.getByRole("form", { name: "Log a prediction" }).count()).toBe(0);
    expect(await page.getByRole("combobox", { name: "Analyst" }).count()).toBe(0);
    expect(await page.getByRole("main").getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe(
      "/sign-in?next=%2Fpredictions%2Fnew",
    );
    expect(await page.getByRole("navigation", { name: "What you can do" }).getByRole("link").allTextContents()).toEqual(
      ["Browse the predictions", "Read the scoreboard", "See each analyst's record", "Download the ledger"],
    );
  });

  it("shows a prediction's page to readers, with a way to sign in instead of the forms", async () => {
    expect(predictionPath).not.toBe("");
    await page.goto(`${baseUrl}${predictionPath}#judge`);
    const signInLink = page.getByRole("link", { name: "Sign in to judge" });
    await signInLink.waitFor();
    expect(await signInLink.getAttribute("href")).toMatch(/^\/sign-in\?next=%2Fpredictions%2F[^%]+%23judge$/);
    expect(await page.getByRole("form", { name: /judge this prediction/i }).count()).toBe(0);
    await shoot(page, "prediction-reader-dark");
  });
});
