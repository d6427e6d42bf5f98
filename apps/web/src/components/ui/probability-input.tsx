"use client";

import { parseProbability, probabilityToPercentText } from "@hindsight/domain";
import type { KeyboardEvent, ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { cn } from "@/lib/utils";
import { Choice } from "./choice";
import { Field, errorId, hintId } from "./field";
import { Input } from "./input";

/** The id of the live reading under a probability input ("Reads as 60%"). */
export const readingId = (id: string) => `${id}-reads-as`;

export const PROBABILITY_HINT = "A percentage: 60 or 60%. A fraction such as 0.6 reads as 60% too.";

/**
 * The one probability input of the app (a prediction's probability, a PARTIAL credit, a reference
 * forecast): typed as it is shown, a percentage, read with the domain's parseProbability, and the
 * reading shown (and announced) before saving: "Reads as 60%". The form's values layer reads the
 * same text with the same function and sends the number from 0 to 1 that the API takes.
 *
 * ↑ and ↓ move it by one percentage point (with Shift, ten), as a number input's would.
 */
export function ProbabilityInput({
  id,
  label = "Probability",
  hint = PROBABILITY_HINT,
  error,
  text,
  registration,
  describedBy = [],
  aside,
  placeholder = "60%",
  optional,
  className,
}: {
  id: string;
  /** Names the field, in its label and in the messages about it. */
  label?: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** What the input holds now (watched by the form), for the live reading. */
  text: unknown;
  registration: UseFormRegisterReturn;
  /** Ids of other text describing the input, such as a hedge reading below it. */
  describedBy?: readonly string[];
  aside?: ReactNode;
  placeholder?: string;
  optional?: boolean;
  className?: string;
}) {
  const typed = typeof text === "string" ? text : typeof text === "number" ? String(text) : "";
  const parsed = typed.trim() === "" ? null : parseProbability(typed, { label });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    const current = event.currentTarget.value.trim() === "" ? null : parseProbability(event.currentTarget.value);
    if (current && !current.ok) return;
    event.preventDefault();
    const step = event.shiftKey ? 10 : 1;
    // From a blank input, as from 0%; from 60.5%, up to 61% and down to 60%.
    const percent = current ? Math.round(current.value * 100 * 1e6) / 1e6 : 0;
    const next =
      event.key === "ArrowUp" ? Math.min(100, Math.floor(percent) + step) : Math.max(0, Math.ceil(percent) - step);
    event.currentTarget.value = `${next}%`;
    void registration.onChange({ target: event.currentTarget, type: "change" });
  };
  return (
    <Field id={id} label={label} hint={hint} error={error} aside={aside} optional={optional}>
      <Input
        {...registration}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? hintId(id) : null, readingId(id), ...describedBy, error ? errorId(id) : null]
          .filter(Boolean)
          .join(" ")}
        onKeyDown={onKeyDown}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        className={cn("sm:max-w-56", className)}
      />
      <p
        id={readingId(id)}
        aria-live="polite"
        data-probability-reading
        className="flex min-h-5 flex-col gap-0.5 text-sm"
      >
        {parsed?.ok ? (
          <>
            <span className="font-semibold tabular-nums text-primary">
              Reads as {probabilityToPercentText(parsed.value)}
            </span>
            {parsed.note ? <span className="text-xs text-muted-foreground">{parsed.note}.</span> : null}
          </>
        ) : parsed && !error ? (
          <span className="text-muted-foreground">{parsed.message}.</span>
        ) : null}
      </p>
    </Field>
  );
}

/**
 * Where a typed probability comes from: stated by the person quoted, or the recorder's own
 * estimate. Beside ProbabilityInput wherever a number is entered for a prediction.
 */
export function ProbabilitySourceChoice({
  registration,
  stated,
  estimate,
}: {
  registration: UseFormRegisterReturn;
  /** What "Stated" means here: "The analyst gave this number." */
  stated: string;
  /** What "My estimate" means here. */
  estimate: string;
}) {
  return (
    <fieldset className="grid gap-2 sm:grid-cols-2">
      <legend className="mb-2 text-sm leading-none font-medium">Where the number comes from</legend>
      <Choice {...registration} value="STATED" label="Stated" description={stated} />
      <Choice {...registration} value="ESTIMATE" label="My estimate" description={estimate} />
    </fieldset>
  );
}
