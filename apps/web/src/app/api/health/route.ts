import { databaseFor, healthResponse } from "@hindsight/api";
import { env } from "@/env";

/**
 * GET /api/health: 200 {"status":"ok",...} when this instance reaches its database (and its
 * replica, when it has one), else 503 with Retry-After. For load balancers and orchestrators
 * (docs/scaling.md); nothing in it is secret, so it needs no key.
 */
export function GET(): Promise<Response> {
  return healthResponse(databaseFor(env.DATABASE_URL, env.DATABASE_REPLICA_URL));
}
