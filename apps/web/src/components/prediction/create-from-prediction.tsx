"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, Plus } from "lucide-react";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { notify } from "@/lib/notify";
import { QuestionFields } from "@/components/question/question-fields";
import { resolverFrom } from "@/components/question/question-form-resolver";
import {
  checkCreateQuestion,
  questionFormFromPrediction,
  questionFormPaths,
  type QuestionFormValues,
} from "@/components/question/question-form-values";
import { Button } from "@/components/ui/button";
import { VersionedWriteError } from "@/components/write-error";
import { useWriteForm } from "@/lib/use-write-form";
import { useTRPC } from "@/trpc/react";
import { usePredictionCache } from "./use-prediction-cache";

const createResolver = resolverFrom(checkCreateQuestion);

/** A new question from this prediction (title from its claim, criteria and deadline from its own), linked to it at once. */
export function CreateFromPrediction({ prediction, onDone }: { prediction: PredictionDetail; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reloaded, setReloaded] = useState(false);
  const { reload, reloading } = usePredictionCache(prediction.id);
  const create = useMutation(trpc.question.create.mutationOptions());
  const form = useForm<QuestionFormValues>({
    resolver: createResolver,
    defaultValues: questionFormFromPrediction(prediction),
    shouldFocusError: false,
  });
  const { formRef, writeError, setWriteError, failed, onSubmit } = useWriteForm(form, questionFormPaths, "textarea");

  const onValid = async (values: QuestionFormValues) => {
    const check = checkCreateQuestion(values);
    if (!check.ok) return;
    setWriteError(null);
    setReloaded(false);
    try {
      const created = await create.mutateAsync({
        ...check.fields,
        fromPrediction: { id: prediction.id, version: prediction.version, negated: false },
      });
      queryClient.setQueryData(trpc.question.byKey.queryKey({ key: created.key }), created);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.question.list.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.question.suggest.pathKey() }),
        // The prediction now has a link and a new version: fetch it.
        reload(),
      ]);
      notify.success("Question created and linked", { description: created.title });
      onDone();
    } catch (error) {
      failed(error);
    }
  };

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        aria-label="Create a question from this prediction"
        className="flex flex-col gap-5 border-t pt-4"
        onSubmit={onSubmit(onValid)}
      >
        <p className="text-sm text-muted-foreground">
          Starts from the claim, criteria and deadline; reword the title as the event itself, so that other
          analysts&rsquo; predictions can be linked to it. This prediction is linked as claiming what the question asks.
        </p>
        <QuestionFields idPrefix="from-prediction" />
        <VersionedWriteError
          error={writeError}
          action="The question was not created."
          reload={reload}
          reloading={reloading}
          onReloaded={() => {
            setWriteError(null);
            setReloaded(true);
          }}
          reloaded={reloaded}
          reloadedNotice={
            <>Reloaded: the page now shows version {prediction.version}. Your entries are kept; create again.</>
          }
        />
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Plus aria-hidden />}
            Create and link
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
