import type { AppRouter } from "@hindsight/api";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>["question"];

/** A question as question.list and question.suggest give it. */
export type QuestionSummary = Outputs["list"]["items"][number];
/** A question as question.byKey gives it: references, linked predictions, judgements, history. */
export type QuestionDetail = Outputs["byKey"];
export type QuestionReference = QuestionDetail["references"][number];
export type LinkedPrediction = QuestionDetail["linked"][number];
export type QuestionSuggestion = Outputs["suggest"][number];
