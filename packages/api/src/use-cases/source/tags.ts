import { listTags } from "@hindsight/db";
import { cachedFor } from "../../cache";
import { FILTERS_TTL_MS } from "../scoreboard/board";
import type { UseCaseContext } from "../use-case";

/** Every tag with how many predictions carry it: a count over every tagging, cached like the scoreboard's filters. */
export const sourceTags = (ctx: Pick<UseCaseContext, "db" | "actor">) =>
  cachedFor(ctx, "source.tags", FILTERS_TTL_MS, () => listTags(ctx.db));
