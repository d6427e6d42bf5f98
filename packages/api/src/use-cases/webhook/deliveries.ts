import { webhookDeliveriesInput } from "@hindsight/domain";
import { listWebhookDeliveries } from "@hindsight/db";
import { useCase, type UseCaseContext } from "../use-case";

/** A webhook endpoint's delivery log, newest first, at most `limit`. */
export const webhookDeliveries = useCase({
  input: webhookDeliveriesInput,
  run: (ctx: Pick<UseCaseContext, "db">, input) => listWebhookDeliveries(ctx.db, input.id, input.limit),
});
