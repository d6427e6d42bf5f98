import { FEED_ENTRY_LIMIT, feedFilterInput } from "@hindsight/domain";
import { listFeedJudgements, resolveFeedScope } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/**
 * The Atom feed's newest judgements (packages/api/src/feeds), with the filter's analyst, tag and
 * question looked up (NOT_FOUND for one that does not exist).
 */
export const feedJudgements = useCase({
  input: feedFilterInput,
  run: async (ctx: Pick<UseCaseContext, "db">, input) => ({
    scope: await resolveFeedScope(ctx.db, input),
    items: await listFeedJudgements(ctx.db, input, FEED_ENTRY_LIMIT),
  }),
});
