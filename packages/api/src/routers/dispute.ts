import {
  answerDisputeInput,
  disputeList,
  disputeRecord,
  DomainError,
  fileDisputeInput,
  filePublicDisputeInput,
  listDisputesInput,
  predictionDisputesInput,
} from "@hindsight/domain";
import { answerDispute, countOpenDisputes, fileDispute, listDisputes, listPredictionDisputes } from "@hindsight/db";
import type { Context } from "../context";
import { editorProcedure, publicProcedure, router, signedInProcedure } from "../trpc";

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

export const disputeRouter = router({
  /** File a dispute as the signed-in user (any role). */
  create: signedInProcedure
    .input(fileDisputeInput)
    .output(disputeRecord)
    .mutation(({ ctx, input }) =>
      fileDispute(ctx.primary, input, { kind: "user", userId: ctx.actor.userId }, ctx.now()),
    ),
  /**
   * File a dispute without signing in: a name and an email address, counted per client address
   * (PUBLIC_DISPUTE_RATE_LIMIT); the honeypot field `website` must be absent or empty.
   */
  createPublic: publicProcedure
    .input(filePublicDisputeInput)
    .output(disputeRecord)
    .mutation(({ ctx, input }) => {
      if (input.website !== undefined && input.website.trim() !== "") {
        throw new DomainError("INVALID", HONEYPOT_MESSAGE);
      }
      const { name, email, website: _honeypot, ...dispute } = input;
      return fileDispute(
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
    }),
  /** Uphold (then re-judge the prediction) or reject with a reason, against the dispute's version. */
  answer: editorProcedure
    .input(answerDisputeInput)
    .output(disputeRecord)
    .mutation(({ ctx, input }) => answerDispute(ctx.db, input, { userId: ctx.actor.userId })),
  /** A prediction's disputes and their answers, newest first: public. */
  forPrediction: publicProcedure
    .input(predictionDisputesInput)
    .output(disputeList)
    .query(({ ctx, input }) => listPredictionDisputes(ctx.db, input.predictionId)),
  /** The editors' queue (with public filers' email addresses). */
  list: editorProcedure.input(listDisputesInput).query(({ ctx, input }) => listDisputes(ctx.db, input)),
  /** How many disputes wait for an answer (the editors' header count); public, as the disputes are. */
  openCount: publicProcedure.query(({ ctx }) => countOpenDisputes(ctx.db)),
});
