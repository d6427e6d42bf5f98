import { createFeedHandler, databaseFor, type FeedKind } from "@hindsight/api";
import { env } from "@/env";

/**
 * A feed's route handler (docs/feeds.md). Everything happens in @hindsight/api's handler; this only
 * supplies the database and the site's address, read at request time.
 */
export function feedHandler(kind: FeedKind): (request: Request) => Promise<Response> {
  return createFeedHandler(kind, {
    db: () => databaseFor(env.DATABASE_URL, env.DATABASE_REPLICA_URL),
    baseUrl: () => env.HINDSIGHT_BASE_URL,
    onError(error, request) {
      console.error(`Feed ${new URL(request.url).pathname} failed:`, error);
    },
  });
}
