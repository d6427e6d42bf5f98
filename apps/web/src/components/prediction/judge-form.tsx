"use client";

import type { Outcome, PredictionDetail } from "@hindsight/domain";
import { useMutation } from "@tanstack/react-query";
import { JudgementForm } from "@/components/judgement/judgement-form";
import { useTRPC } from "@/trpc/react";
import { checkJudgeForm, type JudgementFields } from "./judge-form-values";
import { usePredictionCache } from "./use-prediction-cache";

const outcomeChoices: { value: Outcome; description: string }[] = [
  { value: "TRUE", description: "It happened as claimed." },
  { value: "FALSE", description: "It did not happen, or the opposite did." },
  { value: "PARTIAL", description: "Part of it happened: give a credit, the percentage that came true." },
  { value: "AMBIGUOUS", description: "Reality is unclear: it cannot be called either way." },
  { value: "ANNULLED", description: "The claim could not be judged as it was made." },
];

/** Judges (or re-judges) a prediction against the version on screen. */
export function JudgeForm({ prediction }: { prediction: PredictionDetail }) {
  const trpc = useTRPC();
  const { store, reload, reloading } = usePredictionCache(prediction.id);
  const judge = useMutation(trpc.prediction.judge.mutationOptions());

  const submit = async (fields: JudgementFields) => {
    const detail = await judge.mutateAsync({ ...fields, predictionId: prediction.id, version: prediction.version });
    await store(detail);
    return prediction.claim;
  };

  return (
    <JudgementForm
      subject="prediction"
      prefix="judge"
      version={prediction.version}
      judged={prediction.outcome !== null}
      outcomeChoices={outcomeChoices}
      check={checkJudgeForm}
      submit={submit}
      reload={reload}
      reloading={reloading}
      noteHint="Why this outcome, in a sentence or two."
      history="the history"
    />
  );
}
