import { z } from "zod";
import { outcome, person, probabilityValue, timestamp } from "./output-fields";
import { pageOf } from "./page-output";
import { probabilitySources } from "./values";

/**
 * What reading a prediction answers, spelt once (docs/architecture.md, "Response shapes"): the
 * TypeScript types below are inferred from these schemas, the tRPC procedures declare them as
 * their outputs, and the REST API's OpenAPI document is generated from them (dates, Date objects
 * here, are ISO 8601 strings on the wire: packages/api/src/rest/openapi.ts).
 */

/** A prediction as lists show it: the list, the due queue, and the head of its page. */
export const predictionSummary = z
  .object({
    id: z.string(),
    key: z.string().describe("Stable key of the data contract (import/export)"),
    claim: z.string().describe("The claim restated so that it can be judged TRUE or FALSE"),
    quote: z.string().nullable().describe("The exact words, as published"),
    madeAt: timestamp,
    resolveBy: timestamp.nullable().describe("Deadline; null when none was given"),
    probability: probabilityValue.describe("Probability, fixed at logging time, that the claim comes true"),
    probabilitySource: z.enum(probabilitySources).describe("How the probability was obtained"),
    hedge: z.string().nullable().describe("The hedge words the probability was read from"),
    conditional: z.boolean(),
    outcome: outcome.nullable().describe("The latest judgement's outcome; null while open"),
    version: z.number().int().min(1).describe("Send this back when judging: a stale version is refused with 409"),
    createdAt: timestamp,
    analyst: z.object({
      id: z.string(),
      slug: z.string().describe("Stable, URL-safe name: /analysts/{slug}"),
      name: z.string(),
    }),
    source: z
      .object({
        id: z.string(),
        title: z.string(),
        outlet: z.string().nullable(),
        url: z.string().nullable(),
        publishedAt: timestamp,
      })
      .nullable(),
    tags: z.array(z.string()).describe("Tag slugs"),
    disputed: z
      .boolean()
      .describe("Someone disputes its judgement and no editor has answered yet (GET /predictions/{id}/disputes)"),
  })
  .describe("A prediction as lists show it");
export type PredictionSummary = z.infer<typeof predictionSummary>;

/** A page of predictions (the list's, the due queue's). */
export const predictionPage = pageOf(predictionSummary, "A page of predictions");

/** What a source keeps to show its text was not changed unseen (issue 16): the text's hash and an archived copy. */
export const sourceIntegrity = z.object({
  archiveUrl: z.string().nullable().describe("An archived copy of the article (http or https)"),
  textSha256: z
    .string()
    .nullable()
    .describe("SHA-256 of the stored article text (UTF-8, lower-case hex); null when no text is stored"),
});
export type SourceIntegrity = z.infer<typeof sourceIntegrity>;

export const judgementRecord = z
  .object({
    id: z.string(),
    outcome: outcome.nullable().describe("null: the prediction was reopened"),
    credit: probabilityValue.nullable().describe("For PARTIAL outcomes, the credit between 0 and 1"),
    resolvedAt: timestamp.nullable(),
    note: z.string().nullable(),
    evidence: z.array(z.string()),
    basedOnVersion: z.number().int(),
    createdAt: timestamp,
    judgedBy: person.nullable(),
  })
  .describe("One judgement; judgements are appended, never overwritten");
export type JudgementRecord = z.infer<typeof judgementRecord>;

export const auditRecord = z
  .object({
    id: z.string(),
    at: timestamp,
    action: z.string(),
    before: z.unknown().describe("The changed fields before the change"),
    after: z.unknown().describe("The changed fields after the change"),
    actor: person.nullable(),
  })
  .describe("One change to a prediction or a source");
export type AuditRecord = z.infer<typeof auditRecord>;

/** A prediction's page: the summary with its source's integrity, its parts, judgements and history. */
export const predictionDetail = predictionSummary
  .extend({
    source: predictionSummary.shape.source.unwrap().extend(sourceIntegrity.shape).nullable(),
    quoteVerbatim: z
      .boolean()
      .nullable()
      .describe(
        "Whether the quote stands verbatim in the source's stored text (NFC, curly quotes folded, white space collapsed); null without a quote or a stored text",
      ),
    criteria: z.string().nullable(),
    condition: z.string().nullable(),
    quoteStart: z.number().int().nullable(),
    quoteEnd: z.number().int().nullable(),
    probabilityLow: probabilityValue.nullable(),
    probabilityHigh: probabilityValue.nullable(),
    credit: probabilityValue.nullable(),
    resolvedAt: timestamp.nullable(),
    updatedAt: timestamp,
    parent: z.object({ id: z.string(), claim: z.string() }).nullable(),
    question: z
      .object({ key: z.string(), title: z.string(), outcome: outcome.nullable(), negated: z.boolean() })
      .nullable()
      .describe("The question this prediction is linked to; negated: it claims the opposite"),
    parts: z.array(z.object({ id: z.string(), claim: z.string(), outcome: outcome.nullable() })),
    judgements: z.array(judgementRecord).describe("Newest first; the first one counts"),
    history: z.array(auditRecord).describe("Newest first"),
  })
  .describe("A prediction with its judgement history and change history");
export type PredictionDetail = z.infer<typeof predictionDetail>;
