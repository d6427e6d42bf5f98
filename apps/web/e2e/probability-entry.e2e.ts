import { randomBytes } from "node:crypto";
import type { AppRouter } from "@hindsight/api";
import type { TRPCClient } from "@trpc/client";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";
import { landOnLoggedPrediction } from "./logged";

/**
 * Probabilities are typed the way they are shown: "60", "60%" and "0.6" all save 60%, the reading
 * ("Reads as 60%") is shown and announced before saving, and a number that is not a probability
 * is refused on its field, saying so in percent. The same for a PARTIAL credit.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const run = randomBytes(3).toString("hex");

describe("typing a probability as it is shown", () => {
  let browser: Browser;
  let page: Page;
  let api: TRPCClient<AppRouter>;
  const createRequests: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    api = await apiAs(browser.context, baseUrl);
    page = await browser.context.newPage();
    page.on("request", (request) => {
      if (request.url().includes("prediction.create")) createRequests.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const reading = (id: string) => page.locator(`#${id}-reads-as`);

  /** Opens the form with a new analyst (its slug finds what was saved) and a claim filled in. */
  async function startPrediction(name: string) {
    // The form submits through its script: wait for it before typing and saving.
    await page.goto(`${baseUrl}/predictions/new`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { name: "Log a prediction" }).waitFor();
    await page.getByRole("combobox", { name: "Analyst" }).fill(name);
    await page.getByRole("option", { name: `Create a new analyst “${name}”` }).click();
    await page.locator("#claim").fill(`${name} says it happens`);
  }

  it.each([
    ["60", "one", null],
    ["60%", "two", null],
    ["60.0 %", "three", null],
    ["0.6", "four", "0.6 is read as a fraction of 1; for 0.6 percent type 0.6%."],
  ])("saves %j as 60%, with its reading shown before saving", async (typed, label, note) => {
    const name = `Percy Percent ${run} ${label}`;
    await startPrediction(name);
    const input = page.getByLabel("Probability", { exact: true });
    await input.fill(typed);

    await expect.poll(() => reading("probability").locator("span").first().textContent()).toBe("Reads as 60%");
    const notes = reading("probability").locator("span").nth(1);
    if (note) expect(await notes.textContent()).toBe(note);
    else expect(await notes.count()).toBe(0);
    // Announced as it changes, and read out with the field.
    expect(await reading("probability").getAttribute("aria-live")).toBe("polite");
    expect((await input.getAttribute("aria-describedby"))?.split(" ")).toContain("probability-reads-as");

    await page.getByRole("button", { name: "Log prediction" }).click();
    // Lands on the new prediction's page (wait for it to settle before leaving it).
    await landOnLoggedPrediction(page);
    const slug = name.toLowerCase().replace(/\s+/g, "-");
    const saved = await api.prediction.list.query({ analyst: slug, limit: 5 });
    expect(saved.items.map((item) => item.probability)).toEqual([0.6]);
    const detail = await page.goto(`${baseUrl}/predictions/${saved.items[0]!.id}`);
    expect(detail?.ok()).toBe(true);
    expect(await page.getByTestId("probability").textContent()).toBe("60%");
  });

  it("says how to write certainty when 1 is typed, and reads 100 as certain", async () => {
    await startPrediction(`Percy Percent ${run} five`);
    const input = page.locator("#probability");
    await input.fill("1");
    await expect
      .poll(() => reading("probability").textContent())
      .toBe("Reads as 1%1 is read as 1%; for certainty type 100%.");
    await input.fill("100");
    await expect.poll(() => reading("probability").textContent()).toBe("Reads as 100%");
  });

  it("refuses a number that is not a probability on its field, in percent, and sends nothing", async () => {
    createRequests.length = 0;
    await startPrediction(`Percy Percent ${run} six`);
    const input = page.locator("#probability");
    await input.fill("160");
    await expect
      .poll(() => reading("probability").textContent())
      .toBe("Probability must be between 0% and 100%, not “160”.");
    await page.getByRole("button", { name: "Log prediction" }).click();
    await expect
      .poll(() => page.locator("#probability-error").textContent())
      .toBe("Probability must be between 0% and 100%, not “160”");
    expect(await input.getAttribute("aria-invalid")).toBe("true");
    expect((await input.getAttribute("aria-describedby"))?.split(" ")).toContain("probability-error");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("probability");

    await input.fill("sixty");
    await page.getByRole("button", { name: "Log prediction" }).click();
    await expect
      .poll(() => page.locator("#probability-error").textContent())
      .toBe("Probability must be a percentage such as 60% or a fraction such as 0.6, not “sixty”");
    expect(createRequests).toEqual([]);
  });

  it("steps by one point with the arrow keys, and by ten with Shift", async () => {
    await startPrediction(`Percy Percent ${run} seven`);
    const input = page.locator("#probability");
    await input.fill("60");
    await input.press("ArrowUp");
    expect(await input.inputValue()).toBe("61%");
    await expect.poll(() => reading("probability").textContent()).toBe("Reads as 61%");
    await input.press("Shift+ArrowDown");
    expect(await input.inputValue()).toBe("51%");
    await expect.poll(() => reading("probability").textContent()).toBe("Reads as 51%");
  });

  it("edits a probability as it is shown: the stored 70% reads back as 70%, and 45 saves 45%", async () => {
    const created = await api.prediction.create.mutate({
      analyst: { mode: "new", name: `Edda Edit ${run}` },
      claim: `Edda's claim ${run} is corrected`,
      madeAt: "2025-01-15",
      probability: 0.7,
      tags: [],
    });
    await page.goto(`${baseUrl}/predictions/${created.id}`);
    await page.getByRole("button", { name: "Edit", exact: true }).click();
    const input = page.locator("#edit-probability");
    expect(await input.inputValue()).toBe("70%");
    expect(await reading("edit-probability").textContent()).toBe("Reads as 70%");
    await input.fill("45");
    await expect.poll(() => reading("edit-probability").textContent()).toBe("Reads as 45%");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(async () => (await api.prediction.byId.query({ id: created.id })).probability).toBe(0.45);
    await expect.poll(() => page.getByTestId("probability").textContent()).toBe("45%");
  });

  it.each([
    ["25", "a"],
    ["25%", "b"],
    ["0.25", "c"],
  ])("judges PARTIAL with the credit typed %j saved as 25%", async (typed, label) => {
    const created = await api.prediction.create.mutate({
      analyst: { mode: "new", name: `Carla Credit ${run} ${label}` },
      claim: `Carla's claim ${run} ${label} comes partly true`,
      madeAt: "2025-01-15",
      probability: 0.7,
      tags: [],
    });
    await page.goto(`${baseUrl}/predictions/${created.id}`);
    await page.getByRole("heading", { name: "Judge this prediction" }).waitFor();
    await page.getByText("Partly true", { exact: true }).click();
    const credit = page.getByLabel("Credit", { exact: true });
    await credit.fill(typed);
    await expect.poll(() => reading("judge-credit").locator("span").first().textContent()).toBe("Reads as 25%");
    expect((await credit.getAttribute("aria-describedby"))?.split(" ")).toContain("judge-credit-reads-as");
    await page
      .getByRole("form", { name: /judge this prediction/i })
      .getByRole("button", { name: "Judge", exact: true })
      .click();
    await expect.poll(() => page.getByTestId("judgement").count()).toBe(1);
    expect(await page.getByTestId("judgement").first().innerText()).toContain("credit 25%");
    const detail = await api.prediction.byId.query({ id: created.id });
    expect(detail.judgements[0]).toMatchObject({ outcome: "PARTIAL", credit: 0.25 });
  });

  it("judges a question PARTIAL with the credit typed as a percentage", async () => {
    const question = await api.question.create.mutate({ title: `Does the percent question ${run} come true?` });
    await page.goto(`${baseUrl}/questions/${question.key}`);
    await page.getByRole("heading", { name: "Judge this question" }).waitFor();
    const form = page.getByRole("form", { name: "Judge this question" });
    await form.getByText("Partly true", { exact: true }).click();
    await form.getByLabel("Credit", { exact: true }).fill("30%");
    await expect.poll(() => reading("question-judge-credit").textContent()).toBe("Reads as 30%");
    await form.getByRole("button", { name: "Judge", exact: true }).click();
    await expect
      .poll(async () => (await api.question.byKey.query({ key: question.key })).judgements[0])
      .toMatchObject({ outcome: "PARTIAL", credit: 0.3 });
  });

  it("refuses a credit above 100% on its field", async () => {
    const created = await api.prediction.create.mutate({
      analyst: { mode: "new", name: `Carla Credit ${run} d` },
      claim: `Carla's claim ${run} d is judged`,
      madeAt: "2025-01-15",
      probability: 0.7,
      tags: [],
    });
    await page.goto(`${baseUrl}/predictions/${created.id}`);
    await page.getByRole("heading", { name: "Judge this prediction" }).waitFor();
    await page.getByText("Partly true", { exact: true }).click();
    await page.locator("#judge-credit").fill("150");
    await page
      .getByRole("form", { name: /judge this prediction/i })
      .getByRole("button", { name: "Judge", exact: true })
      .click();
    await expect
      .poll(() => page.locator("#judge-credit-error").textContent())
      .toBe("Credit must be between 0% and 100%, not “150”");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("judge-credit");
    expect((await api.prediction.byId.query({ id: created.id })).judgements).toEqual([]);
  });
});
