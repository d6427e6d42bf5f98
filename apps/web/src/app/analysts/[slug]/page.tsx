import { DEFAULT_MIN_SCORED } from "@hindsight/domain";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { ListFilter } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnalystScores, type AnalystFairView } from "@/components/analyst/analyst-scores";
import { NO_FAIR_LINE } from "@/components/analyst/fair-comparison";
import { ShareSnippets } from "@/components/analyst/share-snippets";
import { feedAlternates, FeedLinks } from "@/components/feed/feed-links";
import { FollowButton } from "@/components/notification/follow-button";
import { PageHeader } from "@/components/page-header";
import { getNextPageParam, listInputFor } from "@/components/prediction-list/list-options";
import { PredictionFeed } from "@/components/prediction-list/prediction-feed";
import { Stat } from "@/components/stat";
import { buttonVariants } from "@/components/ui/button";
import { sharePaths } from "@/lib/share/share-urls";
import { analystShareTags, oembedTypes } from "@/server/share/page-metadata";
import { isNotFound } from "@/trpc/errors";
import { makeQueryClient } from "@/trpc/query-client";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

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

/**
 * The analyst's line of the whole scoreboard (every prediction, the default minimum to be ranked)
 * for the fair comparison. scoreboard.get is cached per process, so this is one lookup; it goes
 * through a query client of its own, because the page's is sent to the browser with the predictions
 * and every analyst's line is not the browser's business.
 */
async function loadFairLine(slug: string): Promise<AnalystFairView> {
  const board = await makeQueryClient().fetchQuery(trpc.scoreboard.get.queryOptions({ minScored: DEFAULT_MIN_SCORED }));
  return {
    line: board.analysts.find((line) => line.slug === slug) ?? NO_FAIR_LINE,
    minScored: DEFAULT_MIN_SCORED,
    ranked: board.analysts.filter((line) => line.rank !== null).length,
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const analyst = await loadAnalyst(slug);
  const queryClient = getQueryClient();
  const [counts, scores] = await Promise.all([
    queryClient.fetchQuery(trpc.analyst.counts.queryOptions({ slug })),
    queryClient.fetchQuery(trpc.analyst.scores.queryOptions({ slug })),
  ]);
  return {
    title: analyst.name,
    ...analystShareTags({ ...analyst, scores, predictions: counts.predictions }),
    alternates: {
      types: {
        ...feedAlternates({ analyst: analyst.slug }, `by ${analyst.name}`).types,
        ...oembedTypes(sharePaths.analyst(analyst.slug)),
      },
    },
  };
}

export default async function AnalystPage({ params }: Props) {
  const { slug } = await params;
  const analyst = await loadAnalyst(slug);
  const queryClient = getQueryClient();
  const [counts, scores, fair] = await Promise.all([
    queryClient.fetchQuery(trpc.analyst.counts.queryOptions({ slug })),
    queryClient.fetchQuery(trpc.analyst.scores.queryOptions({ slug })),
    loadFairLine(slug),
    queryClient.fetchInfiniteQuery(
      trpc.prediction.list.infiniteQueryOptions(listInputFor({ analyst: slug }), { getNextPageParam }),
    ),
  ]);
  const signedIn = (await currentActor()) !== null;
  const vagueness = counts.vagueness === null ? "–" : `${Math.round(counts.vagueness * 100)}%`;

  return (
    <>
      <PageHeader
        title={analyst.name}
        description={analyst.affiliation ?? "No affiliation recorded"}
        actions={
          <>
            <FollowButton kind="analyst" slug={analyst.slug} name={analyst.name} signedIn={signedIn} />
            <Link href={`/?analyst=${encodeURIComponent(slug)}`} className={buttonVariants({ variant: "outline" })}>
              <ListFilter aria-hidden /> Filter the ledger
            </Link>
          </>
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
      <AnalystScores scores={scores} name={analyst.name} fair={fair} />
      <FeedLinks filter={{ analyst: slug }} />
      <ShareSnippets slug={analyst.slug} name={analyst.name} />
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
