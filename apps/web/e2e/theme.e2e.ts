import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * The theme switch in the footer: system (the default, following the browser's preference), light
 * or dark, remembered in this browser (a cookie) and drawn by the server, so the page arrives in
 * the chosen theme with no script to run first.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");

/** The page's background as the browser paints it, as [r, g, b] brightness-comparable numbers. */
const backgroundLightness = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return (r! + g! + b!) / 3;
  });

const htmlClass = (page: Page) => page.evaluate(() => document.documentElement.className);
const themeCookie = async (browser: Browser) =>
  (await browser.context.cookies(baseUrl)).find((cookie) => cookie.name === "hindsight-theme")?.value;

describe("the theme switch", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The system prefers dark: "System" is dark, "Light" must override it.
    browser = await launchBrowser({ colorScheme: "dark" });
    await useOwnAddress(browser.context);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const theme = () => page.getByRole("group", { name: "Theme" });

  it("follows the system by default", async () => {
    await page.goto(`${baseUrl}/`);
    expect(await theme().getByRole("radio", { name: "System" }).isChecked()).toBe(true);
    expect(await htmlClass(page)).toBe("");
    expect(await backgroundLightness(page)).toBeLessThan(80);
    await page.emulateMedia({ colorScheme: "light" });
    expect(await backgroundLightness(page)).toBeGreaterThan(200);
    await page.emulateMedia({ colorScheme: "dark" });
  });

  it("switches to light at once, remembers it, and the server draws the next page light", async () => {
    await theme().getByText("Light").click();
    expect(await theme().getByRole("radio", { name: "Light" }).isChecked()).toBe(true);
    expect(await htmlClass(page)).toBe("light");
    await expect.poll(() => backgroundLightness(page)).toBeGreaterThan(200);
    expect(await themeCookie(browser)).toBe("light");

    // The document itself, as it leaves the server, carries the theme: nothing waits for a script.
    const html = await (await browser.context.request.get(`${baseUrl}/scoreboard`)).text();
    expect(html).toMatch(/<html lang="en" class="light"/);

    await page.goto(`${baseUrl}/analysts`);
    expect(await htmlClass(page)).toBe("light");
    expect(await backgroundLightness(page)).toBeGreaterThan(200);
    expect(await theme().getByRole("radio", { name: "Light" }).isChecked()).toBe(true);
  });

  it("switches to dark, whatever the system prefers, and keeps it after a reload", async () => {
    await page.emulateMedia({ colorScheme: "light" });
    await theme().getByText("Dark").click();
    expect(await htmlClass(page)).toBe("dark");
    await expect.poll(() => backgroundLightness(page)).toBeLessThan(80);
    await page.reload();
    expect(await htmlClass(page)).toBe("dark");
    expect(await backgroundLightness(page)).toBeLessThan(80);
    expect(await themeCookie(browser)).toBe("dark");
  });

  it("goes back to following the system", async () => {
    await theme().getByText("System").click();
    expect(await htmlClass(page)).toBe("");
    expect(await themeCookie(browser)).toBe("system");
    await expect.poll(() => backgroundLightness(page)).toBeGreaterThan(200);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => backgroundLightness(page)).toBeLessThan(80);
  });

  it("is operable from the keyboard: Tab to the chosen theme, arrows to change", async () => {
    await page.goto(`${baseUrl}/`);
    await theme().getByRole("radio", { name: "System" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await theme().getByRole("radio", { name: "Light" }).isChecked()).toBe(true);
    expect(await htmlClass(page)).toBe("light");
  });
});
