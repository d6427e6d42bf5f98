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

/**
 * What the filter menus ask scoreboard.filters for: the tag, outlet and period of the URL (absent
 * keys left out), so each menu counts under the others. Shared by the server prefetch, the filter
 * bar and the scoreboard (which names the tag and outlet from it).
 */
export function scoreboardFilterOptionsInput(
  filters: ScoreboardFilters,
): Pick<ScoreboardFilters, "tag" | "outlet" | "from" | "to"> {
  const input: Pick<ScoreboardFilters, "tag" | "outlet" | "from" | "to"> = {};
  for (const key of ["tag", "outlet", "from", "to"] as const) {
    const value = filters[key];
    if (value !== undefined && value !== "") input[key] = value;
  }
  return input;
}

/** The cursor is an offset into the sorted lines; null after the last page. */
export const getNextScoreboardPage = (page: { nextCursor: number | null }): number | null => page.nextCursor;
