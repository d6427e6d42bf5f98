import { z } from "zod";
import { cursorPage, date, optional } from "./fields";

/** ClaimReviews for aggregators: most recently judged first, optionally only those judged at or after `since`. */
export const listClaimReviewsInput = z.object({ ...cursorPage, since: optional(date("since")) }).default({ limit: 20 });
export type ListClaimReviewsInput = z.output<typeof listClaimReviewsInput>;
