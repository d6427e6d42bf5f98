import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { connection } from "next/server";
import { dueInput, getNextDuePage } from "@/components/due/due-options";
import { DueQueue } from "@/components/due/due-queue";
import { PageHeader } from "@/components/page-header";
import { getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Due for judgement" };

export default async function DuePage() {
  // "Due" depends on today's date: render per request.
  await connection();
  const queryClient = getQueryClient();
  await queryClient.fetchInfiniteQuery(
    trpc.prediction.due.infiniteQueryOptions(dueInput, { getNextPageParam: getNextDuePage }),
  );
  return (
    <>
      <PageHeader
        title="Due for judgement"
        description="Predictions whose deadline has passed and that have no outcome yet, the longest overdue first."
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <DueQueue />
      </HydrationBoundary>
    </>
  );
}
