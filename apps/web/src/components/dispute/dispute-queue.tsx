"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { PagedList } from "@/components/paged-list";
import { PredictionListSkeleton } from "@/components/prediction-list/prediction-list-skeleton";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { useTRPC } from "@/trpc/react";
import { AnswerForm } from "./answer-form";
import { DisputeEntry } from "./dispute-list";
import { disputeQueueInput, getNextDisputePage } from "./dispute-options";

/** The editors' queue: open disputes first, oldest first, each with its prediction and the answer form. */
export function DisputeQueue() {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.dispute.list.infiniteQueryOptions(disputeQueueInput, { getNextPageParam: getNextDisputePage }),
  );
  return (
    <PagedList
      query={query}
      what="The disputes"
      loading={<PredictionListSkeleton />}
      empty={
        <EmptyState
          icon={<CircleCheck aria-hidden className="size-10 text-success" />}
          title="No disputes"
          action={
            <Link href="/" className={buttonVariants({ variant: "outline", className: "mt-2" })}>
              See all predictions
            </Link>
          }
        >
          Nobody has disputed a judgement yet. Disputes are filed from a judged prediction&apos;s page.
        </EmptyState>
      }
      label="Disputes, open ones first"
      testId="dispute-queue"
      itemKey={(dispute) => dispute.id}
      renderItem={(dispute) => (
        <div className="flex flex-col gap-2">
          <p className="text-sm">
            <Link
              href={`/predictions/${dispute.prediction.id}#disputes`}
              className="font-semibold underline-offset-4 hover:text-primary hover:underline"
            >
              {dispute.prediction.claim}
            </Link>
            <span className="text-muted-foreground"> · {dispute.prediction.analyst.name}</span>
          </p>
          <DisputeEntry dispute={dispute}>
            {dispute.filerEmail ? (
              <p className="text-xs text-muted-foreground">
                Filer&apos;s email (editors only): <a href={`mailto:${dispute.filerEmail}`}>{dispute.filerEmail}</a>
              </p>
            ) : null}
            {dispute.status === "OPEN" ? (
              <AnswerForm dispute={dispute} />
            ) : dispute.status === "UPHELD" ? (
              <p className="text-sm">
                <Link
                  href={`/predictions/${dispute.prediction.id}#judge`}
                  className="font-medium text-primary underline-offset-2 hover:underline"
                >
                  Re-judge the prediction
                </Link>
              </p>
            ) : null}
          </DisputeEntry>
        </div>
      )}
      end={(count) => (count === 1 ? "One dispute." : `All ${count} disputes shown.`)}
    />
  );
}
