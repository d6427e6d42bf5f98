import { revokeApiKey as revokeApiKeyRow } from "@hindsight/db";
import { revokeApiKeyInput } from "@hindsight/domain";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Refuses a key (by id or prefix) from now on, audited; revoking a revoked key says so and changes nothing. */
export const revokeApiKey = useCase({
  input: revokeApiKeyInput,
  run: (ctx: UseCaseContext, input) => revokeApiKeyRow(ctx.db, input.id, { actorId: actorIdOf(ctx.actor) }, ctx.now()),
});
