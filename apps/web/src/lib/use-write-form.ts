"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FieldValues, Path, SubmitHandler, UseFormReturn } from "react-hook-form";
import { placeFieldErrors } from "@/lib/field-errors";
import { serverFieldErrors } from "@/trpc/errors";

/**
 * What every form that writes does around its own fields: the first field is focused when the
 * form opens, the first invalid one when a check fails; a write's error is kept for the alert, and
 * the server's field errors are put on the fields they name (the nearest of `paths`); a notice (an
 * edit with nothing changed, a reload) is kept for the form to show.
 */
export type WriteFormState = ReturnType<typeof useWriteForm>;

export function useWriteForm<Values extends FieldValues>(
  form: UseFormReturn<Values>,
  paths: readonly Path<Values>[],
  firstField = "textarea, input",
) {
  const formRef = useRef<HTMLFormElement>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(firstField)?.focus());
  }, [firstField]);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  /** A write failed: its field errors go on the fields (the first focused), the rest to the alert. */
  const failed = (error: unknown) => {
    const fieldErrors = serverFieldErrors(error);
    if (fieldErrors) {
      const { onFields } = placeFieldErrors(fieldErrors, paths);
      for (const [path, message] of onFields) form.setError(path, { type: "server", message });
      focusFirstInvalid();
    }
    setWriteError(error);
  };

  const onSubmit = (onValid: SubmitHandler<Values>) => (event: FormEvent<HTMLFormElement>) =>
    void form.handleSubmit(onValid, focusFirstInvalid)(event);

  return { formRef, writeError, setWriteError, notice, setNotice, failed, onSubmit };
}
