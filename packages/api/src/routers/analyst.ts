import {
  analystCounts,
  analystFilterOptionsInput,
  analystMatches,
  analystPage,
  analystRecord,
  analystScores,
  listAnalystsInput,
  searchAnalystsInput,
  slugInput,
} from "@hindsight/domain";
import {
  analystCountRows,
  analystFilterOptions,
  analystScoreData,
  getAnalystBySlug,
  listAnalysts,
  searchAnalysts,
} from "@hindsight/db";
import { publicProcedure, router } from "../trpc";

export const analystRouter = router({
  search: publicProcedure
    .input(searchAnalystsInput)
    .output(analystMatches)
    .query(({ ctx, input }) => searchAnalysts(ctx.db, input)),
  /** The directory: by name, a page at a time (`cursor`, `limit`), optionally names containing `q`. */
  list: publicProcedure
    .input(listAnalystsInput)
    .output(analystPage)
    .query(({ ctx, input }) => listAnalysts(ctx.db, input)),
  /** The most active analysts (by predictions, at most `limit`, default 200) for a list filter, by name. */
  filterOptions: publicProcedure
    .input(analystFilterOptionsInput)
    .query(({ ctx, input }) => analystFilterOptions(ctx.db, input.limit)),
  bySlug: publicProcedure
    .input(slugInput)
    .output(analystRecord)
    .query(({ ctx, input }) => getAnalystBySlug(ctx.db, input.slug)),
  /** Open, due, judged, scored, AMBIGUOUS, ANNULLED and vagueness, at the server's now. */
  counts: publicProcedure.input(slugInput).query(async ({ ctx, input }) => {
    await getAnalystBySlug(ctx.db, input.slug);
    return analystCounts(await analystCountRows(ctx.db, input.slug), ctx.now());
  }),
  /** Scores, calibration, Brier over time and by tag, from the analyst's aggregates and scored rows. */
  scores: publicProcedure.input(slugInput).query(async ({ ctx, input }) => {
    const analyst = await getAnalystBySlug(ctx.db, input.slug);
    return analystScores(await analystScoreData(ctx.db, analyst.id));
  }),
});
