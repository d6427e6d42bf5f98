"use client";

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
import { checkQuestionReopen } from "./question-judge-values";
import type { QuestionDetail } from "./types";
import { useQuestionCache } from "./use-question-cache";

/**
 * Withdraws the question's outcome (a judgement with no outcome), with a note saying why; its
 * linked predictions are reopened with it. Nothing is deleted: the histories keep it all.
 */
export function QuestionReopenForm({ question }: { question: QuestionDetail }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { store, reload, reloading } = useQuestionCache(question.key);
  const reopen = useMutation(trpc.question.judge.mutationOptions());

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
    const check = checkQuestionReopen(note);
    if (!check.ok) {
      setNoteError(check.error);
      noteRef.current?.focus();
      return;
    }
    setNoteError(null);
    setWriteError(null);
    setReloaded(false);
    try {
      const detail = await reopen.mutateAsync({ ...check.fields, key: question.key, version: question.version });
      await store(detail);
      toast.success("Reopened", {
        description: "The outcome is withdrawn from the question and its linked predictions.",
      });
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
        <span>
          Withdraw the outcome, from the question and every linked prediction, if it was called too early or in error.
        </span>
      </div>
    );
  }

  return (
    <form
      noValidate
      aria-label="Reopen this question"
      className="flex flex-col gap-4 border-t pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field
        id="question-reopen-note"
        label="Why reopen it?"
        hint="The note is kept with the reopening in the judgement histories."
        error={noteError ?? undefined}
      >
        <Textarea
          {...fieldAria("question-reopen-note", { hint: true, error: noteError ?? undefined })}
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
          action="The question was not reopened."
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
          <p>Reloaded: the page now shows version {question.version}. Your note is kept.</p>
        </Alert>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={hide}>
          Cancel
        </Button>
        <Button type="submit" variant="destructive" disabled={reopen.isPending}>
          {reopen.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Undo2 aria-hidden />}
          Reopen question
        </Button>
      </div>
    </form>
  );
}
