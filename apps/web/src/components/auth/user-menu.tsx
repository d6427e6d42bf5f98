"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { LoaderCircle, LogIn, LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button, buttonVariants } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { authClient } from "@/lib/auth-client";
import { signInPath } from "@/lib/safe-next";
import { useTRPC } from "@/trpc/react";
import { RoleBadge } from "./role-badge";

/** The right end of the header: who is signed in, with their role and a sign-out button, or a sign-in link. */
export function UserMenu() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.user.me.queryOptions());
  const [signingOut, setSigningOut] = useState(false);

  if (me.isPending) {
    return (
      <div className="flex items-center gap-2" aria-busy="true" aria-label="Checking who is signed in">
        <Skeleton className="h-5 w-24" />
        <Skeleton className="h-8 w-20" />
      </div>
    );
  }

  if (!me.data) {
    // Also when the check failed: reading is public, and the sign-in page reports real trouble.
    if (pathname === "/sign-in") return null;
    return (
      <Link href={signInPath(pathname)} className={buttonVariants({ variant: "outline", size: "sm" })}>
        <LogIn aria-hidden /> Sign in
      </Link>
    );
  }

  const signOut = async () => {
    setSigningOut(true);
    try {
      const { error } = await authClient.signOut();
      if (error) throw new Error(error.message ?? `The server answered ${error.status}`);
      toast.success("Signed out");
      await queryClient.invalidateQueries();
      router.refresh();
    } catch (error) {
      toast.error("Could not sign out", { description: error instanceof Error ? error.message : undefined });
    } finally {
      setSigningOut(false);
    }
  };

  const user = me.data;
  return (
    <div className="flex min-w-0 items-center gap-2 sm:gap-3">
      <p className="flex min-w-0 items-center gap-2 text-sm" title={user.email}>
        <UserRound aria-hidden className="hidden size-4 shrink-0 text-muted-foreground sm:block" />
        <span className="sr-only">Signed in as {user.name}, role:</span>
        <span aria-hidden className="hidden max-w-40 truncate font-medium md:inline">
          {user.name}
        </span>
        <RoleBadge role={user.role} />
      </p>
      <Button variant="ghost" size="sm" onClick={() => void signOut()} disabled={signingOut} aria-disabled={signingOut}>
        {signingOut ? <LoaderCircle aria-hidden className="animate-spin" /> : <LogOut aria-hidden />}
        <span className="hidden sm:inline">{signingOut ? "Signing out…" : "Sign out"}</span>
        <span className="sr-only sm:hidden">Sign out</span>
      </Button>
    </div>
  );
}
