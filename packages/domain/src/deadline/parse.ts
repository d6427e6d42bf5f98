import * as chrono from "chrono-node";

/**
 * Turns a deadline written in words ("within six months", "by the end of 2025", "before he leaves
 * office") into the last day that still counts, relative to the article's publication date.
 *
 * chrono-node reads exact dates, month names and relative durations. The small rules below cover
 * what it does not know, and run first so that chrono cannot half-read their words (it reads "by
 * the end of the year" as "a year from now"). The first rule that recognises the words wins:
 *
 *   1. the end of a named year:  "end of 2025", "end-2025", "late 2025"           -> 31 Dec 2025
 *   2. a calendar period:        "end of the month/year/decade", "this year"      -> its last day;
 *                                decades are the 2020s = 2020-2029
 *   3. Easter (Western, Gregorian computus); without a year, the next Easter on or after the reference
 *   4. a season, northern-hemisphere meteorological: spring Mar-May, summer Jun-Aug, autumn/fall
 *      Sep-Nov, winter Dec-Feb; the deadline is the season's last day. Without a year, the first
 *      such season not yet over. "winter 2026" is refused: it could mean Jan-Feb 2026 or the winter
 *      starting in Dec 2026.
 *   5. "the coming days/weeks/months": 2 weeks / 8 weeks / 6 months, said in the explanation
 *   6. "in/within a decade", "over the next decade": 10 years per decade
 *   7. a year after a preposition: "by/in/until/through 2027" -> 31 Dec 2027 (the whole year counts),
 *      "before 2027" -> 31 Dec 2026. It runs before the term rule, so "until Yoon leaves office in
 *      2027" takes the year named.
 *   8. the end of a term of office: the recorded term end, or a refusal asking for it
 *   9. chrono-node, with forwardDate, counted from the reference
 */

export interface DeadlineContext {
  /** The publication date (UTC midnight). Relative words are counted from it, never from today. */
  reference: Date;
  /** The end of the speaker's or subject's term, when the recorder entered one. */
  termEnd?: Date;
}

export type DeadlineParse =
  | {
      ok: true;
      /** UTC midnight of the last day that still counts: "by the end of 2025" -> 2025-12-31. */
      date: Date;
      /** The words the date was read from. */
      text: string;
      /** How the date was worked out, in plain words, e.g. "6 months after 25 Apr 2025". */
      explanation: string;
    }
  | { ok: false; reason: string };

const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "31 Dec 2025", read in UTC so that it never depends on the machine's timezone. */
export function formatDeadlineDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTH_ABBREVIATIONS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function parseDeadline(words: string, context: DeadlineContext): DeadlineParse {
  const trimmed = words.trim();
  if (trimmed === "") return { ok: false, reason: "No deadline written" };
  if (!isValidDate(context.reference)) return { ok: false, reason: "The publication date is not a valid date" };

  const normalised: RuleContext = {
    reference: startOfUtcDay(context.reference),
    termEnd: context.termEnd && isValidDate(context.termEnd) ? startOfUtcDay(context.termEnd) : undefined,
  };
  for (const rule of RULES) {
    const outcome = rule(trimmed, normalised);
    if (outcome === null) continue;
    if ("refusal" in outcome) return { ok: false, reason: outcome.refusal };
    return { ok: true, ...outcome };
  }
  return { ok: false, reason: `No date found in '${trimmed}'` };
}

/** Western Easter Sunday (UTC midnight) by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function westernEasterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDay(year, month, day);
}

// ---------------------------------------------------------------------------------------------
// Rules

interface RuleContext {
  reference: Date;
  termEnd: Date | undefined;
}
type Found = { date: Date; text: string; explanation: string };
/** null: the rule does not recognise the words, the next one gets a chance. */
type RuleOutcome = Found | { refusal: string } | null;
/** words: the whole deadline as written, trimmed. */
type Rule = (words: string, context: RuleContext) => RuleOutcome;

// Years are limited to 1900-2199 so that "in 1000 days" is not read as the year 1000.
const YEAR = String.raw`((?:19|20|21)\d{2})`;

const NAMED_YEAR_END = new RegExp(
  String.raw`\b(?:(?:the\s+)?end[\s-]+of[\s-]+(?:the\s+year\s+)?|end[\s-]|year[\s-]end\s+|late[\s-]+)${YEAR}\b`,
  "i",
);

function endOfNamedYear(words: string): RuleOutcome {
  const match = NAMED_YEAR_END.exec(words);
  if (!match) return null;
  const year = Number(match[1]);
  return { date: utcDay(year, 12, 31), text: match[0], explanation: `the last day of ${year}` };
}

