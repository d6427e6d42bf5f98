"use client";

import type { Role } from "@hindsight/domain";
import { ExternalLink } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { EditorGate } from "@/components/prediction/editor-gate";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDay, formatPercent } from "@/lib/format";
import { isWebUrl } from "@/lib/utils";
import type { QuestionDetail } from "./types";

// The editors' Remove and Add buttons (with their writes) are fetched when drawn for an editor,
// after the page: readers never download them. Until then Remove is not shown and Add says it is
// loading; there is nothing to click yet, so no click is lost.
const RemoveReference = dynamic(() => import("./reference-actions").then((module) => module.RemoveReference), {
  ssr: false,
});
// Shown only after a removal failed: its code comes with the Remove button's.
const WriteErrorAlert = dynamic(() => import("@/components/write-error").then((module) => module.WriteErrorAlert), {
  ssr: false,
});
const AddReference = dynamic(() => import("./reference-actions").then((module) => module.AddReference), {
  ssr: false,
  loading: () => (
    <p role="status" className="text-sm text-muted-foreground">
      Loading…
    </p>
  ),
});

/**
 * What a market, a crowd or a base rate said about the question, by date, oldest first: each
 * linked prediction is measured against the latest one on or before the day it was made. Editors
 * add one (at most one a day) or remove one entered by mistake.
 */
export function QuestionReferences({ question, role }: { question: QuestionDetail; role: Role | null }) {
  const [removeError, setRemoveError] = useState<unknown>(null);
  return (
    <section aria-labelledby="references-title">
      <Card>
        <CardHeader>
          <CardTitle id="references-title">Reference forecasts</CardTitle>
          <CardDescription>
            What a market, a crowd or a base rate said, by date. Each prediction is compared with the latest reference
            on or before the day it was made; each holds until the next.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          {question.references.length === 0 ? (
            <p className="rounded-lg border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">
              No reference forecasts yet.
            </p>
          ) : (
            <div className="relative overflow-x-auto rounded-lg border">
              <table className="w-full text-sm" data-testid="reference-table">
                <caption className="sr-only">Reference forecasts, oldest first</caption>
                <thead className="bg-muted/50 text-xs text-muted-foreground">
                  <tr>
                    <th scope="col" className="px-3 py-2 text-left">
                      Date
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      Probability
                    </th>
                    <th scope="col" className="px-3 py-2 text-left">
                      Source
                    </th>
                    <EditorGate role={role} explain={false}>
                      <th scope="col" className="px-3 py-2 text-right">
                        <span className="sr-only">Actions</span>
                      </th>
                    </EditorGate>
                  </tr>
                </thead>
                <tbody className="divide-y">
                  {question.references.map((reference) => (
                    <tr key={reference.id} data-testid="reference-row">
                      <td className="px-3 py-2 whitespace-nowrap">
                        <time dateTime={reference.asOf.toISOString()}>{formatDay(reference.asOf)}</time>
                      </td>
                      <td className="px-3 py-2 text-right font-medium tabular-nums">
                        {formatPercent(reference.probability)}
                      </td>
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        {isWebUrl(reference.url) ? (
                          <a
                            href={reference.url}
                            target="_blank"
                            rel="noopener noreferrer nofollow"
                            className="inline-flex items-center gap-1 text-primary underline-offset-2 hover:underline"
                          >
                            {reference.source}
                            <ExternalLink aria-hidden className="size-3 shrink-0" />
                            <span className="sr-only">(opens in a new tab)</span>
                          </a>
                        ) : (
                          reference.source
                        )}
                      </th>
                      <EditorGate role={role} explain={false}>
                        <td className="px-3 py-1.5 text-right">
                          <RemoveReference question={question} reference={reference} onError={setRemoveError} />
                        </td>
                      </EditorGate>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {removeError ? <WriteErrorAlert error={removeError} action="The reference was not removed." /> : null}
          <EditorGate role={role} explain={false}>
            <AddReference question={question} />
          </EditorGate>
        </CardContent>
      </Card>
    </section>
  );
}
