import { isRole } from "@hindsight/domain";
import type { Actor } from "../context";
import type { Auth } from "./auth";

/**
 * The signed-in user behind a request (from its session cookie), or null for an anonymous reader,
 * an expired or forged session, or a user whose role cannot be read.
 */
export async function actorFromHeaders(auth: Auth, headers: Headers): Promise<Actor | null> {
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  const role: unknown = found.user.role;
  return isRole(role) ? { userId: found.user.id, role } : null;
}