type CalendarUnit = "week" | "month" | "quarter" | "year" | "decade";
const CALENDAR_PERIOD =
  /\b(?:(?:the\s+)?end[\s-]+of[\s-]+(?:(the|this|next)\s+)?(week|month|quarter|year|decade)|(this)\s+(week|month|quarter|year|decade))\b/i;

// Handled here rather than by chrono: chrono computes "this year" and "this month" in the machine's
// local time, so on 1 January a machine west of Greenwich would answer with the previous year.
function calendarPeriod(words: string, { reference }: RuleContext): RuleOutcome {
  const match = CALENDAR_PERIOD.exec(words);
  if (!match) return null;
  const modifier = (match[1] ?? match[3] ?? "this").toLowerCase();
  const unit = (match[2] ?? match[4] ?? "").toLowerCase() as CalendarUnit;
  const anchor = modifier === "next" ? shiftByPeriod(reference, unit, 1) : reference;
  const date = endOfPeriod(anchor, unit);
  return { date, text: match[0], explanation: describePeriodEnd(anchor, unit) };
}

const EASTER = new RegExp(String.raw`\bEaster(?:\s+Sunday)?(?:\s+(?:of\s+)?${YEAR})?\b`, "i");

function easter(words: string, { reference }: RuleContext): RuleOutcome {
  const match = EASTER.exec(words);
  if (!match) return null;
  if (match[1] !== undefined) {
    const year = Number(match[1]);
    return { date: westernEasterSunday(year), text: match[0], explanation: `Western Easter Sunday ${year}` };
  }
  const thisYear = westernEasterSunday(reference.getUTCFullYear());
  const date = isOnOrAfter(thisYear, reference) ? thisYear : westernEasterSunday(reference.getUTCFullYear() + 1);
  return {
    date,
    text: match[0],
    explanation: `the next Western Easter Sunday on or after ${formatDeadlineDate(reference)}`,
  };
}

type Season = "spring" | "summer" | "autumn" | "winter";
const SEASON_LAST_MONTH: Record<Season, number> = { spring: 5, summer: 8, autumn: 11, winter: 2 };
const SEASON_MONTHS: Record<Season, string> = {
  spring: "March-May",
  summer: "June-August",
  autumn: "September-November",
  winter: "December-February",
};
const SEASON_WITH_YEAR = new RegExp(
  String.raw`\b(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+of)?\s+${YEAR}\b`,
  "i",
);
// A preposition (or "this"/"next", both read as the first such season not yet over) is required before a season without a year, and "of" may not follow,
// so that "if prices fall" and "by the fall of the regime" are not read as autumn.
const SEASON_WITHOUT_YEAR =
  /\b(?:(?:by|until|till|in|over|during|through|throughout)\s+(?:the\s+|this\s+|next\s+)?|this\s+|next\s+)(spring|summer|autumn|fall|winter)\b(?!\s+of\b)/i;

function season(words: string, { reference }: RuleContext): RuleOutcome {
  const withYear = SEASON_WITH_YEAR.exec(words);
  if (withYear) {
    const name = seasonName(withYear[1] ?? "");
    const year = Number(withYear[2]);
    if (name === "winter") {
      return {
        refusal: `'${withYear[0]}' is ambiguous (January-February ${year}, or the winter starting in December ${year}): enter the date`,
      };
    }
    return {
      date: lastDayOfMonth(year, SEASON_LAST_MONTH[name]),
      text: withYear[0],
      explanation: describeSeasonEnd(name, year),
    };
  }
  const withoutYear = SEASON_WITHOUT_YEAR.exec(words);
  if (!withoutYear) return null;
  const name = seasonName(withoutYear[1] ?? "");
  const lastMonth = SEASON_LAST_MONTH[name];
  const thisYear = lastDayOfMonth(reference.getUTCFullYear(), lastMonth);
  const date = isOnOrAfter(thisYear, reference) ? thisYear : lastDayOfMonth(reference.getUTCFullYear() + 1, lastMonth);
  return {
    date,
    text: withoutYear[0],
    explanation: `${describeSeasonEnd(name, date.getUTCFullYear())}, the first not over on ${formatDeadlineDate(reference)}`,
  };
}

// How long "the coming ..." is taken to last. A choice, not a fact: the explanation says it.
const COMING_PERIOD = /\b(?:the\s+)?coming\s+(days|weeks|months)\b/i;

