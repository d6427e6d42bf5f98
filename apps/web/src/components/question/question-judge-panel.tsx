"use client";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { outcomeLabels } from "@/lib/format";
import { QuestionJudgeForm } from "./question-judge-form";
import { QuestionReopenForm } from "./question-reopen-form";
import type { QuestionDetail } from "./types";

/** The judging section of a question's page, at #judge. */
export function QuestionJudgePanel({ question }: { question: QuestionDetail }) {
  const judged = question.outcome !== null;
  const linked = question.linked.length;
  const applies =
    linked === 0
      ? "No prediction is linked yet: predictions linked later take the question's outcome."
      : `The outcome is given to the ${linked === 1 ? "linked prediction" : `${linked} linked predictions`} too, turned round for those that claim the opposite.`;
  return (
    <section id="judge" aria-labelledby="judge-title" className="scroll-mt-20">
      <Card>
        <CardHeader>
          <CardTitle id="judge-title">{judged ? "Re-judge this question" : "Judge this question"}</CardTitle>
          <CardDescription>
            {judged && question.outcome
              ? `It is judged ${outcomeLabels[question.outcome].toLowerCase()}. A new judgement becomes the one that counts; the current one stays in the history. `
              : "Mark the outcome once reality has decided it. Editors only. "}
            {applies}
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <QuestionJudgeForm question={question} />
          {judged ? <QuestionReopenForm question={question} /> : null}
        </CardContent>
      </Card>
    </section>
  );
}
