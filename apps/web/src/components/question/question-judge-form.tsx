"use client";

import type { Outcome } from "@hindsight/domain";
import { useMutation } from "@tanstack/react-query";
import { Gavel, LoaderCircle } from "lucide-react";
import { useRef, useState } from "react";
import { FormProvider, set, useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { toast } from "sonner";
import { EvidenceFields } from "@/components/prediction/evidence-fields";
import { emptyJudgeForm, judgeFieldFor, type JudgeFormValues } from "@/components/prediction/judge-form-values";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice } from "@/components/ui/choice";
import { Field, FieldError, errorId, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ProbabilityInput } from "@/components/ui/probability-input";
import { Textarea } from "@/components/ui/textarea";
import { WriteErrorAlert } from "@/components/write-error";
import { outcomeLabels } from "@/lib/format";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { checkQuestionJudgeForm } from "./question-judge-values";
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

const resolver: Resolver<JudgeFormValues> = (values) => {
  const check = checkQuestionJudgeForm(values);
  if (check.ok) return { values, errors: {} };
  const errors: FieldErrors<JudgeFormValues> = {};
  for (const [path, message] of check.errors) set(errors, path, { type: "validate", message });
  return { values: {}, errors };
};

/**
 * Judges (or re-judges) a question against the version on screen; the server appends the mapped
 * judgement to every linked prediction in the same transaction. A stale version is refused with a
 * message saying what changed; the form keeps what was typed and offers Reload.
 */
export function QuestionJudgeForm({ question }: { question: QuestionDetail }) {
  const trpc = useTRPC();
  const formRef = useRef<HTMLFormElement>(null);
  const [today] = useState(() => new Date());
  const [writeError, setWriteError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const { store, reload, reloading } = useQuestionCache(question.key);
  const judge = useMutation(trpc.question.judge.mutationOptions());
  const form = useForm<JudgeFormValues>({ resolver, defaultValues: emptyJudgeForm(today), shouldFocusError: false });
  const { register, control, formState, setError } = form;
  const [outcome, credit] = useWatch({ control, name: ["outcome", "credit"] });
  const judged = question.outcome !== null;
  const prefix = "question-judge";

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onValid = async (values: JudgeFormValues) => {
    const check = checkQuestionJudgeForm(values);
    if (!check.ok) return;
    setWriteError(null);
    setReloaded(false);
    try {
      const detail = await judge.mutateAsync({ ...check.fields, key: question.key, version: question.version });
      await store(detail);
      const linked = detail.linked.length;
      toast.success(`Judged ${outcomeLabels[check.fields.outcome ?? "TRUE"].toLowerCase()}`, {
        description: `${question.title}${linked ? ` (and ${linked} linked ${linked === 1 ? "prediction" : "predictions"})` : ""}`,
      });
      form.reset(emptyJudgeForm(new Date()));
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors) {
        for (const [path, message] of Object.entries(fieldErrors)) {
          const field = judgeFieldFor(path, values);
          if (field) setError(field, { type: "server", message });
        }
        focusFirstInvalid();
      }
      setWriteError(error);
    }
  };

  const onReload = async () => {
    await reload();
    setWriteError(null);
    setReloaded(true);
  };

  const pending = formState.isSubmitting || judge.isPending;
  const outcomeError = formState.errors.outcome?.message;
  const creditError = formState.errors.credit?.message;
  const dateError = formState.errors.resolvedAt?.message;
  const noteError = formState.errors.note?.message;

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        aria-label={judged ? "Re-judge this question" : "Judge this question"}
        className="flex flex-col gap-5"
        onSubmit={(event) => void form.handleSubmit(onValid, focusFirstInvalid)(event)}
      >
        <fieldset
          className="flex flex-col gap-2"
          aria-describedby={outcomeError ? errorId(`${prefix}-outcome`) : undefined}
        >
          <legend className="mb-2 text-sm leading-none font-medium">Outcome</legend>
          <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {outcomeChoices.map((choice) => (
              <Choice
                key={choice.value}
                {...register("outcome")}
                id={`${prefix}-outcome-${choice.value.toLowerCase()}`}
                value={choice.value}
                label={outcomeLabels[choice.value]}
                description={choice.description}
                aria-invalid={outcomeError ? true : undefined}
              />
            ))}
          </div>
          {outcomeError ? <FieldError id={`${prefix}-outcome`}>{outcomeError}</FieldError> : null}
        </fieldset>

        <div className="grid gap-5 sm:grid-cols-2">
          {outcome === "PARTIAL" ? (
            <ProbabilityInput
              id={`${prefix}-credit`}
              label="Credit"
              hint="How much of it came true, as a percentage: 50 or 50% is half (0.5 reads as 50% too)."
              error={creditError}
              text={credit}
              registration={register("credit")}
              placeholder="50%"
            />
          ) : null}
          <Field id={`${prefix}-resolved-at`} label="Date decided" hint="When reality settled it." error={dateError}>
            <Input
              {...fieldAria(`${prefix}-resolved-at`, { hint: true, error: dateError })}
              {...register("resolvedAt")}
              type="date"
              max={today.toISOString().slice(0, 10)}
            />
          </Field>
        </div>

        <Field
          id={`${prefix}-note`}
          label="Note"
          optional
          hint="Why this outcome, in a sentence or two. Every linked prediction's judgement carries it."
          error={noteError}
        >
          <Textarea {...fieldAria(`${prefix}-note`, { hint: true, error: noteError })} {...register("note")} rows={3} />
        </Field>

        <EvidenceFields idPrefix={prefix} />

        {writeError ? (
          <WriteErrorAlert
            error={writeError}
            action="The judgement was not saved."
            onReload={() => void onReload()}
            reloading={reloading}
          />
        ) : null}
        {reloaded ? (
          <Alert variant="info" role="status">
            <p>
              Reloaded: the page now shows version {question.version}. Your entries are kept; check what changed, then
              submit again.
            </p>
          </Alert>
        ) : null}

        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-xs text-muted-foreground">
            Judging version {question.version}. Judgements are never overwritten: this one is added to the history of
            the question and of each linked prediction.
          </p>
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Gavel aria-hidden />}
            {pending ? "Saving…" : judged ? "Re-judge" : "Judge"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
