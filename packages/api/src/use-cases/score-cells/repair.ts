import { rebuildScoreCells } from "@hindsight/db";
import type { UseCaseContext } from "../use-case";

/** Rebuilds every aggregate cell from the raw rows (`hindsight scores check --repair`, after a check found differences). */
export const repairScoreCells = (ctx: Pick<UseCaseContext, "db">): Promise<{ cells: number }> =>
  rebuildScoreCells(ctx.db);
