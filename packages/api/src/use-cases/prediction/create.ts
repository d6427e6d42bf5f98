import { createPredictionInput } from "@hindsight/domain";
import { createPrediction as insertPrediction } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/**
 * Logs a prediction: its analyst and source found or created, its parts and tags, audited as the
 * actor's (docs/architecture.md, "Writing a prediction, file by file").
 */
export const createPrediction = useCase({
  input: createPredictionInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    insertPrediction(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
