import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { ListFilter } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnalystScores } from "@/components/analyst/analyst-scores";
import { PageHeader } from "@/components/page-header";
import { getNextPageParam, listInputFor } from "@/components/predictions/list-options";
import { PredictionFeed } from "@/components/predictions/prediction-feed";
import { Stat } from "@/components/stat";
import { buttonVariants } from "@/components/ui/button";
import { isNotFound } from "@/trpc/errors";
import { getQueryClient, trpc } from "@/trpc/server";

interface Props {
  params: Promise<{ slug: string }>;
}

async function loadAnalyst(slug: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.analyst.bySlug.queryOptions({ slug }));
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const analyst = await loadAnalyst((await params).slug);
  return { title: analyst.name };
}

export default async function AnalystPage({ params }: Props) {
  const { slug } = await params;
  const analyst = await loadAnalyst(slug);
  const queryClient = getQueryClient();
  const [counts, scores] = await Promise.all([
    queryClient.fetchQuery(trpc.analyst.counts.queryOptions({ slug })),
    queryClient.fetchQuery(trpc.analyst.scores.queryOptions({ slug })),
    queryClient.fetchInfiniteQuery(
      trpc.prediction.list.infiniteQueryOptions(listInputFor({ analyst: slug }), { getNextPageParam }),
    ),
  ]);
  const vagueness = counts.vagueness === null ? "–" : `${Math.round(counts.vagueness * 100)}%`;

  return (
    <>
      <PageHeader
        title={analyst.name}
        description={analyst.affiliation ?? "No affiliation recorded"}
        actions={
          <Link href={`/?analyst=${encodeURIComponent(slug)}`} className={buttonVariants({ variant: "outline" })}>
            <ListFilter aria-hidden /> Filter the ledger
          </Link>
        }
      />
      <dl className="mb-3 grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Counts">
        <Stat label="Predictions" value={counts.predictions} />
        <Stat label="Open" value={counts.open} hint="not due yet, or no deadline" />
        <Stat label="Due" value={counts.due} hint="deadline passed, not judged" />
        <Stat label="Judged" value={counts.judged} />
        <Stat label="Scored" value={counts.scored} hint="true, false or partial" />
        <Stat label="Ambiguous" value={counts.ambiguous} />
        <Stat label="Annulled" value={counts.annulled} />
        <Stat label="Vagueness" value={vagueness} hint={`${counts.vague} uncheckable`} />
      </dl>
      <p className="mb-8 max-w-2xl text-sm text-muted-foreground">
        Vagueness is the share of predictions with no deadline, made on a condition, or annulled as unjudgeable: saying
        nothing checkable should be visible too.
      </p>
      <AnalystScores scores={scores} name={analyst.name} />
      <h2 className="mb-1.5 text-lg font-semibold">Their predictions</h2>
      <p className="mb-4 max-w-2xl text-sm text-muted-foreground">
        The full record, newest first: each prediction with its probability and its outcome (or open, or due).
      </p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PredictionFeed
          scope={{ analyst: slug }}
          empty={
            <p className="rounded-xl border border-dashed bg-card px-6 py-12 text-center text-sm text-muted-foreground">
              No predictions by {analyst.name} yet.
            </p>
          }
        />
      </HydrationBoundary>
    </>
  );
}
