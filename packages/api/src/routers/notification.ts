import { notificationBell } from "../use-cases/notification/bell";
import { followAnalyst } from "../use-cases/notification/follow-analyst";
import { followTag } from "../use-cases/notification/follow-tag";
import { markNotificationBellRead } from "../use-cases/notification/mark-bell-read";
import { previewNotificationDigest } from "../use-cases/notification/preview";
import { setDigest } from "../use-cases/notification/set-digest";
import { notificationSettings } from "../use-cases/notification/settings";
import { unfollowAnalyst } from "../use-cases/notification/unfollow-analyst";
import { unfollowTag } from "../use-cases/notification/unfollow-tag";
import { unsubscribe } from "../use-cases/notification/unsubscribe";
import { unsubscribeState } from "../use-cases/notification/unsubscribe-state";
import { publicProcedure, router, signedInProcedure } from "../trpc";

/**
 * A signed-in user's own follows, email digest and bell (docs/notifications.md); any role. They
 * read and write the primary (ctx.primary): a viewer's requests otherwise read the replica, and
 * these are writes, or reads right after one. Unsubscribing needs no sign-in: the token is the proof.
 */
export const notificationRouter = router({
  settings: signedInProcedure.query(({ ctx }) => notificationSettings(ctx)),
  followAnalyst: signedInProcedure
    .input(followAnalyst.input)
    .mutation(({ ctx, input }) => followAnalyst.run(ctx, input)),
  unfollowAnalyst: signedInProcedure
    .input(unfollowAnalyst.input)
    .mutation(({ ctx, input }) => unfollowAnalyst.run(ctx, input)),
  followTag: signedInProcedure.input(followTag.input).mutation(({ ctx, input }) => followTag.run(ctx, input)),
  unfollowTag: signedInProcedure.input(unfollowTag.input).mutation(({ ctx, input }) => unfollowTag.run(ctx, input)),
  setDigest: signedInProcedure.input(setDigest.input).mutation(({ ctx, input }) => setDigest.run(ctx, input)),
  /** The digest the user would get now at this frequency (its text and HTML), whether or not mail is set up. */
  preview: signedInProcedure
    .input(previewNotificationDigest.input)
    .query(({ ctx, input }) => previewNotificationDigest.run(ctx, input)),
  // Anyone may ask: nobody's bell is empty (use-cases/notification/bell.ts).
  bell: publicProcedure.query(({ ctx }) => notificationBell(ctx)),
  markBellRead: signedInProcedure.mutation(({ ctx }) => markNotificationBellRead(ctx)),
  /** Whether an unsubscribe link is known and which digest it stops (the page before confirming). */
  unsubscribeState: publicProcedure
    .input(unsubscribeState.input)
    .query(({ ctx, input }) => unsubscribeState.run(ctx, input)),
  unsubscribe: publicProcedure.input(unsubscribe.input).mutation(({ ctx, input }) => unsubscribe.run(ctx, input)),
});
