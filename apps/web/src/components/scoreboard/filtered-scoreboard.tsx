"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { scoreboardQueryString, withSort, type ScoreboardFilters } from "@/lib/scoreboard-filters";
import { cn } from "@/lib/utils";
import { Scoreboard } from "./scoreboard";
import { ScoreboardFilterBar } from "./scoreboard-filters";

/**
 * The scoreboard page's body. Filtering and sorting navigate to the new URL (a history entry, so
 * Back returns to the previous scoreboard); the old table stays, dimmed, until the new one arrives.
 */
export function FilteredScoreboard({ filters }: { filters: ScoreboardFilters }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = (next: ScoreboardFilters) => {
    const query = scoreboardQueryString(next);
    if (query === scoreboardQueryString(filters)) return;
    startTransition(() => router.push(`/scoreboard${query}`, { scroll: false }));
  };

  return (
    <>
      <ScoreboardFilterBar filters={filters} onApply={navigate} pending={pending} />
      <div aria-busy={pending} className={cn("transition-opacity", pending && "opacity-60")}>
        <Scoreboard filters={filters} onSort={(column) => navigate(withSort(filters, column))} />
      </div>
    </>
  );
}
