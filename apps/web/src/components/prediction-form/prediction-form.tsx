"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleExclamationPoint, LoaderCircle } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toDateInputValue } from "@/lib/format";
import { WriteErrorAlert } from "@/components/write-error";
import { serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { textLimits } from "@/lib/text-limits";
import { AnalystField } from "./analyst-field";
import { DeadlineField } from "./deadline-field";
import {
  emptyPredictionForm,
  errorMessageAt,
  placePredictionFieldErrors,
  predictionFormResolver,
  type formFieldPaths,
  type PredictionFormOutput,
  type PredictionFormValues,
} from "./form-values";
import { PartsField } from "./parts-field";
import { ProbabilityField } from "./probability-field";
import { SourceFields } from "./source-fields";
import { TagsField } from "./tags-field";
import { notify } from "@/lib/notify";

const isCalendarDate = (value: unknown): value is string =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Logs a prediction. Validates with the domain's createPredictionInput, on both sides of the wire. */
export function PredictionForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [today] = useState(() => new Date());
  const [formError, setFormError] = useState<string | null>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const madeAtEdited = useRef(false);

  const form = useForm<PredictionFormValues, unknown, PredictionFormOutput>({
    resolver: predictionFormResolver,
    defaultValues: emptyPredictionForm(today),
    // Focus is moved by focusFirstInvalid, which also reaches the custom analyst combobox.
    shouldFocusError: false,
  });
  const { register, control, formState, setValue, setError } = form;
  const errors = formState.errors;
  const create = useMutation(trpc.prediction.create.mutationOptions());

  // "Date made" follows the source's publication date until the user sets it.
  const publishedAt = useWatch({ control, name: "source.publishedAt" });
  useEffect(() => {
    if (madeAtEdited.current) return;
    const madeAt = isCalendarDate(publishedAt) ? publishedAt : toDateInputValue(today);
    if (form.getValues("madeAt") !== madeAt) setValue("madeAt", madeAt, { shouldValidate: form.formState.isSubmitted });
  }, [publishedAt, today, form, setValue]);

  const conditional = useWatch({ control, name: "conditional" }) === true;

  const focusFirstInvalid = () => {
    // Errors can sit in fields that are folded away; the first visible one takes the focus.
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  };

  const onValid = async (values: PredictionFormOutput) => {
    setFormError(null);
    setWriteError(null);
    try {
      const created = await create.mutateAsync(values);
      // The editor lands on the new prediction's page, which offers to log another.
      notify.success("Prediction logged", {
        description: created.claim,
        action: { label: "Log another", onClick: () => router.push("/predictions/new") },
      });
      // Everything a new prediction can appear in or add to.
      await Promise.all(
        [
          trpc.prediction.list.pathKey(),
          trpc.prediction.due.pathKey(),
          trpc.prediction.dueCount.queryKey(),
          trpc.analyst.pathKey(),
          trpc.source.pathKey(),
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      router.push(`/predictions/${encodeURIComponent(created.id)}?logged=form`);
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors) {
        const { onFields, unplaced } = placePredictionFieldErrors(fieldErrors, form.getValues("parts").length);
        for (const [path, message] of onFields) setError(path, { type: "server", message });
        setFormError(
          unplaced.length > 0 ? unplaced.join(" ") : "The prediction was not saved: some fields need attention.",
        );
        focusFirstInvalid();
      } else {
        setWriteError(error);
      }
      notify.error("The prediction was not saved");
    }
  };

  const pending = formState.isSubmitting || create.isPending;
  const error = (path: (typeof formFieldPaths)[number]) => errorMessageAt(errors, path);

  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        aria-label="Log a prediction"
        className="flex flex-col gap-6"
        onSubmit={(event) => void form.handleSubmit(onValid, focusFirstInvalid)(event)}
      >
        {formError ? (
          <div
            role="alert"
            className="flex items-start gap-2 rounded-lg border border-destructive/30 bg-destructive/5 px-4 py-3 text-sm text-destructive"
          >
            <CircleExclamationPoint aria-hidden className="mt-0.5 size-4 shrink-0" />
            <p>{formError}</p>
          </div>
        ) : null}

        <Section title="Who said it" description="The person whose forecast this is.">
          <AnalystField />
        </Section>

        <Section
          title="Where it was said"
          description="The article, interview or post. Leave it all blank if there is no written source."
        >
          <SourceFields />
        </Section>

        <Section title="What they predicted" description="Their words, and the claim that reality will judge.">
          <div className="flex flex-col gap-5">
            <Field id="quote" label="Quote" optional hint="The exact words, as published." error={error("quote")}>
              <Textarea
                {...fieldAria("quote", { hint: true, error: error("quote") })}
                {...register("quote")}
                rows={3}
                placeholder="the Trump-Putin talks will be flashy, vague and ultimately meaningless"
              />
            </Field>
            <Field id="claim" label="Claim" hint="Restate it so it can be judged TRUE or FALSE." error={error("claim")}>
              <Textarea
                {...fieldAria("claim", { hint: true, error: error("claim") })}
                {...register("claim")}
                rows={2}
                placeholder="The Trump-Putin talks produce no substantive agreement"
              />
            </Field>
            <PartsField />
            <Field
              id="criteria"
              label="Resolution criteria"
              optional
              hint="What evidence settles it, if the claim alone leaves room for argument."
              error={error("criteria")}
            >
              <Textarea
                {...fieldAria("criteria", { hint: true, error: error("criteria") })}
                {...register("criteria")}
                rows={2}
              />
            </Field>
            <div className="flex flex-col gap-3">
              <label htmlFor="conditional" className="flex w-fit items-center gap-2 text-sm font-medium">
                <input
                  {...register("conditional")}
                  id="conditional"
                  type="checkbox"
                  className="size-4 rounded border-input accent-primary"
                />
                The prediction holds only if something else happens first
              </label>
              {conditional ? (
                <Field id="condition" label="Condition" error={error("condition")}>
                  <Input
                    {...fieldAria("condition", { error: error("condition") })}
                    {...register("condition")}
                    limit={textLimits.condition}
                    placeholder="If the ceasefire holds until the summer"
                  />
                </Field>
              ) : null}
            </div>
          </div>
        </Section>

        <Section title="How sure they were" description="A number, or the hedge words the analyst used.">
          <ProbabilityField />
        </Section>

        <Section title="Timing and tags" description="When it was said, and when we will know.">
          <div className="flex flex-col gap-5">
            <div className="grid gap-5 sm:grid-cols-[minmax(0,14rem)_1fr]">
              <Field id="made-at" label="Date made" hint="Defaults to the publication date." error={error("madeAt")}>
                <Input
                  {...fieldAria("made-at", { hint: true, error: error("madeAt") })}
                  {...register("madeAt", {
                    onChange: () => {
                      madeAtEdited.current = true;
                    },
                  })}
                  type="date"
                />
              </Field>
              <DeadlineField />
            </div>
            <TagsField />
          </div>
        </Section>

        {writeError ? <WriteErrorAlert error={writeError} action="The prediction was not saved." /> : null}

        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-end">
          <Link href="/" className={buttonVariants({ variant: "ghost" })}>
            Cancel
          </Link>
          <Button type="submit" size="lg" disabled={pending} aria-disabled={pending}>
            {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
            {pending ? "Saving…" : "Log prediction"}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

function Section({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}
