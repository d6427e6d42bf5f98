import type { FeedFilter, FeedScope } from "@hindsight/domain";

/** The feeds, by the name in their address: /feeds/<name>. */
export const FEED_PATHS = {
  predictions: "/feeds/predictions.atom",
  judgements: "/feeds/judgements.atom",
  deadlines: "/feeds/deadlines.ics",
} as const;
export type FeedKind = keyof typeof FEED_PATHS;

/** The filter as a query string in a fixed order (analyst, tag, question), "" when there is none. */
export function feedQuery(filter: FeedFilter): string {
  const query = new URLSearchParams();
  if (filter.analyst !== undefined) query.set("analyst", filter.analyst);
  if (filter.tag !== undefined) query.set("tag", filter.tag);
  if (filter.question !== undefined) query.set("question", filter.question);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** A feed's address relative to the site, e.g. "/feeds/predictions.atom?analyst=ann". */
export const feedPath = (kind: FeedKind, filter: FeedFilter = {}): string => `${FEED_PATHS[kind]}${feedQuery(filter)}`;

/** The page a feed follows: the question's, the analyst's, or the filtered list. */
export function pageOf(filter: FeedFilter): string {
  if (filter.question !== undefined && filter.analyst === undefined && filter.tag === undefined) {
    return `/questions/${encodeURIComponent(filter.question)}`;
  }
  if (filter.analyst !== undefined && filter.tag === undefined && filter.question === undefined) {
    return `/analysts/${encodeURIComponent(filter.analyst)}`;
  }
  const query = new URLSearchParams();
  if (filter.analyst !== undefined) query.set("analyst", filter.analyst);
  if (filter.tag !== undefined) query.set("tag", filter.tag);
  const text = query.toString();
  return text ? `/?${text}` : "/";
}

/** " by Ann Example, tagged economy, on “Will it rain?”": what narrows the feed, for its title. */
export function scopeText(scope: FeedScope): string {
  const parts = [
    scope.analyst ? ` by ${scope.analyst.name}` : "",
    scope.tag ? ` tagged ${scope.tag.name}` : "",
    scope.question ? ` on “${scope.question.title}”` : "",
  ].filter(Boolean);
  return parts.join(",");
}
