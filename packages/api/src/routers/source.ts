import {
  byIdInput,
  listSourcesInput,
  sourceDetail,
  sourcePage,
  sourceRecord,
  updateSourceInput,
  urlLookupInput,
} from "@hindsight/domain";
import { findSourceByUrl, getSourceDetail, listOutlets, listSources, listTags, updateSource } from "@hindsight/db";
import { cachedFor } from "../cache";
import { editorProcedure, publicProcedure, router } from "../trpc";
import { FILTERS_TTL_MS } from "./scoreboard";

export const sourceRouter = router({
  /** Sources, most recently published first, with how many predictions cite each. */
  list: publicProcedure
    .input(listSourcesInput)
    .output(sourcePage)
    .query(({ ctx, input }) => listSources(ctx.db, input)),
  /** With the stored text's hash, the archived copy, how many quotes stand verbatim, and the change history. */
  byId: publicProcedure
    .input(byIdInput)
    .output(sourceDetail)
    .query(({ ctx, input }) => getSourceDetail(ctx.db, input.id)),
  /** The archived copy's URL and the stored article text; a new text shows as a new hash in the history. */
  update: editorProcedure
    .input(updateSourceInput)
    .output(sourceDetail)
    .mutation(({ ctx, input }) => updateSource(ctx.db, input, { userId: ctx.actor.userId })),
  byUrl: publicProcedure
    .input(urlLookupInput)
    .output(sourceRecord.nullable())
    .query(({ ctx, input }) => findSourceByUrl(ctx.db, input.url)),
  /** Every outlet named by a source: a scan of the sources, cached like the scoreboard's filters. */
  outlets: publicProcedure.query(({ ctx }) =>
    cachedFor(ctx, "source.outlets", FILTERS_TTL_MS, () => listOutlets(ctx.db)),
  ),
  /** Every tag with how many predictions carry it: a count over every tagging, cached likewise. */
  tags: publicProcedure.query(({ ctx }) => cachedFor(ctx, "source.tags", FILTERS_TTL_MS, () => listTags(ctx.db))),
});
