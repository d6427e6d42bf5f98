"use client";

import { CircleCheck, FilePlus, Newspaper } from "lucide-react";
import Link from "next/link";
import type { RefObject } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { formatDay, formatPercent } from "@/lib/format";
import type { AppRouter } from "@hindsight/api";
import type { inferRouterOutputs } from "@trpc/server";

export type ArticleLogResult = inferRouterOutputs<AppRouter>["extract"]["log"];

/** What was logged: a link to each prediction and to the source, and a way to start on another article. */
export function ArticleLogged({
  result,
  headingRef,
  onStartAgain,
}: {
  result: ArticleLogResult;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStartAgain: () => void;
}) {
  const count = result.predictions.length;
  return (
    <Card data-testid="article-logged">
      <CardHeader>
        <h2
          ref={headingRef}
          tabIndex={-1}
          className="flex items-center gap-2 text-base leading-tight font-semibold focus-visible:outline-none"
        >
          <CircleCheck aria-hidden className="size-4 text-success" />
          Logged {count} prediction{count === 1 ? "" : "s"}
        </h2>
        <CardDescription className="flex flex-wrap items-center gap-1.5">
          <Newspaper aria-hidden className="size-4 shrink-0" />
          {result.source.created ? "New source:" : "Filed under the source already in the ledger:"}{" "}
          <Link
            href={`/sources/${result.source.id}`}
            className="font-medium text-primary underline-offset-4 hover:underline"
          >
            {result.source.title}
          </Link>
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        <ol className="flex flex-col divide-y rounded-lg border" aria-label="Logged predictions">
          {result.predictions.map((prediction) => (
            <li key={prediction.id} className="flex flex-col gap-0.5 px-4 py-3 text-sm">
              <Link href={`/predictions/${prediction.id}`} className="font-medium underline-offset-4 hover:underline">
                {prediction.claim}
              </Link>
              <span className="text-muted-foreground">
                {prediction.analyst.name}, {formatPercent(prediction.probability)}
                {prediction.resolveBy ? `, by ${formatDay(prediction.resolveBy)}` : ""}
              </span>
            </li>
          ))}
        </ol>
        <div>
          <Button variant="outline" onClick={onStartAgain}>
            <FilePlus aria-hidden /> Add another article
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
