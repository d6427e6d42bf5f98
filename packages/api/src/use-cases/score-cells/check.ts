import { checkScoreCells as checkCells, type ScoreCellCheck } from "@hindsight/db";
import type { UseCaseContext } from "../use-case";

/**
 * Recomputes every analyst's score aggregates from the raw prediction rows, independently of the
 * triggers that maintain them, and lists every cell that differs (`hindsight scores check`;
 * docs/architecture.md, "The twin scoring arithmetic").
 */
export const checkScoreCells = (
  ctx: Pick<UseCaseContext, "db">,
  onProgress?: (done: number, total: number) => void,
): Promise<ScoreCellCheck> => checkCells(ctx.db, onProgress);
