"use client";

import type { Outcome } from "@hindsight/domain";
import { useMutation } from "@tanstack/react-query";
import { JudgementForm } from "@/components/judgement/judgement-form";
import { useTRPC } from "@/trpc/react";
import { checkQuestionJudgeForm, type QuestionJudgementFields } from "./question-judge-values";
import type { QuestionDetail } from "./types";
import { useQuestionCache } from "./use-question-cache";

const outcomeChoices: { value: Outcome; description: string }[] = [
  { value: "TRUE", description: "It happened. Predictions of the opposite become false." },
  { value: "FALSE", description: "It did not happen. Predictions of the opposite become true." },
  {
    value: "PARTIAL",
    description: "Part of it happened: a credit, the percentage that came true (the opposite gets 100% minus it).",
  },
  { value: "AMBIGUOUS", description: "Reality is unclear: it cannot be called either way." },
  { value: "ANNULLED", description: "The question could not be judged as it was asked." },
];

/**
 * Judges (or re-judges) a question against the version on screen; the server appends the mapped
 * judgement to every linked prediction in the same transaction.
 */
export function QuestionJudgeForm({ question }: { question: QuestionDetail }) {
  const trpc = useTRPC();
  const { store, reload, reloading } = useQuestionCache(question.key);
  const judge = useMutation(trpc.question.judge.mutationOptions());

  const submit = async (fields: QuestionJudgementFields) => {
    const detail = await judge.mutateAsync({ ...fields, key: question.key, version: question.version });
    await store(detail);
    const linked = detail.linked.length;
    return `${question.title}${linked ? ` (and ${linked} linked ${linked === 1 ? "prediction" : "predictions"})` : ""}`;
  };

  return (
    <JudgementForm
      subject="question"
      prefix="question-judge"
      version={question.version}
      judged={question.outcome !== null}
      outcomeChoices={outcomeChoices}
      check={checkQuestionJudgeForm}
      submit={submit}
      reload={reload}
      reloading={reloading}
      noteHint="Why this outcome, in a sentence or two. Every linked prediction's judgement carries it."
      history="the history of the question and of each linked prediction"
    />
  );
}
