import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * Permissions shown before work: a reader who is not signed in, and a signed-in viewer, never get a
 * form they cannot send. They are told who may do it and what they may do instead, with a way to
 * sign in (readers) or the role they would need (viewers); editors get the forms.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const run = randomBytes(3).toString("hex");

/** The editors' pages, the form each holds, and what a reader is asked to sign in for. */
const editorPages = [
  { path: "/predictions/new", form: "Log a prediction", readerTitle: "Sign in to log a prediction" },
  { path: "/predictions/from-article", form: null, readerTitle: "Sign in to add from an article" },
  { path: "/questions/new", form: null, readerTitle: "Sign in to ask a question" },
];

/** No control of an editor's form is on the page. */
const formControls = (page: Page) =>
  page.locator("main").locator("#claim, #article-text, [id$='-title'], #analyst-search, button[type=submit]").count();

const predictionClaim = `Permissions are shown before work (${run})`;
let predictionPath = "";
let questionPath = "";

beforeAll(async () => {
  const setup = await launchBrowser();
  try {
    await useOwnAddress(setup.context);
    await signInQuietly(setup.context, baseUrl, inject("editor"));
    const api = await apiAs(setup.context, baseUrl);
    const prediction = await api.prediction.create.mutate({
      analyst: { mode: "new", name: `Perm Issions ${run}` },
      claim: predictionClaim,
      madeAt: "2025-03-01",
      resolveBy: "2025-06-30",
      probability: 0.6,
      tags: [],
    });
    predictionPath = `/predictions/${prediction.id}`;
    const question = await api.question.create.mutate({ title: `Are permissions shown first? (${run})` });
    questionPath = `/questions/${question.key}`;
  } finally {
    await setup.close();
  }
});

