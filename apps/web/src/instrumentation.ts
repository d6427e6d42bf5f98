import { databaseAnswers, DATABASE_RETRY_AFTER_SECONDS, isUnavailable } from "@hindsight/api";
import type { Instrumentation } from "next";
import { env } from "@/env";
import { noteDatabaseUnavailable } from "@/server/availability";

/**
 * At start: X-Forwarded-For is made to hold the client's address as HINDSIGHT_TRUSTED_PROXIES
 * says (by default the socket's, whatever a client sends), before Next.js or the sign-in rate
 * limit reads it. Node.js only: there is no socket anywhere else.
 */
export async function register(): Promise<void> {
  // A build-time constant of Next's, not configuration read at run time.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installClientAddress, parseTrustedProxies } = await import("@/server/client-address");
  installClientAddress(parseTrustedProxies(env.HINDSIGHT_TRUSTED_PROXIES));
}

/** How long the check after a failure waits for a new connection (and its `SELECT 1`). */
const PROBE_TIMEOUT_MS = 1_000;

/** One check at a time: a burst of failing requests needs only one answer. */
let probing = false;

/**
 * Next.js calls this for every error a request ends in on the server (rendering a page, a route
 * handler, a server action). When the error says the database could not be reached, a connection
 * of its own (not the busy pool's) checks whether it really cannot: if so, the proxy answers pages
 * 503 with Retry-After for the next few seconds (src/server/availability.ts). A request that only
 * waited too long for a pooled connection, or a slow statement, does not close the pages: the
 * database still takes new connections then. Errors are logged by Next itself.
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (probing || !isUnavailable(error)) return;
  probing = true;
  try {
    const urls = [env.DATABASE_URL, ...(env.DATABASE_REPLICA_URL ? [env.DATABASE_REPLICA_URL] : [])];
    const answers = await Promise.all(urls.map((url) => databaseAnswers(url, PROBE_TIMEOUT_MS)));
    if (answers.includes(false)) noteDatabaseUnavailable(DATABASE_RETRY_AFTER_SECONDS);
  } finally {
    probing = false;
  }
};
