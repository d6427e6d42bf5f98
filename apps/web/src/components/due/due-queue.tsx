"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { CircleCheck, Gavel } from "lucide-react";
import Link from "next/link";
import { PredictionListSkeleton } from "@/components/predictions/prediction-list-skeleton";
import { PredictionRow } from "@/components/predictions/prediction-row";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ListIconSprite } from "@/components/ui/sprite-icon";
import { ListLoadError, LoadMore } from "@/components/predictions/load-more";
import { useTRPC } from "@/trpc/react";
import { dueInput, getNextDuePage } from "./due-options";

/** Predictions past their deadline with no judgement, the longest overdue first; each one a click from its judging form. */
export function DueQueue() {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.prediction.due.infiniteQueryOptions(dueInput, { getNextPageParam: getNextDuePage }),
  );

  if (query.isPending) return <PredictionListSkeleton />;
  if (query.isError && !query.data) {
    return <ListLoadError what="The due queue" message={query.error.message} onRetry={() => void query.refetch()} />;
  }

  const predictions = query.data.pages.flatMap((page) => page.items);
  if (predictions.length === 0) {
    return (
      <EmptyState
        icon={<CircleCheck aria-hidden className="size-10 text-success" />}
        title="Nothing is due"
        action={
          <Link href="/" className={buttonVariants({ variant: "outline", className: "mt-2" })}>
            See all predictions
          </Link>
        }
      >
        Every prediction whose deadline has passed has a judgement. Predictions appear here the day after their
        deadline.
      </EmptyState>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <ListIconSprite />
      <ol
        aria-label="Predictions awaiting a judgement, longest overdue first"
        className="flex flex-col gap-4"
        data-testid="due-list"
      >
        {predictions.map((prediction) => (
          <li key={prediction.id}>
            <PredictionRow
              prediction={prediction}
              actions={
                <Link href={`/predictions/${prediction.id}#judge`} className={buttonVariants({ size: "sm" })}>
                  <Gavel aria-hidden /> Judge<span className="sr-only">: {prediction.claim}</span>
                </Link>
              }
            />
          </li>
        ))}
      </ol>
      <LoadMore
        query={query}
        end={
          predictions.length === 1
            ? "One prediction awaits a judgement."
            : `All ${predictions.length} due predictions shown.`
        }
      />
    </div>
  );
}
