import { slugInput } from "@hindsight/domain";
import { getAnalystBySlug } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** One analyst by slug; NOT_FOUND if there is none. */
export const analystBySlug = useCase({
  input: slugInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => getAnalystBySlug(ctx.db, input.slug),
});
