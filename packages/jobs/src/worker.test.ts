import { createTestDatabase, type TestDatabase } from "@hindsight/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoss } from "./boss";
import type { WorkerConfig } from "./config";
import type { JobDefinition } from "./registry-types";
import { startWorker, type Worker } from "./worker";

let database: TestDatabase;
const workers: Worker[] = [];

beforeAll(async () => {
  database = await createTestDatabase("hindsight_jobs_worker");
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await database.drop();
});

const config = (): WorkerConfig => ({
  databaseUrl: database.url,
  pollingIntervalSeconds: 0.5,
  dispatchIntervalMs: 200,
  webhooks: { allowPrivate: true, timeoutMs: 2000, retry: { limit: 1, delaySeconds: 1, maxDelaySeconds: 1 } },
  log: () => undefined,
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the worker", () => {
  it("does a job sent while no worker ran, once a worker starts (jobs are rows in PostgreSQL)", async () => {
    const done: string[] = [];
    const definition: JobDefinition<{ word: string }> = {
      name: "test.remember",
      async handler(jobs) {
        for (const job of jobs) done.push(job.data.word);
      },
    };
    // A process that only sends, then goes away: nothing is working the queue.
    const sender = createBoss(database.url, { supervise: false, schedule: false });
    await sender.start();
    await sender.createQueue(definition.name);
    await sender.send(definition.name, { word: "persisted" });
    await sender.stop({ graceful: false });
    expect(done).toEqual([]);

    // Later, another process starts a worker.
    const worker = await startWorker(config(), [definition as JobDefinition]);
    workers.push(worker);
    await until(
      async () => done,
      (words) => words.length > 0,
    );
    expect(done).toEqual(["persisted"]);
    await worker.stop();
  });

  it("never gives one job to two workers at once", async () => {
    const seen = new Map<string, number>();
    let running = 0;
    let overlapping = 0;
    const definition: JobDefinition<{ n: number }> = {
      name: "test.count",
      concurrency: 3,
      async handler(jobs) {
        for (const job of jobs) {
          running += 1;
          seen.set(job.id, (seen.get(job.id) ?? 0) + 1);
          if ((seen.get(job.id) ?? 0) > 1) overlapping += 1;
          await new Promise((resolve) => setTimeout(resolve, 20));
          running -= 1;
        }
      },
    };
    const first = await startWorker(config(), [definition as JobDefinition]);
    const second = await startWorker(config(), [definition as JobDefinition]);
    workers.push(first, second);
    for (let n = 0; n < 30; n += 1) await first.boss.send(definition.name, { n });
    await until(
      async () => seen.size,
      (size) => size === 30,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    expect(overlapping).toBe(0);
    expect(running).toBe(0);
    await Promise.all([first.stop(), second.stop()]);
  });

  it("schedules the jobs that have a cron", async () => {
    const definition: JobDefinition = { name: "test.nightly", cron: "0 3 * * *", handler: async () => undefined };
    const worker = await startWorker(config(), [definition]);
    workers.push(worker);
    const schedules = await worker.boss.getSchedules(definition.name);
    expect(schedules.map((schedule) => [schedule.name, schedule.cron])).toEqual([["test.nightly", "0 3 * * *"]]);
    await worker.stop();
  });
});
