"use client";

import type { Role } from "@hindsight/domain";
import { useQuery } from "@tanstack/react-query";
import { LogIn, ShieldAlert } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { signInPath } from "@/lib/safe-next";
import { useTRPC } from "@/trpc/react";

/**
 * Shows the judging and edit forms to editors, and to everyone while it is not known who is
 * signed in (the server has the last word: a refused write says why). Anonymous readers get a way
 * to sign in and come back here; signed-in viewers are told what they lack. The message stands
 * where the judging form would (at #judge, the due queue's link).
 */
export function EditorGate({
  role: serverRole,
  explain = true,
  readerNote = "Editors judge predictions and correct their records. Sign in to judge or edit this one.",
  viewerNote = "You are signed in as a viewer: judging and editing need the editor role. Ask an admin for it.",
  children,
}: {
  /** Who the server rendered the page for, used until the browser knows better (after a sign-out). */
  role: Role | null;
  explain?: boolean;
  /** What editors do here, for anonymous readers (the page's own words: a question's page has other forms). */
  readerNote?: ReactNode;
  viewerNote?: ReactNode;
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const me = useQuery(trpc.user.me.queryOptions());
  // Until the browser has asked, the server's answer: the page hydrates as it was drawn.
  const role = me.isSuccess ? (me.data?.role ?? null) : me.isError ? "UNKNOWN" : serverRole;
  // Said once per page: a second gate (the edit form's) stays silent.
  if (!explain && (role === null || role === "VIEWER")) return null;

  if (role === null) {
    return (
      <section id="judge" aria-label="Judging and editing" className="scroll-mt-20">
        <Card>
          <CardContent className="flex flex-col items-start gap-3 text-sm sm:flex-row sm:items-center sm:justify-between">
            <p className="text-muted-foreground">{readerNote}</p>
            <Link href={signInPath(`${pathname}#judge`)} className={buttonVariants({ variant: "outline" })}>
              <LogIn aria-hidden /> Sign in to judge
            </Link>
          </CardContent>
        </Card>
      </section>
    );
  }
  if (role === "VIEWER") {
    return (
      <section id="judge" aria-label="Judging and editing" className="scroll-mt-20">
        <Card>
          <CardContent className="flex items-start gap-3 text-sm">
            <ShieldAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
            <p className="text-muted-foreground">{viewerNote}</p>
          </CardContent>
        </Card>
      </section>
    );
  }
  return <>{children}</>;
}
