import { questionRef } from "@hindsight/domain";
import { getQuestionDetail } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** One question with its reference forecasts and linked predictions, by its key. */
export const questionByKey = useCase({
  input: questionRef,
  run: (ctx: Pick<UseCaseContext, "db">, input) => getQuestionDetail(ctx.db, input.key),
});
