"use client";

import { useMutation } from "@tanstack/react-query";
import { LoaderCircle, Pencil, Save } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { WriteErrorAlert } from "@/components/write-error";
import { placeFieldErrors } from "@/lib/field-errors";
import { serverFieldErrors } from "@/trpc/errors";
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
import { notify } from "@/lib/notify";

/** The edit form for a question's title, criteria and deadline, folded away until asked for. */
export function QuestionEditPanel({ question }: { question: QuestionDetail }) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => toggleRef.current?.focus());
  };
  return (
    <section aria-labelledby="question-edit-title">
      <Card>
        <CardHeader className="flex-row items-start justify-between gap-4">
          <div className="flex flex-col gap-1.5">
            <CardTitle id="question-edit-title">Edit the question</CardTitle>
            <CardDescription>
              Correct the title, the resolution criteria or the deadline. Every change is kept in the change history.
            </CardDescription>
          </div>
          {open ? null : (
            <Button
              ref={toggleRef}
              variant="outline"
              size="sm"
              aria-expanded={false}
              aria-controls="question-edit-form"
              onClick={() => setOpen(true)}
            >
              <Pencil aria-hidden /> Edit
            </Button>
          )}
        </CardHeader>
        {open ? (
          <CardContent>
            <QuestionEditForm question={question} onDone={close} />
          </CardContent>
        ) : (
          <div className="pb-6" />
        )}
      </Card>
    </section>
  );
}

/** Edits against the version on screen, sending only what changed. */
function QuestionEditForm({ question, onDone }: { question: QuestionDetail; onDone: () => void }) {
  const trpc = useTRPC();
  const formRef = useRef<HTMLFormElement>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { store, reload, reloading } = useQuestionCache(question.key);
  const update = useMutation(trpc.question.update.mutationOptions());
  const form = useForm<QuestionFormValues>({
    resolver: resolverFrom((values) => checkQuestionEdit(question, values)),
    defaultValues: questionFormFromQuestion(question),
    shouldFocusError: false,
  });

  useEffect(() => {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("textarea, input")?.focus());
  }, []);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onValid = async (values: QuestionFormValues) => {
    const check = checkQuestionEdit(question, values);
    if (!check.ok) return;
    setWriteError(null);
    if (check.changed.length === 0) {
      setNotice("Nothing to save: no field was changed.");
      return;
    }
    setNotice(null);
    try {
      const detail = await update.mutateAsync({ ...check.changes, key: question.key, version: question.version });
      await store(detail);
      notify.success("Changes saved", { description: `${check.changed.length} field(s) changed` });
      onDone();
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors) {
        const { onFields } = placeFieldErrors(fieldErrors, questionFormPaths);
        for (const [path, message] of onFields) form.setError(path, { type: "server", message });
        focusFirstInvalid();
      }
      setWriteError(error);
    }
  };

  return (
    <FormProvider {...form}>
      <form
        id="question-edit-form"
        ref={formRef}
        noValidate
        aria-label="Edit the question"
        className="flex flex-col gap-5"
        onSubmit={(event) => void form.handleSubmit(onValid, focusFirstInvalid)(event)}
      >
        <QuestionFields idPrefix="edit-question" />
        {notice ? (
          <Alert variant="info" role="status">
            <p>{notice}</p>
          </Alert>
        ) : null}
        {writeError ? (
          <WriteErrorAlert
            error={writeError}
            action="The changes were not saved."
            onReload={() =>
              void reload().then(() => {
                setWriteError(null);
                setNotice(
                  "Reloaded: the page shows the current version. Your edits are kept and will be compared with it.",
                );
              })
            }
            reloading={reloading}
          />
        ) : null}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-xs text-muted-foreground">Editing version {question.version}.</p>
          <div className="flex gap-2">
            <Button variant="ghost" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" disabled={update.isPending}>
              {update.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Save aria-hidden />}
              Save changes
            </Button>
          </div>
        </div>
      </form>
    </FormProvider>
  );
}
