import { scoreboardPageInput } from "@hindsight/domain";
import { useCase, type UseCaseContext } from "../use-case";
import { boardFor, sortedLines } from "./board";

/**
 * One page of the scoreboard for the web: ranked analysts first, then the unranked, each group
 * sorted by the chosen column; every figure from the same aggregates as `scoreboard/get`.
 */
export const scoreboardPage = useCase({
  input: scoreboardPageInput,
  async run(ctx: Pick<UseCaseContext, "db" | "actor">, input) {
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
  },
});