describe("a reader who is not signed in", () => {
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

  it.each(editorPages)("is offered to sign in at $path, with no form to fill in", async ({ path, readerTitle }) => {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole("heading", { level: 1, name: readerTitle }).waitFor();
    expect(await formControls(page)).toBe(0);
    const signIn = page.getByRole("main").getByRole("link", { name: "Sign in" });
    expect(await signIn.getAttribute("href")).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    expect(await page.getByRole("navigation", { name: "What you can do" }).getByRole("link").allTextContents()).toEqual(
      ["Browse the predictions", "Read the scoreboard", "See each analyst's record", "Download the ledger"],
    );
  });

  it("is offered to sign in instead of Log a prediction on the list, and in the header", async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { level: 1, name: "Predictions" }).waitFor();
    const main = page.getByRole("main");
    expect(await main.getByRole("link", { name: "Log a prediction" }).count()).toBe(0);
    expect(await main.getByRole("link", { name: "Sign in to log predictions" }).getAttribute("href")).toBe(
      "/sign-in?next=%2Fpredictions%2Fnew",
    );
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).waitFor();
    expect(await page.getByRole("banner").getByRole("link", { name: "Log a prediction" }).count()).toBe(0);
  });

  it("comes back to the form after signing in", async () => {
    await page.goto(`${baseUrl}/predictions/new`);
    await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    const editor = inject("editor");
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/predictions/new`);
    await page.getByRole("form", { name: "Log a prediction" }).waitFor();
    await browser.context.clearCookies();
  });

  it("reads the due queue without Judge buttons, with a sign-in link", async () => {
    await page.goto(`${baseUrl}/due`);
    const row = page.getByTestId("prediction-row").filter({ hasText: predictionClaim });
    await row.waitFor();
    expect(await page.getByRole("link", { name: /^Judge/ }).count()).toBe(0);
    expect(await page.getByRole("main").getByRole("link", { name: "Sign in to judge" }).getAttribute("href")).toBe(
      "/sign-in?next=%2Fdue",
    );
  });

  it.each(["/import", "/admin/users", "/admin/api-keys"])("is sent to sign in at %s", async (path) => {
    await page.goto(`${baseUrl}${path}`);
    await page.waitForURL((url) => url.pathname === "/sign-in");
    expect(new URL(page.url()).searchParams.get("next")).toBe(path);
    await page.getByLabel("Email").waitFor();
  });

  it("reads a prediction and a question with a sign-in link where the judging and editing forms would be", async () => {
    for (const path of [predictionPath, questionPath]) {
      await page.goto(`${baseUrl}${path}`);
      const signIn = page.getByRole("link", { name: "Sign in to judge" });
      await signIn.waitFor();
      expect(await signIn.getAttribute("href")).toBe(`/sign-in?next=${encodeURIComponent(`${path}#judge`)}`);
      expect(await page.getByRole("form").count(), path).toBe(0);
      expect(await page.getByRole("button", { name: /^(Edit|Judge)/ }).count(), path).toBe(0);
    }
  });
});

describe("a signed-in viewer", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("viewer"));
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(editorPages)("is told at $path that the editor role is needed, with no form", async ({ path }) => {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole("heading", { level: 1, name: "You need the editor role" }).waitFor();
    expect(await formControls(page)).toBe(0);
    const notice = await page.getByRole("main").innerText();
    expect(notice).toContain("Viewer");
    expect(notice).toContain("ask an admin for the editor role");
  });

  it("is told at /import that the editor role is needed, with no upload", async () => {
    await page.goto(`${baseUrl}/import`);
    await page.getByRole("heading", { level: 1, name: "You need the editor role" }).waitFor();
    expect(await page.locator("main input, main button[type=submit]").count()).toBe(0);
    expect(await page.getByRole("main").innerText()).toContain("Only editors can import ledger files.");
  });

  it.each(["/admin/users", "/admin/api-keys"])(
    "is told at %s that the admin role is needed, with no form",
    async (path) => {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole("heading", { level: 1, name: "You need the admin role" }).waitFor();
      expect(await page.locator("main input, main select, main button[type=submit]").count()).toBe(0);
      expect(await page.getByRole("main").innerText()).toContain("Viewer");
    },
  );

  it("reads the due queue without Judge buttons, told that judging needs the editor role", async () => {
    await page.goto(`${baseUrl}/due`);
    await page.getByTestId("prediction-row").filter({ hasText: predictionClaim }).waitFor();
    expect(await page.getByRole("link", { name: /^Judge/ }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Sign in to judge" }).count()).toBe(0);
    expect(await page.getByRole("main").innerText()).toContain(
      "You are signed in as a viewer: judging needs the editor role.",
    );
  });

  it("has no Log a prediction on the list or in the header", async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { level: 1, name: "Predictions" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("link", { name: "Log a prediction" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Add from article" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Sign in to log predictions" }).count()).toBe(0);
  });

  it("reads a prediction and a question with a note that judging needs the editor role, and no form", async () => {
    for (const path of [predictionPath, questionPath]) {
      await page.goto(`${baseUrl}${path}`);
      const section = page.locator("#judge");
      await section.waitFor();
      expect(await section.innerText(), path).toMatch(
        /You are signed in as a viewer: judging and editing .*need the editor role/,
      );
      expect(await page.getByRole("form").count(), path).toBe(0);
      expect(await page.getByRole("link", { name: "Sign in to judge" }).count()).toBe(0);
    }
  });
});

describe("an editor", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("gets the forms", async () => {
    await page.goto(`${baseUrl}/predictions/new`);
    await page.getByRole("form", { name: "Log a prediction" }).waitFor();
    await page.goto(`${baseUrl}/predictions/from-article`);
    await page.getByLabel("Article text").waitFor();
    await page.goto(`${baseUrl}/questions/new`);
    await page.getByRole("heading", { level: 1, name: "New question" }).waitFor();
    await page.goto(`${baseUrl}${predictionPath}`);
    await page.getByRole("form", { name: /judge this prediction/i }).waitFor();
    await page.goto(`${baseUrl}/import`);
    await page.getByRole("heading", { level: 1, name: "Import a ledger file" }).waitFor();
  });

  it("gets a Judge button on each due prediction", async () => {
    await page.goto(`${baseUrl}/due`);
    const row = page.getByTestId("prediction-row").filter({ hasText: predictionClaim });
    expect(await row.getByRole("link", { name: /^Judge/ }).getAttribute("href")).toBe(`${predictionPath}#judge`);
    expect(await page.getByRole("link", { name: "Sign in to judge" }).count()).toBe(0);
  });

  it.each(["/admin/users", "/admin/api-keys"])("is told at %s that the admin role is needed", async (path) => {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole("heading", { level: 1, name: "You need the admin role" }).waitFor();
    expect(await page.locator("main input, main select, main button[type=submit]").count()).toBe(0);
    expect(await page.getByRole("main").innerText()).toContain("Editor");
  });
});
