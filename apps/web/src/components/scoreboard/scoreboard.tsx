"use client";

import type { ScoreboardSort } from "@hindsight/domain";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Gavel, SearchX, Trophy } from "lucide-react";
import Link from "next/link";
import { ListLoadError, LoadMore } from "@/components/predictions/load-more";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { countOf, formatScore } from "@/lib/score-format";
import {
  currentOrder,
  DEFAULT_MIN_SCORED,
  orderOf,
  scoreboardQueryString,
  type ScoreboardFilters,
} from "@/lib/scoreboard-filters";
import { useTRPC } from "@/trpc/react";
import { ScoreboardTableSkeleton } from "./scoreboard-loading";
import { scoreboardFilterWords } from "./filter-words";
import { getNextScoreboardPage, scoreboardFilterOptionsInput, scoreboardInputFor } from "./scoreboard-options";
import { ScoreboardTable } from "./scoreboard-table";

/**
 * The scoreboard for the URL's filters: who was scored and how, ranked analysts first. The first
 * page arrives hydrated from the server; "Load more" pages on with the cursor.
 */
export function Scoreboard({
  filters,
  onSort,
}: {
  filters: ScoreboardFilters;
  onSort: (column: ScoreboardSort) => void;
}) {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.scoreboard.page.infiniteQueryOptions(scoreboardInputFor(filters), {
      getNextPageParam: getNextScoreboardPage,
    }),
  );
  // The filter menus' choices (already loaded for the filter bar), for the tag's and outlet's names.
  const options = useQuery(
    trpc.scoreboard.filters.queryOptions(scoreboardFilterOptionsInput(filters), { staleTime: 60_000 }),
  );
  const filterWords = scoreboardFilterWords(filters, {
    tag: options.data?.tags.find((tag) => tag.slug === filters.tag)?.name,
    outlet: options.data?.outlets.find((outlet) => outlet.key === filters.outlet?.toLowerCase())?.name,
  });

  if (query.isPending) return <ScoreboardTableSkeleton />;
  if (query.isError && !query.data) {
    return <ListLoadError what="The scoreboard" message={query.error.message} onRetry={() => void query.refetch()} />;
  }

  const [first] = query.data.pages;
  const lines = query.data.pages.flatMap((page) => page.items);
  if (!first || first.population.scored === 0) {
    return filterWords ? <NoMatch filters={filters} /> : <NothingScored />;
  }

  const { population, ranked, total } = first;
  const minScored = filters.minScored ?? DEFAULT_MIN_SCORED;
  const { sort, dir } = currentOrder(filters);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted-foreground" data-testid="population">
        <span className="font-medium text-foreground">{countOf(population.scored, "scored prediction")}</span> by{" "}
        {countOf(population.analysts, "analyst")}
        {filterWords ? <span data-testid="filter-words">, of the predictions {filterWords}</span> : null}; together
        their Brier score is{" "}
        <span className="font-medium text-foreground tabular-nums" data-testid="population-brier">
          {formatScore(population.brier)}
        </span>
        . {ranked === total ? `All ${countOf(total, "analyst")} are ranked` : `${ranked} of ${total} ranked`} (at least{" "}
        {minScored} scored).
      </p>
      <ScoreboardTable
        lines={lines}
        minScored={minScored}
        ranked={ranked}
        sort={sort}
        dir={dir}
        onSort={onSort}
        filterWords={filterWords}
      />
      <LoadMore query={query} end={total === 1 ? "That is the only analyst." : `All ${total} analysts shown.`} />
    </div>
  );
}

function NoMatch({ filters }: { filters: ScoreboardFilters }) {
  return (
    <EmptyState
      icon={<SearchX aria-hidden className="size-10 text-muted-foreground" />}
      title="Nothing scored matches these filters"
      testId="no-match"
      action={
        <Link
          href={`/scoreboard${scoreboardQueryString(orderOf(filters))}`}
          className={buttonVariants({ variant: "outline", className: "mt-2" })}
        >
          Clear filters
        </Link>
      }
    >
      No prediction with this tag, outlet and period has been judged true, false or partly true yet. Try another tag or
      a wider period.
    </EmptyState>
  );
}

function NothingScored() {
  return (
    <EmptyState
      icon={<Trophy aria-hidden className="size-10 text-muted-foreground" />}
      title="Nothing is scored yet"
      testId="nothing-scored"
      action={
        <Link href="/due" className={buttonVariants({ className: "mt-2" })}>
          <Gavel aria-hidden /> Predictions due for judgement
        </Link>
      }
    >
      The scoreboard ranks analysts once their predictions are judged true, false or partly true. Judge the predictions
      whose deadline has passed to start it.
    </EmptyState>
  );
}
