import type { Role } from "@hindsight/domain";
import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { RoleBadge } from "@/components/auth/role-badge";
import { buttonVariants } from "@/components/ui/button";

/** Shown to signed-in users without the admin role, instead of the page they asked for. */
export function NeedsAdmin({ role, what }: { role: Role; what: string }) {
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <ShieldAlert aria-hidden className="size-10 text-warning" />
      <p className="text-sm font-medium text-muted-foreground">403</p>
      <h1 className="text-2xl font-semibold tracking-tight">You need the admin role</h1>
      <p className="text-sm text-muted-foreground">
        Only admins can {what}. You are signed in as <RoleBadge role={role} className="align-middle" />; ask an admin to
        change your role if you need this.
      </p>
      <Link href="/" className={buttonVariants({ variant: "outline" })}>
        Back to predictions
      </Link>
    </div>
  );
}
