import { buildClaimReview, byIdInput, listClaimReviewsInput } from "@hindsight/domain";
import { getClaimReviewFacts, listClaimReviewFacts } from "@hindsight/db";
import { publicProcedure, router } from "../trpc";

/** schema.org ClaimReview markup of judged predictions, for their pages and for fact-check aggregators. */
export const claimReviewRouter = router({
  /** Most recently judged first, optionally judged at or after `since`; a page at a time (`cursor`, `limit`). */
  list: publicProcedure.input(listClaimReviewsInput).query(async ({ ctx, input }) => {
    const page = await listClaimReviewFacts(ctx.db, input);
    return { items: page.items.map((facts) => buildClaimReview(facts, ctx.siteUrl)), nextCursor: page.nextCursor };
  }),
  /** The ClaimReview of one prediction, from its latest judgement; null while it is open or reopened. */
  byPrediction: publicProcedure.input(byIdInput).query(async ({ ctx, input }) => {
    const facts = await getClaimReviewFacts(ctx.db, input.id);
    return facts ? buildClaimReview(facts, ctx.siteUrl) : null;
  }),
});
