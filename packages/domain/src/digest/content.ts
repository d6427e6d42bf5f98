import { escapeXml } from "../feed/xml";
import type { Follows } from "../schemas/notification";
import type { Outcome } from "../schemas/prediction";
import type { DigestPeriod } from "./period";

/** A prediction as a digest lists it. */
export interface DigestItem {
  id: string;
  claim: string;
  analystName: string;
  analystSlug: string;
  resolveBy: Date;
  probability: number;
  /** Null while unjudged. */
  outcome: Outcome | null;
}

export interface DigestInput {
  recipient: { name: string; email: string };
  period: DigestPeriod;
  /** Deadline in [period.since, period.start), judged or not, earliest first. */
  fellDue: DigestItem[];
  /** Deadline in [period.start, period.until), not judged, earliest first. */
  upcoming: DigestItem[];
  /** How many there are in all when a list was cut short. */
  fellDueTotal: number;
  upcomingTotal: number;
  follows: Follows;
  /** HINDSIGHT_BASE_URL, without a trailing slash. */
  baseUrl: string;
  unsubscribeToken: string;
}

export interface DigestMessage {
  subject: string;
  text: string;
  html: string;
  /** One-click unsubscribe (RFC 8058): the address the List-Unsubscribe header names. */
  unsubscribeUrl: string;
  /** The page that asks before unsubscribing, linked from the message body. */
  unsubscribePageUrl: string;
  /** How many predictions it lists. */
  items: number;
}

/** The period in words, for the subject and the first line. */
const periodName = (period: DigestPeriod) =>
  period.frequency === "WEEKLY" ? `week ${period.key.slice(6)} of ${period.key.slice(0, 4)}` : period.key;

const day = (date: Date) => date.toISOString().slice(0, 10);
const percent = (probability: number) => `${Math.round(probability * 1000) / 10}%`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "judged TRUE" or "awaiting a judgement". */
const state = (item: DigestItem) => (item.outcome ? `judged ${item.outcome.toLowerCase()}` : "awaiting a judgement");

/** Nothing to say: no digest is sent for the period. */
export const isEmptyDigest = (input: Pick<DigestInput, "fellDueTotal" | "upcomingTotal">) =>
  input.fellDueTotal === 0 && input.upcomingTotal === 0;

/**
 * The email digest: a subject, a plain-text part and an HTML part (every value escaped) listing
 * the followed predictions that fell due in the period before this one and those due in the next
 * DIGEST_AHEAD_DAYS days, each linked to its page, with an unsubscribe link that needs no sign-in.
 */
export function renderDigest(input: DigestInput): DigestMessage {
  const { period, baseUrl } = input;
  const kind = period.frequency === "WEEKLY" ? "weekly" : "daily";
  const link = (path: string) => `${baseUrl}${path}`;
  const predictionUrl = (item: DigestItem) => link(`/predictions/${encodeURIComponent(item.id)}`);
  const unsubscribePageUrl = link(`/unsubscribe/${input.unsubscribeToken}`);
  const unsubscribeUrl = link(`/api/unsubscribe/${input.unsubscribeToken}`);
  const settingsUrl = link("/settings/notifications");
  const subject = `Hindsight ${kind} digest, ${periodName(period)}: ${plural(input.fellDueTotal, "prediction", "predictions")} fell due, ${input.upcomingTotal} due in the next 7 days`;
  const followed = [
    ...input.follows.analysts.map((analyst) => analyst.name),
    ...input.follows.tags.map((tag) => `#${tag.name}`),
  ];
  const more = (shown: number, total: number) => (total > shown ? total - shown : 0);

  const sections = [
    {
      title: `Fell due since ${day(period.since)}`,
      items: input.fellDue,
      extra: more(input.fellDue.length, input.fellDueTotal),
      extraUrl: link("/due"),
      empty: "Nothing you follow fell due.",
      line: (item: DigestItem) => `due ${day(item.resolveBy)}, ${state(item)}`,
    },
    {
      title: `Due by ${day(new Date(period.until.getTime() - 1))}`,
      items: input.upcoming,
      extra: more(input.upcoming.length, input.upcomingTotal),
      extraUrl: link("/"),
      empty: "Nothing you follow falls due in the next 7 days.",
      line: (item: DigestItem) => `due ${day(item.resolveBy)}`,
    },
  ];

  const text = [
    `Hello ${input.recipient.name},`,
    "",
    `Your ${kind} Hindsight digest for ${periodName(period)}, from what you follow: ${followed.join(", ") || "nothing yet"}.`,
    ...sections.flatMap((section) => [
      "",
      section.title,
      "-".repeat(section.title.length),
      ...(section.items.length === 0 ? [section.empty] : []),
      ...section.items.flatMap((item) => [
        `* ${item.claim}`,
        `  ${item.analystName}, ${percent(item.probability)}, ${section.line(item)}`,
        `  ${predictionUrl(item)}`,
      ]),
      ...(section.extra > 0 ? [`...and ${section.extra} more: ${section.extraUrl}`] : []),
    ]),
    "",
    "--",
    `Change what you follow or how often this comes: ${settingsUrl}`,
    `Unsubscribe (no sign-in needed): ${unsubscribePageUrl}`,
    "",
  ].join("\n");

  const e = escapeXml;
  const html = [
    "<!doctype html>",
    '<html><head><meta charset="utf-8"><title>' + e(subject) + "</title></head>",
    '<body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40rem">',
    `<p>Hello ${e(input.recipient.name)},</p>`,
    `<p>Your ${kind} Hindsight digest for ${e(periodName(period))}, from what you follow: ${e(followed.join(", ") || "nothing yet")}.</p>`,
    ...sections.flatMap((section) => [
      `<h2 style="font-size: 1.1rem">${e(section.title)}</h2>`,
      section.items.length === 0
        ? `<p>${e(section.empty)}</p>`
        : [
            "<ul>",
            ...section.items.map(
              (item) =>
                `<li><a href="${e(predictionUrl(item))}">${e(item.claim)}</a><br>` +
                `<a href="${e(link(`/analysts/${encodeURIComponent(item.analystSlug)}`))}">${e(item.analystName)}</a>, ` +
                `${e(percent(item.probability))}, ${e(section.line(item))}</li>`,
            ),
            "</ul>",
          ].join("\n"),
      ...(section.extra > 0 ? [`<p><a href="${e(section.extraUrl)}">...and ${section.extra} more</a></p>`] : []),
    ]),
    '<hr><p style="font-size: 0.85rem; color: #555">',
    `<a href="${e(settingsUrl)}">Change what you follow or how often this comes</a> &middot; `,
    `<a href="${e(unsubscribePageUrl)}">Unsubscribe</a> (no sign-in needed)</p>`,
    "</body></html>",
    "",
  ].join("\n");

  return {
    subject,
    text,
    html,
    unsubscribeUrl,
    unsubscribePageUrl,
    items: input.fellDue.length + input.upcoming.length,
  };
}
