import { randomBytes } from "node:crypto";
import {
  DomainError,
  type Bell,
  type BellItem,
  type DigestFrequency,
  type DigestItem,
  type DigestPeriod,
  type Follows,
} from "@hindsight/domain";
import type { Database } from "../client";
import type { Prisma } from "../generated/prisma/client";
import { toDomainError } from "../errors";

// Notifications (docs/notifications.md): what users follow, their digest setting and unsubscribe
// token, the digest sends claimed once per user, frequency and period, and the bell. A user's own
// settings, not the ledger: these writes are not audited and appear in no change history.

/** 32 random bytes, base64url (43 characters): the value in a user's unsubscribe links. */
export const newUnsubscribeToken = (): string => randomBytes(32).toString("base64url");

/** The predictions of what a user follows: an analyst they follow made it, or it has a tag they follow. */
const followedBy = (userId: string): Prisma.PredictionWhereInput => ({
  OR: [
    { analyst: { followers: { some: { userId } } } },
    { tags: { some: { tag: { followers: { some: { userId } } } } } },
  ],
});

async function analystIdOf(db: Database, slug: string): Promise<string> {
  const analyst = await db.analyst.findUnique({ where: { slug }, select: { id: true } });
  if (!analyst) throw new DomainError("NOT_FOUND", `No analyst "${slug}"`);
  return analyst.id;
}

async function tagIdOf(db: Database, slug: string): Promise<string> {
  const tag = await db.tag.findUnique({ where: { slug: slug.toLowerCase() }, select: { id: true } });
  if (!tag) throw new DomainError("NOT_FOUND", `No tag "${slug}"`);
  return tag.id;
}

/** Follows an analyst (following twice changes nothing). */
export async function followAnalyst(db: Database, userId: string, slug: string): Promise<Follows> {
  try {
    const analystId = await analystIdOf(db, slug);
    await db.analystFollow.upsert({
      where: { userId_analystId: { userId, analystId } },
      create: { userId, analystId },
      update: {},
    });
    return await listFollows(db, userId);
  } catch (error) {
    throw toDomainError(error);
  }
}

export async function unfollowAnalyst(db: Database, userId: string, slug: string): Promise<Follows> {
  try {
    const analystId = await analystIdOf(db, slug);
    await db.analystFollow.deleteMany({ where: { userId, analystId } });
    return await listFollows(db, userId);
  } catch (error) {
    throw toDomainError(error);
  }
}

/** Follows a tag (following twice changes nothing). */
export async function followTag(db: Database, userId: string, slug: string): Promise<Follows> {
  try {
    const tagId = await tagIdOf(db, slug);
    await db.tagFollow.upsert({ where: { userId_tagId: { userId, tagId } }, create: { userId, tagId }, update: {} });
    return await listFollows(db, userId);
  } catch (error) {
    throw toDomainError(error);
  }
}

export async function unfollowTag(db: Database, userId: string, slug: string): Promise<Follows> {
  try {
    const tagId = await tagIdOf(db, slug);
    await db.tagFollow.deleteMany({ where: { userId, tagId } });
    return await listFollows(db, userId);
  } catch (error) {
    throw toDomainError(error);
  }
}

/** What a user follows, by name. */
export async function listFollows(db: Database, userId: string): Promise<Follows> {
  const [analysts, tags] = await Promise.all([
    db.analystFollow.findMany({
      where: { userId },
      select: { analyst: { select: { slug: true, name: true } } },
      orderBy: [{ analyst: { name: "asc" } }, { analystId: "asc" }],
    }),
    db.tagFollow.findMany({
      where: { userId },
      select: { tag: { select: { slug: true, name: true } } },
      orderBy: { tag: { slug: "asc" } },
    }),
  ]);
  return { analysts: analysts.map((row) => row.analyst), tags: tags.map((row) => row.tag) };
}

/** The user's digest frequency (OFF when they never chose one). */
export async function digestFrequencyOf(db: Database, userId: string): Promise<DigestFrequency> {
  const prefs = await db.notificationPrefs.findUnique({ where: { userId }, select: { digest: true } });
  return prefs?.digest ?? "OFF";
}

