// The job queue (pg-boss on the app's database) and what runs on it: docs/scaling.md, docs/webhooks.md.
export { createBoss, PGBOSS_SCHEMA } from "./boss";
export {
  DEFAULT_WEBHOOK_RETRY,
  DEFAULT_WEBHOOK_TIMEOUT_MS,
  retryWindowSeconds,
  type WebhookSettings,
  type WorkerConfig,
} from "./config";
export { jobs, type JobContext, type JobDefinition, type JobQueueOptions } from "./registry";
export { defaultWebhookSettings, startWorker, type Worker } from "./worker";
export { dispatchWebhooks, WEBHOOK_DELIVER } from "./webhooks/jobs";
export { sendWebhook, webhookBody } from "./webhooks/send";
export { checkWebhookUrl, RefusedUrlError } from "./webhooks/url-guard";
