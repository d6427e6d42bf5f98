"use client";

import type { PredictionDetail, Role } from "@hindsight/domain";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRef, useState } from "react";
import { StatusBadge } from "@/components/prediction-list/status-badge";
import { questionTerms } from "@/components/question/question-terms";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormPlaceholder } from "@/components/ui/form-placeholder";
import { EditorGate } from "./editor-gate";

// The editors' buttons (Change, Unlink, Link, Create) and the forms they open stay out of the
// page's first load: readers never download them. The buttons are fetched when drawn for an
// editor, after the page (a short "Loading…" until then: nothing to click is lost); the picker and
// the create-question form (react-hook-form, zod's schemas) when the browser is idle after that
// (question-link-actions.tsx), drawn when Link or Create is pressed (their placeholder covers a
// faster click).
const LinkActions = dynamic(() => import("./question-link-actions").then((module) => module.LinkActions), {
  ssr: false,
  loading: () => (
    <p role="status" className="text-sm text-muted-foreground">
      Loading…
    </p>
  ),
});
const QuestionPicker = dynamic(() => import("./question-picker").then((module) => module.QuestionPicker), {
  ssr: false,
  loading: () => <FormPlaceholder fields={3} />,
});
const CreateFromPrediction = dynamic(
  () => import("./create-from-prediction").then((module) => module.CreateFromPrediction),
  { ssr: false, loading: () => <FormPlaceholder fields={4} /> },
);

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
