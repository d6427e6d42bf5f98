import { analystRouter } from "./routers/analyst";
import { apiKeyRouter } from "./routers/api-key";
import { claimReviewRouter } from "./routers/claim-review";
import { disputeRouter } from "./routers/dispute";
import { extractRouter } from "./routers/extract";
import { feedRouter } from "./routers/feed";
import { ledgerRouter } from "./routers/ledger";
import { notificationRouter } from "./routers/notification";
import { predictionRouter } from "./routers/prediction";
import { questionRouter } from "./routers/question";
import { scoreboardRouter } from "./routers/scoreboard";
import { sourceRouter } from "./routers/source";
import { userRouter } from "./routers/user";
import { webhookRouter } from "./routers/webhook";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  prediction: predictionRouter,
  analyst: analystRouter,
  source: sourceRouter,
  user: userRouter,
  scoreboard: scoreboardRouter,
  apiKey: apiKeyRouter,
  ledger: ledgerRouter,
  extract: extractRouter,
  question: questionRouter,
  claimReview: claimReviewRouter,
  feed: feedRouter,
  dispute: disputeRouter,
  webhook: webhookRouter,
  notification: notificationRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
