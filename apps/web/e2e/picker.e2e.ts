import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * Pickers and text, on Log a prediction: the analyst picker picks the analyst that is highlighted
 * (never a new one in its place), finds names whatever their accents and case, and long text
 * fields show how many characters they hold against their limit before anything is sent.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const run = randomBytes(3).toString("hex");
/** A name with accents, unique to this run (and a namesake-free surname to search by). */
const surname = `Novotná${run}`;
const tereza = `Tereza ${surname}`;
const plainSurname = `novotna${run}`;
const namesake = `Tereza Nováková${run}`;

describe("the analyst picker and the character counts", () => {
  let browser: Browser;
  let page: Page;
  const createRequests: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    const api = await apiAs(browser.context, baseUrl);
    await api.prediction.create.mutate({
      analyst: { mode: "new", name: tereza },
      claim: `The picker finds ${tereza}`,
      madeAt: "2025-04-25",
      probability: 0.5,
      tags: [],
    });
    // A second Tereza Nov…, so that "Tereza Nov" finds two.
    await api.prediction.create.mutate({
      analyst: { mode: "new", name: namesake },
      claim: `The picker finds ${namesake} too`,
      madeAt: "2025-04-25",
      probability: 0.5,
      tags: [],
    });
    page = await browser.context.newPage();
    page.on("request", (request) => {
      if (request.url().includes("prediction.create")) createRequests.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    await page.goto(`${baseUrl}/predictions/new`);
    await page.getByRole("form", { name: "Log a prediction" }).waitFor();
  });

  const search = () => page.getByRole("combobox", { name: "Analyst" });
  const option = (name: string | RegExp) =>
    page.getByRole("listbox", { name: "Analysts" }).getByRole("option", { name });
  const selected = () => page.getByTestId("selected-analyst");
  /**
   * Waits until the list answers this very text: its status line ("2 analysts match …") shows only
   * then. Network idleness is no sign of it: once a page has been idle, waiting for idle returns at
   * once, even with the search for the latest text still to be sent.
   */
  const answeredFor = (text: string) =>
    page
      .getByText(new RegExp(`^\\d+ analysts match ${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`))
      .waitFor({ state: "attached" });
  const highlighted = () =>
    search().evaluate((input) => {
      const id = input.getAttribute("aria-activedescendant");
      return id ? (document.getElementById(id)?.textContent ?? null) : null;
    });

  it("picks the highlighted match with ArrowDown then Enter, never a new analyst", async () => {
    await search().fill("Tereza Novot");
    await option(tereza).waitFor();
    await answeredFor("Tereza Novot");
    // Nothing is highlighted until the arrow keys choose.
    expect(await highlighted()).toBeNull();
    await search().press("ArrowDown");
    expect(await highlighted()).toContain(tereza);
    expect(await option(tereza).getAttribute("aria-selected")).toBe("true");
    await search().press("Enter");
    await expect.poll(() => selected().textContent()).toBe(tereza);
    expect(await page.locator("#analyst-name").count()).toBe(0);
  });

  it("clears the highlight when the text changes, so Enter never lands on an option that moved", async () => {
    await search().fill("Tereza Novot");
    await option(tereza).waitFor();
    await answeredFor("Tereza Novot");
    await search().press("ArrowDown");
    expect(await highlighted()).toContain(tereza);
    await search().press("o");
    expect(await highlighted()).toBeNull();
  });

  it("on Enter with nothing highlighted, picks the only match, and waits for a choice among several", async () => {
    await search().fill("Tereza Novot");
    await option(tereza).waitFor();
    await answeredFor("Tereza Novot");
    await search().press("Enter");
    await expect.poll(() => selected().textContent()).toBe(tereza);

    await page.getByRole("button", { name: "Change analyst" }).click();
    await search().fill("Tereza Nov");
    await option(namesake).waitFor();
    await option(tereza).waitFor();
    await answeredFor("Tereza Nov");
    await search().press("Enter");
    // Neither picked nor created: the list stays open for a choice.
    expect(await page.getByRole("listbox", { name: "Analysts" }).isVisible()).toBe(true);
    expect(await selected().count()).toBe(0);
    expect(await page.locator("#analyst-name").count()).toBe(0);
  });

  it.each([surname, plainSurname, plainSurname.toUpperCase(), `tereza ${plainSurname}`])(
    "finds Tereza by %j, whatever the accents and case",
    async (query) => {
      await search().fill(query);
      await option(tereza).waitFor();
      // Tereza and "Create a new analyst", once the answer for this very text is in (not the first, empty query's).
      await expect.poll(() => page.getByRole("listbox", { name: "Analysts" }).getByRole("option").count()).toBe(2);
      expect(await option(namesake).count()).toBe(0);
    },
  );

  it("picks the analyst whose name is exactly what was typed (accents aside) on Enter", async () => {
    await search().fill(`TEREZA ${plainSurname}`);
    await option(tereza).waitFor();
    await answeredFor(`TEREZA ${plainSurname}`);
    await search().press("Enter");
    await expect.poll(() => selected().textContent()).toBe(tereza);
  });

  it("creates a new analyst only when asked: the Create option, or Enter when nobody matches", async () => {
    const newName = `Nobody Matches ${run}`;
    await search().fill(newName);
    await option(`Create a new analyst “${newName}”`).waitFor();
    await answeredFor(newName);
    expect(await page.getByRole("listbox", { name: "Analysts" }).getByRole("option").count()).toBe(1);
    await search().press("Enter");
    await expect.poll(() => page.locator("#analyst-name").inputValue()).toBe(newName);

    // ArrowUp from nothing highlighted reaches Create, the last option; Enter then creates.
    await page.getByRole("button", { name: /Pick an analyst already in the ledger/ }).click();
    await search().fill("Tereza Novot");
    await option(tereza).waitFor();
    await search().press("ArrowUp");
    expect(await highlighted()).toContain("Create a new analyst");
    await search().press("Enter");
    await expect.poll(() => page.locator("#analyst-name").inputValue()).toBe("Tereza Novot");
  });

  it("shows each long field's count and limit, warns near it and past it, and says so politely", async () => {
    const count = (id: string) => page.locator(`#${id}-count`);
    expect(await count("claim").getByTestId("character-count").textContent()).toBe("0 / 1000");
    expect(await count("quote").getByTestId("character-count").textContent()).toBe("0 / 5000");
    expect(await count("criteria").getByTestId("character-count").textContent()).toBe("0 / 2000");
    expect(await page.locator("#claim").getAttribute("aria-describedby")).toContain("claim-count");

    await page.locator("#claim").fill("x".repeat(812));
    await expect.poll(() => count("claim").getByTestId("character-count").textContent()).toBe("812 / 1000");
    expect(await count("claim").getAttribute("data-count-level")).toBe("fine");

    await page.locator("#claim").fill("x".repeat(950));
    await expect.poll(() => count("claim").getAttribute("data-count-level")).toBe("near");
    expect(await count("claim").innerText()).toContain("50 left");

    await page.locator("#claim").fill("x".repeat(1012));
    await expect.poll(() => count("claim").getAttribute("data-count-level")).toBe("over");
    expect(await count("claim").innerText()).toContain("12 too many");
    // Screen readers hear it once typing pauses, politely.
    const live = count("claim").locator("xpath=..").locator("[aria-live=polite]");
    await expect.poll(() => live.textContent()).toBe("12 characters too many: the limit is 1000");
    // The count differs in more than colour: the words say how many too many.
    const colour = await count("claim").evaluate((element) => getComputedStyle(element).color);
    const quoteColour = await count("quote").evaluate((element) => getComputedStyle(element).color);
    expect(colour).not.toBe(quoteColour);

    // Sending is refused on the spot, with the limit named, and nothing goes to the server.
    await page.getByRole("button", { name: "Log prediction" }).click();
    await expect.poll(() => page.locator("#claim-error").textContent()).toBe("Claim must be at most 1000 characters");
    expect(createRequests).toEqual([]);
  });

  it("counts the conditional's condition and a question's title too", async () => {
    await page.getByLabel("The prediction holds only if something else happens first").check();
    await page.locator("#condition").fill("If the ceasefire holds");
    await expect
      .poll(() => page.locator("#condition-count").getByTestId("character-count").textContent())
      .toBe("22 / 1000");
    await page.goto(`${baseUrl}/questions/new`);
    const title = page.getByLabel("Title");
    await title.fill("A ceasefire by 30 June 2026");
    const id = await title.getAttribute("id");
    await expect.poll(() => page.locator(`#${id}-count`).getByTestId("character-count").textContent()).toBe("27 / 500");
  });
});
