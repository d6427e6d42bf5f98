import { analystMatches, analystPage, analystRecord } from "@hindsight/domain";
import { analystBySlug } from "../use-cases/analyst/by-slug";
import { analystCounts } from "../use-cases/analyst/counts";
import { analystFilterOptions } from "../use-cases/analyst/filter-options";
import { listAnalysts } from "../use-cases/analyst/list";
import { analystScores } from "../use-cases/analyst/scores";
import { searchAnalysts } from "../use-cases/analyst/search";
import { publicProcedure, router } from "../trpc";

export const analystRouter = router({
  search: publicProcedure
    .input(searchAnalysts.input)
    .output(analystMatches)
    .query(({ ctx, input }) => searchAnalysts.run(ctx, input)),
  /** The directory: by name, a page at a time (`cursor`, `limit`), optionally names containing `q`. */
  list: publicProcedure
    .input(listAnalysts.input)
    .output(analystPage)
    .query(({ ctx, input }) => listAnalysts.run(ctx, input)),
  /** The most active analysts (by predictions, at most `limit`, default 200) for a list filter, by name. */
  filterOptions: publicProcedure
    .input(analystFilterOptions.input)
    .query(({ ctx, input }) => analystFilterOptions.run(ctx, input)),
  bySlug: publicProcedure
    .input(analystBySlug.input)
    .output(analystRecord)
    .query(({ ctx, input }) => analystBySlug.run(ctx, input)),
  /** Open, due, judged, scored, AMBIGUOUS, ANNULLED and vagueness, at the server's now. */
  counts: publicProcedure.input(analystCounts.input).query(({ ctx, input }) => analystCounts.run(ctx, input)),
  /** Scores, calibration, Brier over time and by tag, from the analyst's aggregates and scored rows. */
  scores: publicProcedure.input(analystScores.input).query(({ ctx, input }) => analystScores.run(ctx, input)),
});
