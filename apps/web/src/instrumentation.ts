import type { Instrumentation } from "next";

/**
 * Next.js calls this for every error a request ends in on the server (rendering a page, a route
 * handler, a server action). The check itself (src/server/request-error.ts) needs Node.js (the API
 * package, pg, node:crypto): Next compiles this file for the Edge runtime of the proxy too, and
 * inlines NEXT_RUNTIME, so the import below is left out of that bundle and no "Node.js module in the
 * Edge Runtime" warning is printed on each compile.
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  // Not through env.ts: Next replaces this very expression at build time, which drops the import below
  // from the Edge bundle.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkDatabaseAfterError } = await import("./server/request-error");
  await checkDatabaseAfterError(error);
};
