/**
 * What the web app's proxy uses, as a module of its own: the proxy imports this alone, never the
 * API's index (the routers, the Prisma client). The database checks it makes before rendering a
 * page, and the change signal its page cache listens for.
 */
export {
  CHANGES_CHANNEL,
  DATABASE_RETRY_AFTER_SECONDS,
  listenForChanges,
  persistentProbe,
  type ChangeListener,
} from "@hindsight/db/probe";
// The write counter of this process's read caches, which the proxy's page cache follows too.
export { noteWrite, writeGeneration } from "./cache";
// Conditional answers, which the proxy gives cached pages as the REST API gives its reads.
export { PUBLIC_READ_CACHE_CONTROL, entityTag, noneMatchHits } from "./rest/conditional";
