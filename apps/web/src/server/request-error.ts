import { databaseAnswers, DATABASE_RETRY_AFTER_SECONDS, isUnavailable } from "@hindsight/api";
import { env } from "@/env";
import { noteDatabaseUnavailable } from "@/server/availability";

/** How long the check after a failure waits for a new connection (and its `SELECT 1`). */
const PROBE_TIMEOUT_MS = 1_000;

/** One check at a time: a burst of failing requests needs only one answer. */
let probing = false;

/**
 * Called (through src/instrumentation.ts, Node.js runtime only) for every error a request ends in on
 * the server. When the error says the database could not be reached, a connection of its own (not
 * the busy pool's) checks whether it really cannot: if so, the proxy answers pages 503 with
 * Retry-After for the next few seconds (src/server/availability.ts). A request that only waited too
 * long for a pooled connection, or a slow statement, does not close the pages: the database still
 * takes new connections then. Errors are logged by Next itself.
 */
export async function checkDatabaseAfterError(error: unknown): Promise<void> {
  if (probing || !isUnavailable(error)) return;
  probing = true;
  try {
    const urls = [env.DATABASE_URL, ...(env.DATABASE_REPLICA_URL ? [env.DATABASE_REPLICA_URL] : [])];
    const answers = await Promise.all(urls.map((url) => databaseAnswers(url, PROBE_TIMEOUT_MS)));
    if (answers.includes(false)) noteDatabaseUnavailable(DATABASE_RETRY_AFTER_SECONDS);
  } finally {
    probing = false;
  }
}
