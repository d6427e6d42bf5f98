import type { JobDefinition } from "./registry-types";
import { webhookDeliverJob } from "./webhooks/jobs";

export type { JobContext, JobDefinition, JobQueueOptions } from "./registry-types";

/**
 * Every kind of job the worker runs (`startWorker` creates each queue, works it, and schedules the
 * ones with `cron`). To add one: write a `JobDefinition` and list it here.
 */
export const jobs: JobDefinition[] = [webhookDeliverJob];
