import { z } from "zod";
import {
  DomainError,
  digestFrequencies,
  followAnalystInput,
  followTagInput,
  setDigestInput,
  unsubscribeInput,
  type NotificationSettings,
} from "@hindsight/domain";
import {
  bellFor,
  findUserById,
  digestFrequencyOf,
  followAnalyst,
  followTag,
  listFollows,
  markBellRead,
  setDigestFrequency,
  unfollowAnalyst,
  unfollowTag,
  unsubscribeByToken,
  unsubscribeTokenState,
  type Database,
} from "@hindsight/db";
import { previewDigest } from "../digest/send";
import { publicProcedure, router, signedInProcedure } from "../trpc";

const settingsOf = async (db: Database, userId: string): Promise<NotificationSettings> => {
  const [digest, follows] = await Promise.all([digestFrequencyOf(db, userId), listFollows(db, userId)]);
  return { digest, follows };
};

const previewInput = z
  .object({
    digest: z.enum(digestFrequencies.filter((value) => value !== "OFF") as ["DAILY", "WEEKLY"], {
      error: "Digest must be DAILY or WEEKLY",
    }),
  })
  .default({ digest: "WEEKLY" });

/**
 * A signed-in user's own follows, email digest and bell (docs/notifications.md); any role. They
 * read and write the primary (ctx.primary): a viewer's requests otherwise read the replica, and
 * these are writes, or reads right after one. Unsubscribing needs no sign-in: the token is the proof.
 */
/** Editors and admins answer disputes: their bell shows the open ones too. */
const answersDisputes = (role: "ADMIN" | "EDITOR" | "VIEWER"): boolean => role !== "VIEWER";

export const notificationRouter = router({
  settings: signedInProcedure.query(({ ctx }) => settingsOf(ctx.primary, ctx.actor.userId)),
  followAnalyst: signedInProcedure
    .input(followAnalystInput)
    .mutation(({ ctx, input }) => followAnalyst(ctx.primary, ctx.actor.userId, input.analyst)),
  unfollowAnalyst: signedInProcedure
    .input(followAnalystInput)
    .mutation(({ ctx, input }) => unfollowAnalyst(ctx.primary, ctx.actor.userId, input.analyst)),
  followTag: signedInProcedure
    .input(followTagInput)
    .mutation(({ ctx, input }) => followTag(ctx.primary, ctx.actor.userId, input.tag)),
  unfollowTag: signedInProcedure
    .input(followTagInput)
    .mutation(({ ctx, input }) => unfollowTag(ctx.primary, ctx.actor.userId, input.tag)),
  setDigest: signedInProcedure.input(setDigestInput).mutation(async ({ ctx, input }) => {
    await setDigestFrequency(ctx.primary, ctx.actor.userId, input.digest);
    return await settingsOf(ctx.primary, ctx.actor.userId);
  }),
  /** The digest the user would get now at this frequency (its text and HTML), whether or not mail is set up. */
  preview: signedInProcedure.input(previewInput).query(async ({ ctx, input }) => {
    const user = await findUserById(ctx.primary, ctx.actor.userId);
    if (!user) throw new DomainError("NOT_FOUND", "The signed-in user no longer exists");
    return await previewDigest(
      ctx.primary,
      { userId: user.id, name: user.name, email: user.email },
      input.digest,
      ctx.siteUrl,
      ctx.now(),
    );
  }),
  // Anyone may ask: nobody's bell is empty. The header asks again whenever its queries are
  // refreshed, also in the moment after signing out, before it knows the user is gone.
  bell: publicProcedure.query(({ ctx }) =>
    ctx.actor
      ? bellFor(ctx.primary, ctx.actor.userId, ctx.now(), { disputes: answersDisputes(ctx.actor.role) })
      : { unread: 0, readAt: null, items: [] },
  ),
  markBellRead: signedInProcedure.mutation(async ({ ctx }) => {
    await markBellRead(ctx.primary, ctx.actor.userId, ctx.now());
    return await bellFor(ctx.primary, ctx.actor.userId, ctx.now(), { disputes: answersDisputes(ctx.actor.role) });
  }),
  /** Whether an unsubscribe link is known and which digest it stops (the page before confirming). */
  unsubscribeState: publicProcedure
    .input(unsubscribeInput)
    .query(async ({ ctx, input }) => ({ digest: await unsubscribeTokenState(ctx.primary, input.token) })),
  unsubscribe: publicProcedure
    .input(unsubscribeInput)
    .mutation(({ ctx, input }) => unsubscribeByToken(ctx.primary, input.token)),
});
