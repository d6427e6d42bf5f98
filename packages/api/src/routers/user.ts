import { createUserInput, DomainError, setUserRoleInput } from "@hindsight/domain";
import { findUserById } from "@hindsight/db";
import { createUser, listUsers, setUserRole } from "../auth/users";
import { adminProcedure, publicProcedure, router } from "../trpc";

export const userRouter = router({
  /** Who is signed in (null for an anonymous reader). Public, so that pages can ask before acting. */
  me: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.actor) return null;
    const user = await findUserById(ctx.db, ctx.actor.userId);
    return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
  }),
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  create: adminProcedure.input(createUserInput).mutation(({ ctx, input }) => {
    if (!ctx.auth) throw new DomainError("UNAVAILABLE", "Sign-in is not configured on this server");
    return createUser(ctx.auth, input);
  }),
  setRole: adminProcedure
    .input(setUserRoleInput)
    .mutation(({ ctx, input }) => setUserRole(ctx.db, input, { actorId: ctx.actor.userId })),
});
