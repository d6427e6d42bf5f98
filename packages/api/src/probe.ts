/**
 * The database checks the web app's proxy makes before rendering a page, as a module of their own:
 * the proxy imports this alone, never the API's index (the routers, the Prisma client).
 */
export { DATABASE_RETRY_AFTER_SECONDS, persistentProbe } from "@hindsight/db/probe";
