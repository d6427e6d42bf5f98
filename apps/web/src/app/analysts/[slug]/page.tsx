import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { ListFilter } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
  const [overview] = await Promise.all([
    queryClient
      .fetchQuery(trpc.analyst.list.queryOptions())
      .then((analysts) => analysts.find((entry) => entry.slug === slug)),
    queryClient.fetchInfiniteQuery(
      trpc.prediction.list.infiniteQueryOptions(listInputFor({ analyst: slug }), { getNextPageParam }),
    ),
  ]);
  const predictions = overview?.predictions ?? 0;
  const judged = overview?.judged ?? 0;

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
      <dl className="mb-8 grid grid-cols-3 gap-3 sm:max-w-lg" aria-label="Counts">
        <Stat label="Predictions" value={predictions} />
        <Stat label="Judged" value={judged} />
        <Stat label="Not judged yet" value={predictions - judged} />
      </dl>
      <h2 className="mb-4 text-lg font-semibold">Their predictions</h2>
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
