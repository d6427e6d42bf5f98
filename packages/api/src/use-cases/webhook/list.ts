import { listWebhookEndpoints } from "@hindsight/db";
import type { UseCaseContext } from "../use-case";

/** Every webhook endpoint (docs/webhooks.md). */
export const listWebhooks = (ctx: Pick<UseCaseContext, "db">) => listWebhookEndpoints(ctx.db);
