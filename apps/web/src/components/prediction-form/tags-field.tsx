"use client";

import { Tag } from "lucide-react";
import { useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { parseTags } from "@/lib/format";
import { errorMessageAt, type PredictionFormValues } from "./form-values";

/** Tags typed as comma-separated text (kept as typed), held by the form as the array the schema wants. */
export function TagsField() {
  const { control, formState } = useFormContext<PredictionFormValues>();
  const { field } = useController({ control, name: "tags" });
  const [text, setText] = useState(() => (field.value ?? []).join(", "));
  const tags = parseTags(text);
  const error = errorMessageAt(formState.errors, "tags");
  const hint = "Separate tags with commas, e.g. russia, diplomacy.";

  return (
    <Field id="tags" label="Tags" optional hint={hint} error={error}>
      <Input
        {...fieldAria("tags", { hint, error })}
        ref={field.ref}
        name={field.name}
        value={text}
        autoComplete="off"
        placeholder="russia, diplomacy"
        onChange={(event) => {
          setText(event.target.value);
          field.onChange(parseTags(event.target.value));
        }}
        onBlur={field.onBlur}
      />
      {tags.length > 0 ? (
        <ul aria-label="Tags to be saved" className="flex flex-wrap gap-1.5">
          {tags.map((tag) => (
            <li key={tag.toLowerCase()}>
              <Badge variant="secondary" className="font-normal">
                <Tag aria-hidden />
                {tag.toLowerCase()}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </Field>
  );
}
