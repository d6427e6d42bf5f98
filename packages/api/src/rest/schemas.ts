import {
  analystOverview,
  analystPage,
  analystRecord,
  auditRecord,
  claimReviewMarkup,
  claimReviewPage,
  disputeList,
  disputeRecord,
  judgementRecord,
  predictionDetail,
  predictionPage,
  predictionSummary,
  questionDetail,
  questionPage,
  questionSummary,
  scoreboardRecord,
  sourceDetail,
  sourceListItem,
  sourcePage,
  sourceRecord,
} from "@hindsight/domain";
import { z } from "zod";

/**
 * What the REST API answers, as it looks on the wire (JSON: dates are ISO 8601 strings). Every
 * response shape is the domain's output schema (docs/architecture.md, "Response shapes"), the one
 * the procedure declares as its tRPC output; only the error answer is spelt here. The procedures'
 * own types are checked against these at compile time (routes.ts, `Json<T>`), and every answer of
 * the test suite is validated against the JSON Schemas generated from them.
 */

/** The analyst's shapes are the domain's (packages/domain/src/schemas/analyst-output.ts). */
export const analystSchema = analystRecord;
export const analystOverviewSchema = analystOverview;
export const analystPageSchema = analystPage;

/** The source's shapes are the domain's (packages/domain/src/schemas/source-output.ts). */
export const sourceSchema = sourceRecord;
export const sourceListItemSchema = sourceListItem;
export const sourcePageSchema = sourcePage;

/** The prediction's shapes are the domain's (packages/domain/src/schemas/prediction-output.ts), not spelt again here. */
export const predictionSummarySchema = predictionSummary;
export const judgementSchema = judgementRecord;
export const auditEventSchema = auditRecord;
export const predictionDetailSchema = predictionDetail;

/** The list's page; the domain's page also serves the due queue, in another order. */
export const predictionPageSchema = predictionPage.describe("A page of predictions, most recently logged first");

export const sourceDetailSchema = sourceDetail;

/** The scoreboard's shape is the domain's (packages/domain/src/schemas/scoreboard-output.ts). */
export const scoreboardSchema = scoreboardRecord;

/** The question's shapes are the domain's (packages/domain/src/schemas/question-output.ts). */
export const questionSummarySchema = questionSummary;
export const questionPageSchema = questionPage;
export const questionDetailSchema = questionDetail;

/** The ClaimReview's shapes are the domain's (packages/domain/src/schemas/claim-review-output.ts). */
export const claimReviewSchema = claimReviewMarkup;
export const claimReviewPageSchema = claimReviewPage;

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
