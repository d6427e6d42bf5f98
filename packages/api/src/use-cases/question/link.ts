import { linkPredictionInput } from "@hindsight/domain";
import { getPredictionDetail, linkPrediction as linkPredictionRow, onPrimary } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/**
 * Links a prediction to a question (or unlinks it); answers the prediction as it now is, read from
 * the primary so the answer shows the write.
 */
export const linkQuestionPrediction = useCase({
  input: linkPredictionInput,
  run: async (ctx: Pick<UseCaseContext, "db" | "actor">, input) => {
    await linkPredictionRow(ctx.db, input, { userId: actorIdOf(ctx.actor) });
    return await getPredictionDetail(onPrimary(ctx.db), input.predictionId);
  },
});
