import { predictionDetail, questionDetail, questionPage } from "@hindsight/domain";
import { addQuestionReference } from "../use-cases/question/add-reference";
import { questionByKey } from "../use-cases/question/by-key";
import { createQuestion } from "../use-cases/question/create";
import { judgeQuestion } from "../use-cases/question/judge";
import { linkQuestionPrediction } from "../use-cases/question/link";
import { listQuestions } from "../use-cases/question/list";
import { removeQuestionReference } from "../use-cases/question/remove-reference";
import { suggestQuestions } from "../use-cases/question/suggest";
import { updateQuestion } from "../use-cases/question/update";
import { editorProcedure, publicProcedure, router } from "../trpc";

/** Questions (contract v1.1): one event judged once, its reference forecasts and the predictions linked to it. */
export const questionRouter = router({
  list: publicProcedure
    .input(listQuestions.input)
    .output(questionPage)
    .query(({ ctx, input }) => listQuestions.run(ctx, input)),
  byKey: publicProcedure
    .input(questionByKey.input)
    .output(questionDetail)
    .query(({ ctx, input }) => questionByKey.run(ctx, input)),
  suggest: publicProcedure.input(suggestQuestions.input).query(({ ctx, input }) => suggestQuestions.run(ctx, input)),
  create: editorProcedure
    .input(createQuestion.input)
    .output(questionDetail)
    .mutation(({ ctx, input }) => createQuestion.run(ctx, input)),
  update: editorProcedure
    .input(updateQuestion.input)
    .output(questionDetail)
    .mutation(({ ctx, input }) => updateQuestion.run(ctx, input)),
  addReference: editorProcedure
    .input(addQuestionReference.input)
    .output(questionDetail)
    .mutation(({ ctx, input }) => addQuestionReference.run(ctx, input)),
  removeReference: editorProcedure
    .input(removeQuestionReference.input)
    .output(questionDetail)
    .mutation(({ ctx, input }) => removeQuestionReference.run(ctx, input)),
  /** Judges or reopens the question and every linked prediction with it; answers the question as it now is. */
  judge: editorProcedure
    .input(judgeQuestion.input)
    .output(questionDetail)
    .mutation(({ ctx, input }) => judgeQuestion.run(ctx, input)),
  /** Links a prediction to a question (or unlinks it); answers the prediction as it now is. */
  link: editorProcedure
    .input(linkQuestionPrediction.input)
    .output(predictionDetail)
    .mutation(({ ctx, input }) => linkQuestionPrediction.run(ctx, input)),
});
