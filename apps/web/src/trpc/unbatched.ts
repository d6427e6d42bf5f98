import type { AppRouter } from "@hindsight/api";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";

let client: TRPCClient<AppRouter> | undefined;

/**
 * A tRPC client that sends each call as a request of its own, for a ledger import: its body may be
 * far larger than any other call's, and the server grants that larger limit only to a request that
 * is nothing but imports (packages/api/src/body-limit.ts), so it must never share a batch. Kept apart
 * from the app's batching client so that only the import page loads it.
 */
export function unbatchedClient(): TRPCClient<AppRouter> {
  client ??= createTRPCClient<AppRouter>({ links: [httpLink({ url: "/api/trpc", transformer: superjson })] });
  return client;
}
