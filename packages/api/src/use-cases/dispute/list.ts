import { listDisputesInput } from "@hindsight/domain";
import { listDisputes as listDisputeRows } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** The editors' queue of disputes (with public filers' email addresses). */
export const listDisputes = useCase({
  input: listDisputesInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => listDisputeRows(ctx.db, input),
});
