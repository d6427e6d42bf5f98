import { judgeQuestionInput } from "@hindsight/domain";
import { getQuestionDetail, judgeQuestion as judgeQuestionRow, onPrimary } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/**
 * Judges or reopens the question and every linked prediction with it; answers the question as it
 * now is, read from the primary so the answer shows the write.
 */
export const judgeQuestion = useCase({
  input: judgeQuestionInput,
  run: async (ctx: Pick<UseCaseContext, "db" | "actor" | "now">, input) => {
    await judgeQuestionRow(ctx.db, input, { userId: actorIdOf(ctx.actor) }, ctx.now());
    return await getQuestionDetail(onPrimary(ctx.db), input.key);
  },
});
