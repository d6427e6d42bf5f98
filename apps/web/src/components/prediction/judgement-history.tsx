import type { JudgementRecord } from "@hindsight/domain";
import { ExternalLink, Undo2 } from "lucide-react";
import { StatusBadge } from "@/components/prediction-list/status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDay, formatMoment, formatPercent } from "@/lib/format";
import { cn, isWebUrl } from "@/lib/utils";

/** Every judgement, newest first; the first is the one that counts. Nothing here is ever rewritten. */
export function JudgementHistory({ judgements }: { judgements: JudgementRecord[] }) {
  return (
    <section aria-labelledby="judgements-title">
      <Card>
        <CardHeader>
          <CardTitle id="judgements-title">Judgement history</CardTitle>
          <CardDescription>
            Newest first. Judgements are never overwritten: a new one replaces the current one as the one that counts.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {judgements.length === 0 ? (
            <p className="rounded-lg border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">
              Not judged yet.
            </p>
          ) : (
            <ol className="flex flex-col gap-4" aria-label="Judgements, newest first" data-testid="judgement-history">
              {judgements.map((judgement, index) => (
                <li key={judgement.id}>
                  <JudgementEntry judgement={judgement} current={index === 0} />
                </li>
              ))}
            </ol>
          )}
        </CardContent>
      </Card>
    </section>
  );
}

function JudgementEntry({ judgement, current }: { judgement: JudgementRecord; current: boolean }) {
  return (
    <article
      className={cn("flex flex-col gap-2.5 rounded-lg border p-4", current && "border-primary/50 bg-accent/30")}
      aria-label={current ? "Current judgement" : "Earlier judgement"}
      data-testid="judgement"
    >
      <div className="flex flex-wrap items-center gap-2">
        {judgement.outcome ? (
          <StatusBadge outcome={judgement.outcome} />
        ) : (
          <Badge variant="outline">
            <Undo2 aria-hidden /> Reopened
          </Badge>
        )}
        {judgement.outcome === "PARTIAL" && judgement.credit !== null ? (
          <span className="text-sm font-medium">credit {formatPercent(judgement.credit)}</span>
        ) : null}
        {current ? <Badge variant="default">Current</Badge> : null}
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {judgement.resolvedAt ? (
          <>
            <dt className="text-muted-foreground">Date decided</dt>
            <dd>
              <time dateTime={judgement.resolvedAt.toISOString()}>{formatDay(judgement.resolvedAt)}</time>
            </dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">By</dt>
        <dd>
          {judgement.judgedBy?.name ?? "an unknown editor"}, on{" "}
          <time dateTime={judgement.createdAt.toISOString()}>{formatMoment(judgement.createdAt)}</time>
        </dd>
        <dt className="text-muted-foreground">Judged version</dt>
        <dd>{judgement.basedOnVersion}</dd>
      </dl>
      {judgement.note ? <p className="text-sm leading-relaxed whitespace-pre-line">{judgement.note}</p> : null}
      {judgement.evidence.length > 0 ? (
        <div className="flex flex-col gap-1">
          <h3 className="text-xs font-medium text-muted-foreground">Evidence</h3>
          <ul className="flex flex-col gap-1 text-sm">
            {judgement.evidence.map((url) => (
              <li key={url} className="min-w-0">
                {isWebUrl(url) ? (
                  <a
                    href={url}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    className="inline-flex max-w-full items-center gap-1 text-primary underline-offset-2 hover:underline"
                  >
                    <span className="truncate">{url}</span>
                    <ExternalLink aria-hidden className="size-3 shrink-0" />
                    <span className="sr-only">(opens in a new tab)</span>
                  </a>
                ) : (
                  <span className="break-all">{url}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
