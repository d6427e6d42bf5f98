import { Skeleton } from "@/components/ui/skeleton";

/**
 * The prediction page while it loads (loading.tsx, and the view before its data). Kept apart from the
 * view (a client module) on purpose: the loading boundary importing it from there put a second copy of the
 * whole view and its forms into the page's first load (14 kB gzipped).
 */
export function PredictionViewSkeleton() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">Loading the prediction…</span>
      <Skeleton className="h-4 w-48" />
      <Skeleton className="h-5 w-20 rounded-full" />
      <Skeleton className="h-9 w-4/5" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Skeleton className="h-56 rounded-xl" />
        <Skeleton className="h-56 rounded-xl" />
      </div>
      <Skeleton className="h-72 rounded-xl" />
    </div>
  );
}
