"use client";

import { RotateCcw, TriangleExclamationPoint } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { Button, buttonVariants } from "@/components/ui/button";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  // Server errors reach the browser without their message (it may hold secrets), only a digest
  // that matches the server log.
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <TriangleExclamationPoint aria-hidden className="size-10 text-destructive" />
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="text-sm text-muted-foreground">
        This page could not be loaded. If the database is not running, start Hindsight with <code>pnpm dev</code> and
        try again.
      </p>
      {digest ? (
        <p className="text-xs text-muted-foreground">
          Reference for the server log: <code>{digest}</code>
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button onClick={() => retry()}>
          <RotateCcw aria-hidden /> Try again
        </Button>
        <Link href="/" className={buttonVariants({ variant: "outline" })}>
          Back to predictions
        </Link>
      </div>
    </div>
  );
}
