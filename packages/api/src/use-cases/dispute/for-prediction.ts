import { predictionDisputesInput } from "@hindsight/domain";
import { listPredictionDisputes } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** A prediction's disputes and their answers, newest first: public. */
export const predictionDisputes = useCase({
  input: predictionDisputesInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => listPredictionDisputes(ctx.db, input.predictionId),
});
