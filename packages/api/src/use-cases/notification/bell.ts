import { bellFor } from "@hindsight/db";
import type { Actor, Context } from "../../context";
import type { UseCaseContext } from "../use-case";

/** Editors and admins answer disputes: their bell shows the open ones too. */
export const answersDisputes = (role: Actor["role"]): boolean => role !== "VIEWER";

/**
 * The signed-in user's bell; anyone may ask: nobody's bell is empty. The header asks again whenever
 * its queries are refreshed, also in the moment after signing out, before it knows the user is gone.
 */
export const notificationBell = (ctx: Pick<Context, "primary" | "actor"> & Pick<UseCaseContext, "now">) =>
  ctx.actor
    ? bellFor(ctx.primary, ctx.actor.userId, ctx.now(), { disputes: answersDisputes(ctx.actor.role) })
    : { unread: 0, readAt: null, items: [] };
