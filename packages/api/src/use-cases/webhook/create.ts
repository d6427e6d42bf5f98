import { createWebhookInput, DomainError } from "@hindsight/domain";
import { createWebhookEndpoint } from "@hindsight/db";
import { checkWebhookUrl, RefusedUrlError } from "@hindsight/jobs/url-guard";
import type { Context } from "../../context";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/**
 * Registers a webhook endpoint, audited: its URL must reach a public address unless
 * HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE is set; a refused URL is INVALID on the `url` field.
 */
export const createWebhook = useCase({
  input: createWebhookInput,
  run: async (ctx: Pick<UseCaseContext, "db" | "actor"> & Pick<Context, "webhooksAllowPrivate">, input) => {
    try {
      await checkWebhookUrl(input.url, { allowPrivate: ctx.webhooksAllowPrivate });
    } catch (error) {
      if (!(error instanceof RefusedUrlError)) throw error;
      throw new DomainError("INVALID", error.message, [{ path: "url", message: error.message }]);
    }
    return await createWebhookEndpoint(ctx.db, input, { userId: actorIdOf(ctx.actor) });
  },
});
