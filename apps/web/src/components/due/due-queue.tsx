"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { CircleCheck, Gavel } from "lucide-react";
import Link from "next/link";
import { PredictionListSkeleton } from "@/components/prediction-list/prediction-list-skeleton";
import { PredictionRow } from "@/components/prediction-list/prediction-row";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PagedList } from "@/components/paged-list";
import { useTRPC } from "@/trpc/react";
import { dueInput, getNextDuePage } from "./due-options";

/**
 * Predictions past their deadline with no judgement, the longest overdue first; for editors each
 * one a click from its judging form (`canJudge`, as the server saw who is signed in), for everyone
 * else a list to read.
 */
export function DueQueue({ canJudge }: { canJudge: boolean }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.prediction.due.infiniteQueryOptions(dueInput, { getNextPageParam: getNextDuePage }),
  );

  return (
    <PagedList
      query={query}
      what="The due queue"
      loading={<PredictionListSkeleton />}
      empty={<NothingDue />}
      label="Predictions awaiting a judgement, longest overdue first"
      testId="due-list"
      itemKey={(prediction) => prediction.id}
      renderItem={(prediction) => (
        <PredictionRow
          prediction={prediction}
          actions={
            canJudge ? (
              <Link href={`/predictions/${prediction.id}#judge`} className={buttonVariants({ size: "sm" })}>
                <Gavel aria-hidden /> Judge<span className="sr-only">: {prediction.claim}</span>
              </Link>
            ) : undefined
          }
        />
      )}
      end={(count) => (count === 1 ? "One prediction awaits a judgement." : `All ${count} due predictions shown.`)}
    />
  );
}

function NothingDue() {
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
      Every prediction whose deadline has passed has a judgement. Predictions appear here the day after their deadline.
    </EmptyState>
  );
}
