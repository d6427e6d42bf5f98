import { listPredictionsInput } from "@hindsight/domain";
import { listPredictions as listPredictionRows } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** A page of predictions, newest first, under the list's filters (the list at `/`, `GET /predictions`). */
export const listPredictions = useCase({
  input: listPredictionsInput,
  run: (ctx: Pick<UseCaseContext, "db" | "now">, input) => listPredictionRows(ctx.db, input, ctx.now()),
});
