import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PredictionView } from "@/components/prediction/prediction-view";
import { isNotFound } from "@/trpc/errors";
import { getQueryClient, trpc } from "@/trpc/server";

interface Props {
  params: Promise<{ id: string }>;
}

/** The prediction, fetched once per request (metadata and page share the request's query client). */
async function loadPrediction(id: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.prediction.byId.queryOptions({ id }));
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const prediction = await loadPrediction((await params).id);
  return { title: prediction.claim, description: `${prediction.analyst.name}: ${prediction.claim}` };
}

export default async function PredictionPage({ params }: Props) {
  const { id } = await params;
  // Who is signed in decides whether the forms show: known before the page is drawn, no flash.
  await Promise.all([loadPrediction(id), getQueryClient().prefetchQuery(trpc.user.me.queryOptions())]);
  return (
    <HydrationBoundary state={dehydrate(getQueryClient())}>
      <PredictionView id={id} />
    </HydrationBoundary>
  );
}
