import { createMailer, DEFAULT_MAIL_FROM, DIGEST_JOB_NAME, digestJob } from "@hindsight/api";
import { createDatabase } from "@hindsight/db";
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

/**
 * The worker for `dev`/`start` and `worker`: the jobs of packages/jobs (webhook deliveries) and the
 * hourly email digest (packages/api, which depends on packages/jobs, so it is added here), with the
 * environment's webhook and SMTP settings. Without SMTP_URL the digest job runs and sends nothing.
 */
export async function startJobWorker(env: CliEnv, databaseUrl: string): Promise<Worker> {
  const db = createDatabase(databaseUrl, { maxConnections: 2 });
  const digest = digestJob({
    db,
    mailer: createMailer({ smtpUrl: env.smtpUrl, mailFrom: env.mailFrom ?? DEFAULT_MAIL_FROM }),
    baseUrl: env.baseUrl ?? `http://localhost:${env.webPort ?? 3000}`,
  });
  try {
    const worker = await startWorker({ databaseUrl, webhooks: defaultWebhookSettings(env.webhooksAllowPrivate) }, [
      ...jobs,
      digest,
    ]);
    return {
      ...worker,
      stop: async () => {
        await worker.stop();
        await db.$disconnect();
      },
    };
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
}

export const workerSummary = (): string => `jobs: ${[...jobs.map((job) => job.name), DIGEST_JOB_NAME].join(", ")}`;

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
