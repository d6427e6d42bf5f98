import { analystFilterOptionsInput } from "@hindsight/domain";
import { analystFilterOptions as analystFilterRows } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** The most active analysts (by predictions, at most `limit`, default 200) for a list filter, by name. */
export const analystFilterOptions = useCase({
  input: analystFilterOptionsInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => analystFilterRows(ctx.db, input.limit),
});
