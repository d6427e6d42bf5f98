import { createWebhook } from "../use-cases/webhook/create";
import { webhookDeliveries } from "../use-cases/webhook/deliveries";
import { listWebhooks } from "../use-cases/webhook/list";
import { redeliverWebhook } from "../use-cases/webhook/redeliver";
import { webhookSecret } from "../use-cases/webhook/secret";
import { setWebhookActive } from "../use-cases/webhook/set-active";
import { adminProcedure, router } from "../trpc";

/**
 * Webhook endpoints (docs/webhooks.md), admins only: register one (its URL must reach a public
 * address unless HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE is set), see its secret, pause or resume it, read
 * its delivery log and ask for an event to be delivered again.
 */
export const webhookRouter = router({
  list: adminProcedure.query(({ ctx }) => listWebhooks(ctx)),
  create: adminProcedure.input(createWebhook.input).mutation(({ ctx, input }) => createWebhook.run(ctx, input)),
  secret: adminProcedure.input(webhookSecret.input).query(({ ctx, input }) => webhookSecret.run(ctx, input)),
  setActive: adminProcedure
    .input(setWebhookActive.input)
    .mutation(({ ctx, input }) => setWebhookActive.run(ctx, input)),
  deliveries: adminProcedure
    .input(webhookDeliveries.input)
    .query(({ ctx, input }) => webhookDeliveries.run(ctx, input)),
  redeliver: adminProcedure
    .input(redeliverWebhook.input)
    .mutation(({ ctx, input }) => redeliverWebhook.run(ctx, input)),
});
