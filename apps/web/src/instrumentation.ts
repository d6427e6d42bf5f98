import type { Instrumentation } from "next";
import { env } from "@/env";

/*
 * Next compiles this file for the Edge runtime of the proxy too, and replaces
 * process.env.NEXT_RUNTIME at build time: what follows each check is left out of the Edge bundle, so
 * no "Node.js module in the Edge Runtime" warning is printed on each compile. Read there, not through
 * env.ts, for that reason.
 */

/**
 * At start: X-Forwarded-For is made to hold the client's address as HINDSIGHT_TRUSTED_PROXIES
 * says (by default the socket's, whatever a client sends), before Next.js or the sign-in rate
 * limit reads it. Node.js only: there is no socket anywhere else.
 */
export async function register(): Promise<void> {
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installClientAddress, parseTrustedProxies } = await import("@/server/client-address");
  installClientAddress(parseTrustedProxies(env.HINDSIGHT_TRUSTED_PROXIES));
}

/**
 * Next.js calls this for every error a request ends in on the server (rendering a page, a route
 * handler, a server action); the check (src/server/request-error.ts) closes the pages with a 503
 * when the database no longer takes connections.
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkDatabaseAfterError } = await import("./server/request-error");
  await checkDatabaseAfterError(error);
};
