import { claimReviewOfPrediction, claimReviewPage } from "@hindsight/domain";
import { claimReviewByPrediction } from "../use-cases/claim-review/by-prediction";
import { listClaimReviews } from "../use-cases/claim-review/list";
import { publicProcedure, router } from "../trpc";

/** schema.org ClaimReview markup of judged predictions, for their pages and for fact-check aggregators. */
export const claimReviewRouter = router({
  /** Most recently judged first, optionally judged at or after `since`; a page at a time (`cursor`, `limit`). */
  list: publicProcedure
    .input(listClaimReviews.input)
    .output(claimReviewPage)
    .query(({ ctx, input }) => listClaimReviews.run(ctx, input)),
  /** The ClaimReview of one prediction, from its latest judgement; null while it is open or reopened. */
  byPrediction: publicProcedure
    .input(claimReviewByPrediction.input)
    .output(claimReviewOfPrediction)
    .query(({ ctx, input }) => claimReviewByPrediction.run(ctx, input)),
});
