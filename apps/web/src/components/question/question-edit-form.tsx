"use client";

import { useMutation } from "@tanstack/react-query";
import { FormProvider, useForm } from "react-hook-form";
import { EditFormFoot, saveEdit } from "@/components/edit/edit-parts";
import { useWriteForm } from "@/lib/use-write-form";
import { useTRPC } from "@/trpc/react";
import { QuestionFields } from "./question-fields";
import { resolverFrom } from "./question-form-resolver";
import {
  checkQuestionEdit,
  questionFormFromQuestion,
  questionFormPaths,
  type QuestionFormValues,
} from "./question-form-values";
import type { QuestionDetail } from "./types";
import { useQuestionCache } from "./use-question-cache";

/**
 * Edits against the version on screen, sending only what changed. In a module of its own so that
 * the question's page loads it (with react-hook-form and zod) only when Edit may be pressed
 * (question-edit-panel.tsx).
 */
export function QuestionEditForm({ question, onDone }: { question: QuestionDetail; onDone: () => void }) {
  const trpc = useTRPC();
  const cache = useQuestionCache(question.key);
  const update = useMutation(trpc.question.update.mutationOptions());
  const form = useForm<QuestionFormValues>({
    resolver: resolverFrom((values) => checkQuestionEdit(question, values)),
    defaultValues: questionFormFromQuestion(question),
    shouldFocusError: false,
  });
  const write = useWriteForm(form, questionFormPaths);
  const { formRef, onSubmit } = write;

  const onValid = (values: QuestionFormValues) =>
    saveEdit(
      checkQuestionEdit(question, values),
      write,
      async (changes) =>
        cache.store(await update.mutateAsync({ ...changes, key: question.key, version: question.version })),
      onDone,
    );

  return (
    <FormProvider {...form}>
      <form
        id="question-edit-form"
        ref={formRef}
        noValidate
        aria-label="Edit the question"
        className="flex flex-col gap-5"
        onSubmit={onSubmit(onValid)}
      >
        <QuestionFields idPrefix="edit-question" />
        <EditFormFoot
          write={write}
          cache={cache}
          version={question.version}
          saving={update.isPending}
          onCancel={onDone}
        />
      </form>
    </FormProvider>
  );
}
