import type { Claim, ClaimReview, CreativeWork, PropertyValue, Rating, WithContext } from "schema-dts";
import type { ClaimProperty, ClaimReviewMarkup } from "../schemas/claim-review-output";
import type { Outcome, ProbabilitySource } from "../schemas/prediction";

/**
 * schema.org ClaimReview markup for a judged prediction: what fact-check aggregators and search
 * engines read from the prediction's page (and from GET /api/v1/claimreviews). The review is
 * Hindsight's judgement; the claim reviewed is the analyst's prediction, with the probability they
 * gave and how it was obtained as additional properties of the claim.
 */

/** What a ClaimReview is built from: a prediction and its latest judgement (which must have an outcome). */
export interface ClaimReviewFacts {
  predictionId: string;
  claim: string;
  madeAt: Date;
  probability: number;
  probabilitySource: ProbabilitySource;
  hedge: string | null;
  probabilityLow: number | null;
  probabilityHigh: number | null;
  analyst: { slug: string; name: string; affiliation: string | null };
  source: { url: string | null; title: string; outlet: string | null; publishedAt: Date } | null;
  judgement: { outcome: Outcome; credit: number | null; note: string | null; evidence: string[]; judgedAt: Date };
}

// The markup's type, ClaimReviewMarkup, is the REST schema's (../schemas/claim-review-output.ts); the
// object literals below also `satisfies` schema-dts's ClaimReview, Rating and CreativeWork, so a
// misnamed or mistyped schema.org property fails to compile.
// additionalProperty is schema.org's way to attach a named value, declared for products and places,
// not for claims; search engines ignore properties they do not use, and aggregators can read it.
type TypedClaim = Claim & { additionalProperty: readonly PropertyValue[] };
type TypedClaimReview = WithContext<ClaimReview> & { itemReviewed: TypedClaim };

/** The name of the fact-checking organisation: this site. */
export const CLAIM_REVIEW_PUBLISHER = "Hindsight";

const ratingNames: Record<Outcome, string> = {
  TRUE: "The prediction came true",
  FALSE: "The prediction did not come true",
  PARTIAL: "The prediction partly came true",
  AMBIGUOUS: "Reality is unclear: the prediction cannot be settled",
  ANNULLED: "Annulled: the claim could not be judged",
};

const sourceDescriptions: Record<ProbabilitySource, string> = {
  STATED: "stated by the analyst",
  HEDGE: "read from hedge words",
  ESTIMATE: "the recorder's estimate",
};

