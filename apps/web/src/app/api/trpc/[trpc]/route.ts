import {
  appRouter,
  createContext,
  DATABASE_RETRY_AFTER_SECONDS,
  databaseFor,
  isUnavailable,
  toTRPCError,
  trpcBodyLimit,
  withBodyLimit,
} from "@hindsight/api";
import { TRPC_MAX_BATCH_SIZE } from "@hindsight/domain";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { env } from "@/env";
import { actorOf, getAuth } from "@/server/auth";

const ENDPOINT = "/api/trpc";

function handler(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    // The fetch adapter reads a body whole: cut it off at the call's limit (413 past it).
    req: withBodyLimit(req, trpcBodyLimit(new URL(req.url).pathname, ENDPOINT)),
    router: appRouter,
    maxBatchSize: TRPC_MAX_BATCH_SIZE,
    createContext: async ({ req }) => {
      let actor;
      try {
        actor = await actorOf(req.headers);
      } catch (error) {
        // Reading the session needs the database: when it is down, say so (503) rather than 500.
        throw toTRPCError(error);
      }
      return createContext({
        db: databaseFor(env.DATABASE_URL, env.DATABASE_REPLICA_URL),
        headers: req.headers,
        actor,
        auth: getAuth(),
        siteUrl: env.HINDSIGHT_BASE_URL,
        webhooksAllowPrivate: env.HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE,
      });
    },
    responseMeta({ errors }) {
      // The database is down, restarting or too slow: tell clients when to try again.
      return errors.some(isUnavailable) ? { headers: { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) } } : {};
    },
    onError({ error, path }) {
      // Input errors are the caller's business; anything else is ours and belongs in the server log.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "<no path>"} failed:`, error);
      else if (error.code === "SERVICE_UNAVAILABLE") console.error(`tRPC ${path ?? "<no path>"}: ${error.message}`);
    },
  });
}

export { handler as GET, handler as POST };
