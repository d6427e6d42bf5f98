import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { LogIn } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { dueInput, getNextDuePage } from "@/components/due/due-options";
import { DueQueue } from "@/components/due/due-queue";
import { PageHeader } from "@/components/page-header";
import { buttonVariants } from "@/components/ui/button";
import { signInPath } from "@/lib/safe-next";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Due for judgement" };

export default async function DuePage() {
  // "Due" depends on today's date: render per request.
  await connection();
  const queryClient = getQueryClient();
  const [actor] = await Promise.all([
    currentActor(),
    queryClient.fetchInfiniteQuery(
      trpc.prediction.due.infiniteQueryOptions(dueInput, { getNextPageParam: getNextDuePage }),
    ),
  ]);
  // Only those who may judge are offered a Judge button on each row; a reader is offered to sign
  // in first, a viewer told which role judging needs.
  const canJudge = actor?.role === "EDITOR" || actor?.role === "ADMIN";
  const description = "Predictions whose deadline has passed and that have no outcome yet, the longest overdue first.";
  return (
    <>
      <PageHeader
        title="Due for judgement"
        description={
          actor?.role === "VIEWER"
            ? `${description} You are signed in as a viewer: judging needs the editor role. Ask an admin for it.`
            : description
        }
        actions={
          actor ? undefined : (
            <Link href={signInPath("/due")} className={buttonVariants({ variant: "outline" })}>
              <LogIn aria-hidden /> Sign in to judge
            </Link>
          )
        }
      />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <DueQueue canJudge={canJudge} />
      </HydrationBoundary>
    </>
  );
}
