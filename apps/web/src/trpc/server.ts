import { appRouter, createContext, databaseFor } from "@hindsight/api";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { env } from "@/env";
import { actorOf, getAuth } from "@/server/auth";
import { makeQueryClient } from "./query-client";

/** One query client per server request, shared by the components that render it. */
export const getQueryClient = cache(makeQueryClient);

/** The signed-in user of the request being rendered (looked up once per request), or null. */
export const currentActor = cache(async () => actorOf(await headers()));

/**
 * tRPC for server components: procedures run in-process (no HTTP hop) against the database from
 * the environment, as the user whose request is being rendered, and their results land in the
 * request's query client for hydration.
 */
export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: async () =>
    createContext({
      db: databaseFor(env.DATABASE_URL, env.DATABASE_REPLICA_URL),
      headers: await headers(),
      actor: await currentActor(),
      auth: getAuth(),
      siteUrl: env.HINDSIGHT_BASE_URL,
      webhooksAllowPrivate: env.HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE,
    }),
  queryClient: getQueryClient,
});
