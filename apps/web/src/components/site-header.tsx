"use client";

import { useQuery } from "@tanstack/react-query";
import { Telescope } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { UserMenu } from "@/components/auth/user-menu";
import { DisputeCountLink } from "@/components/header/dispute-count-link";
import { DueCountLink } from "@/components/header/due-count-link";
import { MainMenu } from "@/components/header/main-menu";
import { NotificationBell } from "@/components/notification/notification-bell";
import { canEdit, editorLinks, isCurrent, placeLinks } from "@/components/header/nav-links";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";

/**
 * The site header. From 1280px wide (where the row may be wider than the page, 72rem): the places, the due queue and (for editors) the two ways of
 * logging, as icons named for screen readers and on hover, then the account menu, which holds the
 * admin pages and signing out, so that an admin's header fits as well as a reader's. Narrower: the
 * account menu and a Menu button that opens every link as a list. Export, import, the API
 * reference and the theme are in the footer.
 */
export function SiteHeader() {
  const pathname = usePathname();
  const trpc = useTRPC();
  const me = useQuery(trpc.user.me.queryOptions());
  const role = me.data?.role ?? null;
  return (
    <header className="sticky top-0 z-30 border-b bg-background/85 backdrop-blur supports-[backdrop-filter]:bg-background/70">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-3 px-4 sm:gap-4 sm:px-6 xl:max-w-6xl">
        <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
          <Telescope aria-hidden className="size-5 text-primary" />
          <span>Hindsight</span>
        </Link>
        <nav aria-label="Main" className="hidden min-w-0 items-center gap-1 text-sm xl:flex">
          {placeLinks.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              aria-current={isCurrent(link.href, pathname) ? "page" : undefined}
              className={cn(navLinkClass, isCurrent(link.href, pathname) && "bg-accent text-accent-foreground")}
            >
              {link.label}
            </Link>
          ))}
          <DueCountLink />
          {canEdit(role) ? <DisputeCountLink compact /> : null}
          {canEdit(role)
            ? editorLinks.map((link) => {
                const Icon = link.icon!;
                return (
                  <Link
                    key={link.href}
                    href={link.href}
                    aria-current={isCurrent(link.href, pathname) ? "page" : undefined}
                    aria-label={link.label}
                    title={link.label}
                    className={cn(
                      navLinkClass,
                      "px-2",
                      isCurrent(link.href, pathname) && "bg-accent text-accent-foreground",
                    )}
                  >
                    <Icon aria-hidden className="size-4" />
                  </Link>
                );
              })
            : null}
        </nav>
        <div className="ml-auto flex min-w-0 shrink-0 items-center gap-2">
          <NotificationBell />
          <UserMenu />
          <MainMenu role={role} />
        </div>
      </div>
    </header>
  );
}

const navLinkClass =
  "inline-flex items-center rounded-md px-2.5 py-1.5 font-medium whitespace-nowrap text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground";
