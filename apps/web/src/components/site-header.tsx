"use client";

import { useQuery } from "@tanstack/react-query";
import { FileSearch, Plus, Telescope, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { UserMenu } from "@/components/auth/user-menu";
import { DueCountLink } from "@/components/due-count-link";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";

// Export, import and the API reference are in the footer, so the header fits an admin's links too.
// For the same reason the two ways of logging ("Log a prediction", "Add from article") are icons
// after the places, each named by its label (for screen readers and on hover): with "Questions"
// an editor's header at 1280px would otherwise scroll.
interface NavLink {
  href: string;
  label: string;
  /** Shown instead of the label, which then names the link for screen readers and on hover. */
  icon?: LucideIcon;
}

const links: readonly NavLink[] = [
  { href: "/", label: "Predictions" },
  { href: "/questions", label: "Questions" },
  { href: "/analysts", label: "Analysts" },
  { href: "/scoreboard", label: "Scoreboard" },
  { href: "/predictions/new", label: "Log a prediction", icon: Plus },
  { href: "/predictions/from-article", label: "Add from article", icon: FileSearch },
];

const adminLinks: readonly NavLink[] = [
  { href: "/admin/users", label: "Users" },
  { href: "/admin/api-keys", label: "API keys" },
];

export function SiteHeader() {
  const pathname = usePathname();
  const trpc = useTRPC();
  const me = useQuery(trpc.user.me.queryOptions());
  const visible = me.data?.role === "ADMIN" ? [...links, ...adminLinks] : links;
  return (
    <header className="sticky top-0 z-30 border-b bg-background/85 backdrop-blur supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-3 px-4 sm:gap-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <Telescope aria-hidden className="size-5 text-primary" />
          <span>Hindsight</span>
        </Link>
        <nav aria-label="Main" className="flex min-w-0 items-center gap-1 overflow-x-auto text-sm">
          {visible.map((link) => {
            const current = pathname === link.href;
            const Icon = link.icon;
            return (
              <Link
                key={link.href}
                href={link.href}
                aria-current={current ? "page" : undefined}
                aria-label={Icon ? link.label : undefined}
                title={Icon ? link.label : undefined}
                className={cn(
                  "rounded-md px-2.5 py-1.5 font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
                  Icon && "-ml-1 px-2 sm:px-2",
                  current && "bg-accent text-accent-foreground",
                )}
              >
                {Icon ? <Icon aria-hidden className="size-4" /> : link.label}
              </Link>
            );
          })}
          <DueCountLink />
        </nav>
        <div className="ml-auto flex shrink-0 items-center">
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
