"use client";

import { MAX_DISPUTE_TEXT, MAX_FILER_NAME } from "@hindsight/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, MessageSquareWarning } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { describeError, errorCode, serverFieldErrors } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { evidenceLines } from "./dispute-words";
import { notify } from "@/lib/notify";

type FieldName = "text" | "evidence" | "name" | "email";
const fieldNames: readonly FieldName[] = ["text", "evidence", "name", "email"];

/** "evidence[2]" or "evidence.2" is the evidence box; other paths are named as they are. */
const fieldOf = (path: string): FieldName | null => {
  const head = path.split(/[.[]/)[0] as FieldName;
  return fieldNames.includes(head) ? head : null;
};

/**
 * Disputing a judged prediction's judgement. Signed in, the dispute is filed as the user; signed
 * out, it takes a name (published with it) and an email address (for the editors only), and a
 * honeypot field people never see: `website`, off screen and out of the tab order, which only
 * form-filling robots fill in (the server refuses it then). Checked here with the server's own
 * schema; the server's field errors land on the same fields.
 */
export function DisputeForm({ predictionId, signedIn }: { predictionId: string; signedIn: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ text: "", evidence: "", name: "", email: "", website: "" });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const fileSigned = useMutation(trpc.dispute.create.mutationOptions());
  const filePublic = useMutation(trpc.dispute.createPublic.mutationOptions());
  const pending = fileSigned.isPending || filePublic.isPending;

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const showErrors = (found: Partial<Record<FieldName, string>>) => {
    setErrors(found);
    const first = fieldNames.find((field) => found[field]);
    if (first) requestAnimationFrame(() => document.getElementById(`dispute-${first}`)?.focus());
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const input = {
      predictionId,
      text: values.text,
      evidence: evidenceLines(values.evidence),
      ...(signedIn ? {} : { name: values.name, email: values.email, website: values.website }),
    };
    // The server's schemas, loaded with zod when a dispute is first sent rather than with the page.
    const { fileDisputeInput, filePublicDisputeInput } = await import("@hindsight/domain/schemas");
    const checked = (signedIn ? fileDisputeInput : filePublicDisputeInput).safeParse(input);
    if (!checked.success) {
      const found: Partial<Record<FieldName, string>> = {};
      for (const issue of checked.error.issues) {
        const field = fieldOf(String(issue.path[0] ?? ""));
        if (field && !found[field]) {
          found[field] =
            field === "evidence" && issue.path.length > 1
              ? `${issue.message} (${String(input.evidence[Number(issue.path[1])])})`
              : issue.message;
        }
      }
      showErrors(found);
      return;
    }
    setErrors({});
    try {
      if (signedIn) await fileSigned.mutateAsync({ predictionId, text: input.text, evidence: input.evidence });
      else {
        await filePublic.mutateAsync({
          predictionId,
          text: input.text,
          evidence: input.evidence,
          name: values.name,
          email: values.email,
          website: values.website,
        });
      }
      notify.success("Dispute filed", { description: "An editor will answer it; it is shown below." });
      setValues((current) => ({ ...current, text: "", evidence: "" }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.dispute.forPrediction.queryKey({ predictionId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.prediction.byId.queryKey({ id: predictionId }) }),
        queryClient.invalidateQueries({ queryKey: trpc.dispute.openCount.queryKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.prediction.list.pathKey() }),
      ]);
    } catch (error) {
      const fieldErrors = serverFieldErrors(error);
      if (fieldErrors) {
        const found: Partial<Record<FieldName, string>> = {};
        for (const [path, message] of Object.entries(fieldErrors)) {
          const field = fieldOf(path);
          if (field && !found[field]) found[field] = message;
        }
        showErrors(found);
      }
      setFormError(
        errorCode(error) === "TOO_MANY_REQUESTS" || !fieldErrors ? describeError(error) : "Some fields are not valid.",
      );
    }
  };

  return (
    <form
      noValidate
      aria-label="Dispute this judgement"
      className="flex flex-col gap-5"
      onSubmit={(event) => void onSubmit(event)}
    >
      <Field
        id="dispute-text"
        label="Why is the judgement wrong?"
        hint="What happened, and why it makes the outcome different. Published with your name."
        error={errors.text}
      >
        <Textarea
          id="dispute-text"
          name="dispute"
          rows={4}
          limit={MAX_DISPUTE_TEXT}
          value={values.text}
          onChange={set("text")}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={`dispute-text-hint${errors.text ? " dispute-text-error" : ""}`}
        />
      </Field>
      <Field
        id="dispute-evidence"
        label="Evidence links"
        optional
        hint="One http(s) address per line: articles, records or data that show it."
        error={errors.evidence}
      >
        <Textarea
          id="dispute-evidence"
          name="evidence"
          rows={2}
          limit={false}
          value={values.evidence}
          onChange={set("evidence")}
          placeholder="https://"
          aria-invalid={errors.evidence ? true : undefined}
          aria-describedby={`dispute-evidence-hint${errors.evidence ? " dispute-evidence-error" : ""}`}
        />
      </Field>
      {signedIn ? null : (
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="dispute-name" label="Your name" hint="Shown with the dispute." error={errors.name}>
            <Input
              id="dispute-name"
              name="name"
              autoComplete="name"
              maxLength={MAX_FILER_NAME}
              value={values.name}
              onChange={set("name")}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={`dispute-name-hint${errors.name ? " dispute-name-error" : ""}`}
            />
          </Field>
          <Field
            id="dispute-email"
            label="Your email address"
            hint="For the editors only, if they need to ask you something. Never published."
            error={errors.email}
          >
            <Input
              id="dispute-email"
              name="email"
              type="email"
              autoComplete="email"
              value={values.email}
              onChange={set("email")}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={`dispute-email-hint${errors.email ? " dispute-email-error" : ""}`}
            />
          </Field>
          {/* The honeypot: people never see or reach it; robots that fill every field give themselves away. */}
          <div aria-hidden className="absolute -left-[10000px] h-px w-px overflow-hidden">
            <label htmlFor="dispute-website">Website (leave empty)</label>
            <input
              id="dispute-website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              value={values.website}
              onChange={set("website")}
            />
          </div>
        </div>
      )}
      {formError ? (
        <Alert role="alert" variant="destructive">
          <p>The dispute was not filed. {formError}</p>
        </Alert>
      ) : null}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-muted-foreground">
          {signedIn
            ? "Filed under your name. An editor upholds it (and re-judges) or rejects it with a reason."
            : "Not signed in: a few disputes an hour are accepted from one address. An editor upholds or rejects it."}
        </p>
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <MessageSquareWarning aria-hidden />}
          {pending ? "Filing…" : "File dispute"}
        </Button>
      </div>
    </form>
  );
}
