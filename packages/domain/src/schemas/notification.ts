import { z } from "zod";

/** How often a user's email digest is sent (docs/notifications.md). */
export const digestFrequencies = ["OFF", "DAILY", "WEEKLY"] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

const slug = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(80, `${what} must be at most 80 characters`);

/** Follow or unfollow an analyst, by slug. */
export const followAnalystInput = z.object({ analyst: slug("Analyst") });
/** Follow or unfollow a tag, by slug (as in `/?tag=`). */
export const followTagInput = z.object({ tag: slug("Tag") });

export const setDigestInput = z.object({
  digest: z.enum(digestFrequencies, { error: "Digest must be OFF, DAILY or WEEKLY" }),
});
export type SetDigestInput = z.output<typeof setDigestInput>;

/** The token of an unsubscribe link: 43 base64url characters (32 random bytes). */
export const unsubscribeInput = z.object({
  token: z
    .string({ error: "The unsubscribe link is incomplete" })
    .trim()
    .regex(/^[A-Za-z0-9_-]{43}$/, "This is not an unsubscribe link Hindsight sent"),
});

/** What a user follows, as the settings page lists it. */
export interface Follows {
  analysts: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
}

/** The user's notification settings. */
export interface NotificationSettings {
  digest: DigestFrequency;
  follows: Follows;
}

/**
 * One thing in the bell: a followed prediction past its deadline and not judged ("due"), or, for
 * editors and admins, an open dispute waiting for an answer ("dispute"). `at` orders them: the
 * deadline that passed, or when the dispute was filed.
 */
export type BellItem =
  | { kind: "due"; at: Date; unread: boolean; predictionId: string; claim: string; analystName: string }
  | { kind: "dispute"; at: Date; unread: boolean; predictionId: string; claim: string; disputeId: string };

export interface Bell {
  unread: number;
  items: BellItem[];
  readAt: Date | null;
}
