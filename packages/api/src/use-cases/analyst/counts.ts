import { analystCounts as countAnalyst, slugInput } from "@hindsight/domain";
import { analystCountRows, getAnalystBySlug } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/**
 * An analyst's open, due, judged, scored, AMBIGUOUS, ANNULLED and vagueness counts, at the
 * server's now; NOT_FOUND for an unknown slug (looked up first, as the counts of none would be zeros).
 */
export const analystCounts = useCase({
  input: slugInput,
  run: async (ctx: Pick<UseCaseContext, "db" | "now">, input) => {
    await getAnalystBySlug(ctx.db, input.slug);
    return countAnalyst(await analystCountRows(ctx.db, input.slug), ctx.now());
  },
});
