import {
  analystOverview,
  analystRecord,
  auditRecord,
  disputeList,
  disputeRecord,
  judgementRecord,
  predictionDetail,
  predictionSummary,
  questionDetail,
  questionSummary,
  sourceDetail,
  sourceListItem,
  sourceRecord,
} from "@hindsight/domain";
import { z } from "zod";

/**
 * What the REST API answers, as it looks on the wire (JSON: dates are ISO 8601 strings). The
 * procedures' own types are checked against these at compile time (routes.ts, `Json<T>`), and every
 * answer of the test suite is validated against the JSON Schemas generated from them.
 */

const timestamp = z.iso.datetime().describe("ISO 8601 timestamp in UTC, e.g. 2025-04-25T00:00:00.000Z");
const count = z.number().int().min(0);
const probabilityValue = z.number().min(0).max(1);

/** The analyst's shapes are the domain's (packages/domain/src/schemas/analyst-output.ts). */
export const analystSchema = analystRecord;
export const analystOverviewSchema = analystOverview;

/** The source's shapes are the domain's (packages/domain/src/schemas/source-output.ts). */
export const sourceSchema = sourceRecord;
export const sourceListItemSchema = sourceListItem;

const pageOf = <T extends z.ZodType>(item: T, description: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().describe("Pass as `cursor` to get the next page; null on the last page"),
    })
    .describe(description);

export const analystPageSchema = pageOf(analystOverviewSchema, "A page of analysts, by name");

export const sourcePageSchema = pageOf(sourceListItemSchema, "A page of sources, most recently published first");

/** The prediction's shapes are the domain's (packages/domain/src/schemas/prediction-output.ts), not spelt again here. */
export const predictionSummarySchema = predictionSummary;
export const judgementSchema = judgementRecord;
export const auditEventSchema = auditRecord;
export const predictionDetailSchema = predictionDetail;

export const predictionPageSchema = pageOf(
  predictionSummarySchema,
  "A page of predictions, most recently logged first",
);

export const sourceDetailSchema = sourceDetail;

const score = z.number().nullable();

export const scoreboardSchema = z
  .object({
    population: z.object({ scored: count, brier: score }),
    analysts: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        predictions: count,
        resolved: count.describe("With any outcome, AMBIGUOUS and ANNULLED included"),
        scored: count.describe("TRUE, FALSE or PARTIAL: the ones that count for scores"),
        brier: score,
        logLoss: score,
        hitRate: score,
        adjustedBrier: score.describe("Brier shrunk towards the population's; the ranking key"),
        rank: z.number().int().min(1).nullable().describe("1 = best; null below minScored"),
        refSkill: score.describe(
          "1 - Σ(p - o)² / Σ(r' - o)² against the reference forecast of the day (one vote per question); above 0 beats the reference",
        ),
        refN: count.describe("How many counted predictions had a reference"),
        relBrier: score.describe(
          "Mean over shared questions of the squared error minus the median of the other analysts'; below 0 beats peers",
        ),
        sharedN: count.describe("Questions shared with at least one other analyst"),
        brierLow: score.describe("Brier with every hedge-word probability read at its interval's low end"),
        brierHigh: score.describe("Brier with every hedge-word probability read at its interval's high end"),
        rankLow: z.number().int().min(1).nullable().describe("Rank under the low reading; null when unranked"),
        rankHigh: z.number().int().min(1).nullable().describe("Rank under the high reading; null when unranked"),
      }),
    ),
  })
  .describe(
    "Analysts ranked by adjusted Brier score, with the fair comparison (data contract v1.1; null where a score is undefined)",
  );

/** The question's shapes are the domain's (packages/domain/src/schemas/question-output.ts). */
export const questionSummarySchema = questionSummary;

export const questionPageSchema = pageOf(questionSummarySchema, "A page of questions, most recently created first");

export const questionDetailSchema = questionDetail;

const schemaOrgOrganization = z.object({ "@type": z.literal("Organization"), name: z.string() });

export const claimReviewSchema = z
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
          .array(
            z.object({
              "@type": z.literal("PropertyValue"),
              propertyID: z.enum(["probability", "probabilitySource", "hedge", "probabilityInterval"]),
              name: z.string(),
              value: z.union([z.number(), z.string()]).optional(),
              minValue: z.number().optional(),
              maxValue: z.number().optional(),
              description: z.string().optional(),
            }),
          )
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

export const claimReviewPageSchema = pageOf(claimReviewSchema, "A page of ClaimReviews, most recently judged first");

/** The codes of error answers, with their HTTP statuses. */
export const errorStatuses = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;
export type RestErrorCode = keyof typeof errorStatuses;

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(errorStatuses) as [RestErrorCode, ...RestErrorCode[]]),
      message: z.string().describe("What went wrong, for people"),
      fieldErrors: z
        .record(z.string(), z.string())
        .optional()
        .describe("For invalid input: a message per field, keyed by its dotted path (e.g. source.url)"),
    }),
  })
  .describe("Every error answer");

/** The dispute's shapes are the domain's (packages/domain/src/schemas/dispute-output.ts). */
export const disputeSchema = disputeRecord;
export const disputeListSchema = disputeList;

/** The schemas the document lists under components.schemas, by name. */
export const responseComponents = {
  Analyst: analystSchema,
  AnalystOverview: analystOverviewSchema,
  AnalystPage: analystPageSchema,
  Source: sourceSchema,
  SourceListItem: sourceListItemSchema,
  SourceDetail: sourceDetailSchema,
  SourcePage: sourcePageSchema,
  PredictionSummary: predictionSummarySchema,
  PredictionPage: predictionPageSchema,
  Judgement: judgementSchema,
  AuditEvent: auditEventSchema,
  PredictionDetail: predictionDetailSchema,
  Scoreboard: scoreboardSchema,
  QuestionSummary: questionSummarySchema,
  QuestionPage: questionPageSchema,
  QuestionDetail: questionDetailSchema,
  ClaimReview: claimReviewSchema,
  ClaimReviewPage: claimReviewPageSchema,
  Dispute: disputeSchema,
  DisputeList: disputeListSchema,
  Error: errorSchema,
} as const;
