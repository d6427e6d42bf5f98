import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs, signInQuietly, useOwnAddress } from "./auth";
import { launchBrowser, type Browser } from "./browser";

/**
 * A judged prediction's page carries its ClaimReview as JSON-LD: in the HTML the server sends (what a
 * crawler reads), escaped so that a claim holding </script> stays data, complete by Google's
 * ClaimReview guidelines, following re-judging on the page and gone once reopened; the REST list
 * serves the same markup. Any console error (a CSP violation among them) fails the test.
 */
const baseUrl = inject("baseUrl").replace(/\/$/, "");
const run = randomBytes(3).toString("hex");
// A claim that would end the script element early, and run a script, if it were not escaped.
const claim = `Talks ${run} collapse </script><script>window.__claimReviewEscaped = false</script> by June`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD read from the page, checked property by property
type JsonLd = Record<string, any>;

/**
 * What Google's fact-check (ClaimReview) guidelines ask for, as a list of what is missing: required
 * claimReviewed, reviewRating (with alternateName; ratingValue with bestRating and worstRating when
 * numeric) and url (on the page's site); recommended author (name, url), datePublished and
 * itemReviewed, a Claim with its author (name), datePublished and appearance.
 */
function googleGuidelineProblems(review: JsonLd, pageUrl: string): string[] {
  const problems: string[] = [];
  const text = (value: unknown) => typeof value === "string" && value.trim() !== "";
  const isoDate = (value: unknown) => typeof value === "string" && !Number.isNaN(Date.parse(value));
  if (review["@context"] !== "https://schema.org") problems.push("@context");
  if (review["@type"] !== "ClaimReview") problems.push("@type");
  if (!text(review.claimReviewed)) problems.push("claimReviewed");
  if (!text(review.url) || new URL(review.url).origin !== new URL(pageUrl).origin) problems.push("url");
  const rating = review.reviewRating;
  if (rating?.["@type"] !== "Rating") problems.push("reviewRating");
  if (!text(rating?.alternateName)) problems.push("reviewRating.alternateName");
  if (rating?.ratingValue !== undefined) {
    const { ratingValue, bestRating, worstRating } = rating;
    if (typeof bestRating !== "number" || typeof worstRating !== "number") problems.push("reviewRating scale");
    else if (!(worstRating <= ratingValue && ratingValue <= bestRating)) problems.push("reviewRating.ratingValue");
  }
  if (!text(review.author?.name) || !text(review.author?.url)) problems.push("author");
  if (!["Organization", "Person"].includes(review.author?.["@type"])) problems.push("author.@type");
  if (!isoDate(review.datePublished)) problems.push("datePublished");
  const item = review.itemReviewed;
  if (item?.["@type"] !== "Claim") problems.push("itemReviewed");
  if (!text(item?.author?.name)) problems.push("itemReviewed.author.name");
  if (!isoDate(item?.datePublished)) problems.push("itemReviewed.datePublished");
  if (!text(item?.appearance?.url) && !text(item?.appearance?.headline)) problems.push("itemReviewed.appearance");
  return problems;
}

/** The JSON-LD blocks of the page as the browser has it now, parsed. */
const jsonLdOf = async (page: Page): Promise<JsonLd[]> =>
  (
    await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ""))
  ).map((text) => JSON.parse(text) as JsonLd);

const claimReviewsOf = async (page: Page) => (await jsonLdOf(page)).filter((block) => block["@type"] === "ClaimReview");

