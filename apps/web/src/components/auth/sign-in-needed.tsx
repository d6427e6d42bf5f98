import { ChartColumn, Download, List, LogIn, UsersRound } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { signInPath } from "@/lib/safe-next";

/** What anyone may do without an account: offered beside a page they may not use. */
export const readerPlaces = [
  { href: "/", label: "Browse the predictions", icon: List },
  { href: "/scoreboard", label: "Read the scoreboard", icon: ChartColumn },
  { href: "/analysts", label: "See each analyst's record", icon: UsersRound },
  { href: "/export", label: "Download the ledger", icon: Download },
] as const;

/** The reader's links, for the notices shown instead of an editor's form. */
export function ReaderPlaces() {
  return (
    <nav aria-label="What you can do" className="w-full">
      <p className="mb-2 text-sm font-medium">Without signing in you can</p>
      <ul className="grid gap-1 text-sm sm:grid-cols-2">
        {readerPlaces.map(({ href, label, icon: Icon }) => (
          <li key={href}>
            <Link
              href={href}
              className="flex items-center gap-2 rounded-md px-3 py-2 text-muted-foreground hover:bg-accent hover:text-accent-foreground"
            >
              <Icon aria-hidden className="size-4 shrink-0" />
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Shown to a reader who is not signed in instead of an editor's form, before any work is typed
 * into it: who may use it, a sign-in link that comes back here, and what anyone may do meanwhile.
 * `children` finishes "Editors ..." ("log predictions: who said what, where and how sure.").
 */
export function SignInNeeded({ title, path, children }: { title: string; path: string; children: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-12 text-center" data-testid="sign-in-needed">
      <LogIn aria-hidden className="size-10 text-primary" />
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-sm text-muted-foreground">
        Editors {children} Sign in with an editor&rsquo;s account to go on; you will come back to this page.
      </p>
      <Link href={signInPath(path)} className={buttonVariants()}>
        <LogIn aria-hidden /> Sign in
      </Link>
      <div className="mt-4 w-full border-t pt-6 text-left">
        <ReaderPlaces />
      </div>
    </div>
  );
}
