import { z } from "zod";
import { isoTimestamp as timestamp, probabilityValue } from "./output-fields";
import { pageOf } from "./page-output";

/**
 * What a ClaimReview is on the wire, spelt once (docs/architecture.md, "Response shapes"): the
 * markup `buildClaimReview` makes (packages/domain/src/claim-review/claim-review.ts) has the type
 * inferred from this schema, claimReview.list and byPrediction declare it as their output, and the
 * REST API's OpenAPI document is generated from it. The markup is plain JSON: its dates are strings.
 */

const schemaOrgOrganization = z.object({ "@type": z.literal("Organization"), name: z.string() });

/** A named value attached to the claim: the probability, how it was obtained, the hedge phrase and its interval. */
export const claimProperty = z.object({
  "@type": z.literal("PropertyValue"),
  propertyID: z.enum(["probability", "probabilitySource", "hedge", "probabilityInterval"]),
  name: z.string(),
  value: z.union([z.number(), z.string()]).optional(),
  minValue: z.number().optional(),
  maxValue: z.number().optional(),
  description: z.string().optional(),
});
export type ClaimProperty = z.infer<typeof claimProperty>;

/** A judged prediction as schema.org ClaimReview (JSON-LD), as its page carries it. */
export const claimReviewMarkup = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.string().describe("The prediction's page, where the review is published"),
    claimReviewed: z.string().describe("The claim, restated so that it can be judged"),
    datePublished: timestamp.describe("When the latest judgement was made: a re-judgement publishes it anew"),
    author: schemaOrgOrganization.extend({ url: z.string() }).describe("The fact-checker: this site"),
    itemReviewed: z
      .object({
        "@type": z.literal("Claim"),
        author: z
          .object({
            "@type": z.literal("Person"),
            name: z.string(),
            url: z.string().describe("The analyst's page"),
            affiliation: schemaOrgOrganization.optional(),
          })
          .describe("The analyst who made the prediction"),
        datePublished: z.string().describe("The day the prediction was made (YYYY-MM-DD)"),
        appearance: z
          .object({
            "@type": z.literal("CreativeWork"),
            headline: z.string(),
            url: z.string().optional(),
            datePublished: z.string().describe("YYYY-MM-DD"),
            publisher: schemaOrgOrganization.optional().describe("The outlet"),
          })
          .optional()
          .describe("The source article, when known"),
        additionalProperty: z
          .array(claimProperty)
          .describe(
            "The probability the analyst gave (0 to 1), how it was obtained (STATED, HEDGE, ESTIMATE), and for hedge words the phrase and its interval",
          ),
      })
      .describe("The prediction, as a schema.org Claim"),
    reviewRating: z
      .object({
        "@type": z.literal("Rating"),
        alternateName: z
          .string()
          .describe("TRUE, FALSE, PARTIAL (credit 40%), AMBIGUOUS or ANNULLED: the latest judgement's outcome"),
        name: z.string().describe("The outcome in words"),
        ratingValue: probabilityValue.optional().describe("1 TRUE, 0 FALSE, the credit for PARTIAL; absent otherwise"),
        bestRating: z.number().optional(),
        worstRating: z.number().optional(),
        ratingExplanation: z.string().optional().describe("The judge's note"),
      })
      .describe("The judgement"),
    citation: z.array(z.string()).optional().describe("The judgement's evidence links"),
  })
  .describe("A judged prediction as schema.org ClaimReview (JSON-LD), as its page carries it");
export type ClaimReviewMarkup = z.infer<typeof claimReviewMarkup>;

/** ClaimReviews for aggregators, a page at a time. */
export const claimReviewPage = pageOf(claimReviewMarkup, "A page of ClaimReviews, most recently judged first");

/** One prediction's ClaimReview; null while it is open or reopened. */
export const claimReviewOfPrediction = claimReviewMarkup.nullable();
