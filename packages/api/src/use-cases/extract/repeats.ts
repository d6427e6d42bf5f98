import { findRepeatsInput } from "@hindsight/domain";
import { findRepeats } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/**
 * The candidates whose claim is likely already in the ledger (the same analyst's prediction, or
 * the same event's prediction or question), found by full-text search and scored on word stems.
 */
export const extractRepeats = useCase({
  input: findRepeatsInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => findRepeats(ctx.db, input),
});
