import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * The right of reply in the browser (docs/disputes.md): a visitor who is not signed in disputes a
 * judgement through the public form, a signed-in viewer files another; an editor finds both in the
 * disputes queue (counted in the header), rejects one with a reason and upholds the other, then
 * re-judges the prediction; the prediction's page shows the disputes, the answers and the change
 * history, and the "Disputed" mark comes and goes. Screenshots land in <repo>/test-artifacts/.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const editor = inject("editor");
const viewer = inject("viewer");
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test-artifacts");
const run = randomBytes(3).toString("hex");
const claim = `The e2e ceasefire ${run} holds through the winter`;
const visitorText = `The ceasefire ${run} was broken in January, see the monitors' report.`;
const viewerText = `The ${run} judgement ignores the second front.`;

const shoot = async (target: Page, name: string) => {
  mkdirSync(artifacts, { recursive: true });
  await target.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
};

describe("disputing a judgement and answering the dispute", () => {
  let visitor: Browser;
  let reader: Browser;
  let newsroom: Browser;
  let predictionPath = "";

  beforeAll(async () => {
    newsroom = await launchBrowser();
    await useOwnAddress(newsroom.context);
    await signInQuietly(newsroom.context, baseUrl, editor);
    const api = await apiAs(newsroom.context, baseUrl);
    const created = await api.prediction.create.mutate({
      analyst: { mode: "new", name: `Dora Disputed ${run}` },
      claim,
      madeAt: "2025-10-01",
      resolveBy: "2026-03-01",
      probability: 0.7,
    });
    await api.prediction.judge.mutate({
      predictionId: created.id,
      version: created.version,
      outcome: "TRUE",
      resolvedAt: "2026-03-01",
      note: "The ceasefire held.",
    });
    predictionPath = `/predictions/${created.id}`;

    visitor = await launchBrowser();
    await useOwnAddress(visitor.context);
    reader = await launchBrowser();
    await useOwnAddress(reader.context);
    await signInQuietly(reader.context, baseUrl, viewer);
  });

  afterAll(async () => {
    await visitor?.close();
    await reader?.close();
    await newsroom?.close();
  });

  it("lets a visitor who is not signed in dispute the judgement, with a name and an email address", async () => {
    const page = await visitor.context.newPage();
    await page.goto(`${baseUrl}${predictionPath}`);
    const section = page.locator("#disputes");
    await section.getByText("No disputes.").waitFor();
    const form = page.getByRole("form", { name: "Dispute this judgement" });

    // Checked in the browser first: each problem on its field, nothing sent.
    await form.getByRole("button", { name: "File dispute" }).click();
    await form.getByText("Dispute is required").waitFor();
    expect(await form.getByText("Name is required").isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("dispute-text");

    await page.locator("#dispute-text").fill(visitorText);
    await page.locator("#dispute-evidence").fill("not a link");
    await page.locator("#dispute-name").fill("Jana Public");
    await page.locator("#dispute-email").fill("jana@example.org");
    await form.getByRole("button", { name: "File dispute" }).click();
    await form.getByText(/Evidence link must be an http\(s\) URL/).waitFor();
    // The honeypot is out of sight and out of reach.
    const honeypot = page.locator("#dispute-website");
    expect(await honeypot.getAttribute("tabindex")).toBe("-1");
    const box = (await honeypot.boundingBox())!;
    expect(box.x + box.width).toBeLessThan(0);
    expect(await honeypot.evaluate((element) => element.closest("[aria-hidden]") !== null)).toBe(true);

    await page.locator("#dispute-evidence").fill("https://example.org/monitors-report");
    await form.getByRole("button", { name: "File dispute" }).click();
    const dispute = section.getByTestId("dispute").filter({ hasText: visitorText });
    await dispute.waitFor();
    const text = await dispute.innerText();
    expect(text).toContain("Open");
    expect(text).toContain("Jana Public (not signed in)");
    expect(text).toContain("https://example.org/monitors-report");
    await page.getByTestId("disputed-badge").waitFor();
    // The email address is for the editors only.
    expect(await page.locator("body").innerText()).not.toContain("jana@example.org");
    const history = await page.getByTestId("audit-history").innerText();
    expect(history).toContain("Disputed the judgement by Jana Public (not signed in)");
    await shoot(page, "dispute-filed");
    await page.close();
  });

  it("lets a signed-in viewer dispute it as themselves, without name or email fields", async () => {
    const page = await reader.context.newPage();
    await page.goto(`${baseUrl}${predictionPath}`);
    const form = page.getByRole("form", { name: "Dispute this judgement" });
    await form.waitFor();
    expect(await page.locator("#dispute-name").count()).toBe(0);
    await page.locator("#dispute-text").fill(viewerText);
    await form.getByRole("button", { name: "File dispute" }).click();
    const dispute = page.getByTestId("dispute").filter({ hasText: viewerText });
    await dispute.waitFor();
    expect(await dispute.innerText()).toContain(`Filed by ${viewer.name} on`);
    await page.close();
  });

  it("lets an editor reject one dispute with a reason and uphold the other, then re-judge", async () => {
    const page = await newsroom.context.newPage();
    await page.goto(`${baseUrl}/disputes`);
    await page.getByRole("heading", { name: "Disputes", level: 1 }).waitFor();
    const count = Number(await page.getByRole("banner").getByTestId("disputes-count").first().innerText());
    expect(count).toBeGreaterThanOrEqual(2);

    const queue = page.getByTestId("dispute-queue");
    const viewerDispute = queue.getByTestId("dispute").filter({ hasText: viewerText });
    await viewerDispute.waitFor();
    // Rejecting needs a reason: refused in the browser, nothing sent.
    await viewerDispute.getByRole("button", { name: "Reject", exact: true }).click();
    await viewerDispute.getByText("A rejection needs a reason").waitFor();
    await viewerDispute.getByLabel(/Reason/).fill("The second front is outside the claim.");
    await viewerDispute.getByRole("button", { name: "Reject", exact: true }).click();
    await expect.poll(() => viewerDispute.getByTestId("dispute-status").innerText()).toBe("Rejected");
    expect(await viewerDispute.getByTestId("dispute-answer").innerText()).toContain(
      "The second front is outside the claim.",
    );

    const visitorDispute = queue.getByTestId("dispute").filter({ hasText: visitorText });
    // Editors see the public filer's email address, to ask them something.
    expect(await visitorDispute.innerText()).toContain("jana@example.org");
    await shoot(page, "disputes-queue");
    await visitorDispute.getByRole("button", { name: "Uphold and re-judge" }).click();
    await page.waitForURL(`${baseUrl}${predictionPath}#judge`);

    // Upheld: the judgement is re-judged with the judging form, appended to the history.
    const judgeForm = page.getByRole("form", { name: /judge this prediction/i });
    await page.getByText("False", { exact: true }).first().click();
    await page.locator("#judge-note").fill("Re-judged after an upheld dispute.");
    await judgeForm.getByRole("button", { name: "Re-judge" }).click();
    await expect.poll(() => page.getByTestId("judgement").count()).toBe(2);
    expect(await page.getByTestId("prediction-status").innerText()).toContain("False");
    await page.close();
  });

  it("shows the answers on the prediction's page and in its change history, and no longer marks it disputed", async () => {
    const page = await visitor.context.newPage();
    await page.goto(`${baseUrl}${predictionPath}`);
    const section = page.locator("#disputes");
    const upheld = section.getByTestId("dispute").filter({ hasText: visitorText });
    await upheld.waitFor();
    expect(await upheld.getByTestId("dispute-status").innerText()).toBe("Upheld");
    expect(await upheld.getByTestId("dispute-answer").innerText()).toContain(`Upheld by ${editor.name}`);
    const rejected = section.getByTestId("dispute").filter({ hasText: viewerText });
    expect(await rejected.getByTestId("dispute-answer").innerText()).toContain(
      "The second front is outside the claim.",
    );
    expect(await page.getByTestId("disputed-badge").count()).toBe(0);
    const history = await page.getByTestId("audit-history").innerText();
    expect(history).toContain(`Upheld a dispute by ${editor.name}`);
    expect(history).toContain(`Rejected a dispute by ${editor.name}`);
    expect(history).toContain("The second front is outside the claim.");
    await shoot(page, "dispute-answered");
    await page.close();
  });
});
