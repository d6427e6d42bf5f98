import { buildScoreboard, scoreboardInput } from "@hindsight/domain";
import { scoreboardRows } from "@hindsight/db";
import { publicProcedure, router } from "../trpc";

export const scoreboardRouter = router({
  get: publicProcedure
    .input(scoreboardInput)
    .query(async ({ ctx, input }) =>
      buildScoreboard(await scoreboardRows(ctx.db, { tag: input.tag }), { minScored: input.minScored }),
    ),
});
