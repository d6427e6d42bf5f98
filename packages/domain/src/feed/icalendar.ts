/**
 * iCalendar (RFC 5545) for a published calendar of all-day events: TEXT escaping, UTC DATE-TIME and
 * DATE values, content lines folded at 75 octets and ended by CRLF. Pure: DTSTAMP comes in with
 * each event, so the same events always give the same bytes.
 */

export interface CalendarEvent {
  /** Globally unique and stable across requests (section 3.8.4.7). */
  uid: string;
  /** When the event's information last changed in the store (a published calendar's DTSTAMP). */
  stamp: Date;
  /** The UTC calendar day of the all-day event. */
  day: Date;
  summary: string;
  description?: string;
  url?: string;
  categories: string[];
}

export interface Calendar {
  /** PRODID: who made the calendar, as a formal public identifier. */
  productId: string;
  /** Shown by calendar applications as the calendar's name (X-WR-CALNAME). */
  name: string;
  events: CalendarEvent[];
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/** A DATE value (section 3.3.4): the UTC calendar day, YYYYMMDD. */
export const icalDate = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;

/** A DATE-TIME value in UTC (section 3.3.5, form #2): YYYYMMDDTHHMMSSZ. */
export const icalDateTime = (date: Date): string =>
  `${icalDate(date)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;

// Control characters TEXT may not hold (section 3.3.11: TSAFE-CHAR excludes CONTROL), lone surrogates.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- the point of this pattern is to find control characters
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A TEXT value (section 3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, "\n")
    .replace(UNSAFE, "\uFFFD")
    .replace(/[\\;,\n]/g, (character) => (character === "\n" ? "\\n" : `\\${character}`));
}

const encoder = new TextEncoder();

/**
 * One content line folded so that no physical line passes 75 octets (section 3.1): each
 * continuation begins with a space, which counts, and a UTF-8 sequence is never split (the fold
 * goes between code points).
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > 75) {
      pieces.push(current);
      current = " ";
      octets = 1;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n");
}

function eventLines(event: CalendarEvent): string[] {
  const nextDay = new Date(Date.UTC(event.day.getUTCFullYear(), event.day.getUTCMonth(), event.day.getUTCDate() + 1));
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${icalDateTime(event.stamp)}`,
    `LAST-MODIFIED:${icalDateTime(event.stamp)}`,
    `DTSTART;VALUE=DATE:${icalDate(event.day)}`,
    `DTEND;VALUE=DATE:${icalDate(nextDay)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description === undefined ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
    ...(event.url === undefined ? [] : [`URL:${event.url}`]),
    ...(event.categories.length ? [`CATEGORIES:${event.categories.map(escapeText).join(",")}`] : []),
    // A deadline is a reminder, not an appointment: it never makes anyone look busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/**
 * The calendar as an iCalendar stream: folded content lines, each ended by CRLF. No METHOD: in a
 * calendar without one, DTSTAMP says when the event last changed in the store (section 3.8.7.2).
 */
export function renderCalendar(calendar: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(calendar.productId)}`,
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}
