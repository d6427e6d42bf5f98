export { appRouter, createCaller, type AppRouter } from "./root";
export { createContext, databaseFor, type Context, type Actor } from "./context";
export * from "./auth/index";
export * from "./rest/index";
export { DATABASE_RETRY_AFTER_SECONDS, isUnavailable, toTRPCError } from "./errors";
export { TRPC_MAX_BODY_BYTES, TRPC_MAX_IMPORT_BODY_BYTES, trpcBodyLimit, withBodyLimit } from "./body-limit";
export { checkHealth, healthResponse, HEALTH_CHECK_TIMEOUT_MS, type HealthReport } from "./health";
// For the web app's check after a failed request (instrumentation.ts): a connection of its own, not the pool's.
export { databaseAnswers } from "@hindsight/db";
export * from "./feeds/index";
export * from "./digest/index";
export * from "./use-cases/index";
