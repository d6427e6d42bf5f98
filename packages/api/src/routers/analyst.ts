import { searchAnalystsInput } from "@hindsight/domain";
import { searchAnalysts } from "@hindsight/db";
import { publicProcedure, router } from "../trpc";

export const analystRouter = router({
  search: publicProcedure.input(searchAnalystsInput).query(({ ctx, input }) => searchAnalysts(ctx.db, input)),
});
