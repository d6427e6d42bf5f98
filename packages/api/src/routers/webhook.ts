import {
  createWebhookInput,
  DomainError,
  redeliverWebhookInput,
  setWebhookActiveInput,
  webhookDeliveriesInput,
  webhookIdInput,
} from "@hindsight/domain";
import {
  createWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  requestWebhookRedelivery,
  setWebhookEndpointActive,
  webhookEndpointSecret,
} from "@hindsight/db";
import { checkWebhookUrl, RefusedUrlError } from "@hindsight/jobs/url-guard";
import { adminProcedure, router } from "../trpc";

/**
 * Webhook endpoints (docs/webhooks.md), admins only: register one (its URL must reach a public
 * address unless HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE is set), see its secret, pause or resume it, read
 * its delivery log and ask for an event to be delivered again.
 */
export const webhookRouter = router({
  list: adminProcedure.query(({ ctx }) => listWebhookEndpoints(ctx.db)),
  create: adminProcedure.input(createWebhookInput).mutation(async ({ ctx, input }) => {
    try {
      await checkWebhookUrl(input.url, { allowPrivate: ctx.webhooksAllowPrivate });
    } catch (error) {
      if (!(error instanceof RefusedUrlError)) throw error;
      throw new DomainError("INVALID", error.message, [{ path: "url", message: error.message }]);
    }
    return await createWebhookEndpoint(ctx.db, input, ctx.actor);
  }),
  secret: adminProcedure.input(webhookIdInput).query(({ ctx, input }) => webhookEndpointSecret(ctx.db, input.id)),
  setActive: adminProcedure
    .input(setWebhookActiveInput)
    .mutation(({ ctx, input }) => setWebhookEndpointActive(ctx.db, input, ctx.actor)),
  deliveries: adminProcedure
    .input(webhookDeliveriesInput)
    .query(({ ctx, input }) => listWebhookDeliveries(ctx.db, input.id, input.limit)),
  redeliver: adminProcedure
    .input(redeliverWebhookInput)
    .mutation(({ ctx, input }) => requestWebhookRedelivery(ctx.db, input, ctx.actor)),
});
