import {
  byIdInput,
  createPredictionInput,
  judgePredictionInput,
  listDueInput,
  listPredictionsInput,
  updatePredictionInput,
} from "@hindsight/domain";
import {
  countDue,
  createPrediction,
  getPredictionDetail,
  judgePrediction,
  listDue,
  listPredictions,
  updatePrediction,
} from "@hindsight/db";
import { editorProcedure, publicProcedure, router } from "../trpc";

export const predictionRouter = router({
  list: publicProcedure
    .input(listPredictionsInput)
    .query(({ ctx, input }) => listPredictions(ctx.db, input, ctx.now())),
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
