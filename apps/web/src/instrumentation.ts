import { DATABASE_RETRY_AFTER_SECONDS, isUnavailable } from "@hindsight/api";
import type { Instrumentation } from "next";
import { noteDatabaseUnavailable } from "@/server/availability";

/**
 * Next.js calls this for every error a request ends in on the server (rendering a page, a route
 * handler, a server action). When the error says the database cannot be reached, the proxy answers
 * pages 503 with Retry-After for a few seconds (src/server/availability.ts). Errors are logged by
 * Next itself; this adds nothing to the log.
 */
export const onRequestError: Instrumentation.onRequestError = (error) => {
  if (isUnavailable(error)) noteDatabaseUnavailable(DATABASE_RETRY_AFTER_SECONDS);
};
