import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { RoleBadge } from "@/components/auth/role-badge";
import { buttonVariants } from "@/components/ui/button";

/** Shown to signed-in viewers instead of the page. */
export function NeedsEditor() {
  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 py-16 text-center">
      <ShieldAlert aria-hidden className="size-10 text-warning" />
      <p className="text-sm font-medium text-muted-foreground">403</p>
      <h1 className="text-2xl font-semibold tracking-tight">You need the editor role</h1>
      <p className="text-sm text-muted-foreground">
        Only editors can add predictions from an article. You are signed in as{" "}
        <RoleBadge role="VIEWER" className="align-middle" />; ask an admin for the editor role.
      </p>
      <Link href="/" className={buttonVariants({ variant: "outline" })}>
        Back to the predictions
      </Link>
    </div>
  );
}
