import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { NeedsEditor } from "@/components/auth/needs-editor";
import { disputeQueueInput, getNextDisputePage } from "@/components/dispute/dispute-options";
import { DisputeQueue } from "@/components/dispute/dispute-queue";
import { PageHeader } from "@/components/page-header";
import { signInPath } from "@/lib/safe-next";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Disputes" };

/** The editors' queue of disputes: anonymous readers are sent to sign in, viewers told what they lack. */
export default async function DisputesPage() {
  await connection();
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/disputes"));
  if (actor.role === "VIEWER")
    return (
      <NeedsEditor
        after="Anyone can dispute a judgement from the prediction's page."
        back={{ href: "/", label: "Go to the predictions" }}
      >
        answer disputes.
      </NeedsEditor>
    );
  const queryClient = getQueryClient();
  await queryClient.fetchInfiniteQuery(
    trpc.dispute.list.infiniteQueryOptions(disputeQueueInput, { getNextPageParam: getNextDisputePage }),
  );
  return (
    <>
      <PageHeader
        title="Disputes"
        description="Disputes of judgements, the open ones first (the longest waiting on top). Uphold a dispute and re-judge the prediction, or reject it with a reason: the answer is published on the prediction's page."
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <DisputeQueue />
      </HydrationBoundary>
    </>
  );
}
