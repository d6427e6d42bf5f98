import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createPrediction, createWebhookEndpoint, judgePrediction, requestWebhookRedelivery } from "@hindsight/db";
import { createTestDatabase, makeUser, predictionInput, type TestDatabase } from "@hindsight/db/testing";
import { createPredictionInput, judgePredictionInput } from "@hindsight/domain";
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createBoss } from "../boss";
import type { WorkerConfig } from "../config";
import { startWorker, type Worker } from "../worker";
import { dispatchWebhooks, WEBHOOK_DELIVER, webhookDeliverJob } from "./jobs";

let database: TestDatabase;
let admin: { userId: string };
const running: Worker[] = [];
const servers: Server[] = [];

beforeAll(async () => {
  database = await createTestDatabase("hindsight_jobs_webhooks");
  admin = await makeUser(database.db, "ADMIN");
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((worker) => worker.stop()));
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  await database.db.webhookEndpoint.updateMany({ data: { active: false } });
});
afterAll(async () => {
  await database.drop();
});

const config = (overrides: Partial<WorkerConfig["webhooks"]> = {}): WorkerConfig => ({
  databaseUrl: database.url,
  pollingIntervalSeconds: 0.5,
  dispatchIntervalMs: 200,
  // Test backoff: 1-2 s, then 2 s (production: 1-2 min doubling to 2 h, docs/webhooks.md).
  webhooks: {
    allowPrivate: true,
    timeoutMs: 3000,
    retry: { limit: 5, delaySeconds: 1, maxDelaySeconds: 2 },
    ...overrides,
  },
  log: () => undefined,
});

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

/** A receiver that answers `statuses` in turn (then 204), recording what it was sent. */
async function receiver(statuses: number[] = []): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.statusCode = statuses[received.length - 1] ?? 204;
      response.end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received };
}

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 25_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const logPrediction = () => createPrediction(database.db, createPredictionInput.parse(predictionInput()), admin);

/**
 * The endpoint's delivery attempts once at least `count` are recorded: a worker records an attempt
 * after the receiver has answered, so the receiver can hold a delivery its row does not show yet.
 */
const recordedAttempts = (endpointId: string, count: number) =>
  until(
    () => attempts(endpointId),
    (rows) => rows.length >= count,
  );

const attempts = (endpointId: string) =>
  database.db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: { attempt: "asc" },
    select: { attempt: true, statusCode: true, error: true, eventId: true },
  });

