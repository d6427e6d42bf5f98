/**
 * Whether this process found the database unreachable a moment ago. While it did, the proxy
 * answers page requests at once with 503 and Retry-After instead of rendering each one into the
 * same failure (a page could only wait for the connection to be refused and then show its error
 * page with status 500). The API needs none of this: it answers 503 by itself (packages/api).
 *
 * Set from instrumentation.ts (onRequestError, for any request whose error says the database is
 * unavailable); read by proxy.ts. Next.js bundles those two separately, so the state lives on
 * globalThis, as the read cache's does. Each instance of the web app decides for itself.
 */
interface Availability {
  /** Epoch ms until which pages are answered 503. */
  downUntil: number;
  /** The Retry-After the API gives for the same failure. */
  retryAfterSeconds: number;
  /** Epoch ms of the proxy's last confirmed answer from the database (0: none, or its connection was cut since). */
  answeredAt: number;
  /** The proxy's check under way, which every page request arriving meanwhile waits for. */
  checking: Promise<boolean> | null;
}

const state = ((globalThis as { [key: symbol]: unknown })[Symbol.for("hindsight.availability")] ??= {
  downUntil: 0,
  retryAfterSeconds: 0,
  answeredAt: 0,
  checking: null,
}) as Availability;

/**
 * How long a confirmed answer lets pages render without asking again: at most one `SELECT 1` a
 * second per instance, on a connection of the proxy's own, taken by whichever request comes first.
 */
export const ANSWER_FRESH_MS = 1_000;

/** The proxy's connection to the database was cut: its last answer no longer says anything. */
export function noteDatabaseConnectionLost(): void {
  state.answeredAt = 0;
}

/**
 * The seconds a page request should be told to wait, having made sure (when the last answer is
 * older than ANSWER_FRESH_MS, or its connection was cut since) that the database answers: so the
 * first request to meet a database that has gone away gets the 503 page too, rather than starting
 * a page that can only end in the error page. `probe` says whether the database answers;
 * concurrent requests share one probe.
 */
export async function checkedRetryAfter(
  probe: () => Promise<boolean>,
  retryAfterSeconds: number,
  now: () => number = Date.now,
): Promise<number> {
  const known = databaseRetryAfter(now());
  if (known > 0 || now() - state.answeredAt < ANSWER_FRESH_MS) return known;
  state.checking ??= probe()
    .catch(() => false)
    .then((answers) => {
      if (answers) state.answeredAt = now();
      else noteDatabaseUnavailable(retryAfterSeconds, now());
      return answers;
    })
    .finally(() => {
      state.checking = null;
    });
  await state.checking;
  return databaseRetryAfter(now());
}

/** A request failed because the database could not be reached: pages wait `retryAfterSeconds`. */
export function noteDatabaseUnavailable(retryAfterSeconds: number, now: number = Date.now()): void {
  state.retryAfterSeconds = retryAfterSeconds;
  state.downUntil = Math.max(state.downUntil, now + retryAfterSeconds * 1000);
}

/**
 * The seconds a page request should be told to wait (its Retry-After), or 0 when pages are served
 * normally. Once the time is up, requests are rendered again: the first one that fails closes the
 * door for another interval, the first one that succeeds keeps it open.
 */
export function databaseRetryAfter(now: number = Date.now()): number {
  const left = state.downUntil - now;
  return left > 0 ? Math.max(1, Math.min(state.retryAfterSeconds, Math.ceil(left / 1000))) : 0;
}
