import { describe, expect, it } from "vitest";
import { claimReviewMarkup } from "../schemas/claim-review-output";
import { buildClaimReview, claimReviewScriptText, type ClaimReviewFacts } from "./claim-review";

const SITE = "https://hindsight.example.org";

const facts = (overrides: Partial<ClaimReviewFacts> = {}): ClaimReviewFacts => ({
  predictionId: "cmpred01",
  claim: "The Trump-Putin talks end without a substantive agreement",
  madeAt: new Date("2025-04-25T00:00:00.000Z"),
  probability: 0.95,
  probabilitySource: "STATED",
  hedge: null,
  probabilityLow: null,
  probabilityHigh: null,
  analyst: { slug: "tereza-novotna", name: "Tereza Novotná", affiliation: "Charles University" },
  source: {
    url: "https://asiatimes.com/2025/04/trump-north-korea-russia",
    title: "What Trump's North Korea diplomacy says about his Russia strategy",
    outlet: "Asia Times",
    publishedAt: new Date("2025-04-25T00:00:00.000Z"),
  },
  judgement: {
    outcome: "TRUE",
    credit: null,
    note: null,
    evidence: [],
    judgedAt: new Date("2025-08-16T09:30:00.000Z"),
  },
  ...overrides,
});

const judged = (judgement: Partial<ClaimReviewFacts["judgement"]>) =>
  facts({ judgement: { ...facts().judgement, ...judgement } });

describe("buildClaimReview", () => {
  it("builds every property Google's ClaimReview guidelines ask for", () => {
    expect(buildClaimReview(facts(), SITE)).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://hindsight.example.org/predictions/cmpred01",
      claimReviewed: "The Trump-Putin talks end without a substantive agreement",
      datePublished: "2025-08-16T09:30:00.000Z",
      author: { "@type": "Organization", name: "Hindsight", url: "https://hindsight.example.org/" },
      itemReviewed: {
        "@type": "Claim",
        author: {
          "@type": "Person",
          name: "Tereza Novotná",
          url: "https://hindsight.example.org/analysts/tereza-novotna",
          affiliation: { "@type": "Organization", name: "Charles University" },
        },
        datePublished: "2025-04-25",
        appearance: {
          "@type": "CreativeWork",
          headline: "What Trump's North Korea diplomacy says about his Russia strategy",
          url: "https://asiatimes.com/2025/04/trump-north-korea-russia",
          datePublished: "2025-04-25",
          publisher: { "@type": "Organization", name: "Asia Times" },
        },
        additionalProperty: [
          {
            "@type": "PropertyValue",
            propertyID: "probability",
            name: "Probability that the claim comes true",
            value: 0.95,
            description: "95%, stated by the analyst",
          },
          {
            "@type": "PropertyValue",
            propertyID: "probabilitySource",
            name: "How the probability was obtained",
            value: "STATED",
            description: "stated by the analyst",
          },
        ],
      },
      reviewRating: {
        "@type": "Rating",
        alternateName: "TRUE",
        name: "The prediction came true",
        ratingValue: 1,
        bestRating: 1,
        worstRating: 0,
      },
    });
  });

  it.each([
    ["TRUE", null, { alternateName: "TRUE", ratingValue: 1, bestRating: 1, worstRating: 0 }],
    ["FALSE", null, { alternateName: "FALSE", ratingValue: 0, bestRating: 1, worstRating: 0 }],
    ["PARTIAL", 0.4, { alternateName: "PARTIAL (credit 40%)", ratingValue: 0.4, bestRating: 1, worstRating: 0 }],
    ["PARTIAL", 0.125, { alternateName: "PARTIAL (credit 12.5%)", ratingValue: 0.125, bestRating: 1, worstRating: 0 }],
    ["PARTIAL", 1 / 3, { alternateName: "PARTIAL (credit 33.3%)", ratingValue: 1 / 3, bestRating: 1, worstRating: 0 }],
    ["PARTIAL", 0, { alternateName: "PARTIAL (credit 0%)", ratingValue: 0, bestRating: 1, worstRating: 0 }],
    ["AMBIGUOUS", null, { alternateName: "AMBIGUOUS" }],
    ["ANNULLED", null, { alternateName: "ANNULLED" }],
  ] as const)("rates %s (credit %s) as %o", (outcome, credit, expected) => {
    const { reviewRating } = buildClaimReview(judged({ outcome, credit }), SITE);
    expect(reviewRating).toMatchObject(expected);
    // Outcomes without a value on the 0-1 scale carry no numbers at all.
    if (!("ratingValue" in expected)) {
      expect(reviewRating).not.toHaveProperty("ratingValue");
      expect(reviewRating).not.toHaveProperty("bestRating");
      expect(reviewRating).not.toHaveProperty("worstRating");
    }
  });

  it("names each outcome in words and says how much a PARTIAL one was credited", () => {
    const names = (["FALSE", "AMBIGUOUS", "ANNULLED"] as const).map(
      (outcome) => buildClaimReview(judged({ outcome }), SITE).reviewRating.name,
    );
    expect(names).toEqual([
      "The prediction did not come true",
      "Reality is unclear: the prediction cannot be settled",
      "Annulled: the claim could not be judged",
    ]);
    expect(buildClaimReview(judged({ outcome: "PARTIAL", credit: 0.4 }), SITE).reviewRating.name).toBe(
      "The prediction partly came true: credited 40%",
    );
  });

  it("gives the judge's note as the rating's explanation and the evidence as citations", () => {
    const review = buildClaimReview(
      judged({
        outcome: "FALSE",
        note: "The summit ended with a joint statement.",
        evidence: ["https://example.org/a"],
      }),
      SITE,
    );
    expect(review.reviewRating.ratingExplanation).toBe("The summit ended with a joint statement.");
    expect(review.citation).toEqual(["https://example.org/a"]);
    expect(buildClaimReview(facts(), SITE)).not.toHaveProperty("citation");
    expect(buildClaimReview(facts(), SITE).reviewRating).not.toHaveProperty("ratingExplanation");
  });

  it("gives a probability read from hedge words with the phrase and its interval", () => {
    const review = buildClaimReview(
      facts({
        probability: 0.4,
        probabilitySource: "HEDGE",
        hedge: "could",
        probabilityLow: 0.25,
        probabilityHigh: 0.5,
      }),
      SITE,
    );
    expect(review.itemReviewed.additionalProperty).toEqual([
      {
        "@type": "PropertyValue",
        propertyID: "probability",
        name: "Probability that the claim comes true",
        value: 0.4,
        description: '40%, read from hedge words: "could" (interval 25% to 50%)',
      },
      {
        "@type": "PropertyValue",
        propertyID: "probabilitySource",
        name: "How the probability was obtained",
        value: "HEDGE",
        description: "read from hedge words",
      },
      { "@type": "PropertyValue", propertyID: "hedge", name: "Hedge phrase", value: "could" },
      {
        "@type": "PropertyValue",
        propertyID: "probabilityInterval",
        name: "Interval of the hedge phrase's reading",
        minValue: 0.25,
        maxValue: 0.5,
      },
    ]);
  });

  it("says when the probability is the recorder's estimate", () => {
    const [probability, how] = buildClaimReview(facts({ probability: 0.7, probabilitySource: "ESTIMATE" }), SITE)
      .itemReviewed.additionalProperty;
    expect(probability?.description).toBe("70%, the recorder's estimate");
    expect(how).toMatchObject({ value: "ESTIMATE", description: "the recorder's estimate" });
  });

  it("leaves out what the ledger does not know: affiliation, the source's URL and outlet, the source", () => {
    const bare = buildClaimReview(
      facts({
        analyst: { slug: "anon", name: "Anonymous", affiliation: null },
        source: { url: null, title: "Radio interview", outlet: null, publishedAt: new Date("2025-01-02T00:00:00Z") },
      }),
      SITE,
    );
    expect(bare.itemReviewed.author).toEqual({
      "@type": "Person",
      name: "Anonymous",
      url: "https://hindsight.example.org/analysts/anon",
    });
    expect(bare.itemReviewed.appearance).toEqual({
      "@type": "CreativeWork",
      headline: "Radio interview",
      datePublished: "2025-01-02",
    });
    expect(buildClaimReview(facts({ source: null }), SITE).itemReviewed).not.toHaveProperty("appearance");
  });

  it("reads the site's address with or without a trailing slash", () => {
    const review = buildClaimReview(facts(), `${SITE}/`);
    expect(review.url).toBe("https://hindsight.example.org/predictions/cmpred01");
    expect(review.author.url).toBe("https://hindsight.example.org/");
  });
});

