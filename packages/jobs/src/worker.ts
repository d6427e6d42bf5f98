import { createDatabase } from "@hindsight/db";
import type { Job, PgBoss } from "pg-boss";
import { createBoss } from "./boss";
import { DEFAULT_WEBHOOK_RETRY, DEFAULT_WEBHOOK_TIMEOUT_MS, type WorkerConfig } from "./config";
import { jobs as registered } from "./registry";
import type { JobContext, JobDefinition } from "./registry-types";
import { dispatchWebhooks } from "./webhooks/jobs";

export interface Worker {
  boss: PgBoss;
  /** Stops taking jobs, lets the running ones finish (10 s at most), and closes the connections. */
  stop(): Promise<void>;
}

/** The webhook settings production uses when the environment says nothing else. */
export const defaultWebhookSettings = (allowPrivate: boolean): WorkerConfig["webhooks"] => ({
  allowPrivate,
  timeoutMs: DEFAULT_WEBHOOK_TIMEOUT_MS,
  retry: { ...DEFAULT_WEBHOOK_RETRY },
});

/**
 * Starts a worker: pg-boss on the app's database (its schema created on first start), a queue and
 * a handler for each job in the registry (and its cron schedule), and the webhook dispatcher. Run
 * it in the web's process (`pnpm dev`, `pnpm start`) or alone (`pnpm hindsight worker`); any number
 * may run at once (docs/scaling.md).
 */
export async function startWorker(
  config: WorkerConfig,
  definitions: readonly JobDefinition[] = registered,
): Promise<Worker> {
  const log = config.log ?? ((message: string) => console.log(message));
  const db = createDatabase(config.databaseUrl, { maxConnections: 4 });
  const boss = createBoss(config.databaseUrl);
  boss.on("error", (error: Error) => log(`jobs: ${error.message}`));
  try {
    await boss.start();
    const ctx: JobContext = { db, boss, config, now: () => new Date(), log };
    for (const definition of definitions) {
      const options =
        typeof definition.options === "function" ? definition.options(config) : (definition.options ?? {});
      await boss.createQueue(definition.name, options);
      const {
        policy: _policy,
        partition: _partition,
        deadLetter: _deadLetter,
        heartbeatSeconds: _heartbeat,
        ...updatable
      } = options;
      // A queue made by an earlier version keeps its old settings unless told: apply the current ones.
      if (Object.keys(updatable).length > 0) await boss.updateQueue(definition.name, updatable);
      await boss.work(
        definition.name,
        {
          pollingIntervalSeconds: config.pollingIntervalSeconds ?? 2,
          localConcurrency: definition.concurrency ?? 1,
        },
        (batch: Job<object>[]) => definition.handler(batch, ctx),
      );
      if (definition.cron) await boss.schedule(definition.name, definition.cron, null, { tz: "UTC" });
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    await db.$disconnect();
    throw error;
  }

  let dispatching: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    dispatching = dispatching
      .then(() => dispatchWebhooks(db, boss, () => new Date()))
      .catch((error: Error) => log(`webhooks: dispatch failed: ${error.message}`));
  }, config.dispatchIntervalMs ?? 1000);

  let stopped: Promise<void> | null = null;
  return {
    boss,
    stop() {
      stopped ??= (async () => {
        clearInterval(timer);
        await dispatching;
        await boss.stop({ graceful: true, timeout: 10_000 });
        await db.$disconnect();
      })();
      return stopped;
    },
  };
}
