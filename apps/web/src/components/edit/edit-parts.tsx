"use client";

import { LoaderCircle, Pencil, Save } from "lucide-react";
import { useRef, useState, type ReactNode } from "react";
import { notify } from "@/lib/notify";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { WriteErrorAlert } from "@/components/write-error";
import type { WriteFormState } from "@/lib/use-write-form";

/**
 * An edit form folded away until asked for (most visitors read, few edit): a card with its title,
 * what can be corrected, and an Edit button that opens the form; closing it puts the focus back on
 * the button.
 */
export function FoldedEditPanel({
  idBase,
  title,
  description,
  children,
}: {
  /** `edit`: the title is `edit-title`, the form `edit-form`. */
  idBase: string;
  title: string;
  description: ReactNode;
  /** The form, given the way to close it. */
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => toggleRef.current?.focus());
  };
  return (
    <section aria-labelledby={`${idBase}-title`}>
      <Card>
        <CardHeader className="flex-row items-start justify-between gap-4">
          <div className="flex flex-col gap-1.5">
            <CardTitle id={`${idBase}-title`}>{title}</CardTitle>
            <CardDescription>{description}</CardDescription>
          </div>
          {open ? null : (
            <Button
              ref={toggleRef}
              variant="outline"
              size="sm"
              aria-expanded={false}
              aria-controls={`${idBase}-form`}
              onClick={() => setOpen(true)}
            >
              <Pencil aria-hidden /> Edit
            </Button>
          )}
        </CardHeader>
        {open ? <CardContent>{children(close)}</CardContent> : <div className="pb-6" />}
      </Card>
    </section>
  );
}

/** What an edit form says when nothing was changed, or after a reload that kept the edits. */
const NOTHING_CHANGED = "Nothing to save: no field was changed.";

/**
 * Saves a checked edit made against a version: says so when nothing changed, else sends only the
 * changes, shows "Changes saved" and closes; a failure goes to the form (useWriteForm's `failed`).
 */
export async function saveEdit<Changes>(
  check: { ok: true; changes: Changes; changed: readonly string[] } | { ok: false },
  write: Pick<WriteFormState, "setNotice" | "setWriteError" | "failed">,
  save: (changes: Changes) => Promise<void>,
  onDone: () => void,
): Promise<void> {
  if (!check.ok) return;
  write.setWriteError(null);
  if (check.changed.length === 0) {
    write.setNotice(NOTHING_CHANGED);
    return;
  }
  write.setNotice(null);
  try {
    await save(check.changes);
    notify.success("Changes saved", { description: `${check.changed.length} field(s) changed` });
    onDone();
  } catch (error) {
    write.failed(error);
  }
}
const RELOADED = "Reloaded: the page shows the current version. Your edits are kept and will be compared with it.";

/**
 * The foot of an edit form made against a version: its notice, the write's error (with a reload
 * that keeps the edits), the version being edited, Cancel and Save.
 */
export function EditFormFoot({
  write,
  cache,
  version,
  saving,
  onCancel,
}: {
  /** The form's notice and write error (useWriteForm). */
  write: Pick<WriteFormState, "notice" | "setNotice" | "writeError" | "setWriteError">;
  /** The detail page's copy of the record, reloaded after a conflict. */
  cache: { reload: () => Promise<unknown>; reloading: boolean };
  version: number;
  saving: boolean;
  onCancel: () => void;
}) {
  const { notice, setNotice, writeError, setWriteError } = write;
  return (
    <>
      {notice ? (
        <Alert variant="info" role="status">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {writeError ? (
        <WriteErrorAlert
          error={writeError}
          action="The changes were not saved."
          onReload={() =>
            void cache.reload().then(() => {
              setWriteError(null);
              setNotice(RELOADED);
            })
          }
          reloading={cache.reloading}
        />
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-xs text-muted-foreground">Editing version {version}.</p>
        <div className="flex gap-2">
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" disabled={saving}>
            {saving ? <LoaderCircle aria-hidden className="animate-spin" /> : <Save aria-hidden />}
            Save changes
          </Button>
        </div>
      </div>
    </>
  );
}
