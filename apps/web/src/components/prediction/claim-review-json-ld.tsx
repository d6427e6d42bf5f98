"use client";

import { claimReviewScriptText, type ClaimReviewMarkup } from "@hindsight/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";

/**
 * The ClaimReview as a JSON-LD data block (never executed, so the page's script policy does not
 * apply). It follows judging on the page: a judgement or reopening marks the query stale
 * (usePredictionCache), and the block is redrawn or removed.
 */
export function ClaimReviewJsonLd({
  id,
  initial,
  nonce,
}: {
  id: string;
  initial: ClaimReviewMarkup | null;
  nonce: string | undefined;
}) {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.claimReview.byPrediction.queryOptions({ id }), initialData: initial });
  if (!data) return null;
  // Escaped so that a claim holding "</script>" cannot end the element (claimReviewScriptText).
  return (
    <script
      type="application/ld+json"
      nonce={nonce}
      dangerouslySetInnerHTML={{ __html: claimReviewScriptText(data) }}
    />
  );
}
