import { setWebhookActiveInput } from "@hindsight/domain";
import { setWebhookEndpointActive } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Pauses or resumes a webhook endpoint, audited. */
export const setWebhookActive = useCase({
  input: setWebhookActiveInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    setWebhookEndpointActive(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
