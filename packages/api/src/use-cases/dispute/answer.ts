import { answerDisputeInput } from "@hindsight/domain";
import { answerDispute as answerDisputeRow } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Upholds a dispute (the editor then re-judges the prediction) or rejects it with a reason, against the dispute's version. */
export const answerDispute = useCase({
  input: answerDisputeInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    answerDisputeRow(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
