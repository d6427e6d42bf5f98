import { predictionStatus, type PredictionSummary } from "@hindsight/domain";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { SpriteIcon } from "@/components/ui/sprite-icon";
import { formatDay, formatPercent } from "@/lib/format";
import { isWebUrl } from "@/lib/utils";
import { StatusBadge } from "./status-badge";
import { TagLinks } from "@/components/prediction-list/tag-links";

const inlineLink = "font-medium text-foreground underline-offset-2 hover:underline";

/**
 * One prediction in a list: who, status, the claim (linking to its page), the quote, source,
 * dates, tags and probability. `actions` adds buttons at the foot (the due queue's "Judge"). Its
 * icons come from the list's sprite: a list of rows renders ListIconSprite once.
 */
export function PredictionRow({ prediction, actions }: { prediction: PredictionSummary; actions?: ReactNode }) {
  const { source } = prediction;
  const percent = formatPercent(prediction.probability);
  const due = predictionStatus(prediction, new Date()) === "DUE";
  return (
    <article
      className="grid gap-4 rounded-xl border bg-card p-5 shadow-xs sm:grid-cols-[1fr_auto] sm:gap-6"
      aria-labelledby={`prediction-${prediction.id}-claim`}
      data-testid="prediction-row"
    >
      <div className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <span className="flex items-center gap-1.5">
            <SpriteIcon name="user-round" className="size-4 text-muted-foreground" />
            <Link href={`/analysts/${prediction.analyst.slug}`} className={inlineLink}>
              {prediction.analyst.name}
            </Link>
          </span>
          <StatusBadge outcome={prediction.outcome} due={due} fromSprite />
          {prediction.conditional ? <Badge variant="muted">Conditional</Badge> : null}
          {prediction.disputed ? <Badge variant="warning">Disputed</Badge> : null}
        </div>

        <h2 id={`prediction-${prediction.id}-claim`} className="text-base leading-snug font-semibold text-balance">
          <Link
            href={`/predictions/${prediction.id}`}
            className="rounded-sm underline-offset-4 hover:text-primary hover:underline"
          >
            {prediction.claim}
          </Link>
        </h2>

        {prediction.quote ? (
          <blockquote className="border-l-2 border-primary/40 pl-3 text-sm leading-relaxed text-muted-foreground italic">
            &ldquo;{prediction.quote}&rdquo;
          </blockquote>
        ) : null}

        <dl className="flex flex-wrap gap-x-5 gap-y-1.5 text-xs text-muted-foreground">
          {source ? (
            <div className="flex min-w-0 items-center gap-1.5">
              <dt className="sr-only">Source</dt>
              <SpriteIcon name="newspaper" className="size-3.5 shrink-0" />
              <dd className="min-w-0">
                <Link href={`/sources/${source.id}`} className={inlineLink}>
                  {source.title}
                </Link>
                {source.outlet ? <span>, {source.outlet}</span> : null}
                <span>
                  , <time dateTime={source.publishedAt.toISOString()}>{formatDay(source.publishedAt)}</time>
                </span>
                {isWebUrl(source.url) ? (
                  <a
                    href={source.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="ml-1.5 inline-flex items-center gap-1 rounded-sm align-middle text-muted-foreground hover:text-foreground"
                  >
                    <SpriteIcon name="external-link" className="size-3.5" />
                    <span className="sr-only">Read the article (opens in a new tab)</span>
                  </a>
                ) : null}
              </dd>
            </div>
          ) : null}
          <div className="flex items-center gap-1.5">
            <dt>Made</dt>
            <dd>
              <time dateTime={prediction.madeAt.toISOString()}>{formatDay(prediction.madeAt)}</time>
            </dd>
          </div>
          <div className="flex items-center gap-1.5">
            <SpriteIcon name="calendar-clock" className="size-3.5" />
            <dt>Deadline</dt>
            <dd>
              {prediction.resolveBy ? (
                <time dateTime={prediction.resolveBy.toISOString()}>{formatDay(prediction.resolveBy)}</time>
              ) : (
                "not set"
              )}
            </dd>
          </div>
        </dl>

        {prediction.tags.length > 0 ? <TagLinks tags={prediction.tags} /> : null}

        {actions ? <div className="flex flex-wrap gap-2 pt-1">{actions}</div> : null}
      </div>

      <div className="flex items-center gap-3 sm:w-24 sm:flex-col sm:items-end sm:gap-2">
        <p className="text-2xl leading-none font-semibold tabular-nums">
          <span className="sr-only">Probability </span>
          {percent}
        </p>
        <div aria-hidden className="h-1.5 w-24 overflow-hidden rounded-full bg-muted">
          <div className="h-full rounded-full bg-primary" style={{ width: percent }} />
        </div>
        <p className="text-xs text-muted-foreground">probability</p>
      </div>
    </article>
  );
}
