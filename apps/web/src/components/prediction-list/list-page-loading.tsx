import { PredictionListSkeleton } from "@/components/prediction-list/prediction-list-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

/** The loading state of every page that is a heading over a list of predictions. */
export function ListPageLoading() {
  return (
    <>
      <div className="mb-8 flex flex-col gap-2">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <PredictionListSkeleton />
    </>
  );
}
