import { listQuestionsInput } from "@hindsight/domain";
import { listQuestions as listQuestionRows } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** A page of questions under the list's filters, their state as of `now`. */
export const listQuestions = useCase({
  input: listQuestionsInput,
  run: (ctx: Pick<UseCaseContext, "db" | "now">, input) => listQuestionRows(ctx.db, input, ctx.now()),
});
