import type { NotificationSettings } from "@hindsight/domain";
import { digestFrequencyOf, listFollows, type Database } from "@hindsight/db";
import type { Actor, Context } from "../../context";

/**
 * What a signed-in user's notification use cases need: the primary, for these are writes or reads
 * right after one, and a viewer's `db` reads the replica (docs/notifications.md).
 */
export type SignedInContext = Pick<Context, "primary"> & { actor: Actor };

export const settingsOf = async (db: Database, userId: string): Promise<NotificationSettings> => {
  const [digest, follows] = await Promise.all([digestFrequencyOf(db, userId), listFollows(db, userId)]);
  return { digest, follows };
};

/** The signed-in user's email digest frequency and follows. */
export const notificationSettings = (ctx: SignedInContext): Promise<NotificationSettings> =>
  settingsOf(ctx.primary, ctx.actor.userId);
