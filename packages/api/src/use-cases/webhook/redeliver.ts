import { redeliverWebhookInput } from "@hindsight/domain";
import { requestWebhookRedelivery } from "@hindsight/db";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Asks for an event to be delivered to an endpoint again, audited. */
export const redeliverWebhook = useCase({
  input: redeliverWebhookInput,
  run: (ctx: Pick<UseCaseContext, "db" | "actor">, input) =>
    requestWebhookRedelivery(ctx.db, input, { userId: actorIdOf(ctx.actor) }),
});
