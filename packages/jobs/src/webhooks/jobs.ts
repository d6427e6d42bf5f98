import { createHash } from "node:crypto";
import {
  markWebhookWorkDispatched,
  pendingWebhookWork,
  recordWebhookDelivery,
  webhookDeliveryTarget,
  type Database,
} from "@hindsight/db";
import type { PgBoss } from "pg-boss";
import type { JobDefinition } from "../registry-types";
import { sendWebhook, webhookBody } from "./send";

export const WEBHOOK_DELIVER = "webhook.deliver";

export interface DeliverJobData {
  eventId: string;
  endpointId: string;
}

/** A UUID derived from `text`, so that sending the same delivery twice makes one job (pg-boss ids are UUIDs). */
export function stableUuid(text: string): string {
  const hex = createHash("sha256").update(text).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** At most one job per event and endpoint is queued, retrying or active (the queue is `exclusive`). */
export const deliveryKey = (data: DeliverJobData): string => `${data.eventId}|${data.endpointId}`;

/**
 * Delivers one event to one endpoint: records the attempt, and throws when it failed so that
 * pg-boss retries it with backoff. An endpoint paused or deleted since gets nothing more.
 */
export const webhookDeliverJob: JobDefinition<DeliverJobData> = {
  name: WEBHOOK_DELIVER,
  options: (config) => ({
    policy: "exclusive",
    retryLimit: config.webhooks.retry.limit,
    retryDelay: config.webhooks.retry.delaySeconds,
    retryBackoff: true,
    retryDelayMax: config.webhooks.retry.maxDelaySeconds,
    // An attempt takes timeoutMs at most: a job still active a minute later belongs to a worker that died.
    expireInSeconds: Math.max(60, Math.ceil((config.webhooks.timeoutMs * 3) / 1000)),
  }),
  concurrency: 4,
  async handler(jobs, ctx) {
    for (const job of jobs) {
      const target = await webhookDeliveryTarget(ctx.db, job.data.eventId, job.data.endpointId);
      if (!target || !target.endpoint.active) continue;
      const at = ctx.now();
      const result = await sendWebhook(
        target.endpoint,
        { id: target.event.id, body: webhookBody(target.event) },
        { ...ctx.config.webhooks, now: ctx.now },
      );
      await recordWebhookDelivery(ctx.db, {
        eventId: target.event.id,
        endpointId: target.endpoint.id,
        attempt: target.attempts + 1,
        statusCode: result.statusCode,
        error: result.error,
        durationMs: result.durationMs,
        at,
      });
      if (!result.ok) throw new Error(result.error ?? "The delivery failed");
    }
  },
};

/**
 * One pass of the dispatcher: each undispatched outbox row becomes one delivery job per subscribed
 * endpoint, and each redelivery request one more job. Safe to run in several workers at once: a
 * row's jobs have ids derived from the event and endpoint, so sending them twice makes no second
 * job, and the exclusive queue holds at most one live job per event and endpoint. Answers how many
 * jobs it created.
 */
export async function dispatchWebhooks(db: Database, boss: PgBoss, now: () => Date): Promise<number> {
  const work = await pendingWebhookWork(db);
  let created = 0;
  const eventIds: string[] = [];
  for (const event of work.events) {
    for (const endpointId of event.endpointIds) {
      const data = { eventId: event.id, endpointId };
      const id = await boss.send(WEBHOOK_DELIVER, data, {
        id: stableUuid(deliveryKey(data)),
        singletonKey: deliveryKey(data),
      });
      if (id) created += 1;
    }
    eventIds.push(event.id);
  }
  const redeliveryIds: string[] = [];
  for (const request of work.redeliveries) {
    const data = { eventId: request.eventId, endpointId: request.endpointId };
    const id = await boss.send(WEBHOOK_DELIVER, data, { id: request.id, singletonKey: deliveryKey(data) });
    if (id) created += 1;
    // Not sent: either sent before (this pass was interrupted) or a delivery of the same event to
    // the same endpoint is still queued or retrying; the request then waits for it to finish.
    if (id || (await boss.getJobById(WEBHOOK_DELIVER, request.id))) redeliveryIds.push(request.id);
  }
  await markWebhookWorkDispatched(db, { eventIds, redeliveryIds }, now());
  return created;
}
