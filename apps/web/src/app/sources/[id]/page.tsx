import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { AuditHistory } from "@/components/prediction/audit-history";
import { EditorGate } from "@/components/prediction/editor-gate";
import { getNextPageParam, listInputFor } from "@/components/prediction-list/list-options";
import { PredictionFeed } from "@/components/prediction-list/prediction-feed";
import { ArchivedCopyLink } from "@/components/source/integrity-marks";
import { describeSourceEvent } from "@/components/source/source-audit";
import { SourceEditPanel } from "@/components/source/source-edit-panel-lazy";
import { SourceTextFacts } from "@/components/source/source-text-facts";
import { formatDay } from "@/lib/format";
import { isWebUrl } from "@/lib/utils";
import { isNotFound } from "@/trpc/errors";
import { currentActor, getQueryClient, trpc } from "@/trpc/server";

interface Props {
  params: Promise<{ id: string }>;
}

async function loadSource(id: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.source.byId.queryOptions({ id }));
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id);
  return { title: source.title };
}

export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const [source, actor] = await Promise.all([loadSource(id), currentActor()]);
  const queryClient = getQueryClient();
  await queryClient.fetchInfiniteQuery(
    trpc.prediction.list.infiniteQueryOptions(listInputFor({ sourceId: id }), { getNextPageParam }),
  );

  return (
    <>
      <PageHeader title={source.title} description={source.outlet ?? "Outlet not recorded"} />
      <dl className="mb-8 grid gap-x-6 gap-y-2 rounded-xl border bg-card p-5 text-sm shadow-xs sm:grid-cols-[8rem_1fr]">
        <dt className="text-muted-foreground">Published</dt>
        <dd>
          <time dateTime={source.publishedAt.toISOString()}>{formatDay(source.publishedAt)}</time>
        </dd>
        <dt className="text-muted-foreground">Outlet</dt>
        <dd>{source.outlet ?? "not recorded"}</dd>
        <dt className="text-muted-foreground">{source.authors.length === 1 ? "Author" : "Authors"}</dt>
        <dd>{source.authors.length > 0 ? source.authors.join(", ") : "not recorded"}</dd>
        <dt className="text-muted-foreground">Address</dt>
        <dd className="flex min-w-0 flex-col gap-1">
          {isWebUrl(source.url) ? (
            <a
              href={source.url}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-flex max-w-full items-center gap-1 text-primary underline-offset-2 hover:underline"
            >
              <span className="truncate">{source.url}</span>
              <ExternalLink aria-hidden className="size-3.5 shrink-0" />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          ) : (
            (source.url ?? "not recorded")
          )}
          <ArchivedCopyLink href={source.archiveUrl} />
        </dd>
        <SourceTextFacts source={source} />
      </dl>
      <h2 className="mb-4 text-lg font-semibold">Predictions from this source</h2>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PredictionFeed
          scope={{ sourceId: id }}
          empty={
            <p className="rounded-xl border border-dashed bg-card px-6 py-12 text-center text-sm text-muted-foreground">
              No predictions are filed under this source.
            </p>
          }
        />
      </HydrationBoundary>
      <div className="mt-8 flex flex-col gap-6">
        <EditorGate role={actor?.role ?? null} explain={false}>
          <SourceEditPanel source={source} />
        </EditorGate>
        <AuditHistory events={source.history} describe={describeSourceEvent} />
      </div>
    </>
  );
}
