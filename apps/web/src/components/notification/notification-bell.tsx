"use client";

import type { Bell as BellData } from "@hindsight/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import Link from "next/link";
import { useDisclosure } from "@/components/header/use-disclosure";
import { buttonVariants } from "@/components/ui/button";
import { notify } from "@/lib/notify";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The header's bell, for signed-in users: how many things they follow need attention since they
 * last looked, and a panel listing them with "Mark all read". Items come from notification.bell,
 * each with a kind ("due": a followed prediction past its deadline, unjudged; "dispute": for editors
 * and admins, an open dispute of a judgement), each drawn by `ItemLine` below.
 */
export function NotificationBell() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.user.me.queryOptions());
  const bell = useQuery(
    trpc.notification.bell.queryOptions(undefined, { enabled: Boolean(me.data), staleTime: 60_000 }),
  );
  const markRead = useMutation(
    trpc.notification.markBellRead.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.notification.bell.queryKey(), data),
      onError: () => notify.error("Could not mark the notifications read"),
    }),
  );
  const panel = useDisclosure();
  if (!me.data) return null;

  const unread = bell.data?.unread ?? 0;
  const items = bell.data?.items ?? [];
  return (
    <div {...panel.containerProps} className="relative">
      <button
        {...panel.buttonProps}
        className={cn(buttonVariants({ variant: "ghost", size: "sm" }), "relative px-2")}
        data-testid="notification-bell"
      >
        <Bell aria-hidden className="size-4" />
        <span className="sr-only">Notifications{unread > 0 ? `: ${unread} unread` : ""}</span>
        {unread > 0 ? (
          <span
            aria-hidden
            data-testid="notification-count"
            className="absolute top-0 right-0 min-w-4 rounded-full bg-warning px-1 text-center text-[0.65rem] leading-4 font-semibold text-background tabular-nums"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </button>
      <div
        {...panel.panelProps}
        className="absolute top-full right-0 z-40 mt-2 w-80 max-w-[calc(100vw-2rem)] rounded-lg border bg-card p-1.5 text-card-foreground shadow-lg"
        data-testid="notification-panel"
      >
        <div className="flex items-center justify-between gap-2 px-3 py-2">
          <p className="text-sm font-medium">Notifications</p>
          <button
            type="button"
            className="text-xs font-medium text-primary underline-offset-4 hover:underline disabled:opacity-60"
            onClick={() => markRead.mutate()}
            disabled={markRead.isPending || unread === 0}
          >
            Mark all read
          </button>
        </div>
        {items.length === 0 ? (
          <p className="px-3 pb-2 text-sm text-muted-foreground">
            {bell.isPending ? "Loading…" : "Nothing due among what you follow."}
          </p>
        ) : (
          <ul className="flex max-h-80 flex-col gap-0.5 overflow-y-auto">
            {items.map((item) => (
              <li key={item.kind === "dispute" ? `dispute:${item.disputeId}` : `due:${item.predictionId}`}>
                <ItemLine item={item} />
              </li>
            ))}
          </ul>
        )}
        <div className="mt-1 border-t px-3 pt-2 pb-1">
          <Link
            href="/settings/notifications"
            className="text-xs font-medium text-primary underline-offset-4 hover:underline"
          >
            Follows and email digest
          </Link>
        </div>
      </div>
    </div>
  );
}

type Item = BellData["items"][number];

/** One line of the panel, by kind. */
function ItemLine({ item }: { item: Item }) {
  return (
    <Link
      href={
        item.kind === "dispute"
          ? `/predictions/${encodeURIComponent(item.predictionId)}#disputes`
          : `/predictions/${encodeURIComponent(item.predictionId)}`
      }
      className="flex gap-2 rounded-md px-3 py-2 text-sm transition-colors hover:bg-accent hover:text-accent-foreground"
    >
      <span
        aria-hidden
        className={cn("mt-1.5 size-2 shrink-0 rounded-full", item.unread ? "bg-warning" : "bg-transparent")}
      />
      <span className="min-w-0">
        <span className="line-clamp-2 font-medium">{item.claim}</span>
        <span className="block text-xs text-muted-foreground">
          {item.unread ? <span className="sr-only">New: </span> : null}
          {item.kind === "dispute"
            ? `Judgement disputed ${day(item.at)}, awaiting an answer`
            : `${item.analystName}: due ${day(item.at)}, awaiting a judgement`}
        </span>
      </span>
    </Link>
  );
}
