import { DomainError, filePublicDisputeInput } from "@hindsight/domain";
import { fileDispute as insertDispute } from "@hindsight/db";
import type { Context } from "../../context";
import { useCase, type UseCaseContext } from "../use-case";

/** Public filings (no sign-in) per client address: docs/disputes.md. */
export const PUBLIC_DISPUTE_RATE_LIMIT = { max: 5, windowSeconds: 3600 };

/**
 * The client's address as the web server resolved it: apps/web/src/server/client-address.ts
 * rewrites X-Forwarded-For to the one address it trusts (HINDSIGHT_TRUSTED_PROXIES) before any
 * handler runs, the same address the sign-in rate limit counts. Without it (a caller with no
 * request), every such filing shares one counter.
 */
export function disputeClientAddress(ctx: Pick<Context, "headers">): string {
  const forwarded = ctx.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "";
  return /^[\d.:a-fA-F]{2,45}$/.test(forwarded) ? forwarded : "unknown";
}

/** What the honeypot's refusal says: nothing about which field gave the sender away. */
export const HONEYPOT_MESSAGE =
  "The dispute could not be accepted. If you are a person, reload the page and try again.";

/**
 * Files a dispute without signing in: a name and an email address, counted per client address
 * (PUBLIC_DISPUTE_RATE_LIMIT); the honeypot field `website` must be absent or empty.
 */
export const filePublicDispute = useCase({
  input: filePublicDisputeInput,
  run: (ctx: Pick<UseCaseContext, "now"> & Pick<Context, "primary" | "headers">, input) => {
    if (input.website !== undefined && input.website.trim() !== "") {
      throw new DomainError("INVALID", HONEYPOT_MESSAGE);
    }
    const { name, email, website: _honeypot, ...dispute } = input;
    return insertDispute(
      ctx.primary,
      dispute,
      {
        kind: "public",
        name,
        email,
        rateLimit: { key: `dispute:${disputeClientAddress(ctx)}`, ...PUBLIC_DISPUTE_RATE_LIMIT },
      },
      ctx.now(),
    );
  },
});
