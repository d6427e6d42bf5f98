import { scoreboardFilter, tagSlug } from "@hindsight/domain";
import { scoreboardFilterOptions } from "@hindsight/db";
import { cachedFor } from "../../cache";
import { useCase, type UseCaseContext } from "../use-case";
import { FILTERS_TTL_MS } from "./board";

/**
 * The tags, outlets and months the filters can choose from, each tag and outlet with how many
 * predictions it covers under the other filters given (the tag's counts within the outlet and
 * the period, the outlet's within the tag and the period). Counting them scans every tag and
 * outlet cell, or the matching predictions, so the answer is cached like the scoreboard, for a minute.
 */
export const scoreboardFilters = useCase({
  input: scoreboardFilter.optional(),
  run(ctx: Pick<UseCaseContext, "db" | "actor">, input = {}) {
    const key = JSON.stringify([
      input.tag === undefined ? null : tagSlug(input.tag),
      input.outlet?.toLowerCase() ?? null,
      input.from ?? null,
      input.to ?? null,
    ]);
    return cachedFor(ctx, `scoreboard.filters ${key}`, FILTERS_TTL_MS, () => scoreboardFilterOptions(ctx.db, input));
  },
});
