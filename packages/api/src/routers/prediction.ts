import { predictionById } from "../use-cases/prediction/by-id";
import { createPrediction } from "../use-cases/prediction/create";
import { countDuePredictions, listDuePredictions } from "../use-cases/prediction/due";
import { predictionFacets } from "../use-cases/prediction/facets";
import { judgePrediction } from "../use-cases/prediction/judge";
import { listPredictions } from "../use-cases/prediction/list";
import { updatePrediction } from "../use-cases/prediction/update";
import { editorProcedure, publicProcedure, router } from "../trpc";

export { FACETS_TTL_MS } from "../use-cases/prediction/facets";

export const predictionRouter = router({
  list: publicProcedure.input(listPredictions.input).query(({ ctx, input }) => listPredictions.run(ctx, input)),
  /** The counts beside the list's filter menus (`use-cases/prediction/facets.ts`). */
  facets: publicProcedure.input(predictionFacets.input).query(({ ctx, input }) => predictionFacets.run(ctx, input)),
  byId: publicProcedure.input(predictionById.input).query(({ ctx, input }) => predictionById.run(ctx, input)),
  due: publicProcedure.input(listDuePredictions.input).query(({ ctx, input }) => listDuePredictions.run(ctx, input)),
  dueCount: publicProcedure.query(({ ctx }) => countDuePredictions(ctx)),
  create: editorProcedure.input(createPrediction.input).mutation(({ ctx, input }) => createPrediction.run(ctx, input)),
  update: editorProcedure.input(updatePrediction.input).mutation(({ ctx, input }) => updatePrediction.run(ctx, input)),
  judge: editorProcedure.input(judgePrediction.input).mutation(({ ctx, input }) => judgePrediction.run(ctx, input)),
});
