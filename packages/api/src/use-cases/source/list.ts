import { listSourcesInput } from "@hindsight/domain";
import { listSources as listSourceRows } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** Sources, most recently published first, with how many predictions cite each. */
export const listSources = useCase({
  input: listSourcesInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => listSourceRows(ctx.db, input),
});
