import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { getNextPageParam, listInput } from "@/components/predictions/list-options";
import { PredictionFeed } from "@/components/predictions/prediction-feed";
import { buttonVariants } from "@/components/ui/button";
import { getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Predictions" };

export default async function PredictionsPage() {
  // The ledger changes with every logged prediction: render per request, never at build time.
  await connection();
  const queryClient = getQueryClient();
  // fetch (not prefetch) so that a failure reaches error.tsx instead of an empty page.
  await queryClient.fetchInfiniteQuery(trpc.prediction.list.infiniteQueryOptions(listInput, { getNextPageParam }));

  return (
    <>
      <PageHeader
        title="Predictions"
        description="Public forecasts by pundits and experts, most recently logged first."
        actions={
          <Link href="/predictions/new" className={buttonVariants()}>
            <Plus aria-hidden /> Log a prediction
          </Link>
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PredictionFeed />
      </HydrationBoundary>
    </>
  );
}
