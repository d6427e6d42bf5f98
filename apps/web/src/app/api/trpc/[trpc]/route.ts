import { appRouter, createContext, databaseFor } from "@hindsight/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { env } from "@/env";
import { actorOf, getAuth } from "@/server/auth";

function handler(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async ({ req }) =>
      createContext({
        db: databaseFor(env.DATABASE_URL),
        headers: req.headers,
        actor: await actorOf(req.headers),
        auth: getAuth(),
      }),
    onError({ error, path }) {
      // Input errors are the caller's business; anything else is ours and belongs in the server log.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "<no path>"} failed:`, error);
    },
  });
}

export { handler as GET, handler as POST };
