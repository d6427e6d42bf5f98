import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signIn, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * Following and the email digest (docs/notifications.md): a viewer follows an analyst from the
 * analyst's page, chooses a weekly digest and sees its preview (the app runs without SMTP_URL and
 * says so), the bell shows the analyst's due prediction, and the digest's unsubscribe link works
 * without signing in.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const viewer = inject("viewer");
const editor = inject("editor");

describe("follow and digest", () => {
  let browser: Browser;
  let page: Page;
  let analystSlug = "";
  const claim = `The ferry strike ends by spring (${Date.now().toString(36)})`;

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    // The editor logs a prediction whose deadline has passed, through the real API.
    await signInQuietly(browser.context, baseUrl, editor);
    const api = await apiAs(browser.context, baseUrl);
    const created = await api.prediction.create.mutate({
      analyst: { mode: "new", name: "Bella Bellwether" },
      claim,
      madeAt: "2026-01-10",
      resolveBy: "2026-02-01",
      probability: 0.6,
      tags: ["ferries"],
    });
    analystSlug = created.analyst.slug;
    await browser.context.clearCookies();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await signIn(page, baseUrl, viewer, `/analysts/${analystSlug}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("follows an analyst from their page", async () => {
    await page.getByRole("heading", { level: 1, name: "Bella Bellwether" }).waitFor();
    await page.getByRole("button", { name: "Follow Bella Bellwether" }).click();
    await page.getByRole("button", { name: "Unfollow Bella Bellwether" }).waitFor();
    // It stays followed.
    await page.reload();
    await page.getByRole("button", { name: "Unfollow Bella Bellwether" }).waitFor();
  });

  it("follows a tag from the predictions filtered by it", async () => {
    await page.goto(`${baseUrl}/?tag=ferries`);
    await page.getByRole("button", { name: "Follow the tag ferries" }).click();
    await page.getByRole("button", { name: "Unfollow the tag ferries" }).waitFor();
    await page.goto(`${baseUrl}/analysts/${analystSlug}`);
    await page.getByRole("button", { name: "Unfollow Bella Bellwether" }).waitFor();
  });

  it("shows the due prediction in the bell, until marked read", async () => {
    const bell = page.getByTestId("notification-bell");
    await page.getByTestId("notification-count").waitFor();
    expect(Number(await page.getByTestId("notification-count").textContent())).toBeGreaterThanOrEqual(1);
    await bell.click();
    const panel = page.getByTestId("notification-panel");
    await panel.getByText(claim).waitFor();
    expect(await panel.textContent()).toContain("Bella Bellwether: due 2026-02-01, awaiting a judgement");
    await panel.getByRole("button", { name: "Mark all read" }).click();
    await page.getByTestId("notification-count").waitFor({ state: "detached" });
    expect(await bell.getAttribute("aria-label")).toBeNull();
    expect(await bell.textContent()).not.toContain("unread");
    await page.keyboard.press("Escape");
  });

  let unsubscribeUrl = "";

  it("chooses a weekly digest and previews it, saying mail is not set up", async () => {
    await page.goto(`${baseUrl}/settings/notifications`);
    await page.getByRole("heading", { level: 1, name: "Follows and email digest" }).waitFor();
    expect(await page.getByTestId("smtp-missing").textContent()).toContain("SMTP_URL is not configured");
    const follows = (await page.getByTestId("follows").textContent()) ?? "";
    expect(follows).toContain("Analyst Bella Bellwether");
    expect(follows).toContain("Tag ferries");

    const howOften = page.getByRole("group", { name: "How often" });
    // The radios are drawn as one segmented control: the visible label is what a person clicks.
    await howOften.getByText("Weekly", { exact: true }).click();
    await page.getByText("Email digest: weekly").waitFor();
    const preview = page.getByTestId("digest-preview");
    await preview.getByText(/^Hindsight weekly digest/).waitFor();
    const text = (await preview.textContent()) ?? "";
    expect(text).toContain("Your weekly Hindsight digest");
    expect(text).toContain("from what you follow: Bella Bellwether, #ferries");
    unsubscribeUrl = /Unsubscribe \(no sign-in needed\): (\S+)/.exec(text)?.[1] ?? "";
    expect(unsubscribeUrl).toMatch(new RegExp(`^${baseUrl}/unsubscribe/[A-Za-z0-9_-]{43}$`));

    await page.reload();
    expect(await howOften.getByRole("radio", { name: "Weekly" }).isChecked()).toBe(true);
  });

  it("unsubscribes through the mail's link without signing in", async () => {
    const anonymous = await browser.context.browser()!.newContext();
    try {
      const other = await anonymous.newPage();
      await other.goto(unsubscribeUrl);
      await other.getByText("Stop the weekly email digest?").waitFor();
      await other.getByRole("button", { name: "Unsubscribe" }).click();
      await other.getByText("You are unsubscribed").waitFor();
      expect(new URL(other.url()).searchParams.get("done")).toBe("1");
    } finally {
      await anonymous.close();
    }
    await page.reload();
    expect(await page.getByRole("group", { name: "How often" }).getByRole("radio", { name: "Off" }).isChecked()).toBe(
      true,
    );

    // A mail program's one-click unsubscribe (RFC 8058) on the List-Unsubscribe address.
    const oneClick = await fetch(unsubscribeUrl.replace("/unsubscribe/", "/api/unsubscribe/"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain("Unsubscribed");
    const unknown = await fetch(`${baseUrl}/api/unsubscribe/${"x".repeat(43)}`, { method: "POST" });
    expect(unknown.status).toBe(404);
  });
});
