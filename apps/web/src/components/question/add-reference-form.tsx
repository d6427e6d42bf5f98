"use client";

import { useMutation } from "@tanstack/react-query";
import { LoaderCircle, Plus } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useForm, useWatch, set, type FieldErrors, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ProbabilityInput } from "@/components/ui/probability-input";
import { WriteErrorAlert } from "@/components/write-error";
import { placeFieldErrors } from "@/lib/field-errors";
import { formatDay, formatPercent } from "@/lib/format";
import { notify } from "@/lib/notify";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import {
  checkReferenceForm,
  emptyReferenceForm,
  referenceFormPaths,
  type ReferenceFormValues,
} from "./reference-form-values";
import type { QuestionDetail } from "./types";
import { useQuestionCache } from "./use-question-cache";

const resolver: Resolver<ReferenceFormValues> = (values) => {
  const check = checkReferenceForm(values);
  if (check.ok) return { values, errors: {} };
  const errors: FieldErrors<ReferenceFormValues> = {};
  for (const [path, message] of check.errors) set(errors, path, { type: "validate", message });
  return { values: {}, errors };
};

/**
 * The form to add a reference forecast: the probability (typed as a percentage), source, date and
 * link. In a module of its own so that the question's page loads it (with react-hook-form and the
 * domain's schemas) only for editors, after the page (question-references.tsx).
 */
export function AddReferenceForm({ question, onDone }: { question: QuestionDetail; onDone: () => void }) {
  const trpc = useTRPC();
  const formRef = useRef<HTMLFormElement>(null);
  const [today] = useState(() => new Date());
  const [writeError, setWriteError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string | null>(null);
  const { store } = useQuestionCache(question.key);
  const add = useMutation(trpc.question.addReference.mutationOptions());
  const form = useForm<ReferenceFormValues>({
    resolver,
    defaultValues: emptyReferenceForm(today),
    shouldFocusError: false,
  });
  const { register, formState, control } = form;
  const errors = formState.errors;
  const typed = useWatch({ control, name: "probability" });

  useEffect(() => {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("input")?.focus());
  }, []);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onValid = async (values: ReferenceFormValues) => {
    const check = checkReferenceForm(values);
    if (!check.ok) return;
    setWriteError(null);
    setUnplaced(null);
    try {
      const detail = await add.mutateAsync({ ...check.fields, key: question.key });
      await store(detail);
      notify.success("Reference added", {
        description: `${check.fields.source}: ${formatPercent(check.fields.probability)} on ${formatDay(check.fields.asOf)}`,
      });
      onDone();
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors) {
        // A reference that day already (CONFLICT) is the date's problem: it is said there.
        const placed = placeFieldErrors(fieldErrors, referenceFormPaths);
        for (const [path, message] of placed.onFields) form.setError(path, { type: "server", message });
        setUnplaced(placed.unplaced.length > 0 ? placed.unplaced.join(" ") : null);
        focusFirstInvalid();
        if (placed.onFields.length > 0) return;
      }
      setWriteError(error);
    }
  };

  const probabilityHint = "For the question as worded, as a percentage: 35 or 35% (0.35 reads as 35% too).";
  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Add a reference forecast"
      className="flex flex-col gap-4 border-t pt-4"
      onSubmit={(event) => void form.handleSubmit(onValid, focusFirstInvalid)(event)}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <ProbabilityInput
          id="reference-probability"
          hint={probabilityHint}
          error={errors.probability?.message}
          text={typed}
          registration={register("probability")}
          placeholder="35%"
        />
        <Field
          id="reference-as-of"
          label="Date"
          hint="The day it said so: one reference a day."
          error={errors.asOf?.message}
        >
          <Input
            {...fieldAria("reference-as-of", { hint: true, error: errors.asOf?.message })}
            {...register("asOf")}
            type="date"
          />
        </Field>
        <Field
          id="reference-source"
          label="Source"
          hint="A market, a crowd forecast or a base rate: “Polymarket”, “Base rate 1990–2024”."
          error={errors.source?.message}
        >
          <Input
            {...fieldAria("reference-source", { hint: true, error: errors.source?.message })}
            {...register("source")}
            autoComplete="off"
          />
        </Field>
        <Field id="reference-url" label="Link" optional hint="Where it can be checked." error={errors.url?.message}>
          <Input
            {...fieldAria("reference-url", { hint: true, error: errors.url?.message })}
            {...register("url")}
            type="url"
            inputMode="url"
            placeholder="https://"
            autoComplete="off"
          />
        </Field>
      </div>
      {unplaced ? (
        <Alert role="alert">
          <p>{unplaced}</p>
        </Alert>
      ) : null}
      {writeError ? <WriteErrorAlert error={writeError} action="The reference was not added." /> : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={add.isPending}>
          {add.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Plus aria-hidden />}
          Add reference
        </Button>
      </div>
    </form>
  );
}
