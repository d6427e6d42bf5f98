import { feedPath, type FeedKind } from "@hindsight/api";
import { CalendarDays, Rss } from "lucide-react";
import type { Metadata } from "next";

/** What the page shows: the feeds carry the same filter (docs/feeds.md). */
export interface FeedLinksFilter {
  analyst?: string | undefined;
  tag?: string | undefined;
  question?: string | undefined;
}

const FEEDS: { kind: FeedKind; type: string; title: string; format: string }[] = [
  { kind: "predictions", type: "application/atom+xml", title: "New predictions", format: "Atom" },
  { kind: "judgements", type: "application/atom+xml", title: "Judgements", format: "Atom" },
  { kind: "deadlines", type: "text/calendar", title: "Deadlines", format: "Calendar" },
];

/**
 * The page's feeds as `<link rel="alternate">` in the document's head, for feed readers to discover
 * (through the page's metadata: Next writes it into the head). `subject` ("by Ann Example") goes
 * into each link's title, which readers show.
 */
export function feedAlternates(filter: FeedLinksFilter, subject?: string): NonNullable<Metadata["alternates"]> {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const feed of FEEDS) {
    (types[feed.type] ??= []).push({
      url: feedPath(feed.kind, filter),
      title: `${feed.title}${subject ? ` ${subject}` : ""} (Hindsight)`,
    });
  }
  return { types };
}

/** The visible "Subscribe" line with the same feeds. Left off paper (print:hidden). */
export function FeedLinks({ filter }: { filter: FeedLinksFilter }) {
  return (
    <p
      className="mb-6 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground print:hidden"
      data-feed-links
    >
      <span className="font-medium text-foreground">Subscribe:</span>
      {FEEDS.map((feed) => (
        <a
          key={feed.kind}
          href={feedPath(feed.kind, filter)}
          type={feed.type}
          className="inline-flex items-center gap-1 underline-offset-4 hover:underline focus-visible:underline"
        >
          {feed.kind === "deadlines" ? (
            <CalendarDays aria-hidden className="size-3.5" />
          ) : (
            <Rss aria-hidden className="size-3.5" />
          )}
          {feed.title} <span className="text-xs">({feed.format})</span>
        </a>
      ))}
    </p>
  );
}
