"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, Plus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { WriteErrorAlert } from "@/components/write-error";
import { placeFieldErrors } from "@/lib/field-errors";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { QuestionFields } from "./question-fields";
import { resolverFrom } from "./question-form-resolver";
import {
  checkCreateQuestion,
  emptyQuestionForm,
  questionFormPaths,
  type QuestionFormValues,
} from "./question-form-values";
import { notify } from "@/lib/notify";

const resolver = resolverFrom(checkCreateQuestion);

/** Asks a new question: title, criteria, deadline. On success, the question's page, to link predictions and add references. */
export function NewQuestionForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string | null>(null);
  const create = useMutation(trpc.question.create.mutationOptions());
  const form = useForm<QuestionFormValues>({ resolver, defaultValues: emptyQuestionForm(), shouldFocusError: false });

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onValid = async (values: QuestionFormValues) => {
    const check = checkCreateQuestion(values);
    if (!check.ok) return;
    setWriteError(null);
    setUnplaced(null);
    try {
      const created = await create.mutateAsync(check.fields);
      queryClient.setQueryData(trpc.question.byKey.queryKey({ key: created.key }), created);
      await queryClient.invalidateQueries({ queryKey: trpc.question.list.pathKey() });
      notify.success("Question created", { description: created.title });
      router.push(`/questions/${encodeURIComponent(created.key)}`);
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors) {
        const placed = placeFieldErrors(fieldErrors, questionFormPaths);
        for (const [path, message] of placed.onFields) form.setError(path, { type: "server", message });
        if (placed.unplaced.length > 0) setUnplaced(placed.unplaced.join(" "));
        focusFirstInvalid();
        if (placed.onFields.length > 0) return;
      }
      setWriteError(error);
    }
  };

  const pending = form.formState.isSubmitting || create.isPending;
  return (
    <Card>
      <CardContent>
        <FormProvider {...form}>
          <form
            ref={formRef}
            noValidate
            aria-label="New question"
            className="flex flex-col gap-5"
            onSubmit={(event) => void form.handleSubmit(onValid, focusFirstInvalid)(event)}
          >
            <QuestionFields idPrefix="new-question" />
            {unplaced ? (
              <Alert role="alert">
                <p>{unplaced}</p>
              </Alert>
            ) : null}
            {writeError ? <WriteErrorAlert error={writeError} action="The question was not created." /> : null}
            <div className="flex flex-wrap items-center justify-end gap-2">
              <Link href="/questions" className={buttonVariants({ variant: "ghost" })}>
                Cancel
              </Link>
              <Button type="submit" disabled={pending} aria-disabled={pending}>
                {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Plus aria-hidden />}
                {pending ? "Creating…" : "Create question"}
              </Button>
            </div>
          </form>
        </FormProvider>
      </CardContent>
    </Card>
  );
}
