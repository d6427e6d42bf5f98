"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";

/**
 * "Due" with the number of predictions awaiting a judgement, for the site header. The count comes
 * from prediction.dueCount; judging invalidates it (see usePredictionCache), so it follows at once.
 */
export function DueCountLink({ className }: { className?: string }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const count = useQuery(trpc.prediction.dueCount.queryOptions(undefined, { staleTime: 60_000 }));
  const current = pathname === "/due";
  // Read out as "Due 3 predictions await a judgement": the name starts with what is seen (WCAG 2.5.3).
  const rest =
    count.data === undefined || count.data === 0
      ? "predictions awaiting a judgement"
      : `${count.data === 1 ? "prediction awaits" : "predictions await"} a judgement`;

  return (
    <Link
      href="/due"
      aria-current={current ? "page" : undefined}
      data-testid="due-count-link"
      className={cn(
        "inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground sm:px-3",
        current && "bg-accent text-accent-foreground",
        className,
      )}
    >
      Due
      {count.data ? (
        <span
          className="min-w-5 rounded-full bg-warning px-1.5 py-px text-center text-xs leading-4 font-semibold text-background tabular-nums"
          data-testid="due-count"
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
