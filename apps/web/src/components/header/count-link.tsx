"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

interface CountLinkProps {
  href: string;
  /** What is seen: the word, or an icon with its name for screen readers. */
  label: ReactNode;
  /** The number waiting; undefined while it loads. No badge for none. */
  count: number | undefined;
  /** What the count is, read after it: "predictions await a judgement". */
  rest: string;
  testId: string;
  title?: string;
  compact?: boolean;
  className?: string;
}

/**
 * A header link with the number of things waiting behind it (the due queue, the open disputes): a
 * badge up to 99 ("99+" beyond, the number then said to screen readers), the page's own link marked
 * current. Read out as "Due 3 predictions await a judgement": the name starts with what is seen
 * (WCAG 2.5.3).
 */
export function CountLink({ href, label, count, rest, testId, title, compact = false, className }: CountLinkProps) {
  const current = usePathname() === href;
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      data-testid={`${testId}-link`}
      title={title}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-md py-1.5 text-sm font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
        compact ? "px-2" : "px-2.5 sm:px-3",
        current && "bg-accent text-accent-foreground",
        className,
      )}
    >
      {label}
      {count ? (
        <span
          className="min-w-5 rounded-full bg-warning px-1.5 py-px text-center text-xs leading-4 font-semibold text-background tabular-nums"
          data-testid={testId}
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
      <span className="sr-only">
        {count && count > 99 ? ` (${count})` : ""} {rest}
      </span>
    </Link>
  );
}
