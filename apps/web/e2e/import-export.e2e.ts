import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signIn, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * Bringing a ledger in and out through the browser: anyone downloads it (JSON and CSV); an editor
 * uploads a CSV file, is shown every problem of a broken one with its line and column, then the
 * summary of a good one (a probability written "70%"), then "nothing changed" for the same file
 * again, and finds the imported predictions in the next download (the probability as 0.7). Screenshots land in <repo>/test-artifacts/ (git-ignored).
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const editor = inject("editor");
const run = randomBytes(3).toString("hex");
const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test-artifacts");
const shoot = async (target: Page, name: string) => {
  mkdirSync(artifacts, { recursive: true });
  await target.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
};

const header =
  "key,analyst,analystName,source,sourceTitle,sourcePublishedAt,claim,madeAt,probability,tags,outcome,resolvedAt";
const goodCsv = [
  header,
  `e2e-${run}-1,imogen-import-${run},Imogen Import,e2e-source-${run},"Outlook, ${run}",2025-03-01,The e2e import ${run} passes,2025-03-01,70%,e2e;imports,,`,
  `e2e-${run}-2,imogen-import-${run},Imogen Import,e2e-source-${run},,2025-03-01,"The e2e import ${run} fails, twice",2025-03-01,0.2,e2e,FALSE,2025-06-01`,
].join("\r\n");
const badCsv = [
  header,
  `e2e-${run}-3,imogen-import-${run},Imogen Import,,,,Too sure,2025-03-01,60,,,`,
  `e2e-${run}-4,imogen-import-${run},Imogen Import,,,,"Multi`,
  `line claim",someday,0.5,,MAYBE,2025-06-01`,
].join("\r\n");

