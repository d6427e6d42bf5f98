import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder rows with the shape of the real ones, while the questions load. */
export function QuestionListSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-4">
      <span className="sr-only">Loading questions…</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="grid gap-4 rounded-xl border bg-card p-5 sm:grid-cols-[1fr_auto] sm:gap-6">
          <div className="flex flex-col gap-3">
            <Skeleton className="h-4 w-16 rounded-full" />
            <Skeleton className="h-5 w-4/5" />
            <div className="flex flex-wrap gap-4">
              <Skeleton className="h-3 w-32" />
              <Skeleton className="h-3 w-24" />
            </div>
          </div>
          <div className="flex items-center gap-3 sm:flex-col sm:items-end sm:gap-2">
            <Skeleton className="h-7 w-10" />
            <Skeleton className="h-3 w-16" />
          </div>
        </div>
      ))}
    </div>
  );
}

/** The loading state of /questions: the heading, the filter bar and rows. */
export function QuestionsPageLoading() {
  return (
    <>
      <div className="mb-8 flex flex-col gap-2">
        <Skeleton className="h-8 w-40" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      <Skeleton className="mb-6 h-32 rounded-xl" />
      <QuestionListSkeleton />
    </>
  );
}
