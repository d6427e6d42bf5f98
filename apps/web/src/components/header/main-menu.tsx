"use client";

import type { Role } from "@hindsight/domain";
import { Menu, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { DisputeCountLink } from "@/components/header/dispute-count-link";
import { DueCountLink } from "@/components/header/due-count-link";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { canEdit, editorLinks, isCurrent, placeLinks, type NavLink } from "./nav-links";
import { useDisclosure } from "./use-disclosure";

const menuLinkClass =
  "flex w-full items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground";

/**
 * The header's links under a Menu button, below 1280px wide (where they do not fit in a row): a
 * list under the header with every place, the due queue and, for editors, the ways of logging.
 */
export function MainMenu({ role }: { role: Role | null }) {
  const pathname = usePathname();
  const menu = useDisclosure();
  const item = (link: NavLink) => {
    const Icon = link.icon;
    const current = isCurrent(link.href, pathname);
    return (
      <li key={link.href}>
        <Link
          href={link.href}
          aria-current={current ? "page" : undefined}
          className={cn(menuLinkClass, current && "bg-accent text-accent-foreground")}
        >
          {Icon ? <Icon aria-hidden className="size-4" /> : null}
          {link.label}
        </Link>
      </li>
    );
  };
  return (
    <div {...menu.containerProps} className="xl:hidden">
      <button {...menu.buttonProps} className={buttonVariants({ variant: "outline", size: "sm" })}>
        {menu.open ? <X aria-hidden /> : <Menu aria-hidden />}
        {/* Below 640px only the icon shows (the name stays for screen readers): room for the bell. */}
        <span className="max-sm:sr-only">Menu</span>
      </button>
      <div
        {...menu.panelProps}
        className="absolute inset-x-0 top-full max-h-[calc(100dvh-3.5rem)] overflow-y-auto border-b bg-background shadow-lg"
      >
        <nav aria-label="Main" className="mx-auto max-w-5xl px-4 py-3 sm:px-6">
          <ul className="flex flex-col gap-0.5">
            {placeLinks.map(item)}
            <li>
              <DueCountLink className={cn(menuLinkClass, "sm:px-3")} />
            </li>
            {canEdit(role) ? (
              <li>
                <DisputeCountLink className={cn(menuLinkClass, "sm:px-3")} />
              </li>
            ) : null}
          </ul>
          {canEdit(role) ? (
            <ul aria-label="Log" className="mt-2 flex flex-col gap-0.5 border-t pt-2">
              {editorLinks.map(item)}
            </ul>
          ) : null}
        </nav>
      </div>
    </div>
  );
}
