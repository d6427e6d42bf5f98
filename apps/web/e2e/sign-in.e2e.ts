import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { signIn, signInQuietly, signOut, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

const baseUrl = inject("baseUrl").replace(/\/$/, "");
const editor = inject("editor");
const admin = inject("admin");

describe("signing in and out", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    await browser.context.clearCookies();
    await useOwnAddress(browser.context);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Next's route announcer is an alert too: look inside the form.
  const signInAlert = () => page.getByRole("form", { name: "Sign in" }).getByRole("alert");

  it("says so when the password is wrong, keeping the email", async () => {
    browser.expectFailedRequest(401, "/api/auth/sign-in/email");
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => signInAlert().textContent()).toBe("Wrong email or password.");
    expect(await page.getByLabel("Email").inputValue()).toBe(editor.email);
    expect(await page.getByRole("link", { name: "Sign in" }).count()).toBe(0);
  });

  it("shows field errors for an empty form without asking the server", async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.locator("#email-error").textContent()).toBe("Email is required");
    expect(await page.locator("#password-error").textContent()).toBe("Password is required");
  });

  it("signs in, returns to the page asked for, shows the user and role, and signs out", async () => {
    await signIn(page, baseUrl, editor, "/predictions/new");
    expect(new URL(page.url()).pathname).toBe("/predictions/new");
    const header = page.getByRole("banner");
    expect(await header.textContent()).toContain("Editor");
    expect(await header.textContent()).toContain(editor.name);

    const cookies = await browser.context.cookies(baseUrl);
    const session = cookies.find((cookie) => cookie.name.endsWith("session_token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });

    await signOut(page);
    // The toaster, loaded after the page became interactive (not in the first load), says so.
    await page.getByText("Signed out").waitFor();
    // The header offers to sign in again; the page, now a reader's, offers it too instead of the form.
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).waitFor();
    await page.getByRole("heading", { level: 1, name: "Sign in to log a prediction" }).waitFor();
    expect((await browser.context.cookies(baseUrl)).some((cookie) => cookie.name.endsWith("session_token"))).toBe(
      false,
    );
  });

  it("ignores a `next` that leaves the site", async () => {
    await signIn(page, baseUrl, editor, "//evil.example/");
    expect(new URL(page.url()).origin).toBe(baseUrl);
    expect(new URL(page.url()).pathname).toBe("/");
  });

  it("counts down after too many attempts", async () => {
    browser.expectFailedRequest(401, "/api/auth/sign-in/email");
    browser.expectFailedRequest(429, "/api/auth/sign-in/email");
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill("not the password");
    const button = page.getByRole("button", { name: "Sign in" });
    for (let attempt = 0; attempt < 5; attempt++) {
      await button.click();
      await expect.poll(() => signInAlert().textContent()).toBe("Wrong email or password.");
      // The alert stays the same between attempts: wait for the request to finish before the next.
      await expect.poll(() => button.isEnabled()).toBe(true);
    }
    await button.click();
    await expect.poll(() => signInAlert().textContent()).toMatch(/^Too many attempts, try again in \d+ s\.$/);
    expect(await button.isDisabled()).toBe(true);
  });
});

describe("managing users", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sends an anonymous reader to sign in first", async () => {
    await page.goto(`${baseUrl}/admin/users`);
    await page.getByRole("heading", { name: "Sign in to Hindsight" }).waitFor();
    expect(new URL(page.url()).searchParams.get("next")).toBe("/admin/users");
  });

  it("tells an editor they need the admin role", async () => {
    await signInQuietly(browser.context, baseUrl, editor);
    await page.goto(`${baseUrl}/admin/users`);
    await page.getByRole("heading", { name: "You need the admin role" }).waitFor();
    await browser.context.clearCookies();
  });

  it("lets an admin add a user, with field errors, and change a role", async () => {
    browser.expectFailedRequest(409, "/api/trpc/user.create");
    await signInQuietly(browser.context, baseUrl, admin);
    await page.goto(`${baseUrl}/admin/users`);
    await page.getByRole("heading", { name: "Users" }).waitFor();
    const form = page.getByRole("form", { name: "Add a user" });

    await form.getByLabel("Name").fill("Nina New");
    await form.getByLabel("Email").fill(editor.email);
    await form.getByLabel("Password").fill("short");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect
      .poll(() => page.locator("#new-user-password-error").textContent())
      .toBe("Password must be at least 10 characters");

    await form.getByLabel("Password").fill("a long enough password");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect
      .poll(() => page.locator("#new-user-email-error").textContent())
      .toBe("A user with this email already exists");
    expect(await form.getByLabel("Name").inputValue()).toBe("Nina New");

    await form.getByLabel("Email").fill("nina@e2e.test");
    await form.getByRole("button", { name: "Add user" }).click();
    const row = page.getByRole("row").filter({ hasText: "nina@e2e.test" });
    await row.waitFor();
    expect(await row.getByLabel("Role of Nina New").inputValue()).toBe("EDITOR");

    await row.getByLabel("Role of Nina New").selectOption("VIEWER");
    await page.getByText("Nina New is now a viewer").waitFor();
    await page.reload();
    expect(await page.getByLabel("Role of Nina New").inputValue()).toBe("VIEWER");
  });
});
