import { CircleHelp, Link2 } from "lucide-react";
import Link from "next/link";
import { StatusBadge } from "@/components/prediction-list/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDay, formatPercent } from "@/lib/format";
import { questionTerms } from "./question-terms";
import type { LinkedPrediction } from "./types";

/**
 * Every prediction linked to the question, oldest first: who (linking to the analyst), what they
 * claimed (linking to the prediction), their probability in the question's terms (a prediction
 * of the opposite says so in words), the reference it is measured against, and its outcome.
 */
export function LinkedPredictions({ linked }: { linked: LinkedPrediction[] }) {
  return (
    <section aria-labelledby="linked-title">
      <Card>
        <CardHeader>
          <CardTitle id="linked-title">Linked predictions</CardTitle>
          <CardDescription>
            Oldest first, each with its probability that the question comes true. A prediction of the opposite is turned
            round: 80% against is 20% for.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {linked.length === 0 ? (
            <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed px-4 py-8 text-center text-sm text-muted-foreground">
              <CircleHelp aria-hidden className="size-8" />
              <p className="font-medium text-foreground">No prediction is linked yet</p>
              <p className="max-w-md">
                Editors link a prediction from its page: the &ldquo;Question&rdquo; section suggests questions like it.
              </p>
            </div>
          ) : (
            <ol
              className="flex flex-col divide-y"
              aria-label="Linked predictions, oldest first"
              data-testid="linked-list"
            >
              {linked.map((prediction) => (
                <li key={prediction.id} className="py-4 first:pt-0 last:pb-0">
                  <article
                    className="grid gap-3 sm:grid-cols-[1fr_auto] sm:gap-6"
                    aria-labelledby={`linked-${prediction.id}`}
                    data-testid="linked-prediction"
                  >
                    <div className="flex min-w-0 flex-col gap-2">
                      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                        <Link
                          href={`/analysts/${prediction.analyst.slug}`}
                          className="font-medium underline-offset-2 hover:underline"
                        >
                          {prediction.analyst.name}
                        </Link>
                        <StatusBadge outcome={prediction.outcome} />
                        {prediction.outcome === "PARTIAL" && prediction.credit !== null ? (
                          <span className="text-xs text-muted-foreground">
                            credit {formatPercent(prediction.credit)}
                          </span>
                        ) : null}
                        {prediction.negated ? (
                          <Badge variant="outline">
                            <Link2 aria-hidden /> Negated
                          </Badge>
                        ) : null}
                      </div>
                      <p id={`linked-${prediction.id}`} className="leading-snug font-semibold text-balance">
                        <Link
                          href={`/predictions/${prediction.id}`}
                          className="rounded-sm underline-offset-4 hover:text-primary hover:underline"
                        >
                          {prediction.claim}
                        </Link>
                      </p>
                      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted-foreground">
                        <div className="flex gap-1.5">
                          <dt>Made</dt>
                          <dd>
                            <time dateTime={prediction.madeAt.toISOString()}>{formatDay(prediction.madeAt)}</time>
                          </dd>
                        </div>
                        <div className="flex gap-1.5">
                          <dt>In the question&rsquo;s terms</dt>
                          <dd className="font-medium text-foreground" data-testid="question-terms">
                            {questionTerms(prediction.probability, prediction.negated)}
                          </dd>
                        </div>
                        <div className="flex gap-1.5">
                          <dt>Reference then</dt>
                          <dd data-testid="linked-reference">
                            {prediction.reference === null
                              ? "none on or before that day"
                              : formatPercent(prediction.reference)}
                          </dd>
                        </div>
                      </dl>
                    </div>
                    <div className="flex items-baseline gap-2 sm:flex-col sm:items-end sm:gap-1">
                      <p className="text-2xl leading-none font-semibold tabular-nums">
                        <span className="sr-only">For the question: </span>
                        {formatPercent(prediction.questionProbability)}
                      </p>
                      <p className="text-xs text-muted-foreground">for the question</p>
                    </div>
                  </article>
                </li>
              ))}
            </ol>
          )}
        </CardContent>
      </Card>
    </section>
  );
}
