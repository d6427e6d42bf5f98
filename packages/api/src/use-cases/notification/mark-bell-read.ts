import { bellFor, markBellRead } from "@hindsight/db";
import type { UseCaseContext } from "../use-case";
import { answersDisputes } from "./bell";
import type { SignedInContext } from "./settings";

/** Marks the signed-in user's bell read now; answers the bell as it now is. */
export async function markNotificationBellRead(ctx: SignedInContext & Pick<UseCaseContext, "now">) {
  await markBellRead(ctx.primary, ctx.actor.userId, ctx.now());
  return await bellFor(ctx.primary, ctx.actor.userId, ctx.now(), { disputes: answersDisputes(ctx.actor.role) });
}
