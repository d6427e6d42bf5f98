import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * Questions, as an editor works with them: create a question from one analyst's prediction, link
 * another analyst's prediction that claims the opposite, add a reference forecast, lose a race to
 * another editor and judge the question after Reload, and see both predictions take the mapped
 * outcomes; then find the question on /questions by search and status. Screenshots land in
 * <repo>/test-artifacts/ (git-ignored).
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test-artifacts");
const run = randomBytes(3).toString("hex");

const shoot = async (target: Page, name: string) => {
  mkdirSync(artifacts, { recursive: true });
  await target.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
};

const summit = `Another summit ${run} takes place before 2026`;
const noSummit = `No summit ${run} will happen before 2026`;
const title = `Another summit ${run} before 2026`;

describe("questions", () => {
  let browser: Browser;
  let page: Page;
  /** The two predictions' pages, and the question's once it exists. */
  let yesPath = "";
  let noPath = "";
  let questionPath = "";

  const linkedTexts = async () =>
    (await page.getByTestId("linked-prediction").allInnerTexts()).map((text) => text.replace(/\s+/g, " "));

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    const api = await apiAs(browser.context, baseUrl);
    const yes = await api.prediction.create.mutate({
      analyst: { mode: "new", name: `Ada Oracle ${run}` },
      claim: summit,
      criteria: "Both leaders meet in person",
      madeAt: "2025-03-01",
      resolveBy: "2025-12-31",
      probability: 0.7,
      tags: [],
    });
    const no = await api.prediction.create.mutate({
      analyst: { mode: "new", name: `Bo Sceptic ${run}` },
      claim: noSummit,
      madeAt: "2025-04-15",
      probability: 0.8,
      tags: [],
    });
    yesPath = `/predictions/${yes.id}`;
    noPath = `/predictions/${no.id}`;
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("has Questions in an editor's header, which still fits", async () => {
    await page.goto(`${baseUrl}/questions`);
    await page.getByRole("heading", { level: 1, name: "Questions" }).waitFor();
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Questions" }).getAttribute("aria-current")).toBe("page");
    expect(await nav.getByRole("link", { name: "Log a prediction" }).getAttribute("href")).toBe("/predictions/new");
    // Wait for the due count: it widens the header.
    await page.waitForLoadState("networkidle");
    expect(await nav.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
    expect(await page.getByRole("link", { name: "New question" }).first().getAttribute("href")).toBe("/questions/new");
  });

  it("creates a question from a prediction, prefilled from it and linked to it", async () => {
    await page.goto(`${baseUrl}${yesPath}`);
    const section = page.locator("#question");
    await section.getByText("Not linked to a question.").waitFor();
    await section.getByRole("button", { name: "Create a question from this prediction…" }).click();
    const form = page.getByRole("form", { name: "Create a question from this prediction" });
    // Prefilled from the prediction, the title focused.
    expect(await page.locator("#from-prediction-title").inputValue()).toBe(summit);
    expect(await page.locator("#from-prediction-criteria").inputValue()).toBe("Both leaders meet in person");
    expect(await page.locator("#from-prediction-resolve-by").inputValue()).toBe("2025-12-31");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("from-prediction-title");

    // A blank title is refused beside the field, without asking the server.
    await page.locator("#from-prediction-title").fill(" ");
    await form.getByRole("button", { name: "Create and link" }).click();
    await expect.poll(() => page.locator("#from-prediction-title-error").textContent()).toBe("Title is required");

    await page.locator("#from-prediction-title").fill(title);
    await form.getByRole("button", { name: "Create and link" }).click();
    const linked = page.getByTestId("linked-question");
    await linked.waitFor();
    expect(await linked.getByRole("link", { name: title }).count()).toBe(1);
    expect(await page.getByTestId("linked-question-terms").innerText()).toBe(
      "It claims what the question asks: 70% for.",
    );
    expect(await page.getByTestId("audit-history").innerText()).toContain("Question (key)");
    questionPath = (await linked.getByRole("link", { name: title }).getAttribute("href")) ?? "";
    expect(questionPath).toMatch(/^\/questions\/q-/);
  });

  it("links a second prediction as claiming the opposite, found by search, from the keyboard", async () => {
    await page.goto(`${baseUrl}${noPath}`);
    await page.locator("#question").getByRole("button", { name: "Link to a question…" }).click();
    // The search box has the focus: type words from the title.
    await page.keyboard.type(`summit ${run}`);
    const suggestions = page.getByTestId("question-suggestions");
    await suggestions.getByText(title).waitFor();
    await suggestions.getByRole("radio", { name: new RegExp(title) }).check();
    await page.getByRole("radio", { name: /The opposite \(negated\)/ }).check();
    expect(await page.getByText("Claims the opposite: 80% against = 20% for").count()).toBe(1);
    await shoot(page, "question-link-picker");
    await page
      .getByRole("form", { name: "Link to a question" })
      .getByRole("button", { name: "Link", exact: true })
      .click();

    await page.getByTestId("linked-question").waitFor();
    expect(await page.getByTestId("linked-question-terms").innerText()).toBe(
      "Negated: this prediction claims the opposite of the question. Claims the opposite: 80% against = 20% for.",
    );
    // Back to the section's buttons, the link's own among them.
    await page.locator("#question").getByRole("button", { name: "Unlink" }).waitFor();
    expect(await page.locator("#question").getByRole("button", { name: "Change…" }).count()).toBe(1);
  });

  it("shows the question with both predictions in its terms", async () => {
    await page.goto(`${baseUrl}${questionPath}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(await page.title()).toBe(`${title} · Hindsight`);
    expect(await page.getByTestId("question-status").innerText()).toContain("Due");
    expect(await page.getByTestId("question-deadline").innerText()).toContain("31 Dec 2025");
    const [yes, no] = await linkedTexts();
    expect(yes).toContain(`Ada Oracle ${run}`);
    expect(yes).toContain("70% for");
    expect(no).toContain(`Bo Sceptic ${run}`);
    expect(no).toContain("Claims the opposite: 80% against = 20% for");
    expect(no).toContain("Negated");
    expect(
      await page
        .getByTestId("linked-prediction")
        .first()
        .getByRole("link", { name: `Ada Oracle ${run}` })
        .getAttribute("href"),
    ).toMatch(/^\/analysts\//);
    // One point per prediction on the chart, each analyst its own shape and letter.
    expect(await page.getByTestId("forecast-point").count()).toBe(2);
    expect(await page.getByTestId("forecast-figure").getByRole("list", { name: "Legend" }).innerText()).toContain(
      `B: Bo Sceptic ${run}`,
    );
  });

  it("adds a reference forecast, one a day", async () => {
    browser.expectFailedRequest(409, "/api/trpc/question.addReference");
    await page.getByRole("button", { name: "Add a reference" }).click();
    await page.locator("#reference-probability").fill("35");
    expect(await page.locator("#reference-probability-reads-as").textContent()).toBe("Reads as 35%");
    await page.locator("#reference-source").fill(`Test market ${run}`);
    await page.locator("#reference-as-of").fill("2025-02-01");
    await page.locator("#reference-url").fill("https://example.org/market");
    await page.getByRole("button", { name: "Add reference" }).click();
    await page.getByTestId("reference-row").first().waitFor();
    expect((await page.getByTestId("reference-row").first().innerText()).replace(/\s+/g, " ")).toContain(
      `1 Feb 2025 35% Test market ${run}`,
    );

    // A second one the same day is refused on its date field, what was typed kept.
    await page.getByRole("button", { name: "Add a reference" }).click();
    await page.locator("#reference-probability").fill("40%");
    await page.locator("#reference-source").fill("Another market");
    await page.locator("#reference-as-of").fill("2025-02-01");
    await page.getByRole("button", { name: "Add reference" }).click();
    await expect.poll(() => page.locator("#reference-as-of-error").textContent()).toContain("exists already");
    expect(await page.locator("#reference-source").inputValue()).toBe("Another market");
    await page.getByRole("form", { name: "Add a reference forecast" }).getByRole("button", { name: "Cancel" }).click();

    // Both predictions are measured against it; the chart draws it as a step line.
    for (const text of await linkedTexts()) expect(text).toContain("Reference then 35%");
    expect(await page.getByTestId("reference-mark").count()).toBe(1);
    expect(await page.getByTestId("reference-line").count()).toBe(1);
    await page.getByText("The chart as a table").click();
    const table = (await page.getByTestId("forecast-table").innerText()).replace(/\s+/g, " ");
    expect(table).toContain(`Reference: Test market ${run} 35%`);
    expect(table).toContain(`B: Bo Sceptic ${run} 20% Claims the opposite: 80% against = 20% for`);
    expect(await page.getByTestId("audit-history").innerText()).toContain("Added a reference forecast");
  });

  it("refuses a judgement against a stale version, keeps what was typed, and judges after Reload", async () => {
    browser.expectFailedRequest(409, "/api/trpc/question.judge");
    // Another editor corrects the criteria in another tab while this page shows version 1.
    const other = await browser.context.newPage();
    await other.goto(`${baseUrl}${questionPath}`);
    await other.getByRole("button", { name: "Edit", exact: true }).click();
    await other.locator("#edit-question-criteria").fill("Both leaders meet in person, announced by both sides");
    await other.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => other.getByTestId("audit-history").innerText()).toContain("Edited the question");
    await other.close();

    const judgeForm = page.getByRole("form", { name: "Judge this question" });
    await page.locator("#question-judge-outcome-false").check();
    await page.locator("#question-judge-note").fill(`No summit ${run} took place.`);
    await judgeForm.getByRole("button", { name: "Judge", exact: true }).click();
    const conflict = page.getByTestId("conflict-message");
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/you saw version 1, it is now version 2/);
    expect(await page.locator("#question-judge-note").inputValue()).toBe(`No summit ${run} took place.`);
    await shoot(page, "question-conflict");

    await page.getByRole("button", { name: "Reload" }).click();
    await expect
      .poll(() => page.getByTestId("question-criteria").innerText())
      .toBe("Both leaders meet in person, announced by both sides");
    await judgeForm.getByRole("button", { name: "Judge", exact: true }).click();
    await page.getByRole("heading", { name: "Re-judge this question" }).waitFor();
    expect(await page.getByTestId("question-status").innerText()).toContain("False");
    const [current] = await page.getByTestId("judgement").allInnerTexts();
    expect(current).toContain("False");
    expect(current).toContain(`No summit ${run} took place.`);
    // Mapped: the same claim is false, the opposite claim true.
    const [yes, no] = await linkedTexts();
    expect(yes).toContain("False");
    expect(no).toContain("True");
    await shoot(page, "question-judged");
  });

  it("gives the linked predictions the mapped outcomes, judged through the question", async () => {
    await page.goto(`${baseUrl}${yesPath}`);
    await page.getByTestId("prediction-status").waitFor();
    expect(await page.getByTestId("prediction-status").innerText()).toContain("False");
    expect((await page.getByTestId("judgement").allInnerTexts())[0]).toContain(`No summit ${run} took place.`);
    await page.getByRole("heading", { name: "Judged through its question" }).waitFor();
    expect(await page.getByRole("form", { name: /judge this prediction/i }).count()).toBe(0);

    await page.goto(`${baseUrl}${noPath}`);
    await page.getByTestId("prediction-status").waitFor();
    expect(await page.getByTestId("prediction-status").innerText()).toContain("True");
    expect(await page.locator("#judge").innerText()).toContain("turned round because it claims the opposite");
    await shoot(page, "question-linked-prediction");
  });

  it("finds the question on /questions by search and by status, in the URL", async () => {
    await page.goto(`${baseUrl}/questions`);
    await page.getByLabel("Search question titles and criteria").fill(`summit ${run}`);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === `summit ${run}`);
    const rows = page.getByTestId("question-row");
    await expect.poll(() => rows.count()).toBe(1);
    const row = (await rows.first().innerText()).replace(/\s+/g, " ");
    expect(row).toContain(title);
    expect(row).toContain("False");
    expect(row).toContain("31 Dec 2025");
    expect(row).toContain("2 predictions");
    expect(row).toContain("2 analysts");
    await shoot(page, "questions");

    await page.getByText("Judged", { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("status") === "JUDGED");
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByText("Open", { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("status") === "OPEN");
    await page.getByTestId("no-match").waitFor();
    expect(await page.getByLabel("Search question titles and criteria").inputValue()).toBe(`summit ${run}`);

    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.waitForURL(`${baseUrl}/questions`);
    await rows.first().waitFor();
    await page.getByRole("link", { name: title }).click();
    await page.waitForURL(`${baseUrl}${questionPath}`);
  });

  it("shows the not-found page for an unknown question", async () => {
    // As for an unknown prediction: the page streams (loading.tsx), so the status stays 200 and
    // Next marks the page noindex instead.
    await page.goto(`${baseUrl}/questions/no-such-question-${run}`);
    await page.getByRole("heading", { name: "No such question" }).waitFor();
    expect(await page.title()).toBe("Question not found · Hindsight");
    expect(await page.locator('meta[name="robots"]').first().getAttribute("content")).toBe("noindex");
    await page.getByRole("link", { name: "See the questions" }).click();
    await page.waitForURL(`${baseUrl}/questions`);
  });
});
