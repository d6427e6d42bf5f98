"use client";

import { useQuery } from "@tanstack/react-query";
import { CountLink } from "@/components/header/count-link";
import { useTRPC } from "@/trpc/react";

/**
 * "Due" with the number of predictions awaiting a judgement, for the site header. The count comes
 * from prediction.dueCount; judging invalidates it (see usePredictionCache), so it follows at once.
 */
export function DueCountLink({ className }: { className?: string }) {
  const trpc = useTRPC();
  const count = useQuery(trpc.prediction.dueCount.queryOptions(undefined, { staleTime: 60_000 })).data;
  const rest = !count
    ? "predictions awaiting a judgement"
    : `${count === 1 ? "prediction awaits" : "predictions await"} a judgement`;
  return <CountLink href="/due" label="Due" count={count} rest={rest} testId="due-count" className={className} />;
}
