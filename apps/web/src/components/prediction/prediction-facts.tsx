import type { PredictionDetail } from "@hindsight/domain";
import { CalendarCheck, CalendarClock, ExternalLink, GitFork, Newspaper } from "lucide-react";
import Link from "next/link";
import { Suspense, use, type ReactNode } from "react";
import { StatusBadge } from "@/components/prediction-list/status-badge";
import { ArchivedCopyLink, QuoteVerbatimMark } from "@/components/source/integrity-marks";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDay, formatPercent } from "@/lib/format";
import { findHedge, probabilityOrigin, type HedgeLookup } from "@/lib/probability";
import { isWebUrl } from "@/lib/utils";
import { TagLinks } from "@/components/prediction-list/tag-links";

const Day = ({ date }: { date: Date }) => <time dateTime={date.toISOString()}>{formatDay(date)}</time>;

/** The quote with its hedge phrase marked (a <mark>, so it is announced and visible without colour). */
export function QuoteWithHedge({ quote, hedge }: { quote: string; hedge: string | null }) {
  const found = findHedge(quote, hedge);
  if (!found) return <>{quote}</>;
  return (
    <>
      {quote.slice(0, found.start)}
      <mark
        className="rounded-sm bg-warning/25 px-0.5 font-semibold text-foreground not-italic underline decoration-warning decoration-2 underline-offset-4"
        title="The hedge words the probability was read from"
      >
        {quote.slice(found.start, found.end)}
      </mark>
      {quote.slice(found.end)}
    </>
  );
}

