import { feedPath, type FeedKind } from "@hindsight/api";
import { CalendarDays, Rss } from "lucide-react";

/** What the page shows: the feeds carry the same filter (docs/feeds.md). */
export interface FeedLinksFilter {
  analyst?: string | undefined;
  tag?: string | undefined;
  question?: string | undefined;
}

const FEEDS: { kind: FeedKind; type: string; title: string; label: string; format: string }[] = [
  {
    kind: "predictions",
    type: "application/atom+xml",
    title: "New predictions",
    label: "New predictions",
    format: "Atom",
  },
  { kind: "judgements", type: "application/atom+xml", title: "Judgements", label: "Judgements", format: "Atom" },
  { kind: "deadlines", type: "text/calendar", title: "Upcoming deadlines", label: "Deadlines", format: "Calendar" },
];

/**
 * The page's feeds: `<link rel="alternate">` for feed readers (React puts them in the document's
 * head) and a visible "Subscribe" line with the same links. Left off paper (print:hidden).
 */
export function FeedLinks({ filter, subject }: { filter: FeedLinksFilter; subject?: string }) {
  // "by Ann Example", "tagged economy": said in each link's title, which feed readers show.
  const suffix = subject ? ` ${subject}` : "";
  return (
    <>
      {FEEDS.map((feed) => (
        <link
          key={feed.kind}
          rel="alternate"
          type={feed.type}
          title={`${feed.title}${suffix} (Hindsight)`}
          href={feedPath(feed.kind, filter)}
        />
      ))}
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
            {feed.label} <span className="text-xs">({feed.format})</span>
          </a>
        ))}
      </p>
    </>
  );
}
