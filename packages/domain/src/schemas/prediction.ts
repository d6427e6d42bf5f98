import { z } from "zod";
import { cursorPage, date, day, optional, probability, tagList, tags, text, url } from "./fields";

import { probabilitySources, statusFilters } from "./values";

export type { Outcome, ProbabilitySource, StatusFilter } from "./values";

/** Who made the prediction: an analyst already in the ledger, or a new one. */
export const analystChoice = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("existing"), id: z.string().min(1, "Pick an analyst") }),
  z.object({
    mode: z.literal("new"),
    name: text("Analyst name", 200),
    affiliation: optional(text("Affiliation", 200)),
  }),
]);

export const sourceInput = z.object({
  title: text("Source title", 500),
  outlet: optional(text("Outlet", 200)),
  url: optional(url("Source URL")),
  publishedAt: day("Publication date"),
});

/** The fields of a prediction as logged; createPredictionInput adds the rules between them. */
export const predictionFields = z.object({
  analyst: analystChoice,
  source: sourceInput.optional(),
  quote: optional(text("Quote", 5000)),
  claim: text("Claim", 1000),
  criteria: optional(text("Resolution criteria", 2000)),
  madeAt: date("Date made"),
  resolveBy: optional(date("Deadline")),
  probability,
  probabilitySource: z.enum(probabilitySources).default("STATED"),
  hedge: optional(text("Hedge", 100)),
  /** The hedge reading's interval [low, high] around the probability, when read from words. */
  interval: z.tuple([probability, probability]).optional(),
  conditional: z.boolean().default(false),
  condition: optional(text("Condition", 1000)),
  tags,
  /** A compound claim split into parts, each logged (and later judged) as its own prediction. */
  parts: z.array(text("Part", 1000)).max(10, "At most 10 parts").default([]),
});

/** What the rules between a prediction's fields look at. */
export interface PredictionRuleInput {
  parts?: readonly string[];
  madeAt: Date;
  resolveBy?: Date | undefined;
  probability: number;
  interval?: readonly [number, number] | undefined;
  conditional: boolean;
  condition?: string | undefined;
  source?: { publishedAt: Date } | undefined;
}

/**
 * The rules between a prediction's fields, as issues at their paths: shared by createPredictionInput
 * and by the article log, whose predictions take their date made and source from the article.
 */
export function predictionRuleIssues(input: PredictionRuleInput): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (input.parts?.length === 1) issues.push({ path: ["parts"], message: "Split a claim into two parts or more" });
  if (input.resolveBy && input.resolveBy < input.madeAt) {
    issues.push({ path: ["resolveBy"], message: "Deadline must be on or after the date made" });
  }
  if (input.interval && !(input.interval[0] <= input.probability && input.probability <= input.interval[1])) {
    issues.push({ path: ["interval"], message: "The interval must contain the probability" });
  }
  if (input.condition && !input.conditional) {
    issues.push({ path: ["condition"], message: "A condition needs the conditional box ticked" });
  }
  if (input.source && input.madeAt < input.source.publishedAt) {
    issues.push({ path: ["madeAt"], message: "Date made cannot be before the source was published" });
  }
  return issues;
}

export const createPredictionInput = predictionFields.superRefine((input, context) => {
  for (const issue of predictionRuleIssues(input)) context.addIssue({ code: "custom", ...issue });
});

export type CreatePredictionInput = z.output<typeof createPredictionInput>;
export type CreatePredictionFormValues = z.input<typeof createPredictionInput>;

/** What narrows the predictions list: shared by the list and the counts of its filter menus. */
const listFilterShape = {
  analyst: optional(z.string().trim().max(80)),
  tag: optional(z.string().trim().max(40)),
  outlet: optional(z.string().trim().max(200)),
  sourceId: optional(z.string().max(100)),
  status: optional(z.enum(statusFilters, { error: `Status must be one of ${statusFilters.join(", ")}` })),
  madeFrom: optional(date("From")),
  madeTo: optional(date("To")),
  q: optional(z.string().trim().max(200, "Search text must be at most 200 characters")),
};

const madeInOrder = (input: { madeFrom?: Date | undefined; madeTo?: Date | undefined }, context: z.RefinementCtx) => {
  if (input.madeFrom && input.madeTo && input.madeTo < input.madeFrom) {
    context.addIssue({ code: "custom", path: ["madeTo"], message: "To must be on or after From" });
  }
};

export const listPredictionsInput = z
  .object({ ...cursorPage, ...listFilterShape })
  .superRefine(madeInOrder)
  .default({ limit: 20 });
export type ListPredictionsInput = z.output<typeof listPredictionsInput>;
export type ListPredictionsFilters = Omit<ListPredictionsInput, "cursor" | "limit">;

/**
 * The list's filters, for prediction.facets: how many predictions each option of a filter menu
 * (analyst, tag, outlet, status) would list under the other filters set. `analystLimit`: the menu
 * offers the analysts with the most predictions, at most this many.
 */
export const predictionFacetsInput = z
  .object({
    ...listFilterShape,
    analystLimit: z
      .number()
      .int()
      .min(1, "analystLimit must be 1 to 1000")
      .max(1000, "analystLimit must be 1 to 1000")
      .default(200),
  })
  .superRefine(madeInOrder)
  .default({ analystLimit: 200 });
export type PredictionFacetsInput = z.output<typeof predictionFacetsInput>;

export const listDueInput = z.object({ ...cursorPage }).default({ limit: 20 });
export type ListDueInput = z.output<typeof listDueInput>;

/**
 * An edit, made against the version the editor saw. Absent fields stay as they are; null clears
 * an optional one. The probability can only change while no judgement exists.
 */
export const updatePredictionInput = z
  .object({
    id: z.string().min(1).max(100),
    version: z.number({ error: "version is required" }).int().min(1),
    claim: text("Claim", 1000).optional(),
    quote: text("Quote", 5000).nullable().optional(),
    criteria: text("Resolution criteria", 2000).nullable().optional(),
    madeAt: date("Date made").optional(),
    resolveBy: date("Deadline").nullable().optional(),
    probability: probability.optional(),
    probabilitySource: z.enum(probabilitySources).optional(),
    hedge: text("Hedge", 100).nullable().optional(),
    conditional: z.boolean().optional(),
    condition: text("Condition", 1000).nullable().optional(),
    tags: tagList.optional(),
  })
  .superRefine((input, context) => {
    if (input.madeAt && input.resolveBy && input.resolveBy < input.madeAt) {
      context.addIssue({ code: "custom", path: ["resolveBy"], message: "Deadline must be on or after the date made" });
    }
  });
export type UpdatePredictionInput = z.output<typeof updatePredictionInput>;

export const byIdInput = z.object({ id: z.string().min(1, "id is required").max(100) });
