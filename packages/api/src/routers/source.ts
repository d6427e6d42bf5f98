import { byIdInput, listSourcesInput, urlLookupInput } from "@hindsight/domain";
import { findSourceByUrl, getSource, listOutlets, listSources, listTags } from "@hindsight/db";
import { publicProcedure, router } from "../trpc";

export const sourceRouter = router({
  /** Sources, most recently published first, with how many predictions cite each. */
  list: publicProcedure.input(listSourcesInput).query(({ ctx, input }) => listSources(ctx.db, input)),
  byId: publicProcedure.input(byIdInput).query(({ ctx, input }) => getSource(ctx.db, input.id)),
  byUrl: publicProcedure.input(urlLookupInput).query(({ ctx, input }) => findSourceByUrl(ctx.db, input.url)),
  outlets: publicProcedure.query(({ ctx }) => listOutlets(ctx.db)),
  tags: publicProcedure.query(({ ctx }) => listTags(ctx.db)),
});
