"use client";

import { useMutation } from "@tanstack/react-query";
import { ReopenJudgement } from "@/components/judgement/reopen-judgement";
import { useTRPC } from "@/trpc/react";
import { checkQuestionReopen, type QuestionJudgementFields } from "./question-judge-values";
import type { QuestionDetail } from "./types";
import { useQuestionCache } from "./use-question-cache";

/**
 * Withdraws the question's outcome, with a note saying why; its linked predictions are reopened with
 * it (see ReopenJudgement).
 */
export function QuestionReopenForm({ question }: { question: QuestionDetail }) {
  const trpc = useTRPC();
  const { store, reload, reloading } = useQuestionCache(question.key);
  const reopen = useMutation(trpc.question.judge.mutationOptions());
  const submit = async (fields: QuestionJudgementFields) =>
    store(await reopen.mutateAsync({ ...fields, key: question.key, version: question.version }));

  return (
    <ReopenJudgement
      subject="question"
      prefix="question-reopen"
      version={question.version}
      check={checkQuestionReopen}
      submit={submit}
      reload={reload}
      reloading={reloading}
      explanation="Withdraw the outcome, from the question and every linked prediction, if it was called too early or in error."
      done="The outcome is withdrawn from the question and its linked predictions."
      history="the judgement histories"
    />
  );
}
