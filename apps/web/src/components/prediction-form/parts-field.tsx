"use client";

import { ChevronDown, Plus, Split, X } from "lucide-react";
import { useState } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { errorId, FieldError, hintId } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";
import { textLimits } from "@/lib/text-limits";
import { errorMessageAt, MAX_PARTS, MIN_PARTS, partsGroupError, type PredictionFormValues } from "./form-values";

const partId = (index: number) => `part-${index}`;
const placeholders = ["The talks are flashy", "The talks are vague", "The talks are meaningless"];
const hint = "Each part is logged as its own prediction and judged on its own.";

/**
 * A compound claim ("flashy, vague and ultimately meaningless") split into parts, each logged as a
 * prediction of its own under the whole one. Folded away until asked for; opened, it holds two
 * parts at least, and folding it again drops the parts.
 */
export function PartsField() {
  const { register, control, formState, clearErrors, setFocus } = useFormContext<PredictionFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "parts" });
  const [open, setOpen] = useState(() => fields.length > 0);
  const errors = formState.errors;
  const groupError = partsGroupError(errors);
  const partErrors = fields.map((_, index) => errorMessageAt(errors, `parts.${index}.claim`));
  const anyPartError = partErrors.some(Boolean);

  const toggle = () => {
    if (open) {
      remove();
      clearErrors("parts");
      setOpen(false);
      return;
    }
    setOpen(true);
    // append focuses the first new row.
    if (fields.length < MIN_PARTS)
      append(
        Array.from({ length: MIN_PARTS - fields.length }, () => ({ claim: "" })),
        { focusIndex: fields.length },
      );
  };

  const removeAt = (index: number) => {
    remove(index);
    // The removed row's button is gone: the focus goes to the row that took its place, or the last.
    const next = Math.min(index, fields.length - 2);
    requestAnimationFrame(() => setFocus(`parts.${next}.claim`));
  };

  return (
    <div className="flex flex-col gap-3">
      <Button
        variant="outline"
        size="sm"
        className="w-fit"
        aria-expanded={open}
        aria-controls={open ? "parts-panel" : undefined}
        onClick={toggle}
      >
        <Split aria-hidden />
        Split into parts
        <ChevronDown aria-hidden className={cn("transition-transform", open && "rotate-180")} />
      </Button>
      {open ? (
        <fieldset
          id="parts-panel"
          aria-describedby={[hintId("parts"), groupError ? errorId("parts") : null].filter(Boolean).join(" ")}
          className="flex flex-col gap-3 rounded-lg border bg-muted/30 p-4"
        >
          <legend className="sr-only">Parts of the claim</legend>
          <p id={hintId("parts")} className="text-xs text-muted-foreground">
            {hint}
          </p>
          <ol className="flex flex-col gap-3">
            {fields.map((field, index) => {
              const id = partId(index);
              const error = partErrors[index];
              // With an error on the group alone, the first part carries it, so the focus lands there.
              const invalid = Boolean(error) || (Boolean(groupError) && !anyPartError && index === 0);
              const describedBy = [error ? errorId(id) : null, groupError ? errorId("parts") : null]
                .filter(Boolean)
                .join(" ");
              return (
                <li key={field.id} className="flex flex-col gap-2">
                  <div className="flex min-h-7 items-center justify-between gap-2">
                    <Label htmlFor={id}>Part {index + 1}</Label>
                    {/* Two parts at least: below that, fold the split away instead. */}
                    {fields.length > MIN_PARTS ? (
                      <Button
                        variant="ghost"
                        size="sm"
                        className="h-7 px-2 text-muted-foreground"
                        aria-label={`Remove part ${index + 1}`}
                        onClick={() => removeAt(index)}
                      >
                        <X aria-hidden /> Remove
                      </Button>
                    ) : null}
                  </div>
                  <Input
                    id={id}
                    aria-invalid={invalid || undefined}
                    aria-describedby={describedBy || undefined}
                    {...register(`parts.${index}.claim`)}
                    // A part is a claim of its own, with a claim's limit.
                    limit={textLimits.claim}
                    autoComplete="off"
                    placeholder={placeholders[index] ?? ""}
                  />
                  {error ? <FieldError id={id}>{error}</FieldError> : null}
                </li>
              );
            })}
          </ol>
          {groupError ? <FieldError id="parts">{groupError}</FieldError> : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="outline"
              size="sm"
              className="w-fit"
              disabled={fields.length >= MAX_PARTS}
              onClick={() => append({ claim: "" })}
            >
              <Plus aria-hidden /> Add part
            </Button>
            {fields.length >= MAX_PARTS ? (
              <p className="text-xs text-muted-foreground">At most {MAX_PARTS} parts.</p>
            ) : null}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
