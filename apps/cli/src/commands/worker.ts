import { onProcessStop, openRuntimeDatabase } from "@hindsight/db/runtime";
import { defaultWebhookSettings, jobs, startWorker, type Worker } from "@hindsight/jobs";
import type { CliEnv } from "../env";
import { UsageError } from "../env";

export const WORKER_HELP = `usage: hindsight worker

  Runs the job worker alone (pg-boss on the database: webhook deliveries and the other jobs in
  packages/jobs/src/registry.ts) until Ctrl-C. \`pnpm dev\` and \`pnpm start\` run one in their own
  process already; run this beside them with HINDSIGHT_WORKER=off set for the web server, to scale
  the two apart (docs/scaling.md). Any number of workers may run at once.

example:
  DATABASE_URL=postgresql://postgres@db.internal:5432/hindsight pnpm hindsight worker`;

/** The worker for `dev`/`start` and `worker`: the database's jobs, with the environment's webhook settings. */
export function startJobWorker(env: CliEnv, databaseUrl: string): Promise<Worker> {
  return startWorker({ databaseUrl, webhooks: defaultWebhookSettings(env.webhooksAllowPrivate) });
}

export const workerSummary = (): string => `jobs: ${jobs.map((job) => job.name).join(", ")}`;

/** `pnpm hindsight worker`: migrations, then the worker until SIGINT or SIGTERM. */
export async function workerCommand(env: CliEnv, args: string[]): Promise<number> {
  if (args.length) throw new UsageError(`worker takes no arguments, got "${args.join(" ")}"`);
  const database = await openRuntimeDatabase({
    databaseUrl: env.databaseUrl,
    embeddedPort: env.embeddedPort,
    embeddedDataDir: env.embeddedDataDir,
  });
  let worker: Worker;
  try {
    worker = await startJobWorker(env, database.databaseUrl);
  } catch (error) {
    await database.stop();
    throw error;
  }
  console.log(`Worker running (${workerSummary()}). Ctrl-C to stop.`);
  // Ctrl-C and SIGTERM end the process through @hindsight/db's exit hook, which waits for this.
  onProcessStop(async () => {
    console.log("Stopping the worker: letting running jobs finish (10 s at most)...");
    await worker.stop();
    await database.stop();
    console.log("Worker stopped.");
  });
  return await new Promise<number>(() => undefined);
}
