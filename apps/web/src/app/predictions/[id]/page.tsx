import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PredictionView } from "@/components/prediction/prediction-view";
import { isNotFound } from "@/trpc/errors";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

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
  // Whether the forms show depends on who is signed in: known here, so the page is drawn right at once.
  const [actor] = await Promise.all([currentActor(), loadPrediction(id)]);
  return (
    <HydrationBoundary state={dehydrate(getQueryClient())}>
      <PredictionView id={id} role={actor?.role ?? null} />
    </HydrationBoundary>
  );
}
