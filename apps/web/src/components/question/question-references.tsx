"use client";

import type { Role } from "@hindsight/domain";
import { useMutation } from "@tanstack/react-query";
import { ExternalLink, LoaderCircle, Plus, Trash2 } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useForm, useWatch, set, type FieldErrors, type Resolver } from "react-hook-form";
import { EditorGate } from "@/components/prediction/editor-gate";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ProbabilityInput } from "@/components/ui/probability-input";
import { WriteErrorAlert } from "@/components/write-error";
import { placeFieldErrors } from "@/lib/field-errors";
import { formatDay, formatPercent } from "@/lib/format";
import { isWebUrl } from "@/lib/utils";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import {
  checkReferenceForm,
  emptyReferenceForm,
  referenceFormPaths,
  type ReferenceFormValues,
} from "./reference-form-values";
import type { QuestionDetail, QuestionReference } from "./types";
import { useQuestionCache } from "./use-question-cache";
import { notify } from "@/lib/notify";

/**
 * What a market, a crowd or a base rate said about the question, by date, oldest first: each
 * linked prediction is measured against the latest one on or before the day it was made. Editors
 * add one (at most one a day) or remove one entered by mistake.
 */
export function QuestionReferences({ question, role }: { question: QuestionDetail; role: Role | null }) {
  const [removeError, setRemoveError] = useState<unknown>(null);
  return (
    <section aria-labelledby="references-title">
      <Card>
        <CardHeader>
          <CardTitle id="references-title">Reference forecasts</CardTitle>
          <CardDescription>
            What a market, a crowd or a base rate said, by date. Each prediction is compared with the latest reference
            on or before the day it was made; each holds until the next.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          {question.references.length === 0 ? (
            <p className="rounded-lg border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">
              No reference forecasts yet.
            </p>
          ) : (
            <div className="relative overflow-x-auto rounded-lg border">
              <table className="w-full text-sm" data-testid="reference-table">
                <caption className="sr-only">Reference forecasts, oldest first</caption>
                <thead className="bg-muted/50 text-xs text-muted-foreground">
                  <tr>
                    <th scope="col" className="px-3 py-2 text-left">
                      Date
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      Probability
                    </th>
                    <th scope="col" className="px-3 py-2 text-left">
                      Source
                    </th>
                    <EditorGate role={role} explain={false}>
                      <th scope="col" className="px-3 py-2 text-right">
                        <span className="sr-only">Actions</span>
                      </th>
                    </EditorGate>
                  </tr>
                </thead>
                <tbody className="divide-y">
                  {question.references.map((reference) => (
                    <tr key={reference.id} data-testid="reference-row">
                      <td className="px-3 py-2 whitespace-nowrap">
                        <time dateTime={reference.asOf.toISOString()}>{formatDay(reference.asOf)}</time>
                      </td>
                      <td className="px-3 py-2 text-right font-medium tabular-nums">
                        {formatPercent(reference.probability)}
                      </td>
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        {isWebUrl(reference.url) ? (
                          <a
                            href={reference.url}
                            target="_blank"
                            rel="noopener noreferrer nofollow"
                            className="inline-flex items-center gap-1 text-primary underline-offset-2 hover:underline"
                          >
                            {reference.source}
                            <ExternalLink aria-hidden className="size-3 shrink-0" />
                            <span className="sr-only">(opens in a new tab)</span>
                          </a>
                        ) : (
                          reference.source
                        )}
                      </th>
                      <EditorGate role={role} explain={false}>
                        <td className="px-3 py-1.5 text-right">
                          <RemoveReference question={question} reference={reference} onError={setRemoveError} />
                        </td>
                      </EditorGate>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {removeError ? <WriteErrorAlert error={removeError} action="The reference was not removed." /> : null}
          <EditorGate role={role} explain={false}>
            <AddReference question={question} />
          </EditorGate>
        </CardContent>
      </Card>
    </section>
  );
}

/** "Remove", then a second press to confirm: a reference is rarely wrong, and the audit log keeps what it said. */
function RemoveReference({
  question,
  reference,
  onError,
}: {
  question: QuestionDetail;
  reference: QuestionReference;
  onError: (error: unknown) => void;
}) {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { store } = useQuestionCache(question.key);
  const remove = useMutation(trpc.question.removeReference.mutationOptions());
  const what = `the reference of ${formatDay(reference.asOf)} (${reference.source}, ${formatPercent(reference.probability)})`;

  if (!confirming) {
    return (
      <Button
        variant="ghost"
        size="sm"
        onClick={() => {
          setConfirming(true);
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
      >
        <Trash2 aria-hidden /> Remove<span className="sr-only"> {what}</span>
      </Button>
    );
  }
  return (
    <span className="inline-flex gap-1">
      <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
        Keep
      </Button>
      <Button
        ref={confirmRef}
        variant="destructive"
        size="sm"
        disabled={remove.isPending}
        onClick={() => {
          onError(null);
          remove
            .mutateAsync({ key: question.key, referenceId: reference.id })
            .then(async (detail) => {
              await store(detail);
              notify.success("Reference removed", { description: what });
            })
            .catch((error: unknown) => {
              setConfirming(false);
              onError(error);
            });
        }}
      >
        {remove.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Trash2 aria-hidden />}
        Confirm<span className="sr-only"> removing {what}</span>
      </Button>
    </span>
  );
}

const resolver: Resolver<ReferenceFormValues> = (values) => {
  const check = checkReferenceForm(values);
  if (check.ok) return { values, errors: {} };
  const errors: FieldErrors<ReferenceFormValues> = {};
  for (const [path, message] of check.errors) set(errors, path, { type: "validate", message });
  return { values: {}, errors };
};

/** "Add a reference", folded until asked for: the probability (typed as a percentage), source, date and link. */
function AddReference({ question }: { question: QuestionDetail }) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  if (!open) {
    return (
      <div>
        <Button ref={toggleRef} variant="outline" size="sm" aria-expanded={false} onClick={() => setOpen(true)}>
          <Plus aria-hidden /> Add a reference
        </Button>
      </div>
    );
  }
  return (
    <AddReferenceForm
      question={question}
      onDone={() => {
        setOpen(false);
        requestAnimationFrame(() => toggleRef.current?.focus());
      }}
    />
  );
}

function AddReferenceForm({ question, onDone }: { question: QuestionDetail; onDone: () => void }) {
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
