import { listDueInput } from "@hindsight/domain";
import { countDue, listDue } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** The due queue: deadline passed, no outcome yet; oldest deadline first. */
export const listDuePredictions = useCase({
  input: listDueInput,
  run: (ctx: Pick<UseCaseContext, "db" | "now">, input) => listDue(ctx.db, input, ctx.now()),
});

/** How many predictions the due queue holds now (the header's count). */
export const countDuePredictions = (ctx: Pick<UseCaseContext, "db" | "now">): Promise<number> =>
  countDue(ctx.db, ctx.now());