/** Sets the user's digest frequency; the first time also gives them their unsubscribe token. */
export async function setDigestFrequency(db: Database, userId: string, digest: DigestFrequency): Promise<void> {
  try {
    await db.notificationPrefs.upsert({
      where: { userId },
      create: { userId, digest, unsubscribeToken: newUnsubscribeToken() },
      update: { digest },
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

/**
 * Turns the digest off for whoever holds this token (no sign-in: the token is the proof). Answers
 * the frequency it had, so that the page can say what changed; NOT_FOUND for an unknown token.
 */
export async function unsubscribeByToken(db: Database, token: string): Promise<{ was: DigestFrequency }> {
  try {
    return await db.$transaction(async (tx) => {
      const prefs = await tx.notificationPrefs.findUnique({
        where: { unsubscribeToken: token },
        select: { userId: true, digest: true },
      });
      if (!prefs) {
        throw new DomainError("NOT_FOUND", "This unsubscribe link is not known: it may be mistyped or cut short");
      }
      await tx.notificationPrefs.update({ where: { userId: prefs.userId }, data: { digest: "OFF" } });
      return { was: prefs.digest };
    });
  } catch (error) {
    throw toDomainError(error);
  }
}

/** Whether a token is known, and the digest it controls (for the page that asks before unsubscribing). */
export async function unsubscribeTokenState(db: Database, token: string): Promise<DigestFrequency | null> {
  const prefs = await db.notificationPrefs.findUnique({ where: { unsubscribeToken: token }, select: { digest: true } });
  return prefs?.digest ?? null;
}

export interface DigestRecipient {
  userId: string;
  name: string;
  email: string;
  frequency: Exclude<DigestFrequency, "OFF">;
  unsubscribeToken: string;
}

/** Everyone who chose a digest (optionally one user, by email), in a stable order. */
export async function digestRecipients(db: Database, options: { email?: string } = {}): Promise<DigestRecipient[]> {
  const rows = await db.notificationPrefs.findMany({
    where: {
      digest: { not: "OFF" },
      ...(options.email ? { user: { email: { equals: options.email, mode: "insensitive" } } } : {}),
    },
    select: { userId: true, digest: true, unsubscribeToken: true, user: { select: { name: true, email: true } } },
    orderBy: { userId: "asc" },
  });
  return rows.map((row) => ({
    userId: row.userId,
    name: row.user.name,
    email: row.user.email,
    frequency: row.digest as Exclude<DigestFrequency, "OFF">,
    unsubscribeToken: row.unsubscribeToken,
  }));
}

/** The user's unsubscribe token, made when missing (the preview shows a real link). */
export async function unsubscribeTokenOf(db: Database, userId: string): Promise<string> {
  const prefs = await db.notificationPrefs.upsert({
    where: { userId },
    create: { userId, unsubscribeToken: newUnsubscribeToken() },
    update: {},
    select: { unsubscribeToken: true },
  });
  return prefs.unsubscribeToken;
}

/** How many predictions each list of a digest shows at most (the rest are counted). */
export const DIGEST_LIST_LIMIT = 50;

const digestItemSelect = {
  id: true,
  claim: true,
  resolveBy: true,
  probability: true,
  outcome: true,
  analyst: { select: { name: true, slug: true } },
} as const satisfies Prisma.PredictionSelect;

const toDigestItem = (row: Prisma.PredictionGetPayload<{ select: typeof digestItemSelect }>): DigestItem => ({
  id: row.id,
  claim: row.claim,
  analystName: row.analyst.name,
  analystSlug: row.analyst.slug,
  resolveBy: row.resolveBy!,
  probability: row.probability,
  outcome: row.outcome,
});

export interface DigestPredictions {
  fellDue: DigestItem[];
  fellDueTotal: number;
  upcoming: DigestItem[];
  upcomingTotal: number;
  follows: Follows;
}

/**
 * A digest's predictions for a period: those of what the user follows whose deadline fell in
 * [since, start) (judged or not), and the unjudged ones due in [start, until); earliest first.
 */
export async function digestPredictions(
  db: Database,
  userId: string,
  period: DigestPeriod,
): Promise<DigestPredictions> {
  const fellDueWhere = { ...followedBy(userId), resolveBy: { gte: period.since, lt: period.start } };
  const upcomingWhere = { ...followedBy(userId), outcome: null, resolveBy: { gte: period.start, lt: period.until } };
  const orderBy = [{ resolveBy: "asc" as const }, { id: "asc" as const }];
  const [fellDue, fellDueTotal, upcoming, upcomingTotal, follows] = await Promise.all([
    db.prediction.findMany({ where: fellDueWhere, select: digestItemSelect, orderBy, take: DIGEST_LIST_LIMIT }),
    db.prediction.count({ where: fellDueWhere }),
    db.prediction.findMany({ where: upcomingWhere, select: digestItemSelect, orderBy, take: DIGEST_LIST_LIMIT }),
    db.prediction.count({ where: upcomingWhere }),
    listFollows(db, userId),
  ]);
  return {
    fellDue: fellDue.map(toDigestItem),
    fellDueTotal,
    upcoming: upcoming.map(toDigestItem),
    upcomingTotal,
    follows,
  };
}

/** A failed send is tried again by later runs, up to this many attempts in all. */
export const DIGEST_MAX_ATTEMPTS = 5;

/**
 * Claims the user's digest for a period before it is sent: inserts its digest_send row, or takes
 * over a FAILED one with attempts left. The row's unique key (user, frequency, period) makes this
 * atomic: of two workers claiming at once, PostgreSQL lets one insert and the other finds the
 * conflict, so only one of them sends. Answers the row's id, or null when someone else has it
 * (sent, being sent, empty, or failed too often).
 */
export async function claimDigest(
  db: Database,
  claim: { userId: string; frequency: Exclude<DigestFrequency, "OFF">; periodKey: string; now: Date },
): Promise<string | null> {
  try {
    const inserted = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO "digest_send" ("id", "userId", "frequency", "periodKey", "status", "attempts", "claimedAt")
      VALUES (${`ds_${randomBytes(12).toString("hex")}`}, ${claim.userId}, ${claim.frequency}::"DigestFrequency",
              ${claim.periodKey}, 'SENDING', 1, ${claim.now})
      ON CONFLICT ("userId", "frequency", "periodKey") DO NOTHING
      RETURNING "id"`;
    if (inserted[0]) return inserted[0].id;
    const retried = await db.$queryRaw<{ id: string }[]>`
      UPDATE "digest_send"
      SET "status" = 'SENDING', "attempts" = "attempts" + 1, "claimedAt" = ${claim.now}, "error" = NULL
      WHERE "userId" = ${claim.userId} AND "frequency" = ${claim.frequency}::"DigestFrequency"
        AND "periodKey" = ${claim.periodKey} AND "status" = 'FAILED' AND "attempts" < ${DIGEST_MAX_ATTEMPTS}
      RETURNING "id"`;
    return retried[0]?.id ?? null;
  } catch (error) {
    throw toDomainError(error);
  }
}

/** Records how a claimed send ended: SENT, EMPTY (nothing to say, no mail) or FAILED with the error. */
export async function finishDigest(
  db: Database,
  id: string,
  result: { status: "SENT" | "EMPTY" | "FAILED"; items: number; now: Date; error?: string },
): Promise<void> {
  await db.digestSend.update({
    where: { id },
    data: {
      status: result.status,
      items: result.items,
      sentAt: result.status === "SENT" ? result.now : null,
      error: result.error?.slice(0, 1000) ?? null,
    },
  });
}

/** How many items the bell lists at most. */
export const BELL_LIMIT = 20;

/**
 * The bell: the predictions of what the user follows that are due (deadline passed, no outcome)
 * and, with `disputes` (editors and admins, who answer them), the open disputes; newest first.
 * Unread are those that fell due or were filed after the user last marked the bell read.
 */
export async function bellFor(
  db: Database,
  userId: string,
  now: Date,
  options: { disputes: boolean } = { disputes: false },
): Promise<Bell> {
  const prefs = await db.notificationPrefs.findUnique({ where: { userId }, select: { bellReadAt: true } });
  const readAt = prefs?.bellReadAt ?? null;
  const due = { ...followedBy(userId), outcome: null, resolveBy: { lt: now } };
  const openDisputes = { status: "OPEN" as const };
  const [rows, unreadDue, disputes, unreadDisputes] = await Promise.all([
    db.prediction.findMany({
      where: due,
      select: digestItemSelect,
      orderBy: [{ resolveBy: "desc" }, { id: "asc" }],
      take: BELL_LIMIT,
    }),
    db.prediction.count({ where: readAt ? { ...due, resolveBy: { lt: now, gt: readAt } } : due }),
    options.disputes
      ? db.dispute.findMany({
          where: openDisputes,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          take: BELL_LIMIT,
          select: { id: true, predictionId: true, createdAt: true, prediction: { select: { claim: true } } },
        })
      : [],
    options.disputes
      ? db.dispute.count({ where: readAt ? { ...openDisputes, createdAt: { gt: readAt } } : openDisputes })
      : 0,
  ]);
  const items: BellItem[] = [
    ...rows.map((row) => ({
      kind: "due" as const,
      at: row.resolveBy!,
      unread: readAt === null || row.resolveBy! > readAt,
      predictionId: row.id,
      claim: row.claim,
      analystName: row.analyst.name,
    })),
    ...disputes.map((dispute) => ({
      kind: "dispute" as const,
      at: dispute.createdAt,
      unread: readAt === null || dispute.createdAt > readAt,
      predictionId: dispute.predictionId,
      claim: dispute.prediction.claim,
      disputeId: dispute.id,
    })),
  ];
  // Newest first, whatever the kind; at most BELL_LIMIT in all.
  items.sort((left, right) => right.at.getTime() - left.at.getTime());
  return { unread: unreadDue + unreadDisputes, readAt, items: items.slice(0, BELL_LIMIT) };
}

/** Marks everything in the bell read as of `now`. */
export async function markBellRead(db: Database, userId: string, now: Date): Promise<void> {
  try {
    await db.notificationPrefs.upsert({
      where: { userId },
      create: { userId, bellReadAt: now, unsubscribeToken: newUnsubscribeToken() },
      update: { bellReadAt: now },
    });
  } catch (error) {
    throw toDomainError(error);
  }
}
