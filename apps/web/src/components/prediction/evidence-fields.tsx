"use client";

import { Link2, Plus, X } from "lucide-react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError, fieldAria, hintId } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { JudgeFormValues } from "./judge-form-values";

const MAX_LINKS = 20;

/** Evidence links, one per row: add a row (it takes the focus), remove one (the focus moves to a neighbour). */
export function EvidenceFields({ idPrefix }: { idPrefix: string }) {
  const { control, register, formState, setFocus } = useFormContext<JudgeFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "evidence" });
  const errors = formState.errors.evidence;
  const listError = errors && !Array.isArray(errors) ? errors.message : undefined;
  const groupId = `${idPrefix}-evidence`;

  const removeRow = (index: number) => {
    remove(index);
    const next = index < fields.length - 1 ? index : index - 1;
    requestAnimationFrame(() => {
      if (next >= 0) setFocus(`evidence.${next}.url`);
      else document.getElementById(`${groupId}-add`)?.focus();
    });
  };

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={hintId(groupId)}>
      <legend className="text-sm leading-none font-medium">
        Evidence links <span className="ml-1.5 text-xs font-normal text-muted-foreground">(optional)</span>
      </legend>
      <p id={hintId(groupId)} className="text-xs text-muted-foreground">
        Articles, records or data that show the outcome. Each opens for readers with no referrer.
      </p>
      {fields.length > 0 ? (
        <ol className="flex flex-col gap-2">
          {fields.map((field, index) => {
            const id = `${groupId}-${index}`;
            const error = Array.isArray(errors)
              ? (errors[index] as { url?: { message?: string } } | undefined)
              : undefined;
            const message = error?.url?.message;
            return (
              <li key={field.id} className="flex flex-col gap-1.5">
                <div className="flex items-center gap-2">
                  <Link2 aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                  <label htmlFor={id} className="sr-only">
                    Evidence link {index + 1}
                  </label>
                  <Input
                    {...fieldAria(id, { error: message })}
                    {...register(`evidence.${index}.url`)}
                    type="url"
                    inputMode="url"
                    placeholder="https://"
                    autoComplete="off"
                  />
                  <Button variant="ghost" size="icon" onClick={() => removeRow(index)}>
                    <X aria-hidden />
                    <span className="sr-only">Remove evidence link {index + 1}</span>
                  </Button>
                </div>
                {message ? <FieldError id={id}>{message}</FieldError> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      {listError ? <FieldError id={groupId}>{listError}</FieldError> : null}
      <div>
        <Button
          id={`${groupId}-add`}
          variant="outline"
          size="sm"
          disabled={fields.length >= MAX_LINKS}
          onClick={() => append({ url: "" }, { shouldFocus: true })}
        >
          <Plus aria-hidden /> Add a link
        </Button>
      </div>
    </fieldset>
  );
}