describe("claimReviewScriptText", () => {
  it("cannot be closed early by a claim holding </script> or <!--, and parses back to the markup", () => {
    const markup = buildClaimReview(facts({ claim: "A </script><script>alert(1)</script> & <!-- x \u2028 y" }), SITE);
    const text = claimReviewScriptText(markup);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(markup);
  });
});

describe("claimReviewMarkup (the output schema tRPC and the REST API check the markup with)", () => {
  // Every branch of the builder: stated and hedged probabilities, each outcome, a note and evidence,
  // and the facts the ledger may not know (affiliation, the source and its URL and outlet).
  const built = [
    facts(),
    facts({ probabilitySource: "HEDGE", hedge: "could", probability: 0.4, probabilityLow: 0.25, probabilityHigh: 0.5 }),
    facts({ probabilitySource: "ESTIMATE", analyst: { ...facts().analyst, affiliation: null }, source: null }),
    facts({ source: { ...facts().source!, url: null, outlet: null } }),
    judged({ outcome: "PARTIAL", credit: 0.4, note: "Half of it", evidence: ["https://example.org/a"] }),
    judged({ outcome: "FALSE" }),
    judged({ outcome: "AMBIGUOUS" }),
    judged({ outcome: "ANNULLED", note: "Could not be judged" }),
  ].map((input) => buildClaimReview(input, SITE));

  it("passes every markup the builder makes through unchanged: no field dropped, added or moved", () => {
    for (const markup of built) {
      // The JSON text, so that the order of the keys (what the page and the REST answer carry) counts too.
      expect(JSON.stringify(claimReviewMarkup.parse(markup))).toBe(JSON.stringify(markup));
    }
  });

  it("refuses a markup with a date that is not an ISO 8601 timestamp or an unknown property", () => {
    const [markup] = built;
    expect(claimReviewMarkup.safeParse({ ...markup, datePublished: "16 August 2025" }).success).toBe(false);
    const property = { "@type": "PropertyValue", propertyID: "colour", name: "Colour", value: "red" };
    const itemReviewed = { ...markup!.itemReviewed, additionalProperty: [property] };
    expect(claimReviewMarkup.safeParse({ ...markup, itemReviewed }).success).toBe(false);
  });
});
