import { feedDeadlines } from "../use-cases/feed/deadlines";
import { feedJudgements } from "../use-cases/feed/judgements";
import { feedPredictions } from "../use-cases/feed/predictions";
import { publicProcedure, router } from "../trpc";

/**
 * What the Atom and iCalendar feeds show (packages/api/src/feeds): the filter's analyst, tag and
 * question looked up (NOT_FOUND for one that does not exist), and the newest or soonest rows.
 */
export const feedRouter = router({
  predictions: publicProcedure.input(feedPredictions.input).query(({ ctx, input }) => feedPredictions.run(ctx, input)),
  judgements: publicProcedure.input(feedJudgements.input).query(({ ctx, input }) => feedJudgements.run(ctx, input)),
  deadlines: publicProcedure.input(feedDeadlines.input).query(({ ctx, input }) => feedDeadlines.run(ctx, input)),
});
