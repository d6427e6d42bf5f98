import { analystRouter } from "./routers/analyst";
import { predictionRouter } from "./routers/prediction";
import { sourceRouter } from "./routers/source";
import { userRouter } from "./routers/user";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  prediction: predictionRouter,
  analyst: analystRouter,
  source: sourceRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
