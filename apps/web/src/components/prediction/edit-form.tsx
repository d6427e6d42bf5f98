"use client";

import { lookupHedge, probabilityToPercentText, type PredictionDetail } from "@hindsight/domain";
import { useMutation } from "@tanstack/react-query";
import { Lock, LoaderCircle, Save } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { set, useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice } from "@/components/ui/choice";
import { Field, fieldAria, hintId } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ProbabilityInput } from "@/components/ui/probability-input";
import { Textarea } from "@/components/ui/textarea";
import { WriteErrorAlert } from "@/components/write-error";
import { placeFieldErrors } from "@/lib/field-errors";
import { formatPercent } from "@/lib/format";
import { describeHedgeReading } from "@/lib/probability";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { textLimits } from "@/lib/text-limits";
import { checkEditForm, editFormDefaults, editFormPaths, type EditFormValues } from "./edit-form-values";
import { usePredictionCache } from "./use-prediction-cache";
import { notify } from "@/lib/notify";

/**
 * Edits a prediction against the version on screen, sending only what changed. The probability
 * is locked once a judgement exists: it was stated before the outcome was known.
 */
export function EditForm({ prediction, onDone }: { prediction: PredictionDetail; onDone: () => void }) {
  const trpc = useTRPC();
  const formRef = useRef<HTMLFormElement>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { store, reload, reloading } = usePredictionCache(prediction.id);
  const update = useMutation(trpc.prediction.update.mutationOptions());
  const fixed = prediction.judgements.length > 0;

  const resolver: Resolver<EditFormValues> = (values) => {
    const check = checkEditForm(prediction, values);
    if (check.ok) return { values, errors: {} };
    const errors: FieldErrors<EditFormValues> = {};
    for (const [path, message] of check.errors) set(errors, path, { type: "validate", message });
    return { values: {}, errors };
  };
  const form = useForm<EditFormValues>({
    resolver,
    defaultValues: editFormDefaults(prediction),
    shouldFocusError: false,
  });
  const { register, control, formState, setError, setValue } = form;
  const errors = formState.errors;
  const conditional = useWatch({ control, name: "conditional" });
  const hedge = useWatch({ control, name: "hedge" });
  const probability = useWatch({ control, name: "probability" });
  const reading = hedge.trim() ? lookupHedge(hedge) : null;

  useEffect(() => {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("textarea, input")?.focus());
  }, []);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onValid = async (values: EditFormValues) => {
    const check = checkEditForm(prediction, values);
    if (!check.ok) return;
    setWriteError(null);
    if (check.changed.length === 0) {
      setNotice("Nothing to save: no field was changed.");
      return;
    }
    setNotice(null);
    try {
      const detail = await update.mutateAsync({ ...check.changes, id: prediction.id, version: prediction.version });
      await store(detail);
      notify.success("Changes saved", { description: `${check.changed.length} field(s) changed` });
      onDone();
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors) {
        const { onFields } = placeFieldErrors(fieldErrors, editFormPaths);
        for (const [path, message] of onFields) setError(path, { type: "server", message });
        focusFirstInvalid();
      }
      setWriteError(error);
    }
  };

  const text = (name: "claim" | "quote" | "criteria", label: string, hint: string, optional: boolean, rows: number) => (
    <Field id={`edit-${name}`} label={label} hint={hint} optional={optional} error={errors[name]?.message}>
      <Textarea
        {...fieldAria(`edit-${name}`, { hint, error: errors[name]?.message })}
        {...register(name)}
        rows={rows}
      />
    </Field>
  );

  return (
    <form
      id="edit-form"
      ref={formRef}
      noValidate
      aria-label="Edit the record"
      className="flex flex-col gap-5"
      onSubmit={(event) => void form.handleSubmit(onValid, focusFirstInvalid)(event)}
    >
      {text("claim", "Claim", "Restated so that it can be judged TRUE or FALSE.", false, 2)}
      {text("criteria", "Resolution criteria", "What evidence settles it.", true, 2)}
      {text("quote", "Quote", "The exact words, as published.", true, 3)}

      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          id="edit-resolve-by"
          label="Deadline"
          optional
          hint="Leave blank for none."
          error={errors.resolveBy?.message}
        >
          <Input
            {...fieldAria("edit-resolve-by", { hint: true, error: errors.resolveBy?.message })}
            {...register("resolveBy")}
            type="date"
          />
        </Field>
        <Field id="edit-tags" label="Tags" optional hint="Separated by commas." error={errors.tags?.message}>
          <Input
            {...fieldAria("edit-tags", { hint: true, error: errors.tags?.message })}
            {...register("tags")}
            autoComplete="off"
          />
        </Field>
      </div>

      <fieldset
        disabled={fixed}
        aria-describedby={hintId("edit-probability-group")}
        className="flex flex-col gap-4 rounded-lg border p-4"
      >
        <legend className="px-1 text-sm font-medium">Probability</legend>
        <p id={hintId("edit-probability-group")} className="flex items-start gap-1.5 text-xs text-muted-foreground">
          {fixed ? (
            <>
              <Lock aria-hidden className="mt-px size-3.5 shrink-0" />
              <span>Fixed once judged: it was recorded before the outcome was known, and cannot change now.</span>
            </>
          ) : (
            "Correct it only if it was recorded wrongly: it is fixed for good once the prediction is judged."
          )}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="edit-hedge"
            label="Hedge words"
            optional
            hint="The words that carried the probability."
            error={errors.hedge?.message}
          >
            <Input
              {...fieldAria("edit-hedge", { hint: true, error: errors.hedge?.message })}
              {...register("hedge")}
              autoComplete="off"
              placeholder="could"
            />
          </Field>
          <ProbabilityInput
            id="edit-probability"
            error={errors.probability?.message}
            text={probability}
            registration={register("probability")}
          />
        </div>
        {reading && !fixed ? (
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <span className="text-muted-foreground">{describeHedgeReading(reading)}</span>
            <Button
              variant="outline"
              size="sm"
              onClick={() => {
                setValue("probability", probabilityToPercentText(reading.probability), { shouldDirty: true });
                setValue("probabilitySource", "HEDGE", { shouldDirty: true });
              }}
            >
              Use {formatPercent(reading.probability)}
            </Button>
          </div>
        ) : null}
        <fieldset className="grid gap-2 sm:grid-cols-3">
          <legend className="sr-only">How the probability was obtained</legend>
          <Choice {...register("probabilitySource")} value="STATED" label="Stated" description="The analyst's number" />
          <Choice
            {...register("probabilitySource")}
            value="HEDGE"
            label="From the hedge"
            description="Read from their words"
          />
          <Choice
            {...register("probabilitySource")}
            value="ESTIMATE"
            label="My estimate"
            description="The recorder's number"
          />
        </fieldset>
      </fieldset>

      <div className="flex flex-col gap-3">
        <Choice
          type="checkbox"
          {...register("conditional")}
          label="Conditional: it holds only if something else happens first"
          className="w-fit"
        />
        {conditional ? (
          <Field id="edit-condition" label="Condition" error={errors.condition?.message}>
            <Input
              {...fieldAria("edit-condition", { error: errors.condition?.message })}
              {...register("condition")}
              limit={textLimits.condition}
            />
          </Field>
        ) : null}
      </div>

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
        <p className="text-xs text-muted-foreground">Editing version {prediction.version}.</p>
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
  );
}
