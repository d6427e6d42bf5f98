"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell, ChevronDown, LoaderCircle, LogIn, LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { adminLinks, isCurrent } from "@/components/header/nav-links";
import { useDisclosure } from "@/components/header/use-disclosure";
import { buttonVariants } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { notify } from "@/lib/notify";
import { signInPath } from "@/lib/safe-next";
import { signOut as endSession } from "@/lib/sign-out";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";
import { roleLabel, RoleBadge } from "./role-badge";

const itemClass =
  "flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground disabled:opacity-60";

/**
 * The right end of the header: a sign-in link, or an account button (the name, from 768px wide,
 * and the role) that opens a menu with who is signed in, the admin pages for admins, and Sign out.
 */
export function UserMenu() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.user.me.queryOptions());
  const [signingOut, setSigningOut] = useState(false);
  const menu = useDisclosure();

  if (me.isPending) {
    return (
      <div role="status" className="flex items-center gap-2" aria-busy="true" aria-label="Checking who is signed in">
        <Skeleton className="h-8 w-24" />
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
      await endSession();
      menu.close(false);
      notify.success("Signed out");
      await queryClient.invalidateQueries();
      router.refresh();
    } catch (error) {
      notify.error("Could not sign out", { description: error instanceof Error ? error.message : undefined });
    } finally {
      setSigningOut(false);
    }
  };

  const user = me.data;
  return (
    <div {...menu.containerProps} className="relative min-w-0">
      <button
        {...menu.buttonProps}
        title={user.email}
        className={cn(buttonVariants({ variant: "ghost", size: "sm" }), "max-w-64 gap-2 px-2")}
      >
        <UserRound aria-hidden className="text-muted-foreground" />
        <span className="sr-only">Account: </span>
        <span className="sr-only md:not-sr-only md:max-w-36 md:truncate">{user.name}</span>
        <span className="sr-only">, {roleLabel[user.role].toLowerCase()}</span>
        <span aria-hidden>
          <RoleBadge role={user.role} />
        </span>
        <ChevronDown aria-hidden className="text-muted-foreground" />
      </button>
      <div
        {...menu.panelProps}
        className="absolute top-full right-0 z-40 mt-2 w-64 rounded-lg border bg-card p-1.5 text-card-foreground shadow-lg"
      >
        <div className="px-3 py-2 text-sm">
          <p className="text-xs text-muted-foreground">Signed in as</p>
          <p className="truncate font-medium">{user.name}</p>
          <p className="truncate text-xs text-muted-foreground">{user.email}</p>
          <RoleBadge role={user.role} className="mt-1.5" />
        </div>
        {user.role === "ADMIN" ? (
          <nav aria-label="Admin" className="border-t pt-1.5 pb-1">
            <ul className="flex flex-col gap-0.5">
              {adminLinks.map((link) => {
                const Icon = link.icon;
                const current = isCurrent(link.href, pathname);
                return (
                  <li key={link.href}>
                    <Link
                      href={link.href}
                      aria-current={current ? "page" : undefined}
                      className={cn(itemClass, current && "bg-accent text-accent-foreground")}
                    >
                      {Icon ? <Icon aria-hidden className="size-4" /> : null}
                      {link.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        ) : null}
        <div className="border-t pt-1.5">
          <Link href="/settings/notifications" className={itemClass}>
            <Bell aria-hidden className="size-4" />
            Follows and email digest
          </Link>
          <button
            type="button"
            className={itemClass}
            onClick={() => void signOut()}
            disabled={signingOut}
            aria-disabled={signingOut}
          >
            {signingOut ? (
              <LoaderCircle aria-hidden className="size-4 animate-spin" />
            ) : (
              <LogOut aria-hidden className="size-4" />
            )}
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      </div>
    </div>
  );
}