function comingPeriod(words: string, { reference }: RuleContext): RuleOutcome {
  const match = COMING_PERIOD.exec(words);
  if (!match) return null;
  const unit = (match[1] ?? "").toLowerCase();
  const [date, taken] =
    unit === "days"
      ? [addDays(reference, 14), "2 weeks"]
      : unit === "weeks"
        ? [addDays(reference, 56), "8 weeks"]
        : [addMonthsClamped(reference, 6), "6 months"];
  return {
    date,
    text: match[0],
    explanation: `'${match[0]}' taken as ${taken} after ${formatDeadlineDate(reference)}`,
  };
}

const DECADES = /\b(?:(?:within|in|over)\s+(?:the\s+next\s+|(a|one|two|three|\d{1,2})\s+)decades?)\b/i;
const SMALL_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

// chrono knows years but not decades.
function decades(words: string, { reference }: RuleContext): RuleOutcome {
  const match = DECADES.exec(words);
  if (!match) return null;
  const count = match[1] === undefined ? 1 : (SMALL_NUMBERS[match[1].toLowerCase()] ?? Number(match[1]));
  return {
    date: addMonthsClamped(reference, count * 120),
    text: match[0],
    explanation: `${count * 10} years after ${formatDeadlineDate(reference)}`,
  };
}

// "2027-06", "2027/28" and "2027 days" are not a year named on its own.
const YEAR_AFTER_PREPOSITION = new RegExp(
  String.raw`\b(by|in|until|till|through|throughout|during|before)\s+${YEAR}\b(?!\s*[-/.]\d)(?!\s+(?:days?|weeks?|months?|years?)\b)`,
  "i",
);

function namedYear(words: string): RuleOutcome {
  const match = YEAR_AFTER_PREPOSITION.exec(words);
  if (!match) return null;
  const year = Number(match[2]);
  if ((match[1] ?? "").toLowerCase() === "before") {
    return { date: utcDay(year - 1, 12, 31), text: match[0], explanation: `the last day before ${year}` };
  }
  return { date: utcDay(year, 12, 31), text: match[0], explanation: `the last day of ${year}, the year named` };
}

const TERM_OF_OFFICE =
  /\b(?:(?:end|rest)\s+of\s+(?:his|her|their|its|the)\s+(?:(?:current|present|first|second)\s+)?(?:term|mandate|tenure|presidency|premiership)|(?:leaves?|leaving)\s+office|(?:his|her|their)\s+term\s+(?:ends|expires|is\s+up))\b/i;

function termOfOffice(words: string, { termEnd }: RuleContext): RuleOutcome {
  const match = TERM_OF_OFFICE.exec(words);
  if (!match) return null;
  if (termEnd === undefined) return { refusal: `'${words}' needs the term's end date` };
  return {
    date: termEnd,
    text: match[0],
    explanation: `the end of the term, entered as ${formatDeadlineDate(termEnd)}`,
  };
}

// chrono counts whole units from the reference for "next year"; a prediction "next year" stays
// true until that year is over, so the whole period counts. Not when it is a duration: "within the
// next year" is twelve months.
const NEXT_PERIOD = /^next\s+(week|month|quarter|year)$/i;
const DURATION_LEAD_IN = /\b(?:within|in|over|during|for)\s+the\s*$/i;
const DURATION_PREFIX = /^(?:within|in|for|next)\s+(.+)$/i;
const BARE_UNIT = /^(?:day|week|month|quarter|year)$/i;

function withChrono(words: string, { reference }: RuleContext): RuleOutcome {
  const [result] = chrono.parse(words, { instant: reference, timezone: 0 }, { forwardDate: true });
  if (!result) return null;
  // A range ("March to June 2026") counts until its end.
  const components = result.end ?? result.start;
  const year = components.get("year");
  const month = components.get("month");
  const day = components.get("day");
  if (year === null || month === null || day === null) return null;
  const text = result.text;

  if (components.tags().has("result/relativeDate")) {
    const date = undoMonthOverflow(utcDay(year, month, day), components.isCertain("day"), reference);
    const nextPeriod = NEXT_PERIOD.exec(text);
    if (nextPeriod && !DURATION_LEAD_IN.test(words.slice(0, result.index))) {
      const unit = (nextPeriod[1] ?? "").toLowerCase() as CalendarUnit;
      return { date: endOfPeriod(date, unit), text, explanation: describePeriodEnd(date, unit) };
    }
    const duration = DURATION_PREFIX.exec(text)?.[1];
    const explanation = duration
      ? `${BARE_UNIT.test(duration) ? `1 ${duration}` : duration} after ${formatDeadlineDate(reference)}`
      : `'${text}' counted from ${formatDeadlineDate(reference)}`;
    return { date, text, explanation };
  }

  // A month without a day ("by March 2026") counts until the month is over; a year alone, the year.
  if (!components.isCertain("day") && components.isCertain("month")) {
    return {
      date: lastDayOfMonth(year, month),
      text,
      explanation: `the last day of ${MONTH_NAMES[month - 1]} ${year}`,
    };
  }
  if (!components.isCertain("day") && !components.isCertain("month") && components.isCertain("year")) {
    return { date: utcDay(year, 12, 31), text, explanation: `the last day of ${year}` };
  }
  const date = utcDay(year, month, day);
  return { date, text, explanation: `'${text}' read as ${formatDeadlineDate(date)}` };
}

