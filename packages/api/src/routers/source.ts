import { byIdInput, listSourcesInput, urlLookupInput } from "@hindsight/domain";
import { findSourceByUrl, getSource, listOutlets, listSources, listTags } from "@hindsight/db";
import { cachedFor } from "../cache";
import { publicProcedure, router } from "../trpc";
import { FILTERS_TTL_MS } from "./scoreboard";

export const sourceRouter = router({
  /** Sources, most recently published first, with how many predictions cite each. */
  list: publicProcedure.input(listSourcesInput).query(({ ctx, input }) => listSources(ctx.db, input)),
  byId: publicProcedure.input(byIdInput).query(({ ctx, input }) => getSource(ctx.db, input.id)),
  byUrl: publicProcedure.input(urlLookupInput).query(({ ctx, input }) => findSourceByUrl(ctx.db, input.url)),
  /** Every outlet named by a source: a scan of the sources, cached like the scoreboard's filters. */
  outlets: publicProcedure.query(({ ctx }) =>
    cachedFor(ctx, "source.outlets", FILTERS_TTL_MS, () => listOutlets(ctx.db)),
  ),
  /** Every tag with how many predictions carry it: a count over every tagging, cached likewise. */
  tags: publicProcedure.query(({ ctx }) => cachedFor(ctx, "source.tags", FILTERS_TTL_MS, () => listTags(ctx.db))),
});
