import { disputeList, disputeQueue, disputeRecord } from "@hindsight/domain";
import { answerDispute } from "../use-cases/dispute/answer";
import { fileDispute } from "../use-cases/dispute/create";
import { filePublicDispute } from "../use-cases/dispute/create-public";
import { predictionDisputes } from "../use-cases/dispute/for-prediction";
import { listDisputes } from "../use-cases/dispute/list";
import { openDisputeCount } from "../use-cases/dispute/open-count";
import { editorProcedure, publicProcedure, router, signedInProcedure } from "../trpc";

export { disputeClientAddress, HONEYPOT_MESSAGE, PUBLIC_DISPUTE_RATE_LIMIT } from "../use-cases/dispute/create-public";

export const disputeRouter = router({
  /** File a dispute as the signed-in user (any role). */
  create: signedInProcedure
    .input(fileDispute.input)
    .output(disputeRecord)
    .mutation(({ ctx, input }) => fileDispute.run(ctx, input)),
  /**
   * File a dispute without signing in: a name and an email address, counted per client address
   * (PUBLIC_DISPUTE_RATE_LIMIT); the honeypot field `website` must be absent or empty.
   */
  createPublic: publicProcedure
    .input(filePublicDispute.input)
    .output(disputeRecord)
    .mutation(({ ctx, input }) => filePublicDispute.run(ctx, input)),
  /** Uphold (then re-judge the prediction) or reject with a reason, against the dispute's version. */
  answer: editorProcedure
    .input(answerDispute.input)
    .output(disputeRecord)
    .mutation(({ ctx, input }) => answerDispute.run(ctx, input)),
  /** A prediction's disputes and their answers, newest first: public. */
  forPrediction: publicProcedure
    .input(predictionDisputes.input)
    .output(disputeList)
    .query(({ ctx, input }) => predictionDisputes.run(ctx, input)),
  /** The editors' queue (with public filers' email addresses). */
  list: editorProcedure
    .input(listDisputes.input)
    .output(disputeQueue)
    .query(({ ctx, input }) => listDisputes.run(ctx, input)),
  /** How many disputes wait for an answer (the editors' header count); public, as the disputes are. */
  openCount: publicProcedure.query(({ ctx }) => openDisputeCount(ctx)),
});
