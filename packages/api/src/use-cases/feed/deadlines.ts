import { CALENDAR_EVENT_LIMIT, feedFilterInput } from "@hindsight/domain";
import { listFeedDeadlines, resolveFeedScope } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** The first moment of the UTC day `now` falls in: a deadline on that day is still upcoming. */
const startOfUtcDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * The iCalendar feed's soonest deadlines from today (packages/api/src/feeds), with the filter's
 * analyst, tag and question looked up (NOT_FOUND for one that does not exist).
 */
export const feedDeadlines = useCase({
  input: feedFilterInput,
  run: async (ctx: Pick<UseCaseContext, "db" | "now">, input) => ({
    scope: await resolveFeedScope(ctx.db, input),
    items: await listFeedDeadlines(ctx.db, input, startOfUtcDay(ctx.now()), CALENDAR_EVENT_LIMIT),
  }),
});
