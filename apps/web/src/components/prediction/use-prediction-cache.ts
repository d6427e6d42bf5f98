"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { useDetailCache } from "@/lib/use-detail-cache";
import { useTRPC } from "@/trpc/react";

/**
 * The prediction page's copy of one prediction (see useDetailCache): a write marks stale the lists
 * that may show it, the due queue and its count, the analysts' counts and the filter menus' counts.
 */
export function usePredictionCache(id: string) {
  const trpc = useTRPC();
  return useDetailCache<PredictionDetail>(trpc.prediction.byId.queryKey({ id }), () => [
    trpc.prediction.list.pathKey(),
    trpc.prediction.due.pathKey(),
    trpc.prediction.dueCount.queryKey(),
    trpc.analyst.list.queryKey(),
    trpc.analyst.filterOptions.queryKey(),
    trpc.prediction.facets.pathKey(),
    trpc.analyst.counts.pathKey(),
    trpc.claimReview.byPrediction.queryKey({ id }),
  ]);
}
