import { buildClaimReview, byIdInput } from "@hindsight/domain";
import { getClaimReviewFacts } from "@hindsight/db";
import type { Context } from "../../context";
import { useCase, type UseCaseContext } from "../use-case";

/** The ClaimReview of one prediction, from its latest judgement; null while it is open or reopened. */
export const claimReviewByPrediction = useCase({
  input: byIdInput,
  run: async (ctx: Pick<UseCaseContext, "db"> & Pick<Context, "siteUrl">, input) => {
    const facts = await getClaimReviewFacts(ctx.db, input.id);
    return facts ? buildClaimReview(facts, ctx.siteUrl) : null;
  },
});
