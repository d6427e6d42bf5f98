import { searchAnalystsInput, slugInput } from "@hindsight/domain";
import { getAnalystBySlug, listAnalysts, searchAnalysts } from "@hindsight/db";
import { publicProcedure, router } from "../trpc";

export const analystRouter = router({
  search: publicProcedure.input(searchAnalystsInput).query(({ ctx, input }) => searchAnalysts(ctx.db, input)),
  list: publicProcedure.query(({ ctx }) => listAnalysts(ctx.db)),
  bySlug: publicProcedure.input(slugInput).query(({ ctx, input }) => getAnalystBySlug(ctx.db, input.slug)),
});
