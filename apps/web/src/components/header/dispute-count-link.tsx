"use client";

import { useQuery } from "@tanstack/react-query";
import { MessageSquareWarning } from "lucide-react";
import { CountLink } from "@/components/header/count-link";
import { useTRPC } from "@/trpc/react";

/**
 * "Disputes" with the number of disputes awaiting an answer, for editors' headers (beside Due).
 * `compact` (the wide header, where an admin's row is full): an icon named for screen readers and
 * on hover, like the editors' other actions. Filing and answering invalidate dispute.openCount.
 */
export function DisputeCountLink({ className, compact = false }: { className?: string; compact?: boolean }) {
  const trpc = useTRPC();
  const count = useQuery(trpc.dispute.openCount.queryOptions(undefined, { staleTime: 60_000 })).data;
  const rest = !count
    ? "no dispute awaits an answer"
    : `${count === 1 ? "dispute awaits" : "disputes await"} an answer`;
  const label = compact ? (
    <>
      <span className="sr-only">Disputes</span>
      <MessageSquareWarning aria-hidden className="size-4" />
    </>
  ) : (
    "Disputes"
  );
  return (
    <CountLink
      href="/disputes"
      label={label}
      count={count}
      rest={rest}
      testId="disputes-count"
      title={compact ? "Disputes" : undefined}
      compact={compact}
      className={className}
    />
  );
}
