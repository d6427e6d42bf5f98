import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { LogIn, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { feedAlternates, FeedLinks } from "@/components/feed/feed-links";
import { FollowButton } from "@/components/notification/follow-button";
import { PageHeader } from "@/components/page-header";
import { FilteredPredictions } from "@/components/prediction-list/filtered-predictions";
import { facetsInputFor, getNextPageParam, listInputFor } from "@/components/prediction-list/list-options";
import { buttonVariants } from "@/components/ui/button";
import { signInPath } from "@/lib/safe-next";
import { filtersFromSearchParams, hasFilters, type SearchParamsRecord } from "@/lib/list-filters";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<SearchParamsRecord>;
}): Promise<Metadata> {
  const { analyst, tag } = filtersFromSearchParams(await searchParams);
  return { title: "Predictions", alternates: feedAlternates({ analyst, tag }) };
}

export default async function PredictionsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  // Reading the query string makes the page render per request, never at build time.
  const filters = filtersFromSearchParams(await searchParams);
  const queryClient = getQueryClient();
  // prefetch for the menus (their failure leaves a menu empty, not the page); fetch (not prefetch)
  // for the list, so that its failure reaches error.tsx instead of an empty page.
  const [actor] = await Promise.all([
    currentActor(),
    queryClient.prefetchQuery(trpc.prediction.facets.queryOptions(facetsInputFor(filters))),
    queryClient.fetchInfiniteQuery(
      trpc.prediction.list.infiniteQueryOptions(listInputFor(filters), { getNextPageParam }),
    ),
  ]);

  // Only those who may log are offered the form; a reader is offered to sign in first.
  const logAction =
    actor?.role === "EDITOR" || actor?.role === "ADMIN" ? (
      <Link href="/predictions/new" className={buttonVariants()}>
        <Plus aria-hidden /> Log a prediction
      </Link>
    ) : actor ? null : (
      <Link href={signInPath("/predictions/new")} className={buttonVariants({ variant: "outline" })}>
        <LogIn aria-hidden /> Sign in to log predictions
      </Link>
    );
  // The predictions filtered by a tag are the tag's view: it is followed from here.
  const followAction = filters.tag ? (
    <FollowButton kind="tag" slug={filters.tag} name={filters.tag} signedIn={actor !== null} />
  ) : null;
  const actions =
    logAction || followAction ? (
      <>
        {followAction}
        {logAction}
      </>
    ) : undefined;

  return (
    <>
      <PageHeader
        title="Predictions"
        description={
          hasFilters(filters)
            ? "Predictions matching the filters below, most recently logged first."
            : "Public forecasts by pundits and experts, most recently logged first."
        }
        actions={actions}
      />
      <FeedLinks filter={{ analyst: filters.analyst, tag: filters.tag }} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <FilteredPredictions filters={filters} />
      </HydrationBoundary>
    </>
  );
}
