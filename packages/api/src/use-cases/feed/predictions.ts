import { FEED_ENTRY_LIMIT, feedFilterInput } from "@hindsight/domain";
import { listFeedPredictions, resolveFeedScope } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/**
 * The Atom feed's newest predictions (packages/api/src/feeds), with the filter's analyst, tag and
 * question looked up (NOT_FOUND for one that does not exist).
 */
export const feedPredictions = useCase({
  input: feedFilterInput,
  run: async (ctx: Pick<UseCaseContext, "db">, input) => ({
    scope: await resolveFeedScope(ctx.db, input),
    items: await listFeedPredictions(ctx.db, input, FEED_ENTRY_LIMIT),
  }),
});
