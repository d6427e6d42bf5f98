import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { TestUser } from "./global-setup";
import { accountButton, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * The header at a phone's width (390px) and a laptop's (1280px), for each role: every link in
 * reach and none of it cut off, a Menu button with a real disclosure on narrow screens, and the
 * account menu. Screenshots land in <repo>/test-artifacts/ (git-ignored).
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test-artifacts");

type RoleName = "anonymous" | "viewer" | "editor" | "admin";
const users: Record<Exclude<RoleName, "anonymous">, TestUser> = {
  viewer: inject("viewer"),
  editor: inject("editor"),
  admin: inject("admin"),
};

const places = ["Predictions", "Questions", "Analysts", "Scoreboard"];
const editorActions = ["Log a prediction", "Add from article"];
/** The links of the main navigation a role sees (the due queue's link is named by its count). */
const mainLinks = (role: RoleName) => [
  ...places,
  "Due",
  ...(role === "editor" || role === "admin" ? ["Disputes", ...editorActions] : []),
];
/** What the account menu holds besides Sign out. */
const accountLinks = (role: RoleName) => [
  ...(role === "admin" ? ["Users", "API keys", "Webhooks"] : []),
  ...(role === "anonymous" ? [] : ["Follows and email digest"]),
];

/** "Due: 3 predictions await a judgement" is the Due link; "Disputes 2 disputes await an answer", Disputes. */
const shortName = (name: string) =>
  name.startsWith("Due") ? "Due" : name.startsWith("Disputes") ? "Disputes" : name.trim();

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The element's own content is wider than its box (its text is cut off). */
  overflowing: boolean;
  visible: boolean;
}

/** Every link and button in `scope` that is rendered, with its box and whether its own content overflows. */
async function boxesIn(scope: Locator): Promise<Box[]> {
  return scope.locator("a, button").evaluateAll((elements) =>
    elements
      .map((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return {
          name: (element.getAttribute("aria-label") ?? (element as HTMLElement).innerText ?? "").trim(),
          left: box.left,
          right: box.right,
          top: box.top,
          bottom: box.bottom,
          overflowing: element.scrollWidth > element.clientWidth + 1,
          visible: box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none",
        };
      })
      .filter((box) => box.visible),
  );
}

/** Nothing in the list sticks out of the viewport or of `container`, and no text is cut inside its own box. */
async function expectAllInside(boxes: Box[], container: Locator, page: Page, what: string) {
  const viewport = page.viewportSize()!;
  const outer = (await container.boundingBox())!;
  for (const box of boxes) {
    expect(box.left, `${what}: ${box.name} left`).toBeGreaterThanOrEqual(Math.max(0, outer.x) - 0.5);
    expect(box.right, `${what}: ${box.name} right`).toBeLessThanOrEqual(
      Math.min(viewport.width, outer.x + outer.width) + 0.5,
    );
    expect(box.top, `${what}: ${box.name} top`).toBeGreaterThanOrEqual(outer.y - 0.5);
    expect(box.bottom, `${what}: ${box.name} bottom`).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
    expect(box.overflowing, `${what}: ${box.name} is cut off`).toBe(false);
  }
}

/** The element scrolls nothing sideways: its content fits its width. */
const fitsWidth = (locator: Locator) => locator.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);

