import { logArticle } from "../use-cases/extract/log";
import { extractRepeats } from "../use-cases/extract/repeats";
import { extractArticle } from "../use-cases/extract/run";
import { editorProcedure, router } from "../trpc";

export const extractRouter = router({
  /**
   * The candidate predictions in an article (text or HTML), with their offsets into the text the
   * extractor read. A mutation, not a query: an article is too long for a GET's address, and only
   * editors, who are about to log, need it.
   */
  run: editorProcedure
    .meta({ readOnly: true })
    .input(extractArticle.input)
    .mutation(({ ctx, input }) => extractArticle.run(ctx, input)),
  /**
   * The candidates whose claim is likely already in the ledger (the same analyst's prediction, or
   * the same event's prediction or question), found by full-text search and scored on word stems.
   * A mutation like `run`: the claims of a long article are too long for a GET's address.
   */
  repeats: editorProcedure
    .meta({ readOnly: true })
    .input(extractRepeats.input)
    .mutation(({ ctx, input }) => extractRepeats.run(ctx, input)),
  /**
   * Logs the predictions kept from one article in one transaction, all or nothing: the source once
   * (or the one already logged for its URL), analysts found or created by name, each prediction
   * audited as single logging audits it.
   */
  log: editorProcedure.input(logArticle.input).mutation(({ ctx, input }) => logArticle.run(ctx, input)),
});
