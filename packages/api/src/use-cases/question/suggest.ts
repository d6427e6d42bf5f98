import { suggestQuestionsInput } from "@hindsight/domain";
import { suggestQuestions as suggestQuestionRows } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** Questions a prediction being written might belong to (the form's suggestions). */
export const suggestQuestions = useCase({
  input: suggestQuestionsInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => suggestQuestionRows(ctx.db, input),
});
