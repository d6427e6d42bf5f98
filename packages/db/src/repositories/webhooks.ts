import { randomBytes, randomUUID } from "node:crypto";
import {
  DomainError,
  type CreatedWebhookEndpoint,
  type CreateWebhookInput,
  type WebhookDeliveryAttempt,
  type WebhookEndpointSummary,
  type WebhookEventType,
} from "@hindsight/domain";
import type { Database } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { toDomainError } from "../errors";

type Transaction = Prisma.TransactionClient;

// Webhooks (docs/webhooks.md): the endpoints admins register, the outbox the writes append to, and
// the delivery log. Signing and sending live in packages/jobs, which reads and writes through here.

/**
 * Appends an event to the outbox inside the caller's transaction, so that the event exists exactly
 * when the write that causes it commits. Writes nothing (and answers null) when no active endpoint
 * subscribes to `type`: an endpoint registered later receives the events from then on, not earlier
 * ones. `payload` is the event's `data` (see docs/webhooks.md); it must be JSON (Dates become ISO
 * strings). Answers the event's id, which receivers see as `webhook-id`.
 */
export async function recordWebhookEvent(
  tx: Transaction,
  type: WebhookEventType,
  payload: object,
): Promise<string | null> {
  const subscribed = await tx.webhookEndpoint.findFirst({
    where: { active: true, events: { has: type } },
    select: { id: true },
  });
  if (!subscribed) return null;
  const id = `evt_${randomUUID().replaceAll("-", "")}`;
  await tx.webhookEvent.create({
    data: { id, type, payload: JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonValue },
  });
  return id;
}

/** What a judgement.created event carries of the judgement row (docs/webhooks.md). */
export const judgementEventSelect = {
  id: true,
  predictionId: true,
  outcome: true,
  credit: true,
  resolvedAt: true,
  note: true,
  evidence: true,
  judgedById: true,
  basedOnVersion: true,
  questionJudgementId: true,
  createdAt: true,
} as const satisfies Prisma.JudgementSelect;

/** A new signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

const endpointSelect = {
  id: true,
  url: true,
  events: true,
  active: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
  deliveries: { orderBy: { at: "desc" }, take: 1, select: { at: true, statusCode: true, error: true } },
} as const satisfies Prisma.WebhookEndpointSelect;

type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointSelect }>;

const toSummary = (row: EndpointRow): WebhookEndpointSummary => ({
  id: row.id,
  url: row.url,
  events: row.events as WebhookEventType[],
  active: row.active,
  createdAt: row.createdAt,
  createdBy: row.createdBy,
  lastDelivery: row.deliveries[0] ?? null,
});

/**
 * Registers an endpoint with a new secret and audits it (never the secret). The URL's address is
 * checked by the caller (packages/jobs url-guard) before this is called.
 */
export async function createWebhookEndpoint(
  db: Database,
  input: CreateWebhookInput,
  actor: { userId: string | null },
): Promise<CreatedWebhookEndpoint> {
  try {
    return await db.$transaction(async (tx) => {
      const secret = newWebhookSecret();
      const row = await tx.webhookEndpoint.create({
        data: { url: input.url, events: input.events, secret, createdById: actor.userId },
        select: endpointSelect,
      });
      await tx.auditEvent.create({
        data: {
          actorId: actor.userId,
          action: "webhook.create",
          entity: "webhook",
          entityId: row.id,
          after: { url: row.url, events: row.events, active: row.active },
        },
      });
      return { ...toSummary(row), secret };
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

/** Every endpoint, newest first, with its latest attempt. */
export async function listWebhookEndpoints(db: Database): Promise<WebhookEndpointSummary[]> {
  const rows = await db.webhookEndpoint.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: endpointSelect,
  });
  return rows.map(toSummary);
}

/** The endpoint's signing secret, for an admin who asks to see it. */
export async function webhookEndpointSecret(db: Database, id: string): Promise<{ id: string; secret: string }> {
  const row = await db.webhookEndpoint.findUnique({ where: { id }, select: { id: true, secret: true } });
  if (!row) throw new DomainError("NOT_FOUND", `Webhook endpoint ${id} does not exist`);
  return row;
}

/** Pauses (no new events reach it) or resumes an endpoint, audited. */
export async function setWebhookEndpointActive(
  db: Database,
  input: { id: string; active: boolean },
  actor: { userId: string | null },
): Promise<WebhookEndpointSummary> {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.webhookEndpoint.findUnique({ where: { id: input.id }, select: { active: true } });
      if (!current) throw new DomainError("NOT_FOUND", `Webhook endpoint ${input.id} does not exist`);
      const row = await tx.webhookEndpoint.update({
        where: { id: input.id },
        data: { active: input.active },
        select: endpointSelect,
      });
      await tx.auditEvent.create({
        data: {
          actorId: actor.userId,
          action: "webhook.update",
          entity: "webhook",
          entityId: input.id,
          before: { active: current.active },
          after: { active: input.active },
        },
      });
      return toSummary(row);
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

/** The endpoint's attempts, newest first. */
export async function listWebhookDeliveries(
  db: Database,
  endpointId: string,
  limit = 100,
): Promise<WebhookDeliveryAttempt[]> {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true } });
  if (!endpoint) throw new DomainError("NOT_FOUND", `Webhook endpoint ${endpointId} does not exist`);
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ at: "desc" }, { attempt: "desc" }],
    take: limit,
    select: {
      id: true,
      eventId: true,
      attempt: true,
      statusCode: true,
      error: true,
      durationMs: true,
      at: true,
      event: { select: { type: true } },
    },
  });
  return rows.map(({ event, ...row }) => ({
    ...row,
    eventType: event.type,
    ok: row.statusCode !== null && row.statusCode >= 200 && row.statusCode < 300,
  }));
}

