"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { filtersToQueryString, type ListFilters } from "@/lib/list-filters";
import { cn } from "@/lib/utils";
import { PredictionFeed } from "./prediction-feed";
import { PredictionFilters } from "./prediction-filters";

/**
 * The home page's list with its filters. Applying filters navigates to their URL (a history entry,
 * so Back returns to the previous filters); the old list stays, dimmed, until the new one arrives.
 */
export function FilteredPredictions({ filters }: { filters: ListFilters }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const apply = (next: ListFilters) => {
    const query = filtersToQueryString(next);
    if (query === filtersToQueryString(filters)) return;
    startTransition(() => router.push(`/${query}`, { scroll: false }));
  };

  return (
    <>
      <PredictionFilters filters={filters} onApply={apply} pending={pending} />
      <div aria-busy={pending} className={cn("transition-opacity", pending && "opacity-60")}>
        <PredictionFeed scope={filters} />
      </div>
    </>
  );
}
