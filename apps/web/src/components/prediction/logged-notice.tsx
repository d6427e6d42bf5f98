"use client";

import { CircleCheck, FilePlus, FileSearch, List, Plus } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { buttonVariants } from "@/components/ui/button";
import type { LoggedFrom } from "./logged-from";

/**
 * Said once, at the top of a prediction's page the editor was sent to after logging it: that it is
 * logged, and the way on (log another, or back to the list). The `?logged=` that asked for it is
 * dropped from the address, so that a reload or a shared link does not say it again.
 */
export function LoggedNotice({ from }: { from: LoggedFrom }) {
  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.delete("logged");
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`);
  }, []);
  const another =
    from === "article" ? (
      <Link href="/predictions/from-article" className={buttonVariants({ size: "sm" })}>
        <FileSearch aria-hidden /> Add another article
      </Link>
    ) : (
      <Link href="/predictions/new" className={buttonVariants({ size: "sm" })}>
        <Plus aria-hidden /> Log another
      </Link>
    );
  return (
    <div
      role="status"
      data-testid="logged-notice"
      className="mb-6 flex flex-col gap-3 rounded-lg border border-success/30 bg-success/5 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between"
    >
      <p className="flex items-start gap-2">
        <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0 text-success" />
        <span>
          {from === "article"
            ? "Logged: the article held this one prediction. Here is its page."
            : "Logged. This is the new prediction's page: judge it here when its deadline comes."}
        </span>
      </p>
      <div className="flex shrink-0 flex-wrap gap-2">
        {another}
        {from === "article" ? (
          <Link href="/predictions/new" className={buttonVariants({ variant: "outline", size: "sm" })}>
            <FilePlus aria-hidden /> Log one by hand
          </Link>
        ) : null}
        <Link href="/" className={buttonVariants({ variant: "ghost", size: "sm" })}>
          <List aria-hidden /> All predictions
        </Link>
      </div>
    </div>
  );
}