/** 0.4 -> "40%", 0.125 -> "12.5%": at most one decimal, as the pages show probabilities. */
function percentText(value: number): string {
  return `${Number((value * 100).toFixed(1))}%`;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The rating: the outcome's word as alternateName (a PARTIAL one with its credit), and for scored
 * outcomes the outcome value on a 0-1 scale (1 TRUE, 0 FALSE, the credit for PARTIAL), as scoring
 * counts it. AMBIGUOUS and ANNULLED have no value on that scale, so no number is given.
 */
function rating(judgement: ClaimReviewFacts["judgement"]): ClaimReviewMarkup["reviewRating"] {
  const { outcome, credit, note } = judgement;
  const explanation = note ? { ratingExplanation: note } : {};
  if (outcome === "AMBIGUOUS" || outcome === "ANNULLED") {
    return { "@type": "Rating", alternateName: outcome, name: ratingNames[outcome], ...explanation } satisfies Rating;
  }
  const value = outcome === "TRUE" ? 1 : outcome === "FALSE" ? 0 : (credit ?? 0);
  return {
    "@type": "Rating",
    alternateName: outcome === "PARTIAL" ? `PARTIAL (credit ${percentText(value)})` : outcome,
    name: outcome === "PARTIAL" ? `${ratingNames.PARTIAL}: credited ${percentText(value)}` : ratingNames[outcome],
    ratingValue: value,
    bestRating: 1,
    worstRating: 0,
    ...explanation,
  } satisfies Rating;
}

/** The probability, how it was obtained, and the hedge phrase with its interval when it was read from one. */
function probabilityProperties(facts: ClaimReviewFacts): ClaimProperty[] {
  const hedged = facts.probabilitySource === "HEDGE" && facts.hedge !== null;
  const interval = facts.probabilityLow !== null && facts.probabilityHigh !== null;
  const how = hedged
    ? `${sourceDescriptions.HEDGE}: "${facts.hedge}"${
        interval
          ? ` (interval ${percentText(facts.probabilityLow ?? 0)} to ${percentText(facts.probabilityHigh ?? 0)})`
          : ""
      }`
    : sourceDescriptions[facts.probabilitySource];
  const properties: ClaimProperty[] = [
    {
      "@type": "PropertyValue",
      propertyID: "probability",
      name: "Probability that the claim comes true",
      value: facts.probability,
      description: `${percentText(facts.probability)}, ${how}`,
    },
    {
      "@type": "PropertyValue",
      propertyID: "probabilitySource",
      name: "How the probability was obtained",
      value: facts.probabilitySource,
      description: sourceDescriptions[facts.probabilitySource],
    },
  ];
  if (facts.hedge !== null) {
    properties.push({ "@type": "PropertyValue", propertyID: "hedge", name: "Hedge phrase", value: facts.hedge });
  }
  if (facts.probabilityLow !== null && facts.probabilityHigh !== null) {
    properties.push({
      "@type": "PropertyValue",
      propertyID: "probabilityInterval",
      name: "Interval of the hedge phrase's reading",
      minValue: facts.probabilityLow,
      maxValue: facts.probabilityHigh,
    });
  }
  return properties;
}

function appearance(source: NonNullable<ClaimReviewFacts["source"]>): ClaimReviewMarkup["itemReviewed"]["appearance"] {
  return {
    "@type": "CreativeWork",
    headline: source.title,
    ...(source.url ? { url: source.url } : {}),
    datePublished: day(source.publishedAt),
    ...(source.outlet ? { publisher: { "@type": "Organization", name: source.outlet } } : {}),
  } satisfies CreativeWork;
}

/**
 * The ClaimReview of a judged prediction, for the site at `siteUrl` (its origin, without a trailing
 * slash): the review is at /predictions/<id>, the analyst at /analysts/<slug>.
 */
export function buildClaimReview(facts: ClaimReviewFacts, siteUrl: string): ClaimReviewMarkup {
  const site = siteUrl.replace(/\/+$/, "");
  const { analyst, source, judgement } = facts;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${site}/predictions/${encodeURIComponent(facts.predictionId)}`,
    claimReviewed: facts.claim,
    datePublished: judgement.judgedAt.toISOString(),
    author: { "@type": "Organization", name: CLAIM_REVIEW_PUBLISHER, url: `${site}/` },
    itemReviewed: {
      "@type": "Claim",
      author: {
        "@type": "Person",
        name: analyst.name,
        url: `${site}/analysts/${encodeURIComponent(analyst.slug)}`,
        ...(analyst.affiliation ? { affiliation: { "@type": "Organization", name: analyst.affiliation } } : {}),
      },
      datePublished: day(facts.madeAt),
      ...(source ? { appearance: appearance(source) } : {}),
      additionalProperty: probabilityProperties(facts),
    },
    reviewRating: rating(judgement),
    ...(judgement.evidence.length > 0 ? { citation: judgement.evidence } : {}),
  } satisfies TypedClaimReview;
}

/**
 * The markup as the text of a `<script type="application/ld+json">`: JSON with `<`, `>` and `&`
 * (and the line separators JavaScript once refused) escaped, so that a claim holding `</script>`
 * or `<!--` cannot end the script element early. JSON parsers read the escapes back unchanged.
 */
export function claimReviewScriptText(markup: ClaimReviewMarkup): string {
  return JSON.stringify(markup)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
