"use client";

import { LogIn, RefreshCw } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { signInPath } from "@/lib/safe-next";
import { describeError, errorCode } from "@/trpc/errors";

/**
 * Why a write failed, in a visible alert: not signed in (with a link to sign in and come back),
 * not allowed, stale (the server's message saying what changed, and Reload), or anything else.
 * What the user typed stays in the form: this only explains.
 */
export function WriteErrorAlert({
  error,
  action,
  onReload,
  reloading = false,
}: {
  error: unknown;
  /** What was attempted, for the first sentence: "The judgement was not saved." */
  action: string;
  onReload?: () => void;
  reloading?: boolean;
}) {
  const pathname = usePathname();
  const code = errorCode(error);
  if (code === "UNAUTHORIZED") {
    const here = typeof window === "undefined" ? pathname : `${pathname}${window.location.search}`;
    return (
      <Alert role="alert" variant="warning">
        <p className="font-medium">Sign in to do this</p>
        <p className="text-muted-foreground">{action} Only signed-in editors can change the ledger.</p>
        <div>
          <Link href={signInPath(here)} className={buttonVariants({ size: "sm" })}>
            <LogIn aria-hidden /> Sign in
          </Link>
        </div>
      </Alert>
    );
  }
  if (code === "FORBIDDEN") {
    return (
      <Alert role="alert">
        <p className="font-medium">Your account cannot do this</p>
        <p>
          {action} {describeError(error)}. Ask an administrator for the editor role.
        </p>
      </Alert>
    );
  }
  if (code === "CONFLICT" && onReload) {
    return (
      <Alert role="alert" variant="warning">
        <p className="font-medium">{action}</p>
        <p data-testid="conflict-message">{describeError(error)}</p>
        <p className="text-muted-foreground">
          What you typed is kept. Reload to see the current version, then submit again.
        </p>
        <div>
          <Button size="sm" variant="outline" onClick={onReload} disabled={reloading}>
            <RefreshCw aria-hidden className={reloading ? "animate-spin" : undefined} />
            {reloading ? "Reloading…" : "Reload"}
          </Button>
        </div>
      </Alert>
    );
  }
  return (
    <Alert role="alert">
      <p>
        {action} {describeError(error)}
      </p>
    </Alert>
  );
}

/**
 * For forms that write against a version: the failed write's alert, whose Reload fetches the current
 * version and then calls `onReloaded` (the form clears its error and says so), and that note once
 * `reloaded`. What the user typed stays in the form.
 */
export function VersionedWriteError({
  error,
  action,
  reload,
  reloading,
  onReloaded,
  reloaded,
  reloadedNotice,
}: {
  error: unknown;
  action: string;
  reload: () => Promise<unknown>;
  reloading: boolean;
  onReloaded: () => void;
  reloaded: boolean;
  /** "Reloaded: the page now shows version 4. …" */
  reloadedNotice: ReactNode;
}) {
  return (
    <>
      {error ? (
        <WriteErrorAlert
          error={error}
          action={action}
          onReload={() => void reload().then(onReloaded)}
          reloading={reloading}
        />
      ) : null}
      {reloaded ? (
        <Alert variant="info" role="status">
          <p>{reloadedNotice}</p>
        </Alert>
      ) : null}
    </>
  );
}
