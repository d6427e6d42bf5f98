import { actorFromHeaders, createAuth, databaseFor, type Actor, type Auth } from "@hindsight/api";
import { env } from "@/env";

let auth: Auth | undefined;

/**
 * Origins allowed to post to the auth endpoints: the base URL's, and for a local install the same
 * port on the other loopback name (localhost and 127.0.0.1 are different origins to a browser).
 */
function loopbackTwins(baseURL: string): string[] {
  const url = new URL(baseURL);
  const twins: Record<string, string> = { localhost: "127.0.0.1", "127.0.0.1": "localhost" };
  const twin = twins[url.hostname];
  if (!twin) return [];
  url.hostname = twin;
  return [url.origin];
}

/**
 * The server's one auth instance, built on first use (at request time, never during `next build`)
 * from the environment: the database, the public address and the secret that signs cookies.
 */
export function getAuth(): Auth {
  auth ??= createAuth({
    db: databaseFor(env.DATABASE_URL),
    baseURL: env.HINDSIGHT_BASE_URL,
    secret: env.HINDSIGHT_AUTH_SECRET,
    trustedOrigins: loopbackTwins(env.HINDSIGHT_BASE_URL),
  });
  return auth;
}

/** The signed-in user behind a request's headers, or null. */
export function actorOf(headers: Headers): Promise<Actor | null> {
  return actorFromHeaders(getAuth(), headers);
}
