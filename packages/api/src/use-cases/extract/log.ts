import { logArticleInput } from "@hindsight/domain";
import { logArticlePredictions } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/**
 * Logs the predictions kept from one article in one transaction, all or nothing: the source once
 * (or the one already logged for its URL), analysts found or created by name, each prediction
 * audited as single logging audits it.
 */
export const logArticle = useCase({
  input: logArticleInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    logArticlePredictions(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