describe("import and export", () => {
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

  const upload = async (name: string, text: string) => {
    await page
      .getByLabel("Ledger file", { exact: true })
      .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
    await page.getByRole("button", { name: "Import" }).click();
  };

  it("lets anyone download the ledger as JSON and CSV", async () => {
    const json = await browser.context.request.get(`${baseUrl}/export/ledger.json`);
    expect(json.status()).toBe(200);
    expect(json.headers()["content-disposition"]).toMatch(
      /^attachment; filename="hindsight-ledger-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(((await json.json()) as { format: string }).format).toBe("hindsight/v1");
    const csv = await browser.context.request.get(`${baseUrl}/export/ledger.csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect((await csv.text()).startsWith("key,analyst,analystName,")).toBe(true);

    await page.goto(`${baseUrl}/export`);
    await page.getByRole("heading", { name: "Import and export" }).waitFor();
    await shoot(page, "export");
    expect(await page.getByRole("link", { name: "Sign in to import" }).getAttribute("href")).toBe(
      "/sign-in?next=%2Fimport",
    );
  });

  it("sends a reader who is not signed in to sign in, and back to the upload", async () => {
    await page.goto(`${baseUrl}/import`);
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await signIn(page, baseUrl, editor, "/import");
    expect(new URL(page.url()).pathname).toBe("/import");
    await page.getByRole("heading", { name: "Import a ledger file" }).waitFor();
  });

  it("lists every problem of a broken file by line and column, and imports nothing", async () => {
    browser.expectFailedRequest(400, "/api/trpc/ledger.import");
    await upload("broken.csv", badCsv);
    const problems = page.getByTestId("import-problems");
    await problems.waitFor();
    const items = await problems.getByRole("listitem").allInnerTexts();
    expect(items.map((item) => item.replace(/\s+/g, " ").trim())).toEqual([
      // A bare 60 in a file is refused (the contract's numbers go from 0 to 1), with the sign suggested.
      'line 2, column probability: Probability must be between 0 and 1; for 60 percent write "60%"',
      "line 3, column madeAt: madeAt must be a date (YYYY-MM-DD)",
      "line 3, column outcome: outcome must be one of TRUE, FALSE, PARTIAL, AMBIGUOUS, ANNULLED",
    ]);
    expect(await problems.textContent()).toContain(
      "broken.csv is not a valid ledger: 3 problems. Nothing was imported.",
    );
    await shoot(page, "import-problems");
    const after = await browser.context.request.get(`${baseUrl}/export/ledger.csv`);
    expect(await after.text()).not.toContain(`e2e-${run}`);
  });

  it("imports a good file and says what it created; the same file again changes nothing", async () => {
    await upload("ledger.csv", goodCsv);
    const summary = page.getByTestId("import-summary");
    await summary.waitFor();
    expect(await summary.getByRole("heading").textContent()).toBe("Imported ledger.csv");
    const figures = async () =>
      Object.fromEntries(
        await summary
          .locator("dl > div")
          .evaluateAll((cells) =>
            cells.map((cell) => [cell.querySelector("dt")?.textContent, cell.querySelector("dd")?.textContent]),
          ),
      ) as Record<string, string>;
    expect(await figures()).toEqual({
      "Predictions created": "2",
      "Predictions updated": "0",
      "Judgements added": "1",
      Unchanged: "0",
    });
    await shoot(page, "import-summary");

    await upload("ledger.csv", goodCsv);
    await expect.poll(async () => (await figures()).Unchanged).toBe("2");
    expect(await summary.textContent()).toContain("Nothing changed");
  });

  it("takes a file larger than the 10 MB a Next proxy buffers by default (article texts of 2 MB each)", async () => {
    const article = "The talks will be flashy, vague and ultimately meaningless. ".repeat(33_000);
    const sources = Array.from({ length: 6 }, (_, index) => ({
      key: `e2e-large-${run}-${index}`,
      title: `A long article ${index}`,
      publishedAt: "2025-04-25",
      text: article,
    }));
    const file = JSON.stringify({
      format: "hindsight/v1",
      analysts: [{ slug: `imogen-import-${run}`, name: "Imogen Import" }],
      sources,
      predictions: [
        {
          key: `e2e-${run}-large`,
          analyst: `imogen-import-${run}`,
          source: sources[0]!.key,
          claim: `The e2e import ${run} of a large file works`,
          quote: "flashy, vague and ultimately meaningless",
          madeAt: "2025-04-25",
          probability: 0.9,
        },
      ],
    });
    expect(file.length).toBeGreaterThan(11_000_000);
    await page.getByLabel("Ledger file", { exact: true }).setInputFiles({
      name: "large.json",
      mimeType: "application/json",
      buffer: Buffer.from(file),
    });
    await page.getByRole("button", { name: "Import" }).click();
    await expect
      .poll(() => page.getByTestId("import-summary").getByRole("heading").textContent(), { timeout: 30_000 })
      .toBe("Imported large.json");
    expect(await page.getByTestId("import-summary").textContent()).toContain("Sources: 6 created");
  });

  it("finds the imported predictions in the list and in the CSV download", async () => {
    await page.goto(`${baseUrl}/?q=${encodeURIComponent(`"e2e import ${run}"`)}`);
    await expect.poll(() => page.getByText(`The e2e import ${run} passes`).count()).toBeGreaterThan(0);

    await page.goto(`${baseUrl}/export`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    const file = readFileSync((await download.path())!, "utf8");
    expect(file).toContain(`e2e-${run}-1,imogen-import-${run},Imogen Import,,e2e-source-${run},"Outlook, ${run}",`);
    expect(file).toContain(`"The e2e import ${run} fails, twice"`);
    // Imported as "70%", exported as the contract's number.
    const passes = file.split("\r\n").find((line) => line.startsWith(`e2e-${run}-1,`));
    // claim, quote, quoteStart, quoteEnd, criteria, madeAt, resolveBy, probability.
    expect(passes).toMatch(new RegExp(`,The e2e import ${run} passes,,,,,2025-03-01[^,]*,,0\\.7,`));
    // outcome, credit, resolvedAt, note, evidence, then the (empty) v1.1 link cells: question,
    // negated, questionTitle, questionCriteria, questionResolveBy.
    expect(file).toContain(",FALSE,,2025-06-01,,,,,,,\r\n");
  });
});
