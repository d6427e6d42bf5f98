"use client";

import { useQuery } from "@tanstack/react-query";
import { MessageSquareWarning } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";

/**
 * "Disputes" with the number of disputes awaiting an answer, for editors' headers (beside Due).
 * `compact` (the wide header, where an admin's row is full): an icon named for screen readers and
 * on hover, like the editors' other actions. Filing and answering invalidate dispute.openCount.
 */
export function DisputesCountLink({ className, compact = false }: { className?: string; compact?: boolean }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const count = useQuery(trpc.dispute.openCount.queryOptions(undefined, { staleTime: 60_000 }));
  const current = pathname === "/disputes";
  const rest =
    count.data === undefined || count.data === 0
      ? "no dispute awaits an answer"
      : `${count.data === 1 ? "dispute awaits" : "disputes await"} an answer`;
  return (
    <Link
      href="/disputes"
      aria-current={current ? "page" : undefined}
      data-testid="disputes-count-link"
      title={compact ? "Disputes" : undefined}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-md py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
        compact ? "px-2" : "px-2.5 sm:px-3",
        current && "bg-accent text-accent-foreground",
        className,
      )}
    >
      {compact ? (
        <>
          <span className="sr-only">Disputes</span>
          <MessageSquareWarning aria-hidden className="size-4" />
        </>
      ) : (
        "Disputes"
      )}
      {count.data ? (
        <span
          className="min-w-5 rounded-full bg-warning px-1.5 py-px text-center text-xs leading-4 font-semibold text-background tabular-nums"
          data-testid="disputes-count"
        >
          {count.data > 99 ? "99+" : count.data}
        </span>
      ) : null}
      <span className="sr-only">
        {count.data && count.data > 99 ? ` (${count.data})` : ""} {rest}
      </span>
    </Link>
  );
}