describe.each(["anonymous", "viewer", "editor", "admin"] as const)("the header for %s", (role) => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    if (role !== "anonymous") await signInQuietly(browser.context, baseUrl, users[role]);
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (width: number, at = "/scoreboard") => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseUrl}${at}`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    // Wait for who is signed in and the due count: both widen the header.
    await page.waitForLoadState("networkidle");
    const header = page.getByRole("banner");
    if (role === "anonymous") await header.getByRole("link", { name: "Sign in" }).waitFor();
    else await accountButton(page).waitFor();
    return header;
  };

  it("shows every link in a row at 1280px, none cut off or out of sight", async () => {
    const header = await open(1280);
    const nav = header.getByRole("navigation", { name: "Main" });
    await nav.waitFor();
    expect(await header.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);

    const links = await nav
      .getByRole("link")
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute("aria-label") ?? (element as HTMLElement).innerText),
      );
    expect(links.map(shortName)).toEqual(mainLinks(role));
    expect(await nav.getByRole("link", { name: "Scoreboard" }).getAttribute("aria-current")).toBe("page");

    const row = header.locator(":scope > div");
    expect(await fitsWidth(row), "the header row scrolls sideways").toBe(true);
    expect(await fitsWidth(nav), "the navigation scrolls sideways").toBe(true);
    await expectAllInside(await boxesIn(nav), nav, page, "nav at 1280px");
    await expectAllInside(await boxesIn(header), row, page, "header at 1280px");
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({
      path: path.join(artifacts, `header-${role}-1280.png`),
      clip: { x: 0, y: 0, width: 1280, height: 120 },
    });
  });

  it("at 390px puts the links under a Menu button that opens, is keyboard operable and closes with Escape", async () => {
    const header = await open(390);
    expect(await header.getByRole("navigation", { name: "Main" }).count()).toBe(0);
    const row = header.locator(":scope > div");
    expect(await fitsWidth(row), "the header row scrolls sideways").toBe(true);
    // The header itself spans the screen, no wider (what the page below it holds is its own affair).
    const headerBox = (await header.boundingBox())!;
    expect(headerBox.x).toBe(0);
    expect(headerBox.width).toBeLessThanOrEqual(390);
    await expectAllInside(await boxesIn(header), row, page, "header at 390px");

    const menuButton = header.getByRole("button", { name: "Menu" });
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
    const panelId = await menuButton.getAttribute("aria-controls");
    expect(panelId).toBeTruthy();

    // From the keyboard: focus the button, Enter opens, the focus moves to the first link.
    await menuButton.focus();
    await page.keyboard.press("Enter");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("true");
    const nav = header.getByRole("navigation", { name: "Main" });
    await nav.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Predictions");
    expect(await page.evaluate((id) => document.activeElement?.closest(`[id="${id}"]`) !== null, panelId)).toBe(true);

    const names = await nav
      .getByRole("link")
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute("aria-label") ?? (element as HTMLElement).innerText),
      );
    expect(names.map(shortName)).toEqual(mainLinks(role));
    for (const link of await nav.getByRole("link").all()) expect(await link.isVisible()).toBe(true);
    const panel = page.locator(`[id="${panelId}"]`);
    await expectAllInside(await boxesIn(panel), panel, page, "menu at 390px");
    // The open list fits the screen's height too (it scrolls inside itself if it ever does not).
    const panelBox = (await panel.boundingBox())!;
    expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(900);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, `header-${role}-390-menu.png`) });

    // Tab walks the links; Escape closes and gives the focus back to the button.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Questions");
    await page.keyboard.press("Escape");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
    expect(await panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Menu");

    // A click opens it; following a link goes there and closes it.
    await menuButton.click();
    await nav.getByRole("link", { name: "Analysts" }).click();
    await page.waitForURL(`${baseUrl}/analysts`);
    await expect.poll(() => menuButton.getAttribute("aria-expanded")).toBe("false");

    // A click elsewhere closes it too.
    await menuButton.click();
    expect(await menuButton.getAttribute("aria-expanded")).toBe("true");
    // (in the page's side margin, below the open list: nothing there to follow)
    await page.mouse.click(4, 880);
    await expect.poll(() => menuButton.getAttribute("aria-expanded")).toBe("false");
  });

  it.each([1280, 390])("opens the account menu at %ipx with every link and Sign out in sight", async (width) => {
    const header = await open(width);
    if (role === "anonymous") {
      const signIn = header.getByRole("link", { name: "Sign in" });
      expect(await signIn.getAttribute("href")).toBe("/sign-in?next=%2Fscoreboard");
      expect(await accountButton(page).count()).toBe(0);
      return;
    }
    const user = users[role];
    const button = accountButton(page);
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await button.textContent()).toContain(user.name);
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    const panel = page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);
    await panel.waitFor();
    expect(await panel.textContent()).toContain(user.email);
    const items = await panel.getByRole("link").allInnerTexts();
    expect(items.map((name) => name.trim())).toEqual(accountLinks(role));
    await panel.getByRole("button", { name: "Sign out" }).waitFor();
    await expectAllInside(await boxesIn(panel), panel, page, `account menu at ${width}px`);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await page.keyboard.press("Escape");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-controls") ?? null)).toBe(
      await button.getAttribute("aria-controls"),
    );
  });
});

describe("the admin's pages from the account menu", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("admin"));
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("reaches API keys and marks it as the current page", async () => {
    await page.goto(`${baseUrl}/`);
    await accountButton(page).click();
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "API keys" }).click();
    await page.waitForURL(`${baseUrl}/admin/api-keys`);
    await page.getByRole("heading", { level: 1, name: "API keys" }).waitFor();
    await accountButton(page).click();
    expect(
      await page
        .getByRole("navigation", { name: "Admin" })
        .getByRole("link", { name: "API keys" })
        .getAttribute("aria-current"),
    ).toBe("page");
  });
});
