import type { DigestFrequency } from "../schemas/notification";

/** Digests are sent at the first run on or after this hour (UTC) of the period's first day. */
export const DIGEST_HOUR_UTC = 6;
/** The digest lists what falls due this many days after the period starts. */
export const DIGEST_AHEAD_DAYS = 7;

const DAY = 24 * 60 * 60 * 1000;

export interface DigestPeriod {
  frequency: Exclude<DigestFrequency, "OFF">;
  /** "2026-12-05" (daily: the UTC day) or "2026-W49" (weekly: the ISO week). */
  key: string;
  /** When the period starts: 06:00 UTC on its day (weekly: on its Monday). */
  start: Date;
  /** Predictions that fell due in [since, start) are listed as fallen due. */
  since: Date;
  /** Predictions due in [start, until) and not judged are listed as coming. */
  until: Date;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** ISO 8601 week of a UTC date: "2026-W49" (the week's year is its Thursday's). */
export function isoWeekKey(date: Date): string {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(day + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/**
 * The latest period of a frequency that has started at `now`: a daily digest's period starts at
 * 06:00 UTC each day, a weekly one's at 06:00 UTC each Monday. Its content depends only on the
 * period, so a retry or a second worker computes the same digest.
 */
export function digestPeriod(frequency: Exclude<DigestFrequency, "OFF">, now: Date): DigestPeriod {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let start = midnight + DIGEST_HOUR_UTC * 60 * 60 * 1000;
  if (start > now.getTime()) start -= DAY;
  if (frequency === "WEEKLY") {
    const weekday = (new Date(start).getUTCDay() + 6) % 7; // Monday 0
    start -= weekday * DAY;
  }
  const length = frequency === "WEEKLY" ? 7 * DAY : DAY;
  const startDate = new Date(start);
  return {
    frequency,
    key: frequency === "WEEKLY" ? isoWeekKey(startDate) : isoDay(startDate),
    start: startDate,
    since: new Date(start - length),
    until: new Date(start + DIGEST_AHEAD_DAYS * DAY),
  };
}

/**
 * A period ending at `now` rather than at a period's start: what the settings page previews (what
 * fell due in the last day or week, and what is due in the next 7 days), keyed like the current period.
 */
export function previewPeriod(frequency: Exclude<DigestFrequency, "OFF">, now: Date): DigestPeriod {
  const length = frequency === "WEEKLY" ? 7 * DAY : DAY;
  return {
    frequency,
    key: digestPeriod(frequency, now).key,
    start: now,
    since: new Date(now.getTime() - length),
    until: new Date(now.getTime() + DIGEST_AHEAD_DAYS * DAY),
  };
}
