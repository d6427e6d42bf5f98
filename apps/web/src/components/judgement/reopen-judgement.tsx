"use client";

import { LoaderCircle, Undo2 } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { VersionedWriteError } from "@/components/write-error";
import { textLimits } from "@/lib/text-limits";
import { notify } from "@/lib/notify";

export interface ReopenJudgementProps<Fields> {
  /** What is reopened: "prediction" or "question". */
  subject: string;
  /** Prefix of the note's id, unique on the page. */
  prefix: string;
  /** The version on screen, which the reopening is made against. */
  version: number;
  /** The note as the API takes it, or why it cannot be sent. */
  check: (note: string) => { ok: true; fields: Fields } | { ok: false; error: string };
  /** Sends the reopening (a judgement with no outcome). */
  submit: (fields: Fields) => Promise<void>;
  reload: () => Promise<unknown>;
  reloading: boolean;
  /** Beside the Reopen button: what reopening does. */
  explanation: string;
  /** The toast's description once done. */
  done: string;
  /** Where the note is kept: "the judgement history". */
  history: string;
}

/**
 * Withdraws the current outcome of a prediction or a question (a judgement with no outcome), with a
 * note saying why. Nothing is deleted: the withdrawn judgement stays in the history.
 */
export function ReopenJudgement<Fields>({
  subject,
  prefix,
  version,
  check: checkNote,
  submit: send,
  reload,
  reloading,
  explanation,
  done,
  history,
}: ReopenJudgementProps<Fields>) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [noteError, setNoteError] = useState<string | null>(null);
  const [writeError, setWriteError] = useState<unknown>(null);
  const [reloaded, setReloaded] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);

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
    const check = checkNote(note);
    if (!check.ok) {
      setNoteError(check.error);
      noteRef.current?.focus();
      return;
    }
    setNoteError(null);
    setWriteError(null);
    setReloaded(false);
    setPending(true);
    try {
      await send(check.fields);
      notify.success("Reopened", { description: done });
      setNote("");
      setOpen(false);
    } catch (error) {
      setWriteError(error);
    } finally {
      setPending(false);
    }
  };

  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-3 border-t pt-4 text-sm text-muted-foreground">
        <Button ref={toggleRef} variant="outline" size="sm" aria-expanded={false} onClick={show}>
          <Undo2 aria-hidden /> Reopen…
        </Button>
        <span>{explanation}</span>
      </div>
    );
  }

  return (
    <form
      noValidate
      aria-label={`Reopen this ${subject}`}
      className="flex flex-col gap-4 border-t pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Field
        id={`${prefix}-note`}
        label="Why reopen it?"
        hint={`The note is kept with the reopening in ${history}.`}
        error={noteError ?? undefined}
      >
        <Textarea
          {...fieldAria(`${prefix}-note`, { hint: true, error: noteError ?? undefined })}
          ref={noteRef}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          limit={textLimits.note}
        />
      </Field>
      <VersionedWriteError
        error={writeError}
        action={`The ${subject} was not reopened.`}
        reload={reload}
        reloading={reloading}
        onReloaded={() => {
          setWriteError(null);
          setReloaded(true);
        }}
        reloaded={reloaded}
        reloadedNotice={<>Reloaded: the page now shows version {version}. Your note is kept.</>}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="ghost" onClick={hide}>
          Cancel
        </Button>
        <Button type="submit" variant="destructive" disabled={pending}>
          {pending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Undo2 aria-hidden />}
          Reopen {subject}
        </Button>
      </div>
    </form>
  );
}
