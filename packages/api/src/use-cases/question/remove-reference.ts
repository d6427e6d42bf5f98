import { removeReferenceInput } from "@hindsight/domain";
import { removeReference as deleteReference } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Removes a reference forecast from a question, audited as the actor's. */
export const removeQuestionReference = useCase({
  input: removeReferenceInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    deleteReference(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
