import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder rows with the shape of the scoreboard table, while it loads. */
export function ScoreboardTableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="overflow-hidden rounded-xl border bg-card shadow-xs">
      <span className="sr-only">Loading the scoreboard…</span>
      <div className="flex gap-6 border-b bg-muted/50 px-4 py-3">
        {Array.from({ length: 10 }, (_, index) => (
          <Skeleton key={index} className="h-3 w-12" />
        ))}
      </div>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="flex items-center gap-6 border-b px-4 py-3 last:border-b-0">
          <Skeleton className="h-4 w-6" />
          <Skeleton className="h-4 w-40" />
          <div className="ml-auto flex gap-6">
            <Skeleton className="h-4 w-8" />
            <Skeleton className="h-4 w-12" />
            <Skeleton className="h-4 w-12" />
            <Skeleton className="h-4 w-10" />
            <Skeleton className="h-4 w-12" />
            <Skeleton className="hidden h-4 w-12 sm:block" />
            <Skeleton className="hidden h-4 w-12 sm:block" />
            <Skeleton className="hidden h-4 w-8 sm:block" />
          </div>
        </div>
      ))}
    </div>
  );
}

/** The scoreboard page while it loads: its heading, the filters' box and the table's shape. */
export function ScoreboardPageLoading() {
  return (
    <>
      <div className="mb-8 flex flex-col gap-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <Skeleton className="mb-6 h-32 w-full rounded-xl" />
      <ScoreboardTableSkeleton />
    </>
  );
}
