import {
  fairFromSums,
  scoreboardFromSums,
  sortScoreboard,
  tagSlug,
  type DetailedScoreboard,
  type ScoreboardFilter,
  type ScoreboardLine,
  type ScoreboardSort,
  type SortDirection,
} from "@hindsight/domain";
import { fairSums, scoreboardSums } from "@hindsight/db";
import { cachedFor } from "../../cache";
import type { UseCaseContext } from "../use-case";

/**
 * How long a computed scoreboard is reused when nothing is written through this process: the most
 * a judgement made through another instance (or the CLI) takes to show on this one's scoreboard.
 */
export const SCOREBOARD_TTL_MS = 5_000;
/** The filter choices change only with new tags, outlets or months: a minute. */
export const FILTERS_TTL_MS = 60_000;

/** A computed scoreboard, and its lines in each order asked for so far (sorted once, on demand). */
export interface Board {
  board: DetailedScoreboard;
  ranked: number;
  sorted: Map<string, ScoreboardLine[]>;
}

/**
 * The scoreboard for a filter, computed from the aggregates once for every reader until the next
 * write (or SCOREBOARD_TTL_MS): reading 10,000 analysts' sums and ranking them costs tens of
 * milliseconds, which every view of the page used to pay.
 */
export function boardFor(
  ctx: Pick<UseCaseContext, "db" | "actor">,
  filter: ScoreboardFilter,
  minScored: number,
): Promise<Board> {
  // A tag by its slug, as scoreboardSums reads it, so "Russia" and "russia" share one board.
  const key = JSON.stringify([
    filter.tag === undefined ? null : tagSlug(filter.tag),
    filter.outlet ?? null,
    filter.from ?? null,
    filter.to ?? null,
    minScored,
  ]);
  return cachedFor(ctx, `scoreboard.board ${key}`, SCOREBOARD_TTL_MS, async () => {
    const [sums, fair] = await Promise.all([scoreboardSums(ctx.db, filter), fairSums(ctx.db, filter)]);
    const board = scoreboardFromSums(sums, { minScored }, fairFromSums(fair));
    return { board, ranked: board.analysts.filter((line) => line.rank !== null).length, sorted: new Map() };
  });
}

export function sortedLines(entry: Board, sort: ScoreboardSort, dir: SortDirection): ScoreboardLine[] {
  const key = `${sort} ${dir}`;
  let lines = entry.sorted.get(key);
  if (!lines) {
    lines = sortScoreboard(entry.board.analysts, sort, dir);
    entry.sorted.set(key, lines);
  }
  return lines;
}
