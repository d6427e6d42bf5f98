import { Compass } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <Compass aria-hidden className="size-10 text-muted-foreground" />
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-sm text-muted-foreground">
        There is nothing at this address. It may have moved, or never existed.
      </p>
      <div className="flex gap-2">
        <Link href="/" className={buttonVariants()}>
          See the predictions
        </Link>
        <Link href="/predictions/new" className={buttonVariants({ variant: "outline" })}>
          Log a prediction
        </Link>
      </div>
    </div>
  );
}
