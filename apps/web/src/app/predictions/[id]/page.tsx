import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimReviewScript } from "@/components/prediction/claim-review-script";
import { parseLoggedFrom } from "@/components/prediction/logged-from";
import { LoggedNotice } from "@/components/prediction/logged-notice-lazy";
import { PredictionView } from "@/components/prediction/prediction-view";
import { sharePaths } from "@/lib/share/share-urls";
import { oembedTypes, predictionShareTags } from "@/server/share/page-metadata";
import { isNotFound } from "@/trpc/errors";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

interface Props {
  params: Promise<{ id: string }>;
  /** `logged` (form or article) when the editor was sent here right after logging this prediction. */
  searchParams?: Promise<{ logged?: string | string[] }>;
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
  return {
    title: prediction.claim,
    description: `${prediction.analyst.name}: ${prediction.claim}`,
    ...predictionShareTags(prediction),
    alternates: { types: oembedTypes(sharePaths.prediction(prediction.id)) },
  };
}

export default async function PredictionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const loggedFrom = parseLoggedFrom((await searchParams)?.logged);
  // Whether the forms show depends on who is signed in: known here, so the page is drawn right at once.
  const [actor] = await Promise.all([
    currentActor(),
    loadPrediction(id),
    // The disputes are drawn with the page (public, and not worth a second round trip).
    getQueryClient().prefetchQuery(trpc.dispute.forPrediction.queryOptions({ predictionId: id })),
  ]);
  return (
    <HydrationBoundary state={dehydrate(getQueryClient())}>
      {loggedFrom && actor ? <LoggedNotice from={loggedFrom} /> : null}
      <PredictionView id={id} role={actor?.role ?? null} />
      <ClaimReviewScript id={id} />
    </HydrationBoundary>
  );
}
