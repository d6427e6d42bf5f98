import { appRouter, createContext, databaseFor } from "@hindsight/api";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { env } from "@/env";
import { makeQueryClient } from "./query-client";

/** One query client per server request, shared by the components that render it. */
export const getQueryClient = cache(makeQueryClient);

/**
 * tRPC for server components: procedures run in-process (no HTTP hop) against the database from
 * the environment, and their results land in the request's query client for hydration.
 */
export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: () => createContext({ db: databaseFor(env.DATABASE_URL) }),
  queryClient: getQueryClient,
});
