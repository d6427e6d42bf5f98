"use client";

import { useDetailCache } from "@/lib/use-detail-cache";
import { useTRPC } from "@/trpc/react";
import type { QuestionDetail } from "./types";

/**
 * The question page's copy of one question (see useDetailCache): a write marks stale the lists of
 * questions and every prediction view (judging a question judges its linked predictions; the due
 * queue, its count, the analysts' counts and the scoreboard follow).
 */
export function useQuestionCache(key: string) {
  const trpc = useTRPC();
  return useDetailCache<QuestionDetail>(trpc.question.byKey.queryKey({ key }), () => [
    trpc.question.list.pathKey(),
    trpc.question.suggest.pathKey(),
    trpc.prediction.pathKey(),
    trpc.analyst.pathKey(),
    trpc.scoreboard.pathKey(),
  ]);
}
