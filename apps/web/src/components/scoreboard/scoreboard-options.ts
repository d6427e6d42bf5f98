import type { ScoreboardFilters } from "@/lib/scoreboard-filters";

/**
 * Shared by the server prefetch and the client query, so both use the same query key. A screenful
 * of analysts: every line drawn costs the server time on every view, and "Load more" brings the rest.
 */
export const SCOREBOARD_PAGE_SIZE = 25;

/** What the scoreboard asks scoreboard.page for: the URL's filters and order (absent keys left out) and the page size. */
export function scoreboardInputFor(filters: ScoreboardFilters): ScoreboardFilters & { limit: number } {
  const input: ScoreboardFilters & { limit: number } = { limit: SCOREBOARD_PAGE_SIZE };
  for (const [key, value] of Object.entries(filters) as [keyof ScoreboardFilters, unknown][]) {
    if (value !== undefined && value !== "") Object.assign(input, { [key]: value });
  }
  return input;
}

/** The cursor is an offset into the sorted lines; null after the last page. */
export const getNextScoreboardPage = (page: { nextCursor: number | null }): number | null => page.nextCursor;
