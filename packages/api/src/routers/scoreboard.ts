import {
  contractScoreboard,
  scoreboardFromSums,
  scoreboardInput,
  scoreboardPageInput,
  sortScoreboard,
} from "@hindsight/domain";
import { scoreboardFilterOptions, scoreboardSums } from "@hindsight/db";
import { cached } from "../cache";
import { publicProcedure, router } from "../trpc";

export const scoreboardRouter = router({
  /** The data-contract scoreboard (DESIGN.md), as the CLI prints it. */
  get: publicProcedure.input(scoreboardInput).query(async ({ ctx, input }) => {
    const { minScored, ...filter } = input;
    return contractScoreboard(scoreboardFromSums(await scoreboardSums(ctx.db, filter), { minScored }));
  }),
  /**
   * One page of the scoreboard for the web: ranked analysts first, then the unranked, each group
   * sorted by the chosen column; every figure from the same aggregates as `get`.
   */
  page: publicProcedure.input(scoreboardPageInput).query(async ({ ctx, input }) => {
    const { minScored, sort, dir, cursor = 0, limit, ...filter } = input;
    const board = scoreboardFromSums(await scoreboardSums(ctx.db, filter), { minScored });
    const lines = sortScoreboard(board.analysts, sort, dir);
    const items = lines.slice(cursor, cursor + limit).map((line) => ({
      ...line,
      section: line.rank === null ? ("unranked" as const) : ("ranked" as const),
    }));
    return {
      population: board.population,
      ranked: lines.filter((line) => line.rank !== null).length,
      total: lines.length,
      items,
      nextCursor: cursor + limit < lines.length ? cursor + limit : null,
    };
  }),
  /**
   * The tags, outlets and months the filters can choose from. Counting them scans every tag and
   * outlet cell, so the answer is kept for a minute per process (dropped by any write made here).
   */
  filters: publicProcedure.query(({ ctx }) =>
    cached(ctx.db, "scoreboard.filters", 60_000, () => scoreboardFilterOptions(ctx.db)),
  ),
});
