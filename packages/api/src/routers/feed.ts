import { CALENDAR_EVENT_LIMIT, FEED_ENTRY_LIMIT, feedFilterInput } from "@hindsight/domain";
import { listFeedDeadlines, listFeedJudgements, listFeedPredictions, resolveFeedScope } from "@hindsight/db";
import { publicProcedure, router } from "../trpc";

/** The first moment of the UTC day `now` falls in: a deadline on that day is still upcoming. */
const startOfUtcDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * What the Atom and iCalendar feeds show (packages/api/src/feeds): the filter's analyst, tag and
 * question looked up (NOT_FOUND for one that does not exist), and the newest or soonest rows.
 */
export const feedRouter = router({
  predictions: publicProcedure.input(feedFilterInput).query(async ({ ctx, input }) => ({
    scope: await resolveFeedScope(ctx.db, input),
    items: await listFeedPredictions(ctx.db, input, FEED_ENTRY_LIMIT),
  })),
  judgements: publicProcedure.input(feedFilterInput).query(async ({ ctx, input }) => ({
    scope: await resolveFeedScope(ctx.db, input),
    items: await listFeedJudgements(ctx.db, input, FEED_ENTRY_LIMIT),
  })),
  deadlines: publicProcedure.input(feedFilterInput).query(async ({ ctx, input }) => ({
    scope: await resolveFeedScope(ctx.db, input),
    items: await listFeedDeadlines(ctx.db, input, startOfUtcDay(ctx.now()), CALENDAR_EVENT_LIMIT),
  })),
});
