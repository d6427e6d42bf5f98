"use client";

import { formatDeadlineDate, type DeadlineParse } from "@hindsight/domain";
import { CalendarCheck } from "lucide-react";
import { useFormContext, useWatch } from "react-hook-form";
import { Field, fieldAria, hintId } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Segmented } from "@/components/ui/segmented";
import { errorMessageAt, mentionsTerm, readDeadlineWords, type PredictionFormValues } from "./form-values";

/**
 * The date field for words the calendar cannot date, or null when none is needed: "Term ends" for
 * a term of office, "Date for “before the next election”" for any other event. It stays once a
 * date is entered, so that the date is not lost while the words are edited.
 */
export function eventDateField(
  deadlineWords: string,
  reading: DeadlineParse | null,
  termEnd: string,
): { label: string; hint: string } | null {
  const words = deadlineWords.trim();
  const speaksOfTerm = mentionsTerm(words) || (reading !== null && !reading.ok && reading.needsDate === "term");
  const needsEventDate = reading !== null && !reading.ok && reading.needsDate === "event";
  if (!speaksOfTerm && !needsEventDate && termEnd === "") return null;
  if (speaksOfTerm || words === "") return { label: "Term ends", hint: "The date the term of office ends." };
  return { label: `Date for “${words}”`, hint: "The last day that counts; the words stay as the analyst wrote them." };
}

const modes = [
  { value: "date", label: "A date" },
  { value: "words", label: "In words" },
] as const;

/**
 * The deadline as a date, or in the analyst's words ("by Easter 2025", "within six months"),
 * read relative to the publication date and shown as a date, with how it was worked out, before
 * anything is saved. A "term ends" date appears when the words speak of a term of office, and a
 * date for the words when they name an event only the recorder can date ("before the next
 * election"): the words stay as written, the date picked is the deadline.
 */
export function DeadlineField() {
  const { register, setValue, formState, setFocus, control } = useFormContext<PredictionFormValues>();
  const [mode, deadlineWords, termEnd, source, madeAt] = useWatch({
    control,
    name: ["deadlineMode", "deadlineWords", "termEnd", "source", "madeAt"],
  });
  const errors = formState.errors;

  const switchTo = (next: "date" | "words") => {
    setValue("deadlineMode", next, { shouldValidate: formState.isSubmitted });
    requestAnimationFrame(() => setFocus(next === "date" ? "resolveBy" : "deadlineWords"));
  };

  const toggle = (
    <Segmented name="deadline-mode" legend="Enter the deadline as" value={mode} options={modes} onChange={switchTo} />
  );

  if (mode === "date") {
    const error = errorMessageAt(errors, "resolveBy");
    return (
      <Field
        id="resolve-by"
        label="Deadline"
        optional
        hint="When it should have come true."
        error={error}
        aside={toggle}
      >
        <Input {...fieldAria("resolve-by", { hint: true, error })} {...register("resolveBy")} type="date" />
      </Field>
    );
  }

  const reading = readDeadlineWords({ deadlineWords, termEnd, source, madeAt });
  const wordsError = errorMessageAt(errors, "deadlineWords") ?? errorMessageAt(errors, "resolveBy");
  const termError = errorMessageAt(errors, "termEnd");
  const dateField = eventDateField(deadlineWords, reading, termEnd);
  const hint = "As the analyst put it: “by mid-2027”, “within six months”, “before the next election”.";
  return (
    <div className="flex flex-col gap-4">
      <Field id="deadline-words" label="Deadline" hint={hint} error={wordsError} aside={toggle}>
        <Input
          {...fieldAria("deadline-words", { hint, error: wordsError })}
          aria-describedby={[hintId("deadline-words"), "deadline-reading", wordsError ? "deadline-words-error" : null]
            .filter(Boolean)
            .join(" ")}
          {...register("deadlineWords")}
          autoComplete="off"
          placeholder="within six months"
        />
      </Field>
      <output
        id="deadline-reading"
        htmlFor="deadline-words"
        aria-live="polite"
        className="flex min-h-5 items-start gap-2 text-sm"
        data-testid="deadline-reading"
      >
        {reading?.ok ? (
          <>
            <CalendarCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
            <span>
              <span className="font-semibold">{formatDeadlineDate(reading.date)}</span>
              <span className="text-muted-foreground">: {reading.explanation}</span>
            </span>
          </>
        ) : reading && !wordsError ? (
          <span className="text-muted-foreground">{reading.reason}</span>
        ) : null}
      </output>
      {dateField ? (
        <Field id="term-end" label={dateField.label} hint={dateField.hint} error={termError} className="sm:max-w-56">
          <Input {...fieldAria("term-end", { hint: true, error: termError })} {...register("termEnd")} type="date" />
        </Field>
      ) : null}
    </div>
  );
}
