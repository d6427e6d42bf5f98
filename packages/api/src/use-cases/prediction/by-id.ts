import { byIdInput } from "@hindsight/domain";
import { getPredictionDetail } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** One prediction with its source, parts, judgements and audit trail (its page); NOT_FOUND when there is none. */
export const predictionById = useCase({
  input: byIdInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => getPredictionDetail(ctx.db, input.id),
});
