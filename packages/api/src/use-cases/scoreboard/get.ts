import { contractScoreboard, scoreboardInput, type Scoreboard } from "@hindsight/domain";
import { useCase, type UseCaseContext } from "../use-case";
import { boardFor } from "./board";

/** The data-contract scoreboard (docs/design.md), as the CLI prints it and `GET /scoreboard` answers it. */
export const getScoreboard = useCase({
  input: scoreboardInput,
  async run(ctx: Pick<UseCaseContext, "db" | "actor">, input): Promise<Scoreboard> {
    const { minScored, ...filter } = input;
    return contractScoreboard((await boardFor(ctx, filter, minScored)).board);
  },
});
