"use client";

import { useMutation } from "@tanstack/react-query";
import { LoaderCircle, Plus, Trash2 } from "lucide-react";
import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormPlaceholder } from "@/components/ui/form-placeholder";
import { formatDay, formatPercent } from "@/lib/format";
import { notify } from "@/lib/notify";
import { usePreloadWhenIdle } from "@/lib/preload-when-idle";
import { useTRPC } from "@/trpc/react";
import type { QuestionDetail, QuestionReference } from "./types";
import { useQuestionCache } from "./use-question-cache";

const loadAddReferenceForm = () => import("./add-reference-form");
// The form (react-hook-form, the domain's schemas with zod): fetched when the browser is idle
// after the page, drawn when asked for (the placeholder covers a faster click).
const AddReferenceForm = dynamic(() => import("./add-reference-form").then((module) => module.AddReferenceForm), {
  ssr: false,
  loading: () => <FormPlaceholder fields={4} />,
});

/** "Remove", then a second press to confirm: a reference is rarely wrong, and the audit log keeps what it said. */
export function RemoveReference({
  question,
  reference,
  onError,
}: {
  question: QuestionDetail;
  reference: QuestionReference;
  onError: (error: unknown) => void;
}) {
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const { store } = useQuestionCache(question.key);
  const remove = useMutation(trpc.question.removeReference.mutationOptions());
  const what = `the reference of ${formatDay(reference.asOf)} (${reference.source}, ${formatPercent(reference.probability)})`;

  if (!confirming) {
    return (
      <Button
        variant="ghost"
        size="sm"
        onClick={() => {
          setConfirming(true);
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
      >
        <Trash2 aria-hidden /> Remove<span className="sr-only"> {what}</span>
      </Button>
    );
  }
  return (
    <span className="inline-flex gap-1">
      <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
        Keep
      </Button>
      <Button
        ref={confirmRef}
        variant="destructive"
        size="sm"
        disabled={remove.isPending}
        onClick={() => {
          onError(null);
          remove
            .mutateAsync({ key: question.key, referenceId: reference.id })
            .then(async (detail) => {
              await store(detail);
              notify.success("Reference removed", { description: what });
            })
            .catch((error: unknown) => {
              setConfirming(false);
              onError(error);
            });
        }}
      >
        {remove.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Trash2 aria-hidden />}
        Confirm<span className="sr-only"> removing {what}</span>
      </Button>
    </span>
  );
}

/** "Add a reference", folded until asked for: the probability (typed as a percentage), source, date and link. */
export function AddReference({ question }: { question: QuestionDetail }) {
  usePreloadWhenIdle(loadAddReferenceForm);
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  if (!open) {
    return (
      <div>
        <Button ref={toggleRef} variant="outline" size="sm" aria-expanded={false} onClick={() => setOpen(true)}>
          <Plus aria-hidden /> Add a reference
        </Button>
      </div>
    );
  }
  return (
    <AddReferenceForm
      question={question}
      onDone={() => {
        setOpen(false);
        requestAnimationFrame(() => toggleRef.current?.focus());
      }}
    />
  );
}