/** What was said and where: the exact quote, and the source it came from. */
export function SaidCard({ prediction }: { prediction: PredictionDetail }) {
  const { source } = prediction;
  return (
    <Card>
      <CardHeader>
        <CardTitle>What was said</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {prediction.quote ? (
          <>
            <blockquote
              className="border-l-4 border-primary/40 pl-4 text-base leading-relaxed italic"
              data-testid="quote"
            >
              &ldquo;
              <QuoteWithHedge quote={prediction.quote} hedge={prediction.hedge} />
              &rdquo;
            </blockquote>
            <QuoteVerbatimMark verbatim={prediction.quoteVerbatim} />
          </>
        ) : (
          <p className="text-sm text-muted-foreground">No quote was recorded.</p>
        )}
        {source ? (
          <div className="flex items-start gap-2 text-sm">
            <Newspaper aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
            <p className="min-w-0">
              <Link href={`/sources/${source.id}`} className="font-medium underline-offset-2 hover:underline">
                {source.title}
              </Link>
              <span className="text-muted-foreground">
                {source.outlet ? `, ${source.outlet}` : ""}, <Day date={source.publishedAt} />
              </span>
              {isWebUrl(source.url) ? (
                <a
                  href={source.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="mt-1 flex w-fit items-center gap-1 text-primary underline-offset-2 hover:underline"
                >
                  Read the article <ExternalLink aria-hidden className="size-3.5" />
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
              ) : null}
              <ArchivedCopyLink href={source.archiveUrl} />
            </p>
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">No written source was recorded.</p>
        )}
      </CardContent>
    </Card>
  );
}

/** How it will be judged: criteria, condition, and the compound prediction it belongs to or splits into. */
export function TermsCard({ prediction }: { prediction: PredictionDetail }) {
  const rows: { term: string; detail: ReactNode }[] = [
    { term: "Claim", detail: prediction.claim },
    { term: "Resolution criteria", detail: prediction.criteria ?? <Muted>None recorded: the claim decides.</Muted> },
    {
      term: "Conditional",
      detail: prediction.conditional ? <>Yes: {prediction.condition ?? <Muted>condition not recorded</Muted>}</> : "No",
    },
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>How it will be judged</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <dl className="flex flex-col gap-3 text-sm">
          {rows.map((row) => (
            <div key={row.term} className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-3">
              <dt className="text-muted-foreground">{row.term}</dt>
              <dd className="leading-relaxed">{row.detail}</dd>
            </div>
          ))}
        </dl>
        {prediction.parent ? (
          <p className="flex items-start gap-2 border-t pt-4 text-sm">
            <GitFork aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
            <span>
              Part of the compound prediction{" "}
              <Link href={`/predictions/${prediction.parent.id}`} className="font-medium text-primary hover:underline">
                {prediction.parent.claim}
              </Link>
            </span>
          </p>
        ) : null}
        {prediction.parts.length > 0 ? (
          <div className="flex flex-col gap-2 border-t pt-4">
            <h3 className="text-sm font-medium">Parts, judged separately</h3>
            <ul className="flex flex-col gap-2 text-sm">
              {prediction.parts.map((part) => (
                <li key={part.id} className="flex flex-wrap items-center gap-2">
                  <StatusBadge outcome={part.outcome} />
                  <Link href={`/predictions/${part.id}`} className="text-primary hover:underline">
                    {part.claim}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

const Muted = ({ children }: { children: ReactNode }) => <span className="text-muted-foreground">{children}</span>;

/** The probability, large, with how it was obtained. */
export function ProbabilityCard({ prediction }: { prediction: PredictionDetail }) {
  const percent = formatPercent(prediction.probability);
  return (
    <Card>
      <CardContent className="flex flex-col gap-3">
        <p className="text-sm text-muted-foreground">Probability</p>
        <p className="text-4xl leading-none font-semibold tabular-nums" data-testid="probability">
          {percent}
        </p>
        <div aria-hidden className="h-2 w-full overflow-hidden rounded-full bg-muted">
          <div className="h-full rounded-full bg-primary" style={{ width: percent }} />
        </div>
        {/* Until the lexicon has arrived (a page drawn in the browser), the hedge and its number alone. */}
        <Suspense fallback={<ProbabilityOriginText prediction={prediction} lookupHedge={unknownHedge} />}>
          <ProbabilityOriginOfPrediction prediction={prediction} />
        </Suspense>
      </CardContent>
    </Card>
  );
}

const unknownHedge: HedgeLookup = () => null;
let hedgeLexicon: Promise<HedgeLookup> | undefined;

/**
 * The hedge lexicon (about 3 kB gzipped), loaded the first time a page shows a probability read
 * from a hedge rather than with every prediction's page. A failed load is tried again next time.
 */
function loadHedgeLookup(): Promise<HedgeLookup> {
  hedgeLexicon ??= import("@hindsight/domain/hedges").then(
    (lexicon) => lexicon.lookupHedge,
    (error: unknown) => {
      hedgeLexicon = undefined;
      throw error;
    },
  );
  return hedgeLexicon;
}

/**
 * Where the probability came from, with the lexicon's reading for a hedge. On the server the
 * reading is in the page as sent; in the browser that part of the page is hydrated once the
 * lexicon has arrived (the rest of the page does not wait for it).
 */
function ProbabilityOriginOfPrediction({ prediction }: { prediction: PredictionDetail }) {
  const lookupHedge =
    prediction.probabilitySource === "HEDGE" && prediction.hedge ? use(loadHedgeLookup()) : unknownHedge;
  return <ProbabilityOriginText prediction={prediction} lookupHedge={lookupHedge} />;
}

function ProbabilityOriginText({
  prediction,
  lookupHedge,
}: {
  prediction: PredictionDetail;
  lookupHedge: HedgeLookup;
}) {
  const origin = probabilityOrigin(prediction, lookupHedge);
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="font-medium" data-testid="probability-origin">
        {origin.label}
      </p>
      <p className="text-muted-foreground">{origin.detail}</p>
      {origin.basis ? <p className="text-xs text-muted-foreground">Basis: {origin.basis}</p> : null}
    </div>
  );
}

/** Made, deadline, decided; and the tags, each a link to the predictions sharing it. */
export function TimingCard({ prediction, due }: { prediction: PredictionDetail; due: boolean }) {
  return (
    <Card>
      <CardContent className="flex flex-col gap-4 text-sm">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="text-muted-foreground">Made</dt>
          <dd>
            <Day date={prediction.madeAt} />
          </dd>
          <dt className="flex items-center gap-1.5 text-muted-foreground">
            <CalendarClock aria-hidden className="size-3.5" /> Deadline
          </dt>
          <dd>
            {prediction.resolveBy ? <Day date={prediction.resolveBy} /> : <Muted>not set</Muted>}
            {due ? <span className="ml-1.5 font-medium text-warning">(passed)</span> : null}
          </dd>
          {prediction.resolvedAt ? (
            <>
              <dt className="flex items-center gap-1.5 text-muted-foreground">
                <CalendarCheck aria-hidden className="size-3.5" /> Decided
              </dt>
              <dd>
                <Day date={prediction.resolvedAt} />
              </dd>
            </>
          ) : null}
          {prediction.outcome === "PARTIAL" && prediction.credit !== null ? (
            <>
              <dt className="text-muted-foreground">Credit</dt>
              <dd>{formatPercent(prediction.credit)}</dd>
            </>
          ) : null}
        </dl>
        <div className="flex flex-col gap-2 border-t pt-4">
          <p className="text-muted-foreground">Tags</p>
          {prediction.tags.length > 0 ? <TagLinks tags={prediction.tags} /> : <Muted>None</Muted>}
        </div>
      </CardContent>
    </Card>
  );
}
