"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { DigestFrequency } from "@hindsight/domain";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Segmented } from "@/components/ui/segmented";
import { describeError } from "@/trpc/errors";
import { useTRPC } from "@/trpc/react";
import { notify } from "@/lib/notify";

const periodic = [
  { value: "DAILY", label: "Daily" },
  { value: "WEEKLY", label: "Weekly" },
] as const;
const frequencies = [{ value: "OFF", label: "Off" }, ...periodic] as const;

/** The digest setting, what is followed (with Unfollow), and a preview of the digest. */
export function NotificationSettingsForm({ mailConfigured }: { mailConfigured: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.notification.settings.queryOptions());
  const [previewOf, setPreviewOf] = useState<"DAILY" | "WEEKLY">("WEEKLY");
  const digest = settings.data?.digest ?? "OFF";
  const chosen = digest === "OFF" ? previewOf : digest;
  const preview = useQuery(trpc.notification.preview.queryOptions({ digest: chosen }));
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.notification.preview.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.notification.bell.queryKey() });
  };
  const setDigest = useMutation(
    trpc.notification.setDigest.mutationOptions({
      onSuccess: (data) => queryClient.setQueryData(trpc.notification.settings.queryKey(), data),
    }),
  );
  const onFollows = async (follows: NonNullable<typeof settings.data>["follows"]) => {
    queryClient.setQueryData(trpc.notification.settings.queryKey(), (old) => (old ? { ...old, follows } : old));
    await refresh();
  };
  const unfollowAnalyst = useMutation(trpc.notification.unfollowAnalyst.mutationOptions({ onSuccess: onFollows }));
  const unfollowTag = useMutation(trpc.notification.unfollowTag.mutationOptions({ onSuccess: onFollows }));

  const choose = async (value: DigestFrequency) => {
    try {
      await setDigest.mutateAsync({ digest: value });
      if (value !== "OFF") setPreviewOf(value);
      notify.success(value === "OFF" ? "Email digest off" : `Email digest: ${value.toLowerCase()}`);
    } catch (error) {
      notify.error("The digest setting was not saved", { description: describeError(error) });
    }
  };

  const follows = settings.data?.follows;
  const nothingFollowed = follows ? follows.analysts.length + follows.tags.length === 0 : false;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <div className="flex flex-col gap-8">
        <section aria-labelledby="digest-heading" className="flex flex-col gap-3">
          <h2 id="digest-heading" className="text-lg font-semibold">
            Email digest
          </h2>
          {!mailConfigured ? (
            <Alert variant="warning" data-testid="smtp-missing">
              <p className="font-medium">Email is not set up on this server</p>
              <p className="text-muted-foreground">
                SMTP_URL is not configured, so no digest is sent, whatever is chosen here. An administrator can set
                SMTP_URL and MAIL_FROM (see docs/notifications.md); until then the preview shows what you would get.
              </p>
            </Alert>
          ) : null}
          <p className="max-w-prose text-sm text-muted-foreground">
            The predictions of what you follow that fell due since the last digest, and those due in the next 7 days.
            Daily digests go out from 06:00 UTC; weekly ones on Mondays from 06:00 UTC. Every mail has an unsubscribe
            link that works without signing in.
          </p>
          <Segmented
            name="digest"
            legend="How often"
            value={digest}
            options={frequencies}
            onChange={(value) => void choose(value)}
          />
        </section>

        <section aria-labelledby="follows-heading" className="flex flex-col gap-3">
          <h2 id="follows-heading" className="text-lg font-semibold">
            What you follow
          </h2>
          {nothingFollowed ? (
            <p className="text-sm text-muted-foreground">
              Nothing yet. Follow an analyst from their page (the{" "}
              <Link href="/analysts" className="font-medium text-primary underline-offset-4 hover:underline">
                analysts
              </Link>
              ) or a tag from the predictions filtered by it.
            </p>
          ) : (
            <ul className="flex flex-col divide-y rounded-lg border bg-card" data-testid="follows">
              {follows?.analysts.map((analyst) => (
                <li key={`a:${analyst.slug}`} className="flex items-center justify-between gap-3 px-4 py-2 text-sm">
                  <span>
                    <span className="text-muted-foreground">Analyst </span>
                    <Link
                      href={`/analysts/${encodeURIComponent(analyst.slug)}`}
                      className="font-medium hover:underline"
                    >
                      {analyst.name}
                    </Link>
                  </span>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Unfollow ${analyst.name}`}
                    disabled={unfollowAnalyst.isPending}
                    onClick={() => unfollowAnalyst.mutate({ analyst: analyst.slug })}
                  >
                    Unfollow
                  </Button>
                </li>
              ))}
              {follows?.tags.map((tag) => (
                <li key={`t:${tag.slug}`} className="flex items-center justify-between gap-3 px-4 py-2 text-sm">
                  <span>
                    <span className="text-muted-foreground">Tag </span>
                    <Link href={`/?tag=${encodeURIComponent(tag.slug)}`} className="font-medium hover:underline">
                      {tag.name}
                    </Link>
                  </span>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={`Unfollow the tag ${tag.name}`}
                    disabled={unfollowTag.isPending}
                    onClick={() => unfollowTag.mutate({ tag: tag.slug })}
                  >
                    Unfollow
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="preview-heading" className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview
          </h2>
          {digest === "OFF" ? (
            <Segmented
              name="preview-of"
              legend="Preview which digest"
              value={previewOf}
              options={periodic}
              onChange={setPreviewOf}
            />
          ) : null}
        </div>
        <p className="text-sm text-muted-foreground">
          The {chosen.toLowerCase()} digest as it would read now (the plain-text part; the mail also has an HTML part).
        </p>
        {preview.isPending ? (
          <p className="text-sm text-muted-foreground">Loading the preview…</p>
        ) : preview.isError ? (
          <Alert variant="warning">The preview could not be made: {describeError(preview.error)}</Alert>
        ) : (
          <div className="rounded-lg border bg-card" data-testid="digest-preview">
            <p className="border-b px-4 py-2 text-sm font-medium">{preview.data.subject}</p>
            {preview.data.empty ? (
              <p className="border-b px-4 py-2 text-xs text-muted-foreground">
                Nothing fell due or is due soon among what you follow: no mail would be sent for this period.
              </p>
            ) : null}
            <pre className="max-h-[32rem] overflow-auto px-4 py-3 text-xs leading-relaxed whitespace-pre-wrap">
              {preview.data.text}
            </pre>
          </div>
        )}
      </section>
    </div>
  );
}
