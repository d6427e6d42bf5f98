"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { useEffect, useRef } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { outcomeLabels } from "@/lib/format";
import { JudgeForm } from "./judge-form";
import { ReopenForm } from "./reopen-form";

/**
 * The judging section for a prediction judged on its own (one judged through its question shows
 * JudgedThroughQuestion instead), reached at #judge (the due queue's "Judge" links there): arriving by that
 * address puts the focus on the first outcome, ready to pick with the arrow keys.
 */
export function JudgePanel({ prediction }: { prediction: PredictionDetail }) {
  const sectionRef = useRef<HTMLElement>(null);
  const judged = prediction.outcome !== null;

  useEffect(() => {
    const focusIfTargeted = () => {
      if (window.location.hash !== "#judge") return;
      const section = sectionRef.current;
      const first =
        section?.querySelector<HTMLInputElement>('input[name="outcome"]:checked') ??
        section?.querySelector<HTMLInputElement>('input[name="outcome"]');
      section?.scrollIntoView({ block: "start" });
      first?.focus({ preventScroll: true });
    };
    focusIfTargeted();
    window.addEventListener("hashchange", focusIfTargeted);
    return () => window.removeEventListener("hashchange", focusIfTargeted);
  }, []);

  return (
    <section ref={sectionRef} id="judge" aria-labelledby="judge-title" className="scroll-mt-20">
      <Card>
        <CardHeader>
          <CardTitle id="judge-title">{judged ? "Re-judge this prediction" : "Judge this prediction"}</CardTitle>
          <CardDescription>
            {judged && prediction.outcome
              ? `It is judged ${outcomeLabels[prediction.outcome].toLowerCase()}. A new judgement becomes the one that counts; the current one stays in the history.`
              : "Mark the outcome once reality has decided it. Editors only."}
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <JudgeForm prediction={prediction} />
          {judged ? <ReopenForm prediction={prediction} /> : null}
        </CardContent>
      </Card>
    </section>
  );
}
