import { urlLookupInput } from "@hindsight/domain";
import { findSourceByUrl } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** The source stored under a URL, if any (the prediction form's look-up). */
export const sourceByUrl = useCase({
  input: urlLookupInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => findSourceByUrl(ctx.db, input.url),
});
