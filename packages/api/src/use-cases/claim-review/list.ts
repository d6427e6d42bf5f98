import { buildClaimReview, listClaimReviewsInput } from "@hindsight/domain";
import { listClaimReviewFacts } from "@hindsight/db";
import type { Context } from "../../context";
import { useCase, type UseCaseContext } from "../use-case";

/**
 * schema.org ClaimReview markup of judged predictions, most recently judged first, optionally
 * judged at or after `since`; a page at a time (`cursor`, `limit`).
 */
export const listClaimReviews = useCase({
  input: listClaimReviewsInput,
  run: async (ctx: Pick<UseCaseContext, "db"> & Pick<Context, "siteUrl">, input) => {
    const page = await listClaimReviewFacts(ctx.db, input);
    return { items: page.items.map((facts) => buildClaimReview(facts, ctx.siteUrl)), nextCursor: page.nextCursor };
  },
});
