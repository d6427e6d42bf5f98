"use client";

import type { PredictionDetail } from "@hindsight/domain";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";

/**
 * The prediction page's copy of one prediction. A write answers with the prediction as it now is:
 * store it (the page shows the new version at once) and mark the lists that may show it stale,
 * the due queue and its count included. `reload` fetches the current version after a conflict.
 */
export function usePredictionCache(id: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reloading, setReloading] = useState(false);
  const queryKey = trpc.prediction.byId.queryKey({ id });

  const store = async (detail: PredictionDetail) => {
    queryClient.setQueryData(queryKey, detail);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.prediction.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.prediction.due.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.prediction.dueCount.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.analyst.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.analyst.filterOptions.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.prediction.facets.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.analyst.counts.pathKey() }),
    ]);
  };

  const reload = async () => {
    setReloading(true);
    try {
      await queryClient.refetchQueries({ queryKey });
    } finally {
      setReloading(false);
    }
  };

  return { store, reload, reloading };
}
