import { byIdInput, createPredictionInput, listPredictionsInput } from "@hindsight/domain";
import { createPrediction, getPredictionSummary, listPredictions } from "@hindsight/db";
import { editorProcedure, publicProcedure, router } from "../trpc";

export const predictionRouter = router({
  list: publicProcedure.input(listPredictionsInput).query(({ ctx, input }) => listPredictions(ctx.db, input)),
  byId: publicProcedure.input(byIdInput).query(({ ctx, input }) => getPredictionSummary(ctx.db, input.id)),
  create: editorProcedure
    .input(createPredictionInput)
    .mutation(({ ctx, input }) => createPrediction(ctx.db, input, { userId: ctx.actor?.userId ?? null })),
});
