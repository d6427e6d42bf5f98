/** How the worker runs; the CLI builds it from the environment (apps/cli/src/env.ts). */
export interface WorkerConfig {
  databaseUrl: string;
  webhooks: WebhookSettings;
  /** How often the dispatcher turns outbox rows into delivery jobs. Default 1000 ms. */
  dispatchIntervalMs?: number;
  /** How often an idle worker asks pg-boss for jobs. Default 2 s; pg-boss's minimum is 0.5. */
  pollingIntervalSeconds?: number;
  log?: (message: string) => void;
}

export interface WebhookSettings {
  /** HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE=1: webhooks may go to loopback and private addresses. */
  allowPrivate: boolean;
  /** How long one attempt may take. */
  timeoutMs: number;
  /** pg-boss's retry settings for deliveries (docs/webhooks.md, "Retries"). */
  retry: { limit: number; delaySeconds: number; maxDelaySeconds: number };
}

/**
 * The production retry schedule: exponential backoff from 1-2 minutes (pg-boss doubles the delay
 * each time, with jitter between half and all of it), capped at 2 hours, 16 retries (17 attempts):
 * the last attempt comes between about 20 and 22 hours after the first (`retryWindowSeconds`).
 */
export const DEFAULT_WEBHOOK_RETRY = { limit: 16, delaySeconds: 60, maxDelaySeconds: 7200 } as const;
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * The shortest and longest time from the first attempt to the last, under pg-boss's backoff
 * (its plans.js): after the n-th failure (n from 0) it waits min(max, delay * 2^(n+1) * u) seconds,
 * u between 1/2 and 1.
 */
export function retryWindowSeconds(retry: WebhookSettings["retry"]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (let n = 0; n < retry.limit; n += 1) {
    const full = retry.delaySeconds * 2 ** Math.min(16, n + 1);
    min += Math.min(retry.maxDelaySeconds, full / 2);
    max += Math.min(retry.maxDelaySeconds, full);
  }
  return { min, max };
}
