import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { FilteredScoreboard } from "@/components/scoreboard/filtered-scoreboard";
import { MetricGuide } from "@/components/scoreboard/metric-guide";
import {
  getNextScoreboardPage,
  scoreboardFilterOptionsInput,
  scoreboardInputFor,
} from "@/components/scoreboard/scoreboard-options";
import type { SearchParamsRecord } from "@/lib/list-filters";
import { scoreboardFiltersFromSearchParams } from "@/lib/scoreboard-filters";
import { scoreboardShareTags } from "@/server/share/page-metadata";
import { getQueryClient, trpc } from "@/trpc/server";

// A function, not a constant: the share tags' addresses come from HINDSIGHT_BASE_URL, known when the server starts.
export function generateMetadata(): Metadata {
  return { title: "Scoreboard", ...scoreboardShareTags() };
}

export default async function ScoreboardPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  // Reading the query string makes the page render per request, never at build time.
  const filters = scoreboardFiltersFromSearchParams(await searchParams);
  const queryClient = getQueryClient();
  // prefetch for the menus (their failure leaves a menu empty, not the page); fetch (not prefetch)
  // for the table, so that its failure reaches error.tsx instead of an empty page.
  await Promise.all([
    queryClient.prefetchQuery(trpc.scoreboard.filters.queryOptions(scoreboardFilterOptionsInput(filters))),
    queryClient.fetchInfiniteQuery(
      trpc.scoreboard.page.infiniteQueryOptions(scoreboardInputFor(filters), {
        getNextPageParam: getNextScoreboardPage,
      }),
    ),
  ]);

  return (
    <>
      <PageHeader
        title="Scoreboard"
        description="Analysts ranked by how well their judged predictions turned out: Brier score, adjusted so that a few lucky calls cannot top the table, and compared fairly: against what the market or the base rate said at the time, and against each other on the same questions."
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <FilteredScoreboard filters={filters} />
      </HydrationBoundary>
      <MetricGuide />
    </>
  );
}
