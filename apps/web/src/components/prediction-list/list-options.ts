import type { ListFilters } from "@/lib/list-filters";

/** Shared by the server prefetch and the client query, so both use the same query key. */
export const PREDICTIONS_PAGE_SIZE = 20;

/** Filters the list accepts: those of the URL, plus a source (the source page's list). */
export type ListScope = ListFilters & { sourceId?: string };

/** What the list asks the API for: the filters (absent keys left out, never undefined) and the page size. */
export function listInputFor(scope: ListScope): ListScope & { limit: number } {
  const input: ListScope & { limit: number } = { limit: PREDICTIONS_PAGE_SIZE };
  for (const [key, value] of Object.entries(scope) as [keyof ListScope, ListScope[keyof ListScope]][]) {
    if (value) Object.assign(input, { [key]: value });
  }
  return input;
}

/**
 * What the filter menus ask prediction.facets for, so that each option's count is the number the
 * list would show with it chosen: the URL's filters (absent keys left out). Shared by the server
 * prefetch and the client query.
 */
export function facetsInputFor(filters: ListFilters): ListFilters {
  const { limit: _limit, ...input } = listInputFor(filters);
  return input;
}

export const getNextPageParam = (page: { nextCursor: string | null }): string | null => page.nextCursor;
