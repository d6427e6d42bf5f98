import { byIdInput } from "@hindsight/domain";
import { getSourceDetail } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** A source with the stored text's hash, the archived copy, how many quotes stand verbatim, and the change history. */
export const sourceById = useCase({
  input: byIdInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => getSourceDetail(ctx.db, input.id),
});
