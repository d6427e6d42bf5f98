import { predictionById } from "../use-cases/prediction/by-id";
import { createPrediction } from "../use-cases/prediction/create";
import { countDuePredictions, listDuePredictions } from "../use-cases/prediction/due";
import { predictionFacets } from "../use-cases/prediction/facets";
import { judgePrediction } from "../use-cases/prediction/judge";
import { listPredictions } from "../use-cases/prediction/list";
import { updatePrediction } from "../use-cases/prediction/update";
import { predictionDetail, predictionPage, predictionSummary } from "@hindsight/domain";
import { editorProcedure, publicProcedure, router } from "../trpc";

export { FACETS_TTL_MS } from "../use-cases/prediction/facets";

export const predictionRouter = router({
  // Outputs are the domain's schemas (prediction-output.ts): the shape is spelt there alone.
  list: publicProcedure
    .input(listPredictions.input)
    .output(predictionPage)
    .query(({ ctx, input }) => listPredictions.run(ctx, input)),
  /** The counts beside the list's filter menus (`use-cases/prediction/facets.ts`). */
  facets: publicProcedure.input(predictionFacets.input).query(({ ctx, input }) => predictionFacets.run(ctx, input)),
  byId: publicProcedure
    .input(predictionById.input)
    .output(predictionDetail)
    .query(({ ctx, input }) => predictionById.run(ctx, input)),
  due: publicProcedure
    .input(listDuePredictions.input)
    .output(predictionPage)
    .query(({ ctx, input }) => listDuePredictions.run(ctx, input)),
  dueCount: publicProcedure.query(({ ctx }) => countDuePredictions(ctx)),
  create: editorProcedure
    .input(createPrediction.input)
    .output(predictionSummary)
    .mutation(({ ctx, input }) => createPrediction.run(ctx, input)),
  update: editorProcedure.input(updatePrediction.input).mutation(({ ctx, input }) => updatePrediction.run(ctx, input)),
  judge: editorProcedure
    .input(judgePrediction.input)
    .output(predictionDetail)
    .mutation(({ ctx, input }) => judgePrediction.run(ctx, input)),
});