describe("ClaimReview on a judged prediction's page", () => {
  let browser: Browser;
  let page: Page;
  let id = "";
  let pageUrl = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    await useOwnAddress(browser.context);
    await signInQuietly(browser.context, baseUrl, inject("editor"));
    const api = await apiAs(browser.context, baseUrl);
    const created = await api.prediction.create.mutate({
      analyst: { mode: "new", name: `Hedda Hedger ${run}`, affiliation: "Institute of Forecasting" },
      source: {
        url: `https://example.org/claim-review/${run}`,
        title: `Why the talks ${run} are doomed`,
        outlet: "The Test Gazette",
        publishedAt: "2025-01-10",
      },
      quote: "the talks could collapse by June",
      claim,
      madeAt: "2025-01-10",
      probability: 0.4,
      probabilitySource: "HEDGE",
      hedge: "could",
      interval: [0.25, 0.5],
      tags: [],
    });
    id = created.id;
    pageUrl = `${baseUrl}/predictions/${id}`;
    await api.prediction.judge.mutate({
      predictionId: id,
      version: created.version,
      outcome: "PARTIAL",
      credit: 0.4,
      resolvedAt: "2025-06-30",
      note: "Only the first round collapsed.",
      evidence: ["https://example.org/evidence/first-round"],
    });
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("is in the HTML the server sends, with the claim's </script> escaped", async () => {
    const response = await browser.context.request.get(pageUrl);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.[1]).toContain("\\u003c/script\\u003e\\u003cscript\\u003e");
    expect(html).not.toContain("</script><script>window.__claimReviewEscaped");
    expect((JSON.parse(blocks[0]?.[1] ?? "") as JsonLd).claimReviewed).toBe(claim);
  });

  it("carries every property Google's ClaimReview guidelines ask for, with the judgement and the probability", async () => {
    await page.goto(pageUrl);
    await page.waitForLoadState("networkidle");
    // The claim is shown as text and never ran as a script.
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(claim);
    expect(await page.evaluate(() => (window as { __claimReviewEscaped?: boolean }).__claimReviewEscaped)).toBe(
      undefined,
    );
    const reviews = await claimReviewsOf(page);
    expect(reviews).toHaveLength(1);
    const [review] = reviews as [JsonLd];
    expect(googleGuidelineProblems(review, pageUrl)).toEqual([]);
    expect(review).toMatchObject({
      url: pageUrl,
      claimReviewed: claim,
      author: { "@type": "Organization", name: "Hindsight" },
      reviewRating: {
        alternateName: "PARTIAL (credit 40%)",
        ratingValue: 0.4,
        bestRating: 1,
        worstRating: 0,
        ratingExplanation: "Only the first round collapsed.",
      },
      citation: ["https://example.org/evidence/first-round"],
      itemReviewed: {
        "@type": "Claim",
        author: {
          "@type": "Person",
          name: `Hedda Hedger ${run}`,
          affiliation: { "@type": "Organization", name: "Institute of Forecasting" },
        },
        datePublished: "2025-01-10",
        appearance: {
          url: `https://example.org/claim-review/${run}`,
          headline: `Why the talks ${run} are doomed`,
          datePublished: "2025-01-10",
          publisher: { "@type": "Organization", name: "The Test Gazette" },
        },
      },
    });
    const properties = Object.fromEntries(
      (review.itemReviewed.additionalProperty as JsonLd[]).map((property) => [property.propertyID, property]),
    );
    expect(properties.probability).toMatchObject({
      value: 0.4,
      description: '40%, read from hedge words: "could" (interval 25% to 50%)',
    });
    expect(properties.probabilitySource?.value).toBe("HEDGE");
    expect(properties.hedge?.value).toBe("could");
    expect(properties.probabilityInterval).toMatchObject({ minValue: 0.25, maxValue: 0.5 });
    expect(new URL(review.itemReviewed.author.url as string).pathname).toMatch(/^\/analysts\//);
  });

  it("is what GET /api/v1/claimreviews serves for the prediction", async () => {
    const response = await browser.context.request.get(`${baseUrl}/api/v1/claimreviews?limit=100`);
    expect(response.status()).toBe(200);
    const { items } = (await response.json()) as { items: JsonLd[] };
    expect(items.find((item) => item.url === pageUrl)).toEqual((await claimReviewsOf(page))[0]);
  });

  it("follows a re-judgement on the page, and the page sends the new one", async () => {
    await page.getByRole("heading", { name: "Re-judge this prediction" }).waitFor();
    const form = page.getByRole("form", { name: /judge this prediction/i });
    await form.getByText("False", { exact: true }).click();
    await form.getByRole("button", { name: "Re-judge" }).click();
    await expect
      .poll(async () => (await claimReviewsOf(page)).map((review) => review.reviewRating.alternateName))
      .toEqual(["FALSE"]);
    await page.reload();
    const [review] = (await claimReviewsOf(page)) as [JsonLd];
    expect(review.reviewRating).toMatchObject({ alternateName: "FALSE", ratingValue: 0 });
    expect(googleGuidelineProblems(review, pageUrl)).toEqual([]);
  });

  it("is gone once the prediction is reopened", async () => {
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Reopen…" }).click();
    await page.locator("#reopen-note").fill("The talks resumed.");
    await page.getByRole("button", { name: "Reopen prediction" }).click();
    await expect.poll(async () => (await claimReviewsOf(page)).length).toBe(0);
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await claimReviewsOf(page)).toEqual([]);
    const response = await browser.context.request.get(`${baseUrl}/api/v1/claimreviews?limit=100`);
    const { items } = (await response.json()) as { items: JsonLd[] };
    expect(items.some((item) => item.url === pageUrl)).toBe(false);
  });
});
