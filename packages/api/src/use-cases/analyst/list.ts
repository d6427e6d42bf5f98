import { listAnalystsInput } from "@hindsight/domain";
import { listAnalysts as listAnalystRows } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** The directory: by name, a page at a time (`cursor`, `limit`), optionally names containing `q`. */
export const listAnalysts = useCase({
  input: listAnalystsInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => listAnalystRows(ctx.db, input),
});
