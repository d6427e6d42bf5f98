/** Shared by the server prefetch and the client query, so both use the same query key. */
export const PREDICTIONS_PAGE_SIZE = 20;

export const listInput = { limit: PREDICTIONS_PAGE_SIZE } as const;

export const getNextPageParam = (page: { nextCursor: string | null }): string | null => page.nextCursor;
