import { sourceDetail, sourcePage, sourceRecord } from "@hindsight/domain";
import { sourceById } from "../use-cases/source/by-id";
import { sourceByUrl } from "../use-cases/source/by-url";
import { listSources } from "../use-cases/source/list";
import { sourceOutlets } from "../use-cases/source/outlets";
import { sourceTags } from "../use-cases/source/tags";
import { updateSource } from "../use-cases/source/update";
import { editorProcedure, publicProcedure, router } from "../trpc";

export const sourceRouter = router({
  /** Sources, most recently published first, with how many predictions cite each. */
  list: publicProcedure
    .input(listSources.input)
    .output(sourcePage)
    .query(({ ctx, input }) => listSources.run(ctx, input)),
  /** With the stored text's hash, the archived copy, how many quotes stand verbatim, and the change history. */
  byId: publicProcedure
    .input(sourceById.input)
    .output(sourceDetail)
    .query(({ ctx, input }) => sourceById.run(ctx, input)),
  /** The archived copy's URL and the stored article text; a new text shows as a new hash in the history. */
  update: editorProcedure
    .input(updateSource.input)
    .output(sourceDetail)
    .mutation(({ ctx, input }) => updateSource.run(ctx, input)),
  byUrl: publicProcedure
    .input(sourceByUrl.input)
    .output(sourceRecord.nullable())
    .query(({ ctx, input }) => sourceByUrl.run(ctx, input)),
  /** Every outlet named by a source: a scan of the sources, cached like the scoreboard's filters. */
  outlets: publicProcedure.query(({ ctx }) => sourceOutlets(ctx)),
  /** Every tag with how many predictions carry it: a count over every tagging, cached likewise. */
  tags: publicProcedure.query(({ ctx }) => sourceTags(ctx)),
});
