import { setUserRole as setUserRoleRow } from "@hindsight/db";
import { setUserRoleInput } from "@hindsight/domain";
import { actorIdOf, useCase, type UseCaseContext } from "../use-case";

/** Gives a user another role, audited as the actor's (the repository refuses to leave no admin). */
export const setUserRole = useCase({
  input: setUserRoleInput,
  run: (ctx: UseCaseContext, input) => setUserRoleRow(ctx.db, input, { actorId: actorIdOf(ctx.actor) }),
});
