import { predictionFacetsInput } from "@hindsight/domain";
import { predictionFacets as countFacets } from "@hindsight/db";
import { cachedFor } from "../../cache";
import { useCase, type UseCaseContext } from "../use-case";

/** How long a filter's menu counts are reused when nothing is written through this process. */
export const FACETS_TTL_MS = 5_000;

/**
 * The counts beside the list's filter menus (analyst, tag, outlet, status): for each option, how
 * many predictions the list would show with it chosen and the other filters as they are.
 */
export const predictionFacets = useCase({
  input: predictionFacetsInput,
  run(ctx: Pick<UseCaseContext, "db" | "now" | "actor">, input) {
    const { analystLimit, ...filters } = input;
    return cachedFor(ctx, `prediction.facets ${JSON.stringify(input)}`, FACETS_TTL_MS, () =>
      countFacets(ctx.db, filters, ctx.now(), analystLimit),
    );
  },
});
