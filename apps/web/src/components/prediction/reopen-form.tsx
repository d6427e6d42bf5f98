"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { useMutation } from "@tanstack/react-query";
import { LoaderCircle, Undo2 } from "lucide-react";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { WriteErrorAlert } from "@/components/write-error";
import { useTRPC } from "@/trpc/react";
import { textLimits } from "@/lib/text-limits";
import { checkReopen } from "./judge-form-values";
import { usePredictionCache } from "./use-prediction-cache";

/**
 * Withdraws the current outcome (a judgement with no outcome), with a note saying why. Nothing is
 * deleted: the withdrawn judgement stays in the history.
 */
export function ReopenForm({ prediction }: { prediction: PredictionDetail }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { store, reload, reloading } = usePredictionCache(prediction.id);
  const reopen = useMutation(trpc.prediction.judge.mutationOptions());

  const show = () => {
    setOpen(true);
    requestAnimationFrame(() => noteRef.current?.focus());
  };
  const hide = () => {
    setOpen(false);
    setWriteError(null);
    setNoteError(null);
    requestAnimationFrame(() => toggleRef.current?.focus());
  };

  const submit = async () => {
    const check = checkReopen(note);
    if (!check.ok) {
      setNoteError(check.error);
      noteRef.current?.focus();
      return;
    }
    setNoteError(null);
    setWriteError(null);
    setReloaded(false);
    try {
      const detail = await reopen.mutateAsync({
        ...check.fields,
        predictionId: prediction.id,
        version: prediction.version,
      });
      await store(detail);
      toast.success("Reopened", { description: "The outcome is withdrawn; the prediction awaits a new judgement." });
      setNote("");
      setOpen(false);
    } catch (error) {
      setWriteError(error);
    }
  };

  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-3 border-t pt-4 text-sm text-muted-foreground">
        <Button ref={toggleRef} variant="outline" size="sm" aria-expanded={false} onClick={show}>
          <Undo2 aria-hidden /> Reopen…
        </Button>
        <span>Withdraw the outcome without replacing it, if it was called too early or in error.</span>
      </div>
    );
  }

  return (
    <form
      noValidate
      aria-label="Reopen this prediction"
      className="flex flex-col gap-4 border-t pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field
        id="reopen-note"
        label="Why reopen it?"
        hint="The note is kept with the reopening in the judgement history."
        error={noteError ?? undefined}
      >
        <Textarea
          {...fieldAria("reopen-note", { hint: true, error: noteError ?? undefined })}
          ref={noteRef}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          limit={textLimits.note}
        />
      </Field>
      {writeError ? (
        <WriteErrorAlert
          error={writeError}
          action="The prediction was not reopened."
          onReload={() =>
            void reload().then(() => {
              setWriteError(null);
              setReloaded(true);
            })
          }
          reloading={reloading}
        />
      ) : null}
      {reloaded ? (
        <Alert variant="info" role="status">
          <p>Reloaded: the page now shows version {prediction.version}. Your note is kept.</p>
        </Alert>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={hide}>
          Cancel
        </Button>
        <Button type="submit" variant="destructive" disabled={reopen.isPending}>
          {reopen.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Undo2 aria-hidden />}
          Reopen prediction
        </Button>
      </div>
    </form>
  );
}
