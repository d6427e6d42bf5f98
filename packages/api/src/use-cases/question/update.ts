import { updateQuestionInput } from "@hindsight/domain";
import { updateQuestion as updateQuestionRow } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Edits a question, audited as the actor's. */
export const updateQuestion = useCase({
  input: updateQuestionInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    updateQuestionRow(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
