import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { RoleBadge } from "@/components/auth/role-badge";
import { buttonVariants } from "@/components/ui/button";

/**
 * Shown to signed-in viewers instead of an editor's page: what only editors can do, and a way on.
 * `children` finishes "Only editors can ..." ("import ledger files.").
 */
export function NeedsEditor({
  children,
  after,
  back,
}: {
  children: ReactNode;
  /** A sentence after the request for the role ("Anyone can download the ledger."). */
  after?: ReactNode;
  back: { href: string; label: string };
}) {
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <ShieldAlert aria-hidden className="size-10 text-warning" />
      <p className="text-sm font-medium text-muted-foreground">403</p>
      <h1 className="text-2xl font-semibold tracking-tight">You need the editor role</h1>
      <p className="text-sm text-muted-foreground">
        Only editors can {children} You are signed in as <RoleBadge role="VIEWER" className="align-middle" />; ask an
        admin for the editor role.{after ? <> {after}</> : null}
      </p>
      <Link href={back.href} className={buttonVariants({ variant: "outline" })}>
        {back.label}
      </Link>
    </div>
  );
}
