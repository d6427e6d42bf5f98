import { judgePredictionInput } from "@hindsight/domain";
import { judgePrediction as judgePredictionRow } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/**
 * Judges or reopens a prediction: `checkJudgement` from the domain, then a conditional update on
 * the version the judge saw, so exactly one of two concurrent judges wins.
 */
export const judgePrediction = useCase({
  input: judgePredictionInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor" | "now">, input) =>
    judgePredictionRow(ctx.db, input, { userId: actorIdOf(ctx.actor) }, ctx.now()),
});
