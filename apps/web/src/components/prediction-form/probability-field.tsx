"use client";

import { readHedge } from "@hindsight/domain";
import { Quote } from "lucide-react";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, fieldAria, hintId } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ProbabilityInput, ProbabilitySourceChoice } from "@/components/ui/probability-input";
import { Segmented } from "@/components/ui/segmented";
import { describeHedgeReading } from "@/lib/probability";
import { errorMessageAt, readHedgeWords, type PredictionFormValues } from "./form-values";

const modes = [
  { value: "number", label: "A number" },
  { value: "words", label: "Hedge words" },
] as const;

/**
 * The probability as a number (stated by the analyst, or the recorder's estimate), typed as a
 * percentage in the app's one ProbabilityInput, or as the hedge words used ("could"), read with
 * the lexicon: its point value, interval and published source are shown. Words the lexicon does
 * not know are refused, never guessed.
 */
export function ProbabilityField() {
  const { register, setValue, formState, setFocus, control } = useFormContext<PredictionFormValues>();
  const [mode, hedgeWords, probabilityValue, quote] = useWatch({
    control,
    name: ["probabilityMode", "hedgeWords", "probability", "quote"],
  });
  const errors = formState.errors;
  const validate = formState.isSubmitted;

  const switchTo = (next: "number" | "words") => {
    setValue("probabilityMode", next, { shouldValidate: validate });
    requestAnimationFrame(() => setFocus(next === "number" ? "probability" : "hedgeWords"));
  };
  const toggle = (
    <Segmented
      name="probability-mode"
      legend="Enter the probability as"
      value={mode}
      options={modes}
      onChange={switchTo}
    />
  );

  if (mode === "number") {
    const error = errorMessageAt(errors, "probability");
    return (
      <div className="flex flex-col gap-4">
        <ProbabilityInput
          id="probability"
          error={error}
          text={probabilityValue}
          registration={register("probability")}
          aside={toggle}
        />
        <ProbabilitySourceChoice
          registration={register("probabilitySource")}
          stated="The analyst gave this number."
          estimate="The analyst gave no number; this is my reading."
        />
      </div>
    );
  }

  const read = readHedgeWords(hedgeWords);
  const error = errorMessageAt(errors, "hedgeWords") ?? errorMessageAt(errors, "probability");
  const inQuote = !hedgeWords.trim() && typeof quote === "string" && quote ? readHedge(quote) : null;
  const hint = "The words that carried the probability: “could”, “likely”, “remote”, “will”.";
  return (
    <div className="flex flex-col gap-3">
      <Field id="hedge-words" label="Hedge words" hint={hint} error={error} aside={toggle}>
        <Input
          {...fieldAria("hedge-words", { hint, error })}
          aria-describedby={[hintId("hedge-words"), "hedge-reading", error ? "hedge-words-error" : null]
            .filter(Boolean)
            .join(" ")}
          {...register("hedgeWords")}
          autoComplete="off"
          placeholder="could"
          className="sm:max-w-72"
        />
      </Field>
      <output
        id="hedge-reading"
        htmlFor="hedge-words"
        aria-live="polite"
        className="flex min-h-5 flex-col gap-0.5 text-sm"
        data-testid="hedge-reading"
      >
        {read?.ok ? (
          <>
            <span className="font-semibold">{describeHedgeReading(read.reading)}</span>
            <span className="text-xs text-muted-foreground">
              {read.reading.negated ? "Negated, so the opposite claim's reading is turned around. " : ""}
              {read.reading.certainty ? "Said with certainty: capped below 100%. " : ""}
              Basis: {read.reading.entry.basis}
            </span>
          </>
        ) : read && !error ? (
          <span className="text-muted-foreground">{read.reason}</span>
        ) : null}
      </output>
      {inQuote ? (
        <div>
          <Button
            variant="outline"
            size="sm"
            onClick={() => setValue("hedgeWords", inQuote.phrase, { shouldValidate: validate, shouldDirty: true })}
          >
            <Quote aria-hidden /> Use “{inQuote.phrase}” from the quote
          </Button>
        </div>
      ) : null}
      {read && !read.ok ? (
        <div>
          <Button variant="link" size="sm" className="h-auto px-0" onClick={() => switchTo("number")}>
            Enter a number instead
          </Button>
        </div>
      ) : null}
    </div>
  );
}