/**
 * Asks for the event to be delivered to the endpoint again (the dispatcher picks the request up);
 * audited. The endpoint must be active and must have been sent the event before.
 */
export async function requestWebhookRedelivery(
  db: Database,
  input: { endpointId: string; eventId: string },
  actor: { userId: string | null },
): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const endpoint = await tx.webhookEndpoint.findUnique({
        where: { id: input.endpointId },
        select: { active: true },
      });
      if (!endpoint) throw new DomainError("NOT_FOUND", `Webhook endpoint ${input.endpointId} does not exist`);
      if (!endpoint.active)
        throw new DomainError("CONFLICT", "This endpoint is paused: resume it before redelivering to it");
      const sent = await tx.webhookDelivery.findFirst({
        where: { endpointId: input.endpointId, eventId: input.eventId },
        select: { id: true },
      });
      if (!sent)
        throw new DomainError("NOT_FOUND", `Event ${input.eventId} was never delivered to this endpoint`, [
          { path: "eventId", message: "Not in this endpoint's delivery log" },
        ]);
      const id = randomUUID();
      await tx.webhookRedelivery.create({
        data: { id, endpointId: input.endpointId, eventId: input.eventId, requestedById: actor.userId },
      });
      await tx.auditEvent.create({
        data: {
          actorId: actor.userId,
          action: "webhook.redeliver",
          entity: "webhook",
          entityId: input.endpointId,
          after: { eventId: input.eventId },
        },
      });
      return { id };
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

// ---- What the dispatcher and the delivery job use (packages/jobs) ----

export interface PendingWebhookWork {
  /** Outbox rows not yet dispatched, oldest first, with the active endpoints subscribed to each. */
  events: { id: string; endpointIds: string[] }[];
  /** Redeliveries asked for and not yet dispatched. */
  redeliveries: { id: string; eventId: string; endpointId: string }[];
}

/** What the outbox and the redelivery requests hold for the dispatcher, `limit` of each at most. */
export async function pendingWebhookWork(db: Database, limit = 100): Promise<PendingWebhookWork> {
  const events = await db.webhookEvent.findMany({
    where: { dispatchedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, type: true },
  });
  const endpoints =
    events.length === 0
      ? []
      : await db.webhookEndpoint.findMany({ where: { active: true }, select: { id: true, events: true } });
  const redeliveries = await db.webhookRedelivery.findMany({
    where: { dispatchedAt: null },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, eventId: true, endpointId: true },
  });
  return {
    events: events.map((event) => ({
      id: event.id,
      endpointIds: endpoints.filter((endpoint) => endpoint.events.includes(event.type)).map((endpoint) => endpoint.id),
    })),
    redeliveries,
  };
}

/** Marks outbox rows and redelivery requests as turned into jobs. */
export async function markWebhookWorkDispatched(
  db: Database,
  done: { eventIds: string[]; redeliveryIds: string[] },
  now: Date,
): Promise<void> {
  if (done.eventIds.length > 0)
    await db.webhookEvent.updateMany({
      where: { id: { in: done.eventIds }, dispatchedAt: null },
      data: { dispatchedAt: now },
    });
  if (done.redeliveryIds.length > 0)
    await db.webhookRedelivery.updateMany({
      where: { id: { in: done.redeliveryIds }, dispatchedAt: null },
      data: { dispatchedAt: now },
    });
}

export interface WebhookDeliveryTarget {
  event: { id: string; type: string; payload: unknown; createdAt: Date };
  endpoint: { id: string; url: string; secret: string; active: boolean };
  /** Attempts recorded so far for this event and endpoint. */
  attempts: number;
}

/** The event and endpoint one delivery job is about; null when either was deleted since. */
export async function webhookDeliveryTarget(
  db: Database,
  eventId: string,
  endpointId: string,
): Promise<WebhookDeliveryTarget | null> {
  const [event, endpoint, attempts] = await Promise.all([
    db.webhookEvent.findUnique({
      where: { id: eventId },
      select: { id: true, type: true, payload: true, createdAt: true },
    }),
    db.webhookEndpoint.findUnique({
      where: { id: endpointId },
      select: { id: true, url: true, secret: true, active: true },
    }),
    db.webhookDelivery.count({ where: { eventId, endpointId } }),
  ]);
  if (!event || !endpoint) return null;
  return { event, endpoint, attempts };
}

/** Records one attempt. */
export async function recordWebhookDelivery(
  db: Database,
  attempt: {
    eventId: string;
    endpointId: string;
    attempt: number;
    statusCode: number | null;
    error: string | null;
    durationMs: number;
    at: Date;
  },
): Promise<void> {
  await db.webhookDelivery.create({ data: attempt });
}
