"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { BellPlus, BellOff, LogIn } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Button, buttonVariants } from "@/components/ui/button";
import { signInPath } from "@/lib/safe-next";
import { describeError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { notify } from "@/lib/notify";

/**
 * Follow or unfollow an analyst or a tag: what is followed reaches the user's email digest and the
 * bell (docs/notifications.md). Readers who are not signed in are offered to sign in first.
 */
export function FollowButton({
  kind,
  slug,
  name,
  signedIn: serverSignedIn,
}: {
  kind: "analyst" | "tag";
  slug: string;
  name: string;
  /** Whether the server rendered the page for someone signed in, used until the browser knows (hydration). */
  signedIn: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pathname = usePathname();
  const me = useQuery(trpc.user.me.queryOptions());
  const signedIn = me.isSuccess ? Boolean(me.data) : serverSignedIn;
  const settings = useQuery(trpc.notification.settings.queryOptions(undefined, { enabled: signedIn }));
  const onSuccess = async (follows: { analysts: { slug: string }[]; tags: { slug: string }[] }) => {
    queryClient.setQueryData(trpc.notification.settings.queryKey(), (old) =>
      old ? { ...old, follows: follows as typeof old.follows } : old,
    );
    await queryClient.invalidateQueries({ queryKey: trpc.notification.bell.queryKey() });
  };
  const followAnalyst = useMutation(trpc.notification.followAnalyst.mutationOptions({ onSuccess }));
  const unfollowAnalyst = useMutation(trpc.notification.unfollowAnalyst.mutationOptions({ onSuccess }));
  const followTag = useMutation(trpc.notification.followTag.mutationOptions({ onSuccess }));
  const unfollowTag = useMutation(trpc.notification.unfollowTag.mutationOptions({ onSuccess }));

  if (!signedIn) {
    const here = typeof window === "undefined" ? pathname : `${pathname}${window.location.search}`;
    return (
      <Link href={signInPath(here)} className={buttonVariants({ variant: "outline" })}>
        <LogIn aria-hidden /> Sign in to follow
      </Link>
    );
  }

  const followed = settings.data
    ? (kind === "analyst" ? settings.data.follows.analysts : settings.data.follows.tags).some(
        (follow) => follow.slug === slug,
      )
    : false;
  const pending = followAnalyst.isPending || unfollowAnalyst.isPending || followTag.isPending || unfollowTag.isPending;
  const what = kind === "analyst" ? name : `the tag ${name}`;

  const toggle = async () => {
    try {
      if (kind === "analyst") {
        await (followed ? unfollowAnalyst : followAnalyst).mutateAsync({ analyst: slug });
      } else {
        await (followed ? unfollowTag : followTag).mutateAsync({ tag: slug });
      }
      notify.success(followed ? `No longer following ${what}` : `Following ${what}`);
    } catch (error) {
      notify.error(followed ? `Could not unfollow ${what}` : `Could not follow ${what}`, {
        description: describeError(error),
      });
    }
  };

  return (
    <Button
      variant={followed ? "secondary" : "outline"}
      onClick={() => void toggle()}
      disabled={pending || settings.isPending}
      aria-label={followed ? `Unfollow ${what}` : `Follow ${what}`}
      data-testid="follow-button"
    >
      {followed ? <BellOff aria-hidden /> : <BellPlus aria-hidden />}
      {followed ? "Unfollow" : "Follow"}
    </Button>
  );
}
