import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictionInput } from "@hindsight/db/testing";
import { createApiHarness, type ApiHarness, type Caller } from "../test/harness";
import { createRestHandler } from "./handler";
import { openApiDocument } from "./openapi";

/**
 * GET /api/v1/claimreviews through the real REST handler against a test database: the ClaimReview
 * of each judged prediction, newest judgement first, in pages, `since` a time, re-judgements moving
 * to the front with their new outcome, reopened predictions gone. Every 200 is checked against the
 * OpenAPI document's ClaimReviewPage schema.
 */

const SITE = "https://hindsight.example.org";
let api: ApiHarness;
let editor: Caller;
const handler = createRestHandler({ db: () => api.database.db, siteUrl: SITE });

const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, "openapi.json");

interface Review {
  url: string;
  claimReviewed: string;
  datePublished: string;
  reviewRating: { alternateName: string; ratingValue?: number };
  itemReviewed: { additionalProperty: { propertyID: string; value?: unknown; minValue?: number; maxValue?: number }[] };
}
interface ReviewPage {
  items: Review[];
  nextCursor: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- 200s are checked against the document's schema
async function get(path: string, via = handler): Promise<{ status: number; body: any }> {
  const response = await via(new Request(`http://localhost:3000/api/v1${path}`));
  const body: unknown = await response.json();
  if (response.status === 200) {
    const validate = ajv.getSchema("openapi.json#/components/schemas/ClaimReviewPage");
    if (!validate?.(body)) throw new Error(`not a ClaimReviewPage: ${ajv.errorsText(validate?.errors)}`);
  }
  return { status: response.status, body };
}

const page = async (query = ""): Promise<ReviewPage> => {
  const answer = await get(`/claimreviews${query}`);
  expect(answer.status).toBe(200);
  return answer.body as ReviewPage;
};
const claims = (reviews: ReviewPage) => reviews.items.map((review) => review.claimReviewed);
/** A few milliseconds, so that successive judgements get distinct times. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

const ids = { a: "", b: "", c: "", open: "" };

async function judge(id: string, outcome: "TRUE" | "FALSE" | "PARTIAL" | "AMBIGUOUS" | null, credit?: number) {
  const { version } = await editor.prediction.byId({ id });
  const detail = await editor.prediction.judge({
    predictionId: id,
    version,
    outcome,
    ...(outcome ? { resolvedAt: "2025-08-16" } : {}),
    ...(credit === undefined ? {} : { credit }),
  });
  await tick();
  return detail.judgements[0]!.createdAt;
}

beforeAll(async () => {
  api = await createApiHarness("hindsight_api_claimreviews");
  editor = api.editor;
  const create = async (claim: string, extra: Parameters<typeof predictionInput>[0] = {}) =>
    (await editor.prediction.create(predictionInput({ claim, ...extra }))).id;
  ids.a = await create("Claim A");
  ids.b = await create("Claim B", {
    analyst: { mode: "new", name: "Bea Hedger" },
    source: undefined,
    probability: 0.4,
    probabilitySource: "HEDGE",
    hedge: "could",
    interval: [0.25, 0.5],
  });
  ids.c = await create("Claim C");
  ids.open = await create("Claim still open");
  await judge(ids.a, "TRUE");
  await judge(ids.b, "PARTIAL", 0.4);
  await judge(ids.c, "FALSE");
});
afterAll(async () => {
  await api?.database.drop();
});

describe("GET /api/v1/claimreviews", () => {
  it("lists the judged predictions, most recently judged first, as ClaimReview", async () => {
    const reviews = await page();
    expect(claims(reviews)).toEqual(["Claim C", "Claim B", "Claim A"]);
    expect(reviews.nextCursor).toBeNull();
    const [c, b] = reviews.items;
    expect(c).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${SITE}/predictions/${ids.c}`,
      author: { "@type": "Organization", name: "Hindsight", url: `${SITE}/` },
      reviewRating: { alternateName: "FALSE", ratingValue: 0, bestRating: 1, worstRating: 0 },
      itemReviewed: {
        "@type": "Claim",
        author: { name: "Tereza Novotna", affiliation: { name: "Free University of Berlin" } },
        datePublished: "2025-04-25",
        appearance: { headline: "What Trump's North Korea diplomacy says about his Russia strategy" },
      },
    });
    expect(b?.reviewRating).toMatchObject({ alternateName: "PARTIAL (credit 40%)", ratingValue: 0.4 });
    expect(b?.itemReviewed.additionalProperty).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ propertyID: "probability", value: 0.4 }),
        expect.objectContaining({ propertyID: "probabilitySource", value: "HEDGE" }),
        expect.objectContaining({ propertyID: "hedge", value: "could" }),
        expect.objectContaining({ propertyID: "probabilityInterval", minValue: 0.25, maxValue: 0.5 }),
      ]),
    );
    expect(b?.itemReviewed).not.toHaveProperty("appearance");
  });

  it("pages with nextCursor", async () => {
    const first = await page("?limit=2");
    expect(claims(first)).toEqual(["Claim C", "Claim B"]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await page(`?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(claims(second)).toEqual(["Claim A"]);
    expect(second.nextCursor).toBeNull();
  });

  it("keeps, with since, those whose latest judgement was made at or after it", async () => {
    const { judgements } = await editor.prediction.byId({ id: ids.b });
    const judgedB = judgements[0]!.createdAt.toISOString();
    expect(claims(await page(`?since=${encodeURIComponent(judgedB)}`))).toEqual(["Claim C", "Claim B"]);
    const justAfter = new Date(judgements[0]!.createdAt.getTime() + 1).toISOString();
    expect(claims(await page(`?since=${encodeURIComponent(justAfter)}`))).toEqual(["Claim C"]);
    expect(claims(await page("?since=2020-01-01"))).toEqual(["Claim C", "Claim B", "Claim A"]);
    expect(claims(await page("?since=9999-12-31"))).toEqual([]);
  });

  it("shows a re-judgement's outcome, first and after a since that excluded the first judgement", async () => {
    const before = new Date().toISOString();
    await tick();
    const rejudgedAt = await judge(ids.a, "AMBIGUOUS");
    const reviews = await page();
    expect(claims(reviews)).toEqual(["Claim A", "Claim C", "Claim B"]);
    expect(reviews.items[0]).toMatchObject({
      datePublished: rejudgedAt.toISOString(),
      reviewRating: { alternateName: "AMBIGUOUS" },
    });
    expect(reviews.items[0]?.reviewRating).not.toHaveProperty("ratingValue");
    expect(claims(await page(`?since=${encodeURIComponent(before)}`))).toEqual(["Claim A"]);
    expect(await editor.claimReview.byPrediction({ id: ids.a })).toMatchObject({
      reviewRating: { alternateName: "AMBIGUOUS" },
    });
  });

  it("drops a reopened prediction, and lists it again once judged anew", async () => {
    await judge(ids.c, null);
    expect(claims(await page())).toEqual(["Claim A", "Claim B"]);
    expect(await api.anonymous.claimReview.byPrediction({ id: ids.c })).toBeNull();
    await judge(ids.c, "TRUE");
    const reviews = await page();
    expect(claims(reviews)).toEqual(["Claim C", "Claim A", "Claim B"]);
    expect(reviews.items[0]?.reviewRating.alternateName).toBe("TRUE");
  });

  it("has no ClaimReview for an open prediction and 404 for an unknown one", async () => {
    expect(await api.anonymous.claimReview.byPrediction({ id: ids.open })).toBeNull();
    await expect(api.anonymous.claimReview.byPrediction({ id: "no-such-prediction" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it.each([
    ["since=yesterday", "since", "since must be a date (YYYY-MM-DD)"],
    ["since=2025-02-30", "since", "since must be a date (YYYY-MM-DD)"],
    ["since=10000-01-01", "since", "since must be a date (YYYY-MM-DD)"],
    ["cursor=not-a-cursor", "cursor", "Not a valid cursor"],
    ["limit=0", "limit", expect.any(String)],
    ["limit=101", "limit", expect.any(String)],
    ["until=2025-01-01", "until", expect.stringContaining("Unknown parameter")],
  ])("refuses ?%s with 400 naming %s", async (query, field, message) => {
    const answer = await get(`/claimreviews?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("BAD_REQUEST");
    expect(answer.body.error.fieldErrors).toEqual({ [field]: message });
  });

  it("links to the site it is told, else to the address it was asked at", async () => {
    const [review] = (await page("?limit=1")).items;
    expect(review?.url).toMatch(new RegExp(`^${SITE}/predictions/`));
    const unconfigured = createRestHandler({ db: () => api.database.db });
    const answer = await get("/claimreviews?limit=1", unconfigured);
    expect(answer.body.items[0].url).toMatch(/^http:\/\/localhost:3000\/predictions\//);
  });

  it("is documented in the OpenAPI document with its parameters", () => {
    const operation = (document.paths as Record<string, Record<string, { parameters: { name: string }[] }>>)[
      "/claimreviews"
    ]?.get;
    expect(operation?.parameters.map((parameter) => parameter.name).sort()).toEqual(["cursor", "limit", "since"]);
  });
});
