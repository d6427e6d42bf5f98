"use client";

import { useFormContext } from "react-hook-form";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { QuestionFormValues } from "./question-form-values";

/**
 * A question's title, resolution criteria and deadline, with their hints and errors: the same
 * fields for a new question, an edit, and a question made from a prediction. `idPrefix` keeps
 * their ids apart when two forms share a page.
 */
export function QuestionFields({ idPrefix }: { idPrefix: string }) {
  const { register, formState } = useFormContext<QuestionFormValues>();
  const errors = formState.errors;
  const id = (name: string) => `${idPrefix}-${name}`;
  const titleHint = "One event, worded so that it can be judged TRUE or FALSE: “A Ukraine ceasefire by 30 June 2026”.";
  const criteriaHint = "What evidence settles it, so that every linked prediction is judged by the same rule.";
  const deadlineHint = "When it must have happened by. Leave blank for none.";
  return (
    <>
      <Field id={id("title")} label="Title" hint={titleHint} error={errors.title?.message}>
        <Textarea
          {...fieldAria(id("title"), { hint: titleHint, error: errors.title?.message })}
          {...register("title")}
          rows={2}
        />
      </Field>
      <Field
        id={id("criteria")}
        label="Resolution criteria"
        optional
        hint={criteriaHint}
        error={errors.criteria?.message}
      >
        <Textarea
          {...fieldAria(id("criteria"), { hint: criteriaHint, error: errors.criteria?.message })}
          {...register("criteria")}
          rows={3}
        />
      </Field>
      <Field
        id={id("resolve-by")}
        label="Deadline"
        optional
        hint={deadlineHint}
        error={errors.resolveBy?.message}
        className="sm:max-w-56"
      >
        <Input
          {...fieldAria(id("resolve-by"), { hint: deadlineHint, error: errors.resolveBy?.message })}
          {...register("resolveBy")}
          type="date"
        />
      </Field>
    </>
  );
}
