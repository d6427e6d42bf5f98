import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { NotificationSettingsForm } from "@/components/notification/settings-form";
import { PageHeader } from "@/components/page-header";
import { env } from "@/env";
import { signInPath } from "@/lib/safe-next";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Follows and email digest" };

/** A signed-in user's follows, email digest (off, daily, weekly) with a preview, and whether mail can go out. */
export default async function NotificationSettingsPage() {
  await connection();
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/settings/notifications"));
  const queryClient = getQueryClient();
  await queryClient.fetchQuery(trpc.notification.settings.queryOptions());
  const mailConfigured = Boolean(env.SMTP_URL);

  return (
    <>
      <PageHeader
        title="Follows and email digest"
        description="Follow analysts and tags (the Follow button on an analyst's page or on the predictions filtered by a tag): their predictions reach your email digest and the bell in the header."
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <NotificationSettingsForm mailConfigured={mailConfigured} />
      </HydrationBoundary>
    </>
  );
}
