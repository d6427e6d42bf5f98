import {
  contractScoreboard,
  fairFromSums,
  scoreboardFromSums,
  scoreboardInput,
  scoreboardFilter,
  scoreboardPageInput,
  sortScoreboard,
  tagSlug,
  type DetailedScoreboard,
  type ScoreboardFilter,
  type ScoreboardLine,
  type ScoreboardSort,
  type SortDirection,
} from "@hindsight/domain";
import { fairSums, scoreboardFilterOptions, scoreboardSums } from "@hindsight/db";
import { cachedFor } from "../cache";
import type { Context } from "../context";
import { publicProcedure, router } from "../trpc";

/**
 * How long a computed scoreboard is reused when nothing is written through this process: the most
 * a judgement made through another instance (or the CLI) takes to show on this one's scoreboard.
 */
export const SCOREBOARD_TTL_MS = 5_000;
/** The filter choices change only with new tags, outlets or months: a minute. */
export const FILTERS_TTL_MS = 60_000;

/** A computed scoreboard, and its lines in each order asked for so far (sorted once, on demand). */
interface Board {
  board: DetailedScoreboard;
  ranked: number;
  sorted: Map<string, ScoreboardLine[]>;
}

/**
 * The scoreboard for a filter, computed from the aggregates once for every reader until the next
 * write (or SCOREBOARD_TTL_MS): reading 10,000 analysts' sums and ranking them costs tens of
 * milliseconds, which every view of the page used to pay.
 */
function boardFor(ctx: Context, filter: ScoreboardFilter, minScored: number): Promise<Board> {
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

function sortedLines(entry: Board, sort: ScoreboardSort, dir: SortDirection): ScoreboardLine[] {
  const key = `${sort} ${dir}`;
  let lines = entry.sorted.get(key);
  if (!lines) {
    lines = sortScoreboard(entry.board.analysts, sort, dir);
    entry.sorted.set(key, lines);
  }
  return lines;
}

export const scoreboardRouter = router({
  /** The data-contract scoreboard (docs/design.md), as the CLI prints it. */
  get: publicProcedure.input(scoreboardInput).query(async ({ ctx, input }) => {
    const { minScored, ...filter } = input;
    return contractScoreboard((await boardFor(ctx, filter, minScored)).board);
  }),
  /**
   * One page of the scoreboard for the web: ranked analysts first, then the unranked, each group
   * sorted by the chosen column; every figure from the same aggregates as `get`.
   */
  page: publicProcedure.input(scoreboardPageInput).query(async ({ ctx, input }) => {
    const { minScored, sort, dir, cursor = 0, limit, ...filter } = input;
    const entry = await boardFor(ctx, filter, minScored);
    const lines = sortedLines(entry, sort, dir);
    const items = lines.slice(cursor, cursor + limit).map((line) => ({
      ...line,
      section: line.rank === null ? ("unranked" as const) : ("ranked" as const),
    }));
    return {
      population: entry.board.population,
      ranked: entry.ranked,
      total: lines.length,
      items,
      nextCursor: cursor + limit < lines.length ? cursor + limit : null,
    };
  }),
  /**
   * The tags, outlets and months the filters can choose from, each tag and outlet with how many
   * predictions it covers under the other filters given (the tag's counts within the outlet and
   * the period, the outlet's within the tag and the period). Counting them scans every tag and
   * outlet cell, or the matching predictions, so the answer is cached like the scoreboard, for a minute.
   */
  filters: publicProcedure.input(scoreboardFilter.optional()).query(({ ctx, input = {} }) => {
    const key = JSON.stringify([
      input.tag === undefined ? null : tagSlug(input.tag),
      input.outlet?.toLowerCase() ?? null,
      input.from ?? null,
      input.to ?? null,
    ]);
    return cachedFor(ctx, `scoreboard.filters ${key}`, FILTERS_TTL_MS, () => scoreboardFilterOptions(ctx.db, input));
  }),
});
