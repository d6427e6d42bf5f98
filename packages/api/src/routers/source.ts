import { byIdInput, urlLookupInput } from "@hindsight/domain";
import { findSourceByUrl, getSource, listOutlets, listTags } from "@hindsight/db";
import { publicProcedure, router } from "../trpc";

export const sourceRouter = router({
  byId: publicProcedure.input(byIdInput).query(({ ctx, input }) => getSource(ctx.db, input.id)),
  byUrl: publicProcedure.input(urlLookupInput).query(({ ctx, input }) => findSourceByUrl(ctx.db, input.url)),
  outlets: publicProcedure.query(({ ctx }) => listOutlets(ctx.db)),
  tags: publicProcedure.query(({ ctx }) => listTags(ctx.db)),
});
