import { addReferenceInput } from "@hindsight/domain";
import { addReference as insertReference } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Adds a reference forecast (a market's or a model's) to a question, audited as the actor's. */
export const addQuestionReference = useCase({
  input: addReferenceInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    insertReference(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
