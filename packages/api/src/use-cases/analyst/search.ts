import { searchAnalystsInput } from "@hindsight/domain";
import { searchAnalysts as searchAnalystRows } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** Analysts whose names match what was typed (the prediction form's look-up). */
export const searchAnalysts = useCase({
  input: searchAnalystsInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => searchAnalystRows(ctx.db, input),
});
