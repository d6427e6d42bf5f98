import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder rows with the shape of the real ones, while the ledger loads. */
export function PredictionListSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-4">
      <span className="sr-only">Loading predictions…</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="grid gap-4 rounded-xl border bg-card p-5 sm:grid-cols-[1fr_auto] sm:gap-6">
          <div className="flex flex-col gap-3">
            <div className="flex gap-3">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-4 w-14 rounded-full" />
            </div>
            <Skeleton className="h-5 w-4/5" />
            <Skeleton className="h-4 w-3/5" />
            <div className="flex flex-wrap gap-4">
              <Skeleton className="h-3 w-40" />
              <Skeleton className="h-3 w-24" />
              <Skeleton className="h-3 w-28" />
            </div>
          </div>
          <div className="flex items-center gap-3 sm:flex-col sm:items-end sm:gap-2">
            <Skeleton className="h-7 w-16" />
            <Skeleton className="h-1.5 w-24" />
          </div>
        </div>
      ))}
    </div>
  );
}
