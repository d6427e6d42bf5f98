import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/server/auth";

/**
 * The auth library answers a rate-limited sign-in with 429 and its own `X-Retry-After` (seconds);
 * clients and proxies look for the standard `Retry-After`, so it is copied over.
 */
async function handle(request: Request): Promise<Response> {
  const response = await getAuth().handler(request);
  const retryAfter = response.headers.get("X-Retry-After");
  if (response.status === 429 && retryAfter && !response.headers.has("Retry-After")) {
    const headers = new Headers(response.headers);
    headers.set("Retry-After", retryAfter);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  return response;
}

// Sign-in, sign-out and session endpoints of the auth library (/api/auth/*). The instance is
// looked up per request so that building the app needs neither a database nor the secret.
export const { GET, POST } = toNextJsHandler(handle);
