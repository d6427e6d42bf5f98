"use client";

import type { ReactNode } from "react";
import { LoaderCircle, RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: { message: string } | null;
  fetchNextPage: () => Promise<unknown>;
}

/** The foot of a cursor-paginated list: "Load more" (with its error), or what to say at the end. */
export function LoadMore({ query, end }: { query: PagedQuery; end: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-2" aria-live="polite">
      {query.isFetchNextPageError ? (
        <p role="alert" className="text-sm text-destructive">
          The next page could not be loaded: {query.error?.message}
        </p>
      ) : null}
      {query.hasNextPage ? (
        <Button variant="outline" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
          {query.isFetchingNextPage ? "Loading…" : query.isFetchNextPageError ? "Try again" : "Load more"}
        </Button>
      ) : (
        <p className="text-sm text-muted-foreground">{end}</p>
      )}
    </div>
  );
}

/** A list that could not be loaded at all: what failed, why, and a way to try again. */
export function ListLoadError({ what, message, onRetry }: { what: string; message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="rounded-xl border border-destructive/30 bg-destructive/5 p-6 text-sm">
      <p className="font-medium">{what} could not be loaded.</p>
      <p className="mt-1 text-muted-foreground">{message}</p>
      <Button variant="outline" size="sm" className="mt-4" onClick={onRetry}>
        <RotateCcw aria-hidden /> Try again
      </Button>
    </div>
  );
}
