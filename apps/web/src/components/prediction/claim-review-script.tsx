import { headers } from "next/headers";
import { getQueryClient, trpc } from "@/trpc/server";
import { ClaimReviewJsonLd } from "./claim-review-json-ld";

/**
 * This request's script nonce, from the policy the proxy (src/proxy.ts) put on the request. A data
 * block is never executed, so the policy does not need it; it carries the nonce anyway so that
 * every script element of a page has one and the rule stays without exceptions.
 */
async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([A-Za-z0-9+/_-]+={0,2})'/.exec(policy)?.[1];
}

/**
 * The prediction's schema.org ClaimReview for search engines and fact-check aggregators, drawn on
 * the server (so it is in the page's HTML) from the latest judgement; nothing while it is open.
 */
export async function ClaimReviewScript({ id }: { id: string }) {
  const [markup, nonce] = await Promise.all([
    getQueryClient().fetchQuery(trpc.claimReview.byPrediction.queryOptions({ id })),
    requestNonce(),
  ]);
  return <ClaimReviewJsonLd id={id} initial={markup} nonce={nonce} />;
}
