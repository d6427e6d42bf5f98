import { z } from "zod";
import { date, numericString, optional, text, url } from "./fields";
import { outcomes } from "./values";

/** The fields of a judgement (of a prediction or of a question), whatever is judged. */
export const judgementFields = {
  version: z.number({ error: "version is required" }).int().min(1),
  outcome: z.enum(outcomes, { error: `Outcome must be one of ${outcomes.join(", ")}` }).nullable(),
  credit: optional(
    z.preprocess(
      numericString,
      z
        .number({ error: "Credit must be a number between 0 and 1" })
        .min(0, "Credit must be between 0 and 1")
        .max(1, "Credit must be between 0 and 1"),
    ),
  ),
  resolvedAt: optional(date("Date decided")),
  note: optional(text("Note", 5000)),
  evidence: z.array(url("Evidence link")).max(20, "At most 20 evidence links").default([]),
};

/** Credit exactly for PARTIAL, a date decided for every outcome (a reopening needs none). */
export function refineJudgement(
  input: { outcome: string | null; credit?: number; resolvedAt?: Date },
  context: z.RefinementCtx,
): void {
  if (input.outcome === "PARTIAL" && input.credit === undefined) {
    context.addIssue({ code: "custom", path: ["credit"], message: "Partial outcomes need a credit between 0 and 1" });
  }
  if (input.outcome !== "PARTIAL" && input.credit !== undefined) {
    context.addIssue({ code: "custom", path: ["credit"], message: "Credit is only for PARTIAL outcomes" });
  }
  if (input.outcome !== null && input.resolvedAt === undefined) {
    context.addIssue({ code: "custom", path: ["resolvedAt"], message: "Date decided is required" });
  }
}

/**
 * A judgement of a prediction's outcome, made against the version the judge saw. `outcome: null`
 * reopens the prediction (withdraws the current outcome) without deleting anything.
 */
export const judgePredictionInput = z
  .object({
    predictionId: z.string().min(1, "predictionId is required").max(100),
    ...judgementFields,
  })
  .superRefine(refineJudgement);

export type JudgePredictionInput = z.output<typeof judgePredictionInput>;
export type JudgePredictionFormValues = z.input<typeof judgePredictionInput>;
