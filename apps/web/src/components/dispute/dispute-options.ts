/** Shared by the server prefetch and the client query of the disputes queue, so both use the same query key. */
export const DISPUTE_PAGE_SIZE = 20;
export const disputeQueueInput = { limit: DISPUTE_PAGE_SIZE } as const;
export const getNextDisputePage = (page: { nextCursor: string | null }): string | null => page.nextCursor;
