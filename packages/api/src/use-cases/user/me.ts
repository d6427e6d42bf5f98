import { findUserById } from "@hindsight/db";
import type { Role } from "@hindsight/domain";
import type { UseCaseContext } from "../use-case";

/** Who is signed in: null for an anonymous reader or the operator, and for a user deleted meanwhile. */
export async function currentUser(
  ctx: Pick<UseCaseContext, "db" | "actor">,
): Promise<{ id: string; email: string; name: string; role: Role } | null> {
  if (!ctx.actor || !("userId" in ctx.actor)) return null;
  const user = await findUserById(ctx.db, ctx.actor.userId);
  return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
}
