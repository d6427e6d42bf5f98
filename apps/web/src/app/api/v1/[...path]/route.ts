import { createRestHandler, databaseFor } from "@hindsight/api";
import { env } from "@/env";
import { answerCachesReady, answerTtlMs } from "@/server/answer-caches";

/**
 * The REST API (/api/v1, described by /api/v1/openapi.json). Everything happens in
 * @hindsight/api's handler; this only supplies the database, read at request time.
 */
const handler = createRestHandler({
  db: () => databaseFor(env.DATABASE_URL, env.DATABASE_REPLICA_URL),
  siteUrl: () => env.HINDSIGHT_BASE_URL,
  // Anonymous public reads are kept whole while the change signal is listened for (docs/scaling.md).
  answerCache: { ready: answerCachesReady, ttlMs: answerTtlMs },
  onError(error, request) {
    console.error(`REST ${request.method} ${new URL(request.url).pathname} failed:`, error);
  },
});

// Every method goes through the handler, so that an unsupported one is answered in JSON too.
export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