const RULES: Rule[] = [
  endOfNamedYear,
  calendarPeriod,
  easter,
  season,
  comingPeriod,
  decades,
  namedYear,
  termOfOffice,
  withChrono,
];

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic, all in UTC so that the machine's timezone never shows through.

function isValidDate(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

/** month is 1-12. */
function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function isOnOrAfter(date: Date, other: Date): boolean {
  return date.getTime() >= other.getTime();
}

function startOfUtcDay(date: Date): Date {
  return utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function lastDayOfMonth(year: number, month: number): Date {
  // Day 0 of the following month is the last day of this one.
  return new Date(Date.UTC(year, month, 0));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** 31 Jan + 1 month is 28 Feb, not 3 March. */
function addMonthsClamped(date: Date, months: number): Date {
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = lastDayOfMonth(year, month).getUTCDate();
  return utcDay(year, month, Math.min(date.getUTCDate(), lastDay));
}

/**
 * chrono adds months like JavaScript does, so "within a month" of 31 January lands on 3 March.
 * When a duration of months or years (the day is then only implied) lands on another day of the
 * month than the reference, it ran past a short month: go back to that month's last day.
 */
function undoMonthOverflow(date: Date, dayIsCertain: boolean, reference: Date): Date {
  if (dayIsCertain || date.getUTCDate() >= reference.getUTCDate()) return date;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 0));
}

function shiftByPeriod(date: Date, unit: CalendarUnit, count: number): Date {
  switch (unit) {
    case "week":
      return addDays(date, 7 * count);
    case "month":
      return addMonthsClamped(date, count);
    case "quarter":
      return addMonthsClamped(date, 3 * count);
    case "year":
      return addMonthsClamped(date, 12 * count);
    case "decade":
      return addMonthsClamped(date, 120 * count);
  }
}

/** The last day of the week (ISO: Monday to Sunday), month, quarter, year or decade holding date. */
function endOfPeriod(date: Date, unit: CalendarUnit): Date {
  const year = date.getUTCFullYear();
  switch (unit) {
    case "week":
      return addDays(date, (7 - date.getUTCDay()) % 7);
    case "month":
      return lastDayOfMonth(year, date.getUTCMonth() + 1);
    case "quarter":
      return lastDayOfMonth(year, Math.floor(date.getUTCMonth() / 3) * 3 + 3);
    case "year":
      return utcDay(year, 12, 31);
    case "decade":
      return utcDay(Math.floor(year / 10) * 10 + 9, 12, 31);
  }
}

function describePeriodEnd(date: Date, unit: CalendarUnit): string {
  const year = date.getUTCFullYear();
  switch (unit) {
    case "week":
      return `the last day (Sunday) of the week of ${formatDeadlineDate(date)}`;
    case "month":
      return `the last day of ${MONTH_NAMES[date.getUTCMonth()]} ${year}`;
    case "quarter":
      return `the last day of Q${Math.floor(date.getUTCMonth() / 3) + 1} ${year}`;
    case "year":
      return `the last day of ${year}`;
    case "decade": {
      const start = Math.floor(year / 10) * 10;
      return `the last day of the ${start}s (${start}-${start + 9})`;
    }
  }
}

function seasonName(word: string): Season {
  const lower = word.toLowerCase();
  return lower === "fall" ? "autumn" : (lower as Season);
}

function describeSeasonEnd(name: Season, year: number): string {
  if (name === "winter")
    return `the last day of the winter ending in February ${year} (northern hemisphere, ${SEASON_MONTHS[name]})`;
  return `the last day of ${name} ${year} (northern hemisphere, ${SEASON_MONTHS[name]})`;
}
