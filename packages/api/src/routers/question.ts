import {
  addReferenceInput,
  createQuestionInput,
  judgeQuestionInput,
  linkPredictionInput,
  listQuestionsInput,
  predictionDetail,
  questionDetail,
  questionPage,
  questionRef,
  removeReferenceInput,
  suggestQuestionsInput,
  updateQuestionInput,
} from "@hindsight/domain";
import {
  addReference,
  createQuestion,
  getPredictionDetail,
  getQuestionDetail,
  judgeQuestion,
  linkPrediction,
  listQuestions,
  onPrimary,
  removeReference,
  suggestQuestions,
  updateQuestion,
} from "@hindsight/db";
import { editorProcedure, publicProcedure, router } from "../trpc";

/** Questions (contract v1.1): one event judged once, its reference forecasts and the predictions linked to it. */
export const questionRouter = router({
  list: publicProcedure
    .input(listQuestionsInput)
    .output(questionPage)
    .query(({ ctx, input }) => listQuestions(ctx.db, input, ctx.now())),
  byKey: publicProcedure
    .input(questionRef)
    .output(questionDetail)
    .query(({ ctx, input }) => getQuestionDetail(ctx.db, input.key)),
  suggest: publicProcedure.input(suggestQuestionsInput).query(({ ctx, input }) => suggestQuestions(ctx.db, input)),
  create: editorProcedure
    .input(createQuestionInput)
    .output(questionDetail)
    .mutation(({ ctx, input }) => createQuestion(ctx.db, input, { userId: ctx.actor.userId })),
  update: editorProcedure
    .input(updateQuestionInput)
    .output(questionDetail)
    .mutation(({ ctx, input }) => updateQuestion(ctx.db, input, { userId: ctx.actor.userId })),
  addReference: editorProcedure
    .input(addReferenceInput)
    .output(questionDetail)
    .mutation(({ ctx, input }) => addReference(ctx.db, input, { userId: ctx.actor.userId })),
  removeReference: editorProcedure
    .input(removeReferenceInput)
    .output(questionDetail)
    .mutation(({ ctx, input }) => removeReference(ctx.db, input, { userId: ctx.actor.userId })),
  /** Judges or reopens the question and every linked prediction with it; answers the question as it now is. */
  judge: editorProcedure
    .input(judgeQuestionInput)
    .output(questionDetail)
    .mutation(async ({ ctx, input }) => {
      await judgeQuestion(ctx.db, input, { userId: ctx.actor.userId }, ctx.now());
      return await getQuestionDetail(onPrimary(ctx.db), input.key);
    }),
  /** Links a prediction to a question (or unlinks it); answers the prediction as it now is. */
  link: editorProcedure
    .input(linkPredictionInput)
    .output(predictionDetail)
    .mutation(async ({ ctx, input }) => {
      await linkPrediction(ctx.db, input, { userId: ctx.actor.userId });
      return await getPredictionDetail(onPrimary(ctx.db), input.predictionId);
    }),
});
