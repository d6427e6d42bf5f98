import { getQueryClient, trpc } from "@/trpc/server";
import { ClaimReviewJsonLd } from "./claim-review-json-ld";

/**
 * The prediction's schema.org ClaimReview for search engines and fact-check aggregators, drawn on
 * the server (so it is in the page's HTML) from the latest judgement; nothing while it is open.
 */
export async function ClaimReviewScript({ id }: { id: string }) {
  const markup = await getQueryClient().fetchQuery(trpc.claimReview.byPrediction.queryOptions({ id }));
  return <ClaimReviewJsonLd id={id} initial={markup} />;
}
