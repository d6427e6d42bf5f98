import {
  digestPeriod,
  isEmptyDigest,
  previewPeriod,
  renderDigest,
  type DigestFrequency,
  type DigestMessage,
  type DigestPeriod,
} from "@hindsight/domain";
import {
  claimDigest,
  digestPredictions,
  digestRecipients,
  finishDigest,
  listFollows,
  unsubscribeTokenOf,
  type Database,
  type DigestRecipient,
} from "@hindsight/db";
import type { Mailer } from "./mail";

/** What happened to one user's digest in a run. */
export interface DigestOutcome {
  email: string;
  frequency: Exclude<DigestFrequency, "OFF">;
  periodKey: string;
  /**
   * sent: the SMTP server accepted it. empty: nothing to say, no mail (recorded, not tried again).
   * failed: the SMTP server refused or could not be reached (recorded; a later run tries again).
   * taken: already sent, being sent by another worker, or failed too often (nothing done).
   * preview: a dry run, nothing sent or recorded.
   */
  status: "sent" | "empty" | "failed" | "taken" | "preview";
  items: number;
  message: DigestMessage | null;
  error?: string;
}

export interface SendDueDigestsOptions {
  db: Database;
  /** Where digests go out; null only for a dry run. */
  mailer: Mailer | null;
  /** HINDSIGHT_BASE_URL: the links in each mail. */
  baseUrl: string;
  now: Date;
  /** Only this user (by email). */
  email?: string;
  /** Compute every due digest without sending or recording anything. */
  dryRun?: boolean;
}

/** One user's digest for the period that has started at `now`, as it would be sent. */
export async function buildDigest(
  db: Database,
  recipient: Pick<DigestRecipient, "userId" | "name" | "email" | "frequency" | "unsubscribeToken">,
  baseUrl: string,
  now: Date,
  period: DigestPeriod = digestPeriod(recipient.frequency, now),
): Promise<{ message: DigestMessage; empty: boolean; periodKey: string }> {
  const found = await digestPredictions(db, recipient.userId, period);
  const message = renderDigest({
    recipient: { name: recipient.name, email: recipient.email },
    period,
    ...found,
    baseUrl,
    unsubscribeToken: recipient.unsubscribeToken,
  });
  return { message, empty: isEmptyDigest(found), periodKey: period.key };
}

/** The digest of the last day or week up to now, for the settings page's preview (previewPeriod). */
export async function previewDigest(
  db: Database,
  user: { userId: string; name: string; email: string },
  frequency: Exclude<DigestFrequency, "OFF">,
  baseUrl: string,
  now: Date,
): Promise<DigestMessage & { empty: boolean; follows: boolean }> {
  const unsubscribeToken = await unsubscribeTokenOf(db, user.userId);
  const recipient = { ...user, frequency, unsubscribeToken };
  const { message, empty } = await buildDigest(db, recipient, baseUrl, now, previewPeriod(frequency, now));
  const follows = await listFollows(db, user.userId);
  return { ...message, empty, follows: follows.analysts.length + follows.tags.length > 0 };
}

/**
 * Sends every digest that is due at `now` and not sent yet: for each user who chose one, the
 * period that has started (daily from 06:00 UTC, weekly from Monday 06:00 UTC). Each send is
 * claimed first (claimDigest: a row unique per user, frequency and period), so two workers running
 * at once send each digest once. A digest with nothing in it is recorded as EMPTY and not mailed.
 *
 * If the SMTP server refuses or cannot be reached after the claim, the row is marked FAILED with
 * the error and the next run (the job is hourly) claims it again, up to DIGEST_MAX_ATTEMPTS in all.
 * If the process dies between the claim and the SMTP answer, the row stays SENDING and that
 * period's digest is not sent: a missed digest rather than a doubled one (docs/notifications.md).
 */
export async function sendDueDigests(options: SendDueDigestsOptions): Promise<DigestOutcome[]> {
  const { db, mailer, baseUrl, now } = options;
  if (!mailer && !options.dryRun) {
    throw new Error("SMTP_URL is not set: digests cannot be sent (a dry run shows what would be sent)");
  }
  const recipients = await digestRecipients(db, { email: options.email });
  const outcomes: DigestOutcome[] = [];
  for (const recipient of recipients) {
    const { message, empty, periodKey } = await buildDigest(db, recipient, baseUrl, now);
    const base = { email: recipient.email, frequency: recipient.frequency, periodKey, items: message.items };
    if (options.dryRun || !mailer) {
      outcomes.push({ ...base, status: empty ? "empty" : "preview", message: empty ? null : message });
      continue;
    }
    const claim = await claimDigest(db, { userId: recipient.userId, frequency: recipient.frequency, periodKey, now });
    if (!claim) {
      outcomes.push({ ...base, status: "taken", message: null });
      continue;
    }
    if (empty) {
      await finishDigest(db, claim, { status: "EMPTY", items: 0, now });
      outcomes.push({ ...base, status: "empty", message: null });
      continue;
    }
    try {
      await mailer.transport.sendMail({
        from: mailer.from,
        to: { name: recipient.name, address: recipient.email },
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: {
          // RFC 2369 and RFC 8058: mail programs show an unsubscribe button that POSTs here.
          "List-Unsubscribe": `<${message.unsubscribeUrl}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await finishDigest(db, claim, { status: "FAILED", items: message.items, now, error: reason });
      outcomes.push({ ...base, status: "failed", message, error: reason });
      continue;
    }
    await finishDigest(db, claim, { status: "SENT", items: message.items, now });
    outcomes.push({ ...base, status: "sent", message });
  }
  return outcomes;
}
