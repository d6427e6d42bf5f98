import { z } from "zod";
import { count, outcome, person, probabilityValue, timestamp } from "./output-fields";
import { pageOf } from "./page-output";
import { auditRecord } from "./prediction-output";

/**
 * What reading a question answers, spelt once (docs/architecture.md, "Response shapes"): the
 * TypeScript types below are inferred from these schemas, the tRPC procedures declare them as
 * their outputs, and the REST API's OpenAPI document is generated from them (dates, Date objects
 * here, are ISO 8601 strings on the wire: packages/api/src/rest/openapi.ts).
 */

export const questionSummary = z
  .object({
    id: z.string(),
    key: z.string().describe("Stable key of the data contract (import/export): /questions/{key}"),
    title: z.string(),
    resolveBy: timestamp.nullable(),
    outcome: outcome.nullable().describe("The latest question judgement's outcome; null while open"),
    credit: probabilityValue.nullable(),
    resolvedAt: timestamp.nullable(),
    version: z.number().int().min(1).describe("Send this back when judging: a stale version is refused with 409"),
    createdAt: timestamp,
    predictions: count.describe("Predictions linked to the question"),
    analysts: count.describe("Distinct analysts among them"),
  })
  .describe("A question: one event, judged once, that several predictions speak about");
export type QuestionSummary = z.infer<typeof questionSummary>;

/** A page of questions, most recently created first. */
export const questionPage = pageOf(questionSummary, "A page of questions, most recently created first");

export const questionReferenceRecord = z.object({
  id: z.string(),
  probability: probabilityValue,
  source: z.string(),
  asOf: timestamp,
  url: z.string().nullable(),
});
export type QuestionReferenceRecord = z.infer<typeof questionReferenceRecord>;

export const linkedPrediction = z.object({
  id: z.string(),
  key: z.string(),
  claim: z.string(),
  madeAt: timestamp,
  analyst: z.object({ slug: z.string(), name: z.string() }),
  probability: probabilityValue.describe("The prediction's own probability"),
  questionProbability: probabilityValue.describe("Its probability for the question: 1 - p when negated"),
  negated: z.boolean(),
  outcome: outcome.nullable(),
  credit: probabilityValue.nullable(),
  reference: probabilityValue
    .nullable()
    .describe("The reference it is measured against: the latest on or before its day (question's terms)"),
});
export type LinkedPrediction = z.infer<typeof linkedPrediction>;

export const questionJudgementRecord = z.object({
  id: z.string(),
  outcome: outcome.nullable(),
  credit: probabilityValue.nullable(),
  resolvedAt: timestamp.nullable(),
  note: z.string().nullable(),
  evidence: z.array(z.string()),
  basedOnVersion: z.number().int(),
  createdAt: timestamp,
  judgedBy: person.nullable(),
});
export type QuestionJudgementRecord = z.infer<typeof questionJudgementRecord>;

export const questionDetail = questionSummary
  .extend({
    criteria: z.string().nullable(),
    updatedAt: timestamp,
    references: z
      .array(questionReferenceRecord)
      .describe("Reference forecasts (a market, a crowd, a base rate), oldest first; one per UTC day"),
    linked: z.array(linkedPrediction).describe("Linked predictions, oldest first"),
    judgements: z.array(questionJudgementRecord).describe("Newest first; the first one counts"),
    history: z.array(auditRecord).describe("Newest first"),
  })
  .describe("A question with its references, linked predictions, judgements and change history");
export type QuestionDetail = z.infer<typeof questionDetail>;
