import { listOutlets } from "@hindsight/db";
import { cachedFor } from "../../cache";
import { FILTERS_TTL_MS } from "../scoreboard/board";
import type { UseCaseContext } from "../use-case";

/** Every outlet named by a source: a scan of the sources, cached like the scoreboard's filters. */
export const sourceOutlets = (ctx: Pick<UseCaseContext, "db" | "actor">) =>
  cachedFor(ctx, "source.outlets", FILTERS_TTL_MS, () => listOutlets(ctx.db));
