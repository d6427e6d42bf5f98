import { findUserByEmail, listUsers } from "@hindsight/db";
import { DomainError, type UserSummary } from "@hindsight/domain";
import type { UseCaseContext } from "../use-case";

/**
 * The admin a key made by the operator belongs to: the one with `email`, or else the earliest
 * admin. NOT_FOUND for an unknown email; INVALID for a user who is not an admin, or no admin at all.
 */
export async function findKeyOwner(ctx: Pick<UseCaseContext, "db">, email: string | undefined): Promise<UserSummary> {
  if (email) {
    const user = await findUserByEmail(ctx.db, email);
    if (!user) throw new DomainError("NOT_FOUND", `No user with the email ${email.trim()}`);
    if (user.role !== "ADMIN") {
      throw new DomainError("INVALID", `${user.email} is not an admin; keys belong to admins`, [
        { path: "owner", message: `${user.email} is not an admin` },
      ]);
    }
    return user;
  }
  const admins = (await listUsers(ctx.db))
    .filter((user) => user.role === "ADMIN")
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const [first] = admins;
  if (!first) {
    throw new DomainError(
      "INVALID",
      "there is no admin to own the key: create one first with `pnpm hindsight user add --email <e> --role admin`",
    );
  }
  return first;
}
