import { updatePredictionInput } from "@hindsight/domain";
import { updatePrediction as updatePredictionRow } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Edits a prediction, audited; a new probability is refused once a judgement exists (the repository's rule). */
export const updatePrediction = useCase({
  input: updatePredictionInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    updatePredictionRow(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
