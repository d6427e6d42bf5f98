"use client";

import type { Outcome } from "@hindsight/domain";
import { Gavel, LoaderCircle } from "lucide-react";
import { useCallback, useRef, useState } from "react";
import { FormProvider, set, useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Choice } from "@/components/ui/choice";
import { Field, FieldError, errorId, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ProbabilityInput } from "@/components/ui/probability-input";
import { Textarea } from "@/components/ui/textarea";
import { VersionedWriteError } from "@/components/write-error";
import { outcomeLabels } from "@/lib/format";
import { serverFieldErrors } from "@/trpc/errors";
import { EvidenceFields } from "@/components/prediction/evidence-fields";
import {
  emptyJudgeForm,
  judgeFieldFor,
  type JudgeFormPath,
  type JudgeFormValues,
} from "@/components/prediction/judge-form-values";
import { notify } from "@/lib/notify";

/** What the form sends once checked: outcome, credit, date decided, note and evidence. */
type Checked<Fields> = { ok: true; fields: Fields } | { ok: false; errors: [JudgeFormPath, string][] };

export interface JudgementFormProps<Fields extends { outcome?: Outcome | null }> {
  /** What is judged, for the form's name: "prediction" or "question". */
  subject: string;
  /** Prefix of the fields' ids, unique on the page. */
  prefix: string;
  /** The version on screen, which the judgement is made against. */
  version: number;
  /** Whether a judgement exists (the form then re-judges). */
  judged: boolean;
  outcomeChoices: { value: Outcome; description: string }[];
  /** The form values as the API takes them, or the problems by field. */
  check: (values: JudgeFormValues) => Checked<Fields>;
  /** Sends the judgement; answers the toast's description. */
  submit: (fields: Fields) => Promise<string>;
  /** Reloads what is on screen after a refused (stale) judgement. */
  reload: () => Promise<unknown>;
  reloading: boolean;
  noteHint: string;
  /** Where the judgement is added, after "Judgements are never overwritten: this one is added to". */
  history: string;
}

/**
 * The judging form of a prediction and of a question: outcome, credit for PARTIAL, date decided, note
 * and evidence links, sent against the version on screen. A stale version is refused by the server
 * with a message saying what changed; the form keeps what was typed and offers Reload.
 */
export function JudgementForm<Fields extends { outcome?: Outcome | null }>({
  subject,
  prefix,
  version,
  judged,
  outcomeChoices,
  check: checkForm,
  submit,
  reload,
  reloading,
  noteHint,
  history,
}: JudgementFormProps<Fields>) {
  const resolver = useCallback<Resolver<JudgeFormValues>>(
    (values) => {
      const check = checkForm(values);
      if (check.ok) return { values, errors: {} };
      const errors: FieldErrors<JudgeFormValues> = {};
      for (const [path, message] of check.errors) set(errors, path, { type: "validate", message });
      return { values: {}, errors };
    },
    [checkForm],
  );
  const formRef = useRef<HTMLFormElement>(null);
  const [today] = useState(() => new Date());
  const [writeError, setWriteError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const [sending, setSending] = useState(false);
  const form = useForm<JudgeFormValues>({ resolver, defaultValues: emptyJudgeForm(today), shouldFocusError: false });
  const { register, control, formState, setError } = form;
  const [outcome, credit] = useWatch({ control, name: ["outcome", "credit"] });

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onValid = async (values: JudgeFormValues) => {
    const check = checkForm(values);
    if (!check.ok) return;
    setWriteError(null);
    setReloaded(false);
    setSending(true);
    try {
      const description = await submit(check.fields);
      notify.success(`Judged ${outcomeLabels[check.fields.outcome ?? "TRUE"].toLowerCase()}`, { description });
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
    } finally {
      setSending(false);
    }
  };

  const pending = formState.isSubmitting || sending;
  const outcomeError = formState.errors.outcome?.message;
  const creditError = formState.errors.credit?.message;
  const dateError = formState.errors.resolvedAt?.message;
  const noteError = formState.errors.note?.message;

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        aria-label={`${judged ? "Re-judge" : "Judge"} this ${subject}`}
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

        <Field id={`${prefix}-note`} label="Note" optional hint={noteHint} error={noteError}>
          <Textarea {...fieldAria(`${prefix}-note`, { hint: true, error: noteError })} {...register("note")} rows={3} />
        </Field>

        <EvidenceFields idPrefix={prefix} />

        <VersionedWriteError
          error={writeError}
          action="The judgement was not saved."
          reload={reload}
          reloading={reloading}
          onReloaded={() => {
            setWriteError(null);
            setReloaded(true);
          }}
          reloaded={reloaded}
          reloadedNotice={
            <>
              Reloaded: the page now shows version {version}. Your entries are kept; check what changed, then submit
              again.
            </>
          }
        />

        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-xs text-muted-foreground">
            Judging version {version}. Judgements are never overwritten: this one is added to {history}.
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
