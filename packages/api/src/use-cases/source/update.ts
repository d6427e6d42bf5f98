import { updateSourceInput } from "@hindsight/domain";
import { updateSource as updateSourceRow } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Sets a source's archived copy's URL and stored article text, audited; a new text shows as a new hash in the history. */
export const updateSource = useCase({
  input: updateSourceInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    updateSourceRow(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
