import { scoreboardLinesPage } from "@hindsight/domain";
import { getScoreboard } from "../use-cases/scoreboard/get";
import { scoreboardFilters } from "../use-cases/scoreboard/filters";
import { scoreboardPage } from "../use-cases/scoreboard/page";
import { publicProcedure, router } from "../trpc";

export { FILTERS_TTL_MS, SCOREBOARD_TTL_MS } from "../use-cases/scoreboard/board";

export const scoreboardRouter = router({
  /**
   * The data-contract scoreboard (docs/design.md), as the CLI prints it. Its shape is the domain's
   * `scoreboardRecord` (the use case returns its inferred type), but it declares no `.output`: checking
   * 10,000 analysts' lines on every call costs 41 to 61 ms against under 2 ms for the cached answer
   * (`pnpm bench output`; docs/architecture.md, "Response shapes").
   */
  get: publicProcedure.input(getScoreboard.input).query(({ ctx, input }) => getScoreboard.run(ctx, input)),
  /** One page of the scoreboard for the web (`use-cases/scoreboard/page.ts`): at most 200 lines, cheap to check. */
  page: publicProcedure
    .input(scoreboardPage.input)
    .output(scoreboardLinesPage)
    .query(({ ctx, input }) => scoreboardPage.run(ctx, input)),
  /** The filters' choices with their counts (`use-cases/scoreboard/filters.ts`). */
  filters: publicProcedure.input(scoreboardFilters.input).query(({ ctx, input }) => scoreboardFilters.run(ctx, input)),
});
