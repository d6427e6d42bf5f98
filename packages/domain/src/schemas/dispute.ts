import { z } from "zod";
import { cursorPage, optional, text, url } from "./fields";
import { userEmail } from "./user";
import { MAX_DISPUTE_REASON, MAX_DISPUTE_TEXT, MAX_FILER_NAME } from "./values";

/**
 * The right of reply (docs/disputes.md): anyone may dispute a judged prediction's judgement, with
 * text and evidence links; editors uphold (then re-judge) or reject it with a reason.
 */
export const disputeStatuses = ["OPEN", "UPHELD", "REJECTED"] as const;
export type DisputeStatus = (typeof disputeStatuses)[number];

export const disputeDecisions = ["UPHOLD", "REJECT"] as const;
export type DisputeDecision = (typeof disputeDecisions)[number];

const disputeFields = {
  predictionId: z.string({ error: "predictionId is required" }).min(1, "predictionId is required").max(100),
  text: text("Dispute", MAX_DISPUTE_TEXT),
  evidence: z.array(url("Evidence link")).max(20, "At most 20 evidence links").default([]),
};

/** A dispute filed by a signed-in user, who files as themselves. */
export const fileDisputeInput = z.object(disputeFields);
export type FileDisputeInput = z.output<typeof fileDisputeInput>;
export type FileDisputeFormValues = z.input<typeof fileDisputeInput>;

/**
 * A dispute filed through the public form: a name (shown with the dispute) and an email address
 * (kept for the editors, never shown). `website` is the honeypot: a field people never see, which
 * only form-filling robots fill in. The schema accepts any short text there so that the refusal
 * (in the procedure) says nothing about which field gave a robot away.
 */
export const filePublicDisputeInput = z.object({
  ...disputeFields,
  name: text("Name", MAX_FILER_NAME),
  email: userEmail,
  website: z.string().max(2000).optional(),
});
export type FilePublicDisputeInput = z.output<typeof filePublicDisputeInput>;
export type FilePublicDisputeFormValues = z.input<typeof filePublicDisputeInput>;

/** An editor's answer, made against the dispute's version: a rejection needs a reason. */
export const answerDisputeInput = z
  .object({
    disputeId: z.string({ error: "disputeId is required" }).min(1, "disputeId is required").max(100),
    version: z.number({ error: "version is required" }).int().min(1),
    decision: z.enum(disputeDecisions, { error: `Decision must be one of ${disputeDecisions.join(", ")}` }),
    reason: optional(text("Reason", MAX_DISPUTE_REASON)),
  })
  .superRefine((input, context) => {
    if (input.decision === "REJECT" && input.reason === undefined) {
      context.addIssue({ code: "custom", path: ["reason"], message: "A rejection needs a reason" });
    }
  });
export type AnswerDisputeInput = z.output<typeof answerDisputeInput>;
export type AnswerDisputeFormValues = z.input<typeof answerDisputeInput>;

/** The editors' queue: open disputes first (oldest first), then answered ones; `status` narrows it. */
export const listDisputesInput = z
  .object({
    ...cursorPage,
    status: optional(z.enum(disputeStatuses, { error: `Status must be one of ${disputeStatuses.join(", ")}` })),
  })
  .default({ limit: 20 });
export type ListDisputesInput = z.output<typeof listDisputesInput>;

export const predictionDisputesInput = z.object({
  predictionId: z.string({ error: "predictionId is required" }).min(1, "predictionId is required").max(100),
});
