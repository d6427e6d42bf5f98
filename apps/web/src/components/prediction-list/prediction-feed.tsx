"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Inbox, Plus, SearchX } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PagedList } from "@/components/paged-list";
import { hasFilters } from "@/lib/list-filters";
import { useTRPC } from "@/trpc/react";
import { getNextPageParam, listInputFor, type ListScope } from "./list-options";
import { PredictionListSkeleton } from "./prediction-list-skeleton";
import { PredictionRow } from "./prediction-row";

/**
 * Predictions, newest first, filtered by `scope` (the URL's filters, an analyst, a source). The
 * first page arrives hydrated from the server; "Load more" pages on with the cursor. `empty`
 * replaces the default empty state (the whole ledger empty, or nothing matching the filters).
 */
export function PredictionFeed({ scope = {}, empty }: { scope?: ListScope; empty?: ReactNode }) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(trpc.prediction.list.infiniteQueryOptions(listInputFor(scope), { getNextPageParam }));
  const filtered = hasFilters(scope) || Boolean(scope.sourceId);

  return (
    <PagedList
      query={query}
      what="The predictions"
      loading={<PredictionListSkeleton />}
      empty={empty ?? (hasFilters(scope) ? <NoMatch /> : <EmptyLedger />)}
      label={filtered ? "Matching predictions, most recently logged first" : "Predictions, most recently logged first"}
      testId="prediction-list"
      itemKey={(prediction) => prediction.id}
      renderItem={(prediction) => <PredictionRow prediction={prediction} />}
      end={(count) =>
        count === 1
          ? filtered
            ? "That is the only matching prediction."
            : "That is the only prediction so far."
          : `All ${count} ${filtered ? "matching " : ""}predictions shown.`
      }
    />
  );
}

function NoMatch() {
  return (
    <EmptyState
      icon={<SearchX aria-hidden className="size-10 text-muted-foreground" />}
      title="No prediction matches these filters"
      testId="no-match"
      action={
        <Link href="/" className={buttonVariants({ variant: "outline", className: "mt-2" })}>
          Clear filters
        </Link>
      }
    >
      Try fewer filters, another spelling, or a wider date range.
    </EmptyState>
  );
}

function EmptyLedger() {
  return (
    <EmptyState
      icon={<Inbox aria-hidden className="size-10 text-muted-foreground" />}
      title="No predictions yet"
      action={
        <Link href="/predictions/new" className={buttonVariants({ className: "mt-2" })}>
          <Plus aria-hidden /> Log a prediction
        </Link>
      }
    >
      Log a forecast from an article: who made it, where, the exact quote and the probability it implied.
    </EmptyState>
  );
}