describe("webhook delivery", () => {
  it("retries with backoff until the receiver takes it: delivered once, signed, every attempt logged", async () => {
    const { url, received } = await receiver([503, 500, 429]);
    const endpoint = await createWebhookEndpoint(database.db, { url, events: ["prediction.created"] }, admin);
    running.push(await startWorker(config()));
    const prediction = await logPrediction();

    await until(
      () => received.length,
      (count) => count >= 4,
    );
    // A moment more: nothing further arrives once it was taken.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(received).toHaveLength(4);

    const webhook = new Webhook(endpoint.secret);
    const ids = new Set<string>();
    for (const message of received) {
      const verified = webhook.verify(message.body, {
        "webhook-id": String(message.headers["webhook-id"]),
        "webhook-timestamp": String(message.headers["webhook-timestamp"]),
        "webhook-signature": String(message.headers["webhook-signature"]),
      }) as { type: string; timestamp: string; data: { prediction: { id: string; claim: string } } };
      expect(verified.type).toBe("prediction.created");
      expect(verified.data.prediction).toMatchObject({ id: prediction.id, claim: prediction.claim });
      ids.add(String(message.headers["webhook-id"]));
    }
    // The same message each time: receivers deduplicate on webhook-id.
    expect(ids.size).toBe(1);
    expect(() =>
      webhook.verify(received[3]!.body.replace("prediction.created", "prediction.updated"), {
        "webhook-id": String(received[3]!.headers["webhook-id"]),
        "webhook-timestamp": String(received[3]!.headers["webhook-timestamp"]),
        "webhook-signature": String(received[3]!.headers["webhook-signature"]),
      }),
    ).toThrow();

    const log = await recordedAttempts(endpoint.id, 4);
    expect(log.map((row) => [row.attempt, row.statusCode])).toEqual([
      [1, 503],
      [2, 500],
      [3, 429],
      [4, 204],
    ]);
    expect(log[0]!.error).toBe("The receiver answered 503");
    expect(log[3]!.error).toBeNull();
    const event = await database.db.webhookEvent.findUniqueOrThrow({ where: { id: log[0]!.eventId } });
    expect(event.dispatchedAt).not.toBeNull();
  });

  it("loses nothing when no worker runs between the write and the delivery", async () => {
    const { url, received } = await receiver();
    const endpoint = await createWebhookEndpoint(database.db, { url, events: ["judgement.created"] }, admin);
    const prediction = await logPrediction();
    const before = await database.db.prediction.findUniqueOrThrow({
      where: { id: prediction.id },
      select: { version: true },
    });
    await judgePrediction(
      database.db,
      judgePredictionInput.parse({
        predictionId: prediction.id,
        version: before.version,
        outcome: "TRUE",
        resolvedAt: "2025-06-01",
      }),
      admin,
      new Date("2026-01-01T00:00:00Z"),
    );
    // The write committed with its event; the app is "killed" here: no worker has run.
    const pending = await database.db.webhookEvent.findMany({
      where: { type: "judgement.created", dispatchedAt: null },
    });
    expect(pending).toHaveLength(1);
    expect(received).toHaveLength(0);

    running.push(await startWorker(config()));
    await until(
      () => received.length,
      (count) => count >= 1,
    );
    const body = JSON.parse(received[0]!.body) as {
      type: string;
      data: { judgement: { predictionId: string; outcome: string } };
    };
    expect(body).toMatchObject({
      type: "judgement.created",
      data: { judgement: { predictionId: prediction.id, outcome: "TRUE" } },
    });
    expect((await recordedAttempts(endpoint.id, 1)).map((row) => row.statusCode)).toEqual([204]);
  });

  it("loses nothing when the process dies after turning the event into a job, before delivering it", async () => {
    const { url, received } = await receiver();
    const endpoint = await createWebhookEndpoint(database.db, { url, events: ["prediction.created"] }, admin);
    await logPrediction();
    // A process that dispatched (the job is now a pg-boss row) and went away without working it.
    const boss = createBoss(database.url, { supervise: false, schedule: false });
    await boss.start();
    const options = webhookDeliverJob.options instanceof Function ? webhookDeliverJob.options(config()) : {};
    await boss.createQueue(WEBHOOK_DELIVER, options);
    expect(await dispatchWebhooks(database.db, boss, () => new Date())).toBe(1);
    await boss.stop({ graceful: false });
    expect(received).toHaveLength(0);

    running.push(await startWorker(config()));
    await until(
      () => received.length,
      (count) => count >= 1,
    );
    expect((await recordedAttempts(endpoint.id, 1)).map((row) => row.statusCode)).toEqual([204]);
  });

  it("two dispatchers at once make one delivery job per event and endpoint", async () => {
    const { url, received } = await receiver();
    const endpoint = await createWebhookEndpoint(database.db, { url, events: ["prediction.created"] }, admin);
    await logPrediction();
    const bosses = [createBoss(database.url), createBoss(database.url)];
    for (const boss of bosses) await boss.start();
    try {
      await bosses[0]!.createQueue(
        WEBHOOK_DELIVER,
        webhookDeliverJob.options instanceof Function ? webhookDeliverJob.options(config()) : {},
      );
      const made = await Promise.all(bosses.map((boss) => dispatchWebhooks(database.db, boss, () => new Date())));
      expect(made[0]! + made[1]!).toBe(1);
      // Dispatching again (an interrupted pass run twice) makes none.
      expect(await dispatchWebhooks(database.db, bosses[0]!, () => new Date())).toBe(0);
    } finally {
      for (const boss of bosses) await boss.stop({ graceful: false });
    }
    running.push(await startWorker(config()));
    await until(
      () => received.length,
      (count) => count >= 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(received).toHaveLength(1);
    expect(await attempts(endpoint.id)).toHaveLength(1);
  });

  it("redelivers on request", async () => {
    const { url, received } = await receiver();
    const endpoint = await createWebhookEndpoint(database.db, { url, events: ["prediction.created"] }, admin);
    running.push(await startWorker(config()));
    await logPrediction();
    await until(
      () => received.length,
      (count) => count >= 1,
    );
    const [first] = await recordedAttempts(endpoint.id, 1);
    await requestWebhookRedelivery(database.db, { endpointId: endpoint.id, eventId: first!.eventId }, admin);
    await until(
      () => received.length,
      (count) => count >= 2,
    );
    expect(received[1]!.headers["webhook-id"]).toBe(received[0]!.headers["webhook-id"]);
    expect((await recordedAttempts(endpoint.id, 2)).map((row) => row.attempt)).toEqual([1, 2]);
  });

  it("refuses to connect to a private address at delivery unless allowed", async () => {
    const { url, received } = await receiver();
    // Registered while private addresses were allowed; the worker now runs without the setting.
    const endpoint = await createWebhookEndpoint(database.db, { url, events: ["prediction.created"] }, admin);
    running.push(
      await startWorker(config({ allowPrivate: false, retry: { limit: 0, delaySeconds: 1, maxDelaySeconds: 1 } })),
    );
    await logPrediction();
    const log = await until(
      () => attempts(endpoint.id),
      (rows) => rows.length >= 1,
    );
    expect(log[0]).toMatchObject({ attempt: 1, statusCode: null });
    expect(log[0]!.error).toMatch(/127\.0\.0\.1 is not a public address/);
    expect(received).toHaveLength(0);
  });

  it("does not follow redirects", async () => {
    const { url, received } = await receiver([302]);
    const endpoint = await createWebhookEndpoint(database.db, { url, events: ["prediction.created"] }, admin);
    running.push(await startWorker(config({ retry: { limit: 0, delaySeconds: 1, maxDelaySeconds: 1 } })));
    await logPrediction();
    const log = await until(
      () => attempts(endpoint.id),
      (rows) => rows.length >= 1,
    );
    expect(log[0]).toMatchObject({ statusCode: 302 });
    expect(log[0]!.error).toMatch(/not followed/);
    expect(received).toHaveLength(1);
  });
});

describe("the outbox", () => {
  it("writes no event when no active endpoint subscribes to its type", async () => {
    await database.db.webhookEndpoint.updateMany({ data: { active: false } });
    const before = await database.db.webhookEvent.count();
    await logPrediction();
    expect(await database.db.webhookEvent.count()).toBe(before);
  });
});
