import { createQuestionInput } from "@hindsight/domain";
import { createQuestion as insertQuestion } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Opens a question, audited as the actor's. */
export const createQuestion = useCase({
  input: createQuestionInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    insertQuestion(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
