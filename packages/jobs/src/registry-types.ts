import type { Database } from "@hindsight/db";
import type { Job, PgBoss, Queue } from "pg-boss";
import type { WorkerConfig } from "./config";

/** What a job's handler gets besides its jobs. */
export interface JobContext {
  /** The app's database (Prisma, through @hindsight/db's repositories). */
  db: Database;
  /** The running pg-boss instance, to send further jobs. */
  boss: PgBoss;
  config: WorkerConfig;
  now: () => Date;
  log: (message: string) => void;
}

/** A queue's pg-boss options (retries, expiry, policy...); see pg-boss's createQueue. */
export type JobQueueOptions = Omit<Queue, "name">;

/**
 * One kind of job the worker runs. `name` is the pg-boss queue (created at start); `cron`, when
 * set, makes pg-boss send one job on that schedule (5-field cron, UTC), whichever worker is up;
 * `handler` receives a batch of jobs (one, unless `batchSize` says more) and throws to fail them,
 * which pg-boss retries as `options` say. `options` may depend on the worker's configuration.
 */
export interface JobDefinition<Data extends object = object> {
  name: string;
  cron?: string;
  handler(jobs: Job<Data>[], ctx: JobContext): Promise<void>;
  options?: JobQueueOptions | ((config: WorkerConfig) => JobQueueOptions);
  /** Jobs of this kind one worker process runs at once. Default 1. */
  concurrency?: number;
}
