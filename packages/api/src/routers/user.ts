import { createUser } from "../use-cases/user/create";
import { listUsers } from "../use-cases/user/list";
import { currentUser } from "../use-cases/user/me";
import { setUserRole } from "../use-cases/user/set-role";
import { adminProcedure, publicProcedure, router } from "../trpc";

export const userRouter = router({
  /** Who is signed in (null for an anonymous reader). Public, so that pages can ask before acting. */
  me: publicProcedure.query(({ ctx }) => currentUser(ctx)),
  list: adminProcedure.query(({ ctx }) => listUsers(ctx)),
  create: adminProcedure.input(createUser.input).mutation(({ ctx, input }) => createUser.run(ctx, input)),
  setRole: adminProcedure.input(setUserRole.input).mutation(({ ctx, input }) => setUserRole.run(ctx, input)),
});
