"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/trpc/react";
import type { QuestionDetail } from "./types";

/**
 * The question page's copy of one question. A write answers with the question as it now is: store
 * it (the page shows the new version at once) and mark stale what it may have changed: the lists of
 * questions, and every prediction view (judging a question judges its linked predictions; the due
 * queue, its count, the analysts' counts and the scoreboard follow). `reload` fetches the current
 * version after a conflict.
 */
export function useQuestionCache(key: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reloading, setReloading] = useState(false);
  const queryKey = trpc.question.byKey.queryKey({ key });

  const store = async (detail: QuestionDetail) => {
    queryClient.setQueryData(queryKey, detail);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.question.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.question.suggest.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.prediction.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.analyst.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.scoreboard.pathKey() }),
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
