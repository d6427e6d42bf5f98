import { z } from "zod";
import { outcome, person, timestamp } from "./output-fields";
import { pageOf } from "./page-output";
import { disputeDecisions, disputeStatuses } from "./dispute";

/**
 * What reading a dispute answers, spelt once (docs/architecture.md, "Response shapes"): the
 * TypeScript type below is inferred from this schema, the tRPC procedures declare it as their
 * output, and the REST API's OpenAPI document is generated from it (dates, Date objects here, are
 * ISO 8601 strings on the wire: packages/api/src/rest/openapi.ts).
 */

/** A dispute as anyone may read it: the filer's name, never their email address. */
export const disputeRecord = z
  .object({
    id: z.string(),
    predictionId: z.string(),
    text: z.string().describe("Why the judgement is wrong, in the filer's words"),
    evidence: z.array(z.string()).describe("Evidence links (http or https)"),
    status: z.enum(disputeStatuses).describe("OPEN until an editor answers; then UPHELD or REJECTED"),
    version: z.number().int().min(1).describe("Send this back when answering: a stale version is refused with 409"),
    createdAt: timestamp,
    filer: z
      .object({ id: z.string().nullable(), name: z.string(), public: z.boolean() })
      .describe("Who filed it: a user (id) or, through the public form, a name (public: true); never an email"),
    judgement: z
      .object({ id: z.string(), outcome: outcome.nullable(), createdAt: timestamp })
      .describe("The judgement disputed: the prediction's latest when the dispute was filed"),
    answer: z
      .object({
        decision: z.enum(disputeDecisions),
        reason: z.string().nullable(),
        createdAt: timestamp,
        answeredBy: person.nullable(),
      })
      .nullable()
      .describe("The editor's answer; null while open"),
  })
  .describe("A dispute of a prediction's judgement (the right of reply)");
export type DisputeRecord = z.infer<typeof disputeRecord>;

/** A prediction's disputes, newest first. */
export const disputeList = z.array(disputeRecord).describe("A prediction's disputes, newest first");

/**
 * A dispute in the editors' queue (dispute.list): with the prediction it is about and the public
 * filer's email address, which only editors see.
 */
export const disputeQueueItem = disputeRecord
  .extend({
    prediction: z.object({
      id: z.string(),
      claim: z.string(),
      analyst: z.object({ slug: z.string(), name: z.string() }),
    }),
    filerEmail: z.string().nullable().describe("The public filer's email address; null for signed-in filers"),
  })
  .describe("A dispute in the editors' queue, with its prediction and the public filer's email address");
export type DisputeQueueItem = z.infer<typeof disputeQueueItem>;

/** The editors' queue, a page at a time: open disputes first (oldest first), then answered ones. */
export const disputeQueue = pageOf(disputeQueueItem, "A page of the editors' dispute queue, open disputes first");
