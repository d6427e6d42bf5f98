import type { PredictionDetail } from "@hindsight/domain";
import Link from "next/link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/**
 * What editors see at #judge for a prediction judged through its question: the server refuses a
 * judgement of its own (CONFLICT), so there is no form, and the words are drawn with the page
 * (the judging form is loaded after it: judge-panel.tsx).
 */
export function JudgedThroughQuestion({ question }: { question: NonNullable<PredictionDetail["question"]> }) {
  return (
    <section id="judge" aria-labelledby="judge-title" className="scroll-mt-20">
      <Card>
        <CardHeader>
          <CardTitle id="judge-title">Judged through its question</CardTitle>
          <CardDescription>
            This prediction takes its outcome from the question it is linked to
            {question.negated ? ", turned round because it claims the opposite" : ""}. To change it, re-judge or reopen{" "}
            <Link
              href={`/questions/${encodeURIComponent(question.key)}#judge`}
              className="font-medium text-primary underline-offset-2 hover:underline"
            >
              the question
            </Link>
            , or unlink the prediction to judge it on its own.
          </CardDescription>
        </CardHeader>
        <div className="pb-6" />
      </Card>
    </section>
  );
}
