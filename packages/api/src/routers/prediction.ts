import {
  byIdInput,
  createPredictionInput,
  judgePredictionInput,
  listDueInput,
  listPredictionsInput,
  predictionFacetsInput,
  updatePredictionInput,
} from "@hindsight/domain";
import {
  countDue,
  createPrediction,
  getPredictionDetail,
  judgePrediction,
  listDue,
  listPredictions,
  predictionFacets,
  updatePrediction,
} from "@hindsight/db";
import { cachedFor } from "../cache";
import { editorProcedure, publicProcedure, router } from "../trpc";

/** How long a filter's menu counts are reused when nothing is written through this process. */
export const FACETS_TTL_MS = 5_000;

export const predictionRouter = router({
  list: publicProcedure
    .input(listPredictionsInput)
    .query(({ ctx, input }) => listPredictions(ctx.db, input, ctx.now())),
  /**
   * The counts beside the list's filter menus (analyst, tag, outlet, status): for each option, how
   * many predictions the list would show with it chosen and the other filters as they are.
   */
  facets: publicProcedure.input(predictionFacetsInput).query(({ ctx, input }) => {
    const { analystLimit, ...filters } = input;
    return cachedFor(ctx, `prediction.facets ${JSON.stringify(input)}`, FACETS_TTL_MS, () =>
      predictionFacets(ctx.db, filters, ctx.now(), analystLimit),
    );
  }),
  byId: publicProcedure.input(byIdInput).query(({ ctx, input }) => getPredictionDetail(ctx.db, input.id)),
  due: publicProcedure.input(listDueInput).query(({ ctx, input }) => listDue(ctx.db, input, ctx.now())),
  dueCount: publicProcedure.query(({ ctx }) => countDue(ctx.db, ctx.now())),
  create: editorProcedure
    .input(createPredictionInput)
    .mutation(({ ctx, input }) => createPrediction(ctx.db, input, { userId: ctx.actor.userId })),
  update: editorProcedure
    .input(updatePredictionInput)
    .mutation(({ ctx, input }) => updatePrediction(ctx.db, input, { userId: ctx.actor.userId })),
  judge: editorProcedure
    .input(judgePredictionInput)
    .mutation(({ ctx, input }) => judgePrediction(ctx.db, input, { userId: ctx.actor.userId }, ctx.now())),
});
