"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { useMutation } from "@tanstack/react-query";
import { ReopenJudgement } from "@/components/judgement/reopen-judgement";
import { useTRPC } from "@/trpc/react";
import { checkReopen, type JudgementFields } from "./judge-form-values";
import { usePredictionCache } from "./use-prediction-cache";

/** Withdraws a prediction's outcome, with a note saying why (see ReopenJudgement). */
export function ReopenForm({ prediction }: { prediction: PredictionDetail }) {
  const trpc = useTRPC();
  const { store, reload, reloading } = usePredictionCache(prediction.id);
  const reopen = useMutation(trpc.prediction.judge.mutationOptions());
  const submit = async (fields: JudgementFields) =>
    store(await reopen.mutateAsync({ ...fields, predictionId: prediction.id, version: prediction.version }));

  return (
    <ReopenJudgement
      subject="prediction"
      prefix="reopen"
      version={prediction.version}
      check={checkReopen}
      submit={submit}
      reload={reload}
      reloading={reloading}
      explanation="Withdraw the outcome without replacing it, if it was called too early or in error."
      done="The outcome is withdrawn; the prediction awaits a new judgement."
      history="the judgement history"
    />
  );
}
