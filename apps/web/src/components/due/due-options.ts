/** Shared by the server prefetch and the client query of the due queue, so both use the same query key. */
export const DUE_PAGE_SIZE = 20;
export const dueInput = { limit: DUE_PAGE_SIZE } as const;
export const getNextDuePage = (page: { nextCursor: string | null }): string | null => page.nextCursor;
