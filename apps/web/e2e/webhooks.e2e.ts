import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startWorker, type Worker } from "@hindsight/jobs";
import type { Page } from "playwright-core";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signIn, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

const baseUrl = inject("baseUrl").replace(/\/$/, "");
const admin = inject("admin");

describe("webhooks", () => {
  let browser: Browser;
  let page: Page;
  let worker: Worker;
  let receiver: Server;
  let url = "";
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    // The receiver refuses the first attempt, then takes everything.
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        response.statusCode = received.length === 1 ? 503 : 200;
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hindsight`;
    // The worker `pnpm start` would run, with a test's short backoff.
    worker = await startWorker({
      databaseUrl: inject("databaseUrl"),
      pollingIntervalSeconds: 0.5,
      dispatchIntervalMs: 250,
      webhooks: { allowPrivate: true, timeoutMs: 5000, retry: { limit: 3, delaySeconds: 1, maxDelaySeconds: 2 } },
      log: () => undefined,
    });
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await signIn(page, baseUrl, admin, "/admin/webhooks");
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it("registers an endpoint, and its delivery log shows every attempt and a redelivery", async () => {
    await page.getByRole("heading", { level: 1, name: "Webhooks" }).waitFor();

    // Nothing chosen: a clear error, nothing registered.
    await page.getByLabel("URL").fill(url);
    await page.getByRole("button", { name: "Register endpoint" }).click();
    await page.getByText("Choose at least one event").waitFor();
    expect(await page.getByText("No endpoints yet").count()).toBe(1);

    await page.getByRole("checkbox", { name: /prediction\.created/ }).check();
    await page.getByRole("button", { name: "Register endpoint" }).click();
    const secretField = page.getByTestId("webhook-secret");
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole("button", { name: "Done" }).click();

    // An editor's write (here the admin's, through the API) causes the event.
    const api = await apiAs(browser.context, baseUrl);
    const created = await api.prediction.create.mutate({
      analyst: { mode: "new", name: "Hook Watcher" },
      claim: "A webhook reaches its receiver",
      madeAt: "2026-01-10",
      probability: 0.8,
      tags: ["e2e"],
    });

    await page.getByRole("button", { name: `Delivery log of ${url}` }).click();
    const log = page.getByRole("region", { name: /^Delivery log/ });
    await log.getByText("HTTP 200").waitFor({ timeout: 30_000 });
    await log.getByText("HTTP 503").waitFor();
    expect(await log.getByTestId("webhook-attempt").count()).toBe(2);

    // What the receiver got verifies with the secret the page showed.
    const last = received.at(-1)!;
    const verified = new Webhook(secret).verify(last.body, {
      "webhook-id": String(last.headers["webhook-id"]),
      "webhook-timestamp": String(last.headers["webhook-timestamp"]),
      "webhook-signature": String(last.headers["webhook-signature"]),
    }) as { type: string; data: { prediction: { id: string } } };
    expect(verified).toMatchObject({ type: "prediction.created", data: { prediction: { id: created.id } } });

    await log.getByRole("button", { name: /^Redeliver prediction\.created/ }).click();
    await page.getByText("Redelivery queued").waitFor();
    await expect
      .poll(async () => log.getByTestId("webhook-attempt").count(), { timeout: 30_000, interval: 500 })
      .toBe(3);
    expect(received).toHaveLength(3);
    expect(received[2]!.headers["webhook-id"]).toBe(received[0]!.headers["webhook-id"]);
  });
});
