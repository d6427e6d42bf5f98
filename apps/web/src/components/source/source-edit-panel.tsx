"use client";

import { useMutation } from "@tanstack/react-query";
import { LoaderCircle, Save } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, fieldAria } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { showFormWriteError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { notify } from "@/lib/notify";

interface SourceEditValues {
  archiveUrl: string;
}

const hint =
  "A copy kept by an archive (the Wayback Machine, archive.today), in case the article changes or goes. Leave blank for none.";

/** Edits the source's archived-copy URL; the page is drawn again from the server once saved. */
export function SourceEditPanel({ source }: { source: { id: string; archiveUrl: string | null } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useMutation(trpc.source.update.mutationOptions());
  const form = useForm<SourceEditValues>({ defaultValues: { archiveUrl: source.archiveUrl ?? "" } });
  const error = form.formState.errors.archiveUrl?.message;

  const onSubmit = async (values: SourceEditValues) => {
    setFormError(null);
    // The server's own schema first, so that a bad address is named here without a round trip
    // (loaded with zod when the form is first sent, not with the page).
    const { updateSourceInput } = await import("@hindsight/domain/schemas");
    const checked = updateSourceInput.safeParse({ id: source.id, archiveUrl: values.archiveUrl });
    if (!checked.success) {
      const issue = checked.error.issues.find((candidate) => candidate.path[0] === "archiveUrl");
      form.setError(
        "archiveUrl",
        { type: "validate", message: issue?.message ?? "Not a valid address" },
        { shouldFocus: true },
      );
      return;
    }
    try {
      await update.mutateAsync({ id: source.id, archiveUrl: values.archiveUrl });
      notify.success("Source saved");
      router.refresh();
    } catch (failure) {
      showFormWriteError(failure, {
        fieldPaths: ["archiveUrl"] as const,
        setError: (path, message, options) => form.setError(path, message, options),
        setFormError,
        failed: "The source was not saved.",
      });
    }
  };

  return (
    <section aria-labelledby="source-edit-title">
      <Card>
        <CardHeader>
          <CardTitle id="source-edit-title">Archived copy</CardTitle>
          <CardDescription>Every change is kept in the source&apos;s change history.</CardDescription>
        </CardHeader>
        <CardContent>
          <form
            noValidate
            aria-label="Edit the archived copy"
            className="flex flex-col gap-4"
            onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
          >
            <Field id="source-archive-url" label="Archived copy URL" optional hint={hint} error={error}>
              <Input
                {...fieldAria("source-archive-url", { hint, error })}
                {...form.register("archiveUrl")}
                type="url"
                inputMode="url"
                placeholder="https://web.archive.org/web/…"
              />
            </Field>
            {formError ? (
              <Alert role="alert">
                <p>{formError}</p>
              </Alert>
            ) : null}
            <div>
              <Button type="submit" disabled={update.isPending}>
                {update.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Save aria-hidden />}
                Save
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
    </section>
  );
}
