import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signIn, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

const baseUrl = inject("baseUrl").replace(/\/$/, "");
const admin = inject("admin");

/** A REST call as a script makes it: no cookies, only the key. */
async function rest(path: string, init: { method?: string; key?: string; body?: unknown } = {}) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const prediction = {
  analyst: { mode: "new", name: "Scripta Writer" },
  claim: "Logged by a script with an API key",
  madeAt: "2026-01-10",
  probability: 0.7,
  tags: ["e2e"],
};

describe("API keys", () => {
  let browser: Browser;
  let page: Page;
  let key = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await signIn(page, baseUrl, admin, "/admin/api-keys");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lets an admin create a key and shows it once", async () => {
    expect(new URL(page.url()).pathname).toBe("/admin/api-keys");
    await page.getByRole("heading", { level: 1, name: "API keys" }).waitFor();
    await page.getByLabel("Name").fill("E2E script");
    await page.getByLabel("Role").selectOption("EDITOR");
    await page.getByRole("button", { name: "Create key" }).click();

    const shown = page.getByTestId("new-api-key");
    await shown.waitFor();
    key = await shown.inputValue();
    expect(key).toMatch(/^hs_[A-Za-z0-9_-]{43}$/);
    expect(await page.getByRole("region", { name: "Key “E2E script” created" }).textContent()).toContain(
      "shown only this once",
    );
    const row = page.getByTestId(`api-key-${key.slice(0, 11)}`);
    await row.waitFor();
    expect(await row.textContent()).toContain("E2E script");

    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("button", { name: "Create key" }).waitFor();
    expect(await page.content()).not.toContain(key);
    await page.reload();
    await page.getByTestId(`api-key-${key.slice(0, 11)}`).waitFor();
    expect(await page.content()).not.toContain(key.slice(11));
  });

  it("lets a script write with the key, and the list shows it was used", async () => {
    expect((await rest("/predictions", { method: "POST", body: prediction })).status).toBe(401);
    const created = await rest("/predictions", { method: "POST", key, body: prediction });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ claim: prediction.claim, probability: 0.7 });

    await page.reload();
    const row = page.getByTestId(`api-key-${key.slice(0, 11)}`);
    await row.waitFor();
    expect(await row.textContent()).not.toContain("Never");
  });

  it("revokes the key, after which the API refuses it", async () => {
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Revoke E2E script" }).click();
    const row = page.getByTestId(`api-key-${key.slice(0, 11)}`);
    await expect.poll(() => row.textContent()).toContain("Revoked");
    const refused = await rest("/predictions", { method: "POST", key, body: prediction });
    expect(refused).toMatchObject({ status: 401, body: { error: { code: "UNAUTHORIZED" } } });
  });

  it("documents the API on a page of its own, from the OpenAPI document", async () => {
    const document = await rest("/openapi.json");
    expect(document.status).toBe(200);
    expect(document.body.openapi).toBe("3.1.0");

    await page.goto(`${baseUrl}/docs/api`);
    await page.getByRole("heading", { name: "REST API", level: 1 }).waitFor();
    const logging = page.locator("#createPrediction");
    expect(await logging.textContent()).toContain("/api/v1/predictions");
    expect(await logging.textContent()).toContain("Editor API key");
    expect(await logging.locator("pre").textContent()).toContain(`curl -X POST '${baseUrl}/api/v1/predictions'`);
    expect(await page.locator("#schema-PredictionDetail").textContent()).toContain("judgements");
  });
});
