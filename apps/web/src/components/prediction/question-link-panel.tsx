"use client";

import type { PredictionDetail, Role } from "@hindsight/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link2, Link2Off, LoaderCircle, Pencil, Plus } from "lucide-react";
import Link from "next/link";
import { useRef, useState, type RefObject } from "react";
import { notify } from "@/lib/notify";
import { StatusBadge } from "@/components/prediction-list/status-badge";
import { questionTerms } from "@/components/question/question-terms";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { WriteErrorAlert } from "@/components/write-error";
import { useTRPC } from "@/trpc/react";
import { CreateFromPrediction } from "./create-from-prediction";
import { EditorGate } from "./editor-gate";
import { QuestionPicker } from "./question-picker";
import { usePredictionCache } from "./use-prediction-cache";

type Mode = "view" | "pick" | "create";

/**
 * The prediction's question: one event, judged once for every prediction that speaks about it.
 * Linked, it names the question (a link) and whether this prediction claims its opposite; editors
 * change or remove the link. Not linked, editors pick a question from suggestions (full-text
 * search over questions and the claims already linked to them, from this prediction's words or
 * from what they type) or create one from this prediction. Every write names the prediction's
 * version; a stale one is refused with the conflict message and Reload.
 */
export function QuestionLinkPanel({ prediction, role }: { prediction: PredictionDetail; role: Role | null }) {
  const [mode, setMode] = useState<Mode>("view");
  const openRef = useRef<HTMLButtonElement>(null);
  const linked = prediction.question;
  const close = () => {
    setMode("view");
    requestAnimationFrame(() => openRef.current?.focus());
  };

  const body = (
    <section id="question" aria-labelledby="question-link-title" className="scroll-mt-20">
      <Card>
        <CardHeader>
          <CardTitle id="question-link-title">Question</CardTitle>
          <CardDescription>
            Predictions about the same event are linked to one question, judged once for all of them and compared on it.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {linked ? (
            <div className="flex flex-col gap-2 text-sm" data-testid="linked-question">
              <p className="flex flex-wrap items-center gap-2">
                <span className="text-muted-foreground">Linked to</span>
                <Link
                  href={`/questions/${encodeURIComponent(linked.key)}`}
                  className="font-medium text-primary underline-offset-2 hover:underline"
                >
                  {linked.title}
                </Link>
                <StatusBadge outcome={linked.outcome} />
              </p>
              <p data-testid="linked-question-terms">
                {linked.negated ? (
                  <>
                    <span className="font-medium">Negated: this prediction claims the opposite of the question.</span>{" "}
                    {questionTerms(prediction.probability, true)}.
                  </>
                ) : (
                  <>It claims what the question asks: {questionTerms(prediction.probability, false)}.</>
                )}
              </p>
            </div>
          ) : (
            <p className="text-sm text-muted-foreground">Not linked to a question.</p>
          )}
          <EditorGate role={role} explain={false}>
            {mode === "view" ? (
              <LinkActions
                prediction={prediction}
                openRef={openRef}
                onPick={() => setMode("pick")}
                onCreate={() => setMode("create")}
              />
            ) : mode === "pick" ? (
              <QuestionPicker prediction={prediction} onDone={close} />
            ) : (
              <CreateFromPrediction prediction={prediction} onDone={close} />
            )}
          </EditorGate>
        </CardContent>
      </Card>
    </section>
  );
  // Readers see the section only when there is a link to show.
  return linked ? (
    body
  ) : (
    <EditorGate role={role} explain={false}>
      {body}
    </EditorGate>
  );
}

function LinkActions({
  prediction,
  openRef,
  onPick,
  onCreate,
}: {
  prediction: PredictionDetail;
  openRef: RefObject<HTMLButtonElement | null>;
  onPick: () => void;
  onCreate: () => void;
}) {
  const trpc = useTRPC();
  const { store, reload, reloading } = usePredictionCache(prediction.id);
  const link = useMutation(trpc.question.link.mutationOptions());
  const queryClient = useQueryClient();
  const [writeError, setWriteError] = useState<unknown>(null);

  const unlink = async () => {
    setWriteError(null);
    try {
      const detail = await link.mutateAsync({
        predictionId: prediction.id,
        version: prediction.version,
        question: null,
        negated: false,
      });
      await store(detail);
      await queryClient.invalidateQueries({ queryKey: trpc.question.pathKey() });
      notify.success("Unlinked", {
        description: "The prediction keeps its judgements; it is judged on its own again.",
      });
    } catch (error) {
      setWriteError(error);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      {prediction.question ? (
        <div className="flex flex-wrap gap-2">
          <Button ref={openRef} variant="outline" size="sm" aria-expanded={false} onClick={onPick}>
            <Pencil aria-hidden /> Change…
          </Button>
          <Button variant="ghost" size="sm" disabled={link.isPending} onClick={() => void unlink()}>
            {link.isPending ? <LoaderCircle aria-hidden className="animate-spin" /> : <Link2Off aria-hidden />}
            Unlink
          </Button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button ref={openRef} variant="outline" size="sm" aria-expanded={false} onClick={onPick}>
            <Link2 aria-hidden /> Link to a question…
          </Button>
          <Button variant="ghost" size="sm" aria-expanded={false} onClick={onCreate}>
            <Plus aria-hidden /> Create a question from this prediction…
          </Button>
        </div>
      )}
      {writeError ? (
        <WriteErrorAlert
          error={writeError}
          action="The link was not removed."
          onReload={() => void reload().then(() => setWriteError(null))}
          reloading={reloading}
        />
      ) : null}
    </div>
  );
}
