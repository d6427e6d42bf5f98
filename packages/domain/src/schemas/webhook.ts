import { z } from "zod";

import { isWebhookEventType, webhookEventTypes, type WebhookEventType } from "./values";

export type { WebhookEventType } from "./values";

/** Longest URL an endpoint may have: longer ones are refused rather than cut. */
export const WEBHOOK_URL_MAX = 2000;

const webhookUrl = z
  .string({ error: "URL is required" })
  .trim()
  .min(1, "URL is required")
  .max(WEBHOOK_URL_MAX, `URL must be at most ${WEBHOOK_URL_MAX} characters`)
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: "custom", message: "URL is not a valid absolute URL (like https://example.org/hooks)" });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      context.addIssue({ code: "custom", message: `URL must start with https:// or http://, not ${url.protocol}//` });
    } else if (url.username || url.password) {
      context.addIssue({ code: "custom", message: "URL may not contain a user name or password" });
    }
  });

export const createWebhookInput = z.object({
  url: webhookUrl,
  events: z
    .array(
      z.string({ error: "Each event must be a string" }).refine(isWebhookEventType, {
        error: (issue) => `Unknown event "${String(issue.input)}": the events are ${webhookEventTypes.join(", ")}`,
      }),
      { error: "Events must be a list" },
    )
    .min(1, "Choose at least one event")
    .max(webhookEventTypes.length, "Too many events")
    .transform((events) => [...new Set(events)] as WebhookEventType[]),
});
export type CreateWebhookInput = z.output<typeof createWebhookInput>;
export type CreateWebhookFormValues = z.input<typeof createWebhookInput>;

const id = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(100, `${label} is too long`);

export const webhookIdInput = z.object({ id: id("id") });
export const setWebhookActiveInput = z.object({
  id: id("id"),
  active: z.boolean({ error: "active must be true or false" }),
});
export const webhookDeliveriesInput = z.object({
  id: id("id"),
  limit: z.number().int().min(1).max(200).default(100),
});
export const redeliverWebhookInput = z.object({ endpointId: id("endpointId"), eventId: id("eventId") });
export type RedeliverWebhookInput = z.output<typeof redeliverWebhookInput>;

/** An endpoint as the admin list shows it: never the secret, which is asked for on its own. */
export interface WebhookEndpointSummary {
  id: string;
  url: string;
  events: WebhookEventType[];
  active: boolean;
  createdAt: Date;
  createdBy: { id: string; name: string } | null;
  /** The latest attempt, if any. */
  lastDelivery: { at: Date; statusCode: number | null; error: string | null } | null;
}

/** What registering an endpoint answers: the summary and its signing secret. */
export interface CreatedWebhookEndpoint extends WebhookEndpointSummary {
  secret: string;
}

/** One attempt, as the delivery log shows it. */
export interface WebhookDeliveryAttempt {
  id: string;
  eventId: string;
  eventType: string;
  attempt: number;
  /** The receiver's HTTP status; null when no answer came (refused address, timeout, connection error). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  at: Date;
  ok: boolean;
}
