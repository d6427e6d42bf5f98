import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { Webhook } from "standardwebhooks";
import { checkWebhookUrl, guardedLookup, RefusedUrlError, type UrlGuardOptions } from "./url-guard";

/** What one attempt came to: the receiver's status, or why there was none. */
export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface SendOptions extends UrlGuardOptions {
  /** How long an attempt may take, connecting included, before it counts as failed. */
  timeoutMs: number;
  now: () => Date;
}

/** The body receivers get: the Standard Webhooks envelope (docs/webhooks.md). */
export function webhookBody(event: { type: string; payload: unknown; createdAt: Date }): string {
  return JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data: event.payload });
}

/**
 * POSTs one signed message (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature) to
 * the URL: only to a public address unless allowed (checked again here, at the connection), no
 * redirect followed (a 3xx is a failed attempt), `timeoutMs` at most. Never throws: the result says.
 */
export async function sendWebhook(
  endpoint: { url: string; secret: string },
  message: { id: string; body: string },
  options: SendOptions,
): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    await checkWebhookUrl(endpoint.url, options);
  } catch (error) {
    return { ok: false, statusCode: null, error: (error as Error).message, durationMs: elapsed() };
  }
  const timestamp = options.now();
  const signature = new Webhook(endpoint.secret).sign(message.id, timestamp, message.body);
  const url = new URL(endpoint.url);
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return await new Promise<AttemptResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<AttemptResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    const req = request(
      url,
      {
        method: "POST",
        lookup: guardedLookup(options) as never,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(message.body),
          "user-agent": "Hindsight-Webhooks/1",
          "webhook-id": message.id,
          "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
          "webhook-signature": signature,
        },
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        finish({
          ok,
          statusCode: status,
          error: ok
            ? null
            : status >= 300 && status < 400
              ? `Redirect to ${response.headers.location ?? "elsewhere"} not followed`
              : `The receiver answered ${status}`,
        });
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, statusCode: null, error: `No answer within ${options.timeoutMs} ms` });
      req.destroy();
    }, options.timeoutMs);
    req.on("error", (error: NodeJS.ErrnoException) => {
      const refused = error instanceof RefusedUrlError || error.code === "EREFUSEDADDRESS";
      finish({
        ok: false,
        statusCode: null,
        error: refused ? `${error.message}: refused` : `Could not connect: ${error.code ?? error.message}`,
      });
    });
    req.end(message.body);
  });
}
