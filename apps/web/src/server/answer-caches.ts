import { env } from "@/env";
import { listenForChanges, noteWrite, type ChangeListener } from "@hindsight/api/probe";
import { PAGE_TTL_MS, PAGE_TTL_WITH_REPLICA_MS } from "@/server/page-cache";

/**
 * How long the REST API keeps an answer with no write noticed. Shorter than a page's: a REST answer
 * is read again with one query, where a page is a React rendering.
 */
export const REST_ANSWER_TTL_MS = 60_000;

// Not configuration but the build's mode, which Next writes in at build time (`next dev` or `next build`).
// eslint-disable-next-line no-restricted-properties -- a build-time constant, not read from the environment at run time
const development = process.env.NODE_ENV === "development";

/**
 * Whether this process may serve kept answers to anonymous readers: the whole-page cache
 * (page-cache.ts, used by the proxy) and the REST API's answer cache (@hindsight/api's
 * rest/answer-cache.ts). Both need the same thing: on (HINDSIGHT_PAGE_CACHE), a production build,
 * and this process listening for the database's change signal, so that a write made anywhere (the
 * CLI, another instance, a script) moves the write counter milliseconds after it commits. The
 * listening connection is opened on first use and shared by both (one per process, on globalThis:
 * Next loads the proxy and the route handlers as separate bundles); each notification, and each
 * start or loss of listening, moves the counter.
 */
export async function answerCachesReady(): Promise<boolean> {
  if (development || env.HINDSIGHT_PAGE_CACHE === "off") return false;
  const shared = globalThis as { [key: symbol]: ChangeListener | undefined };
  const key = Symbol.for("hindsight.changeListener");
  const changes = (shared[key] ??= listenForChanges(env.DATABASE_URL, noteWrite));
  return changes.listening || (await changes.ensure());
}

/** How long a kept REST answer may be served with no write noticed: shorter when reads come from a replica that may lag. */
export function answerTtlMs(): number {
  return env.DATABASE_REPLICA_URL ? PAGE_TTL_WITH_REPLICA_MS : REST_ANSWER_TTL_MS;
}

/** The same for a kept page (page-cache.ts), the same with a replica. */
export function pageTtlMs(): number {
  return env.DATABASE_REPLICA_URL ? PAGE_TTL_WITH_REPLICA_MS : PAGE_TTL_MS;
}
