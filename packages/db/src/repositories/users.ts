import { DomainError, type Role, type UserSummary } from "@hindsight/domain";
import type { Database } from "../client";
import { toDomainError } from "../errors";

// Users are created by the auth library (it hashes the password and writes the user and its
// credential account); these are the plain reads and writes around them.

export const userSelect = { id: true, email: true, name: true, role: true, createdAt: true } as const;

/** Every user, admins first, then by name. Small by nature: the editors of one newsroom. */
export async function listUsers(db: Database): Promise<UserSummary[]> {
  return await db.user.findMany({
    select: userSelect,
    orderBy: [{ role: "asc" }, { name: "asc" }, { email: "asc" }],
  });
}

export async function findUserById(db: Database, userId: string): Promise<UserSummary | null> {
  return await db.user.findUnique({ where: { id: userId }, select: userSelect });
}

export async function findUserByEmail(db: Database, email: string): Promise<UserSummary | null> {
  return await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: userSelect });
}

/**
 * Changes a user's role. Refuses to demote the last admin, who would otherwise lock everyone out of
 * user management. The admin rows are locked first, so two admins demoting each other at once are
 * served one after the other and the second is refused. The change is audited with who made it.
 */
export async function setUserRole(
  db: Database,
  input: { userId: string; role: Role },
  options: { actorId?: string | null } = {},
): Promise<UserSummary> {
  try {
    return await db.$transaction(async (tx) => {
      const admins = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "user" WHERE role = 'ADMIN' FOR UPDATE`;
      const current = await tx.user.findUnique({ where: { id: input.userId }, select: userSelect });
      if (!current) throw new DomainError("NOT_FOUND", "This user does not exist");
      if (current.role === input.role) return current;
      if (current.role === "ADMIN" && admins.length <= 1) {
        throw new DomainError("CONFLICT", "This is the last admin: make another user admin first", [
          { path: "role", message: "The last admin cannot lose the admin role" },
        ]);
      }
      const updated = await tx.user.update({
        where: { id: input.userId },
        data: { role: input.role },
        select: userSelect,
      });
      await tx.auditEvent.create({
        data: {
          actorId: options.actorId ?? null,
          action: "user.setRole",
          entity: "user",
          entityId: input.userId,
          before: { role: current.role },
          after: { role: updated.role },
        },
      });
      return updated;
    });
  } catch (error) {
    throw toDomainError(error);
  }
}
