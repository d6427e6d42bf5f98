import { z } from "zod";
import { cursorPage, date, optional, probability, text, url } from "./fields";
import { judgementFields, refineJudgement } from "./judgement";

/**
 * Questions (contract v1.1): one event judged once, which several analysts' predictions speak
 * about; reference forecasts of it; links from predictions. One definition of each input, shared by
 * tRPC, REST, the forms and the CLI.
 */

const questionKey = z
  .string({ error: "Key is required" })
  .trim()
  .min(1, "Key is required")
  .max(200, "Key must be at most 200 characters");

export const questionRef = z.object({ key: questionKey });

export const createQuestionInput = z.object({
  /** Generated (q-…) when absent. */
  key: optional(questionKey),
  title: text("Title", 500),
  criteria: optional(text("Resolution criteria", 2000)),
  resolveBy: optional(date("Deadline")),
  /** Link this prediction to the new question in the same transaction (creating a question from a prediction). */
  fromPrediction: optional(
    z.object({
      id: z.string().min(1).max(100),
      version: z.number({ error: "version is required" }).int().min(1),
      negated: z.boolean().default(false),
    }),
  ),
});
export type CreateQuestionInput = z.output<typeof createQuestionInput>;
export type CreateQuestionFormValues = z.input<typeof createQuestionInput>;

export const updateQuestionInput = z.object({
  key: questionKey,
  version: z.number({ error: "version is required" }).int().min(1),
  title: text("Title", 500).optional(),
  criteria: text("Resolution criteria", 2000).nullable().optional(),
  resolveBy: date("Deadline").nullable().optional(),
});
export type UpdateQuestionInput = z.output<typeof updateQuestionInput>;

export const addReferenceInput = z.object({
  key: questionKey,
  probability,
  source: text("Source", 300),
  asOf: date("Date"),
  url: optional(url("Link")),
});
export type AddReferenceInput = z.output<typeof addReferenceInput>;
export type AddReferenceFormValues = z.input<typeof addReferenceInput>;

export const removeReferenceInput = z.object({
  key: questionKey,
  referenceId: z.string().min(1).max(100),
});

/** Judging a question, against the version read; `outcome: null` reopens it. */
export const judgeQuestionInput = z.object({ key: questionKey, ...judgementFields }).superRefine(refineJudgement);
export type JudgeQuestionInput = z.output<typeof judgeQuestionInput>;
export type JudgeQuestionFormValues = z.input<typeof judgeQuestionInput>;

/** Links a prediction to a question (or unlinks it with `question: null`), against the prediction's version. */
export const linkPredictionInput = z.object({
  predictionId: z.string().min(1, "predictionId is required").max(100),
  version: z.number({ error: "version is required" }).int().min(1),
  question: questionKey.nullable(),
  negated: z.boolean().default(false),
});
export type LinkPredictionInput = z.output<typeof linkPredictionInput>;

export const questionStatuses = ["OPEN", "DUE", "JUDGED"] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

export const listQuestionsInput = z
  .object({
    ...cursorPage,
    q: optional(z.string().trim().max(200, "Search must be at most 200 characters")),
    status: optional(z.enum(questionStatuses, { error: `Status must be one of ${questionStatuses.join(", ")}` })),
  })
  .default({ limit: 20 });
export type ListQuestionsInput = z.output<typeof listQuestionsInput>;

/** Questions resembling a prediction (its claim and quote) or a typed text. */
export const suggestQuestionsInput = z.object({
  predictionId: optional(z.string().max(100)),
  q: optional(z.string().trim().max(500)),
  limit: z.number().int().min(1).max(20).default(8),
});
export type SuggestQuestionsInput = z.output<typeof suggestQuestionsInput>;
