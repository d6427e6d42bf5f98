import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { NeedsAdmin } from "@/components/admin/needs-admin";
import { signInPath } from "@/lib/safe-next";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";
import { CreateWebhookForm } from "./create-webhook-form-lazy";
import { WebhooksTable } from "./webhooks-table";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  await connection();
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/webhooks"));
  if (actor.role !== "ADMIN") return <NeedsAdmin role={actor.role} what="manage webhooks" />;

  const queryClient = getQueryClient();
  // fetch (not prefetch) so that a failure reaches error.tsx instead of an empty table.
  await queryClient.fetchQuery(trpc.webhook.list.queryOptions());

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Hindsight POSTs each event you choose to your URL, signed per the Standard Webhooks specification, and retries a failed delivery with growing delays for about a day. Every attempt is in the endpoint's delivery log."
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
          <WebhooksTable />
          <CreateWebhookForm />
        </div>
      </HydrationBoundary>
    </>
  );
}
