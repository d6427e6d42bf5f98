import { extractArticleInput, extractPredictions, findRepeatsInput, logArticleInput } from "@hindsight/domain";
import { findRepeats, logArticlePredictions } from "@hindsight/db";
import { editorProcedure, router } from "../trpc";

export const extractRouter = router({
  /**
   * The candidate predictions in an article (text or HTML), with their offsets into the text the
   * extractor read. A mutation, not a query: an article is too long for a GET's address, and only
   * editors, who are about to log, need it.
   */
  run: editorProcedure
    .meta({ readOnly: true })
    .input(extractArticleInput)
    .mutation(({ input }) =>
      extractPredictions(input.text, {
        ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
        ...(input.format ? { format: input.format } : {}),
        ...(input.authors?.length ? { authors: input.authors } : {}),
      }),
    ),
  /**
   * Logs the predictions kept from one article in one transaction, all or nothing: the source once
   * (or the one already logged for its URL), analysts found or created by name, each prediction
   * audited as single logging audits it.
   */
  /**
   * The candidates whose claim is likely already in the ledger (the same analyst's prediction, or
   * the same event's prediction or question), found by full-text search and scored on word stems.
   * A mutation like `run`: the claims of a long article are too long for a GET's address.
   */
  repeats: editorProcedure
    .meta({ readOnly: true })
    .input(findRepeatsInput)
    .mutation(({ ctx, input }) => findRepeats(ctx.db, input)),
  log: editorProcedure
    .input(logArticleInput)
    .mutation(({ ctx, input }) => logArticlePredictions(ctx.db, input, { userId: ctx.actor.userId })),
});
