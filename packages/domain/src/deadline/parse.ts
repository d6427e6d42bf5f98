import * as chrono from "chrono-node";

/**
 * Turns a deadline written in words ("within six months", "by the end of 2025", "before he leaves
 * office") into the last day that still counts, relative to the article's publication date.
 *
 * chrono-node reads exact dates, month names and relative durations. The small rules below cover
 * what it does not know, and run first so that chrono cannot half-read their words (it reads "by
 * the end of the year" as "a year from now"). The first rule that recognises the words wins. Words
 * naming no year ("by Q3", "by mid-June", "by Christmas") take the first such period or day not yet
 * over on the reference; a year named is kept even when already past (the form warns). Every
 * reading, with examples: docs/deadlines.md.
 *
 *   1. part of a month: early/start = days 1-10 (-> the 10th), first week -> the 7th, mid/middle
 *      and first half -> the 15th, late/end/second half/last week -> the last day
 *   2. part of a year: "the start of" = January (-> 31 Jan), "early" = January-April (-> 30 Apr),
 *      "mid"/"the middle of"/"mid-year" -> 30 Jun (the first half over), "late" -> 31 Dec
 *   3. calendar quarters (Q1 = January-March; "the second quarter", "Q2") and halves (H1 =
 *      January-June, "the second half", "H2") -> their last day; never fiscal quarters
 *   4. holidays, the day itself: Christmas (Eve) 25 (24) Dec, New Year('s Day) 1 Jan, New Year's
 *      Eve 31 Dec, Halloween 31 Oct, Thanksgiving (US) the fourth Thursday of November
 *   5. a named decade: "the 2030s" -> 31 Dec 2039, early -> 2033, mid -> 2035, late -> 2039;
 *      "the end of the century" -> 31 Dec 2099 (the 2000s counted as 2000-2099)
 *   6. the end of a named year:  "end of 2025", "end-2025", "late 2025"           -> 31 Dec 2025
 *   7. a calendar period:        "end of the month/year/decade", "this year"      -> its last day;
 *                                decades are the 2020s = 2020-2029
 *   8. Easter (Western, Gregorian computus); without a year, the next Easter on or after the reference
 *   9. a season, northern-hemisphere meteorological: spring Mar-May, summer Jun-Aug, autumn/fall
 *      Sep-Nov, winter Dec-Feb; the deadline is the season's last day. Without a year, the first
 *      such season not yet over. "winter 2026" is refused: it could mean Jan-Feb 2026 or the winter
 *      starting in Dec 2026.
 *  10. "the coming days/weeks/months": 2 weeks / 8 weeks / 6 months, said in the explanation
 *  11. "within a fortnight": 14 days per fortnight; "in/within a decade": 10 years per decade
 *  12. a year after a preposition: "by/in/until/through 2027" -> 31 Dec 2027 (the whole year counts),
 *      "before 2027" -> 31 Dec 2026. It runs before the term rule, so "until Yoon leaves office in
 *      2027" takes the year named.
 *  13. the end of a term of office: the recorded term end, or a refusal asking for it
 *  14. chrono-node, with forwardDate, counted from the reference ("within six months")
 *  15. an event only the recorder can date ("before the next election", "by the time the war
 *      ends"): words opening with by/before/until/ahead of/in time for... that no rule dated. The
 *      date entered (termEnd) is the deadline; without it the words are refused with needsDate.
 */

export interface DeadlineContext {
  /** The publication date (UTC midnight). Relative words are counted from it, never from today. */
  reference: Date;
  /**
   * The date the recorder entered for the event the words name: the end of the speaker's or
   * subject's term ("before the end of his term"), or an event only the recorder can date ("before
   * the next election"). Without it such words are refused with `needsDate`.
   */
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
  | {
      ok: false;
      reason: string;
      /**
       * The words are a deadline, but one the calendar cannot date: "term" for the end of a term of
       * office, "event" for any other event ("before the next election"). The form asks for the date.
       */
      needsDate?: NeedsDate;
    };

export type NeedsDate = "term" | "event";

const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** The English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
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
    if ("refusal" in outcome) {
      return { ok: false, reason: outcome.refusal, ...(outcome.needsDate ? { needsDate: outcome.needsDate } : {}) };
    }
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
type RuleOutcome = Found | { refusal: string; needsDate?: NeedsDate } | null;
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
  if (termEnd === undefined) return { refusal: `'${words}' needs the term's end date`, needsDate: "term" };
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

// ---------------------------------------------------------------------------------------------
// Parts of a year, a quarter or half, parts of a month, holidays, named decades. How each is read
// is a choice written down in docs/deadlines.md and in each explanation.

const MONTH_PATTERN =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
/** "2027", "this year", "next year", "the year": the year a part of a year belongs to. */
const YEAR_REFERENCE = String.raw`(?:((?:19|20|21)\d{2})|(this|next)[\s-]+year|the\s+year)`;

function monthNumber(word: string): number {
  const prefix = word.slice(0, 3).toLowerCase();
  return MONTH_ABBREVIATIONS.findIndex((name) => name.toLowerCase() === prefix) + 1;
}

/**
 * The year a part of a year is in: the year named, this or next year, or (words naming no year)
 * the first year whose part ending on `lastDay(year)` is not over on the reference.
 */
function pickYear(
  named: string | undefined,
  relative: string | undefined,
  reference: Date,
  lastDay: (year: number) => Date,
): number {
  if (named !== undefined) return Number(named);
  const thisYear = reference.getUTCFullYear();
  if (relative !== undefined) return relative.toLowerCase() === "next" ? thisYear + 1 : thisYear;
  return isOnOrAfter(lastDay(thisYear), reference) ? thisYear : thisYear + 1;
}

type YearPart = "start" | "early" | "mid" | "late";
const YEAR_PART_END: Record<YearPart, { month: number; reading: string }> = {
  start: { month: 1, reading: "the start of the year taken as January" },
  early: { month: 4, reading: "early in the year taken as January-April, its first third" },
  mid: { month: 6, reading: "the middle of the year taken as the end of June, when its first half is over" },
  late: { month: 12, reading: "late in the year taken as September-December, its last third" },
};
const PART_OF_YEAR = new RegExp(
  String.raw`\b(early|mid|late|(?:the\s+)?middle\s+of|(?:the\s+)?(?:start|beginning)\s+of)[\s-]*(?:year\b[\s-]*)?${YEAR_REFERENCE}\b(?![\s-]*\d)|\b(mid[\s-]?year)\b`,
  "i",
);

function yearPartOf(word: string): YearPart {
  const lower = word.toLowerCase();
  if (lower.includes("start") || lower.includes("beginning")) return "start";
  if (lower.includes("mid")) return "mid";
  return lower === "early" ? "early" : "late";
}

function partOfYear(words: string, { reference }: RuleContext): RuleOutcome {
  const match = PART_OF_YEAR.exec(words);
  if (!match) return null;
  const part = match[4] !== undefined ? "mid" : yearPartOf(match[1] ?? "");
  const { month, reading } = YEAR_PART_END[part];
  const year = pickYear(match[2], match[3], reference, (candidate) => lastDayOfMonth(candidate, month));
  const date = lastDayOfMonth(year, month);
  return { date, text: match[0], explanation: `${reading}: the last day of ${MONTH_NAMES[month - 1]} ${year}` };
}

const ORDINAL: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};
const QUARTER = new RegExp(
  String.raw`\b(?:(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|q([1-4])|the\s+(?:final|last)\s+quarter(?=\s+of\b))(?:[\s-]+(?:of\s+)?${YEAR_REFERENCE})?\b`,
  "i",
);
const HALF = new RegExp(
  String.raw`\b(?:(?:the\s+)?(first|second|1st|2nd|latter|back)\s+half|h([12]))(?:[\s-]+(?:of\s+)?${YEAR_REFERENCE})?\b`,
  "i",
);

/** Calendar quarters (Q1 = January-March) and halves (H1 = January-June), never fiscal ones. */
function quarterOrHalf(words: string, { reference }: RuleContext): RuleOutcome {
  const quarter = QUARTER.exec(words);
  if (quarter) {
    const number = quarter[2] !== undefined ? Number(quarter[2]) : (ORDINAL[(quarter[1] ?? "").toLowerCase()] ?? 4);
    const month = number * 3;
    const year = pickYear(quarter[3], quarter[4], reference, (candidate) => lastDayOfMonth(candidate, month));
    return {
      date: lastDayOfMonth(year, month),
      text: quarter[0],
      explanation: `the last day of Q${number} ${year} (calendar quarter, ${MONTH_NAMES[month - 3]}-${MONTH_NAMES[month - 1]})`,
    };
  }
  const half = HALF.exec(words);
  if (!half) return null;
  const first = half[2] !== undefined ? half[2] === "1" : /^(?:first|1st)$/i.test(half[1] ?? "");
  const month = first ? 6 : 12;
  const year = pickYear(half[3], half[4], reference, (candidate) => lastDayOfMonth(candidate, month));
  return {
    date: lastDayOfMonth(year, month),
    text: half[0],
    explanation: `the last day of H${first ? 1 : 2} ${year} (${first ? "January-June" : "July-December"})`,
  };
}

type MonthPart = "start" | "early" | "firstWeek" | "firstHalf" | "mid" | "secondHalf" | "late";
const MONTH_PART_DAY: Record<MonthPart, { day: number | "last"; reading: string }> = {
  start: { day: 10, reading: "the start of a month taken as its first ten days" },
  early: { day: 10, reading: "early in a month taken as its first ten days" },
  firstWeek: { day: 7, reading: "the first week of a month taken as its first seven days" },
  firstHalf: { day: 15, reading: "the first half of a month taken as days 1-15" },
  mid: { day: 15, reading: "the middle of a month taken as the 15th" },
  secondHalf: { day: "last", reading: "the second half of a month runs to its last day" },
  late: { day: "last", reading: "late in a month runs to its last day" },
};
const PART_OF_MONTH = new RegExp(
  String.raw`\b(early|mid|late|end|(?:the\s+)?(?:middle|end|start|beginning|first\s+week|first\s+half|second\s+half|last\s+week)\s+of)[\s-]+${MONTH_PATTERN}(?:,?\s+((?:19|20|21)\d{2}))?\b`,
  "i",
);

function monthPartOf(word: string): MonthPart {
  const lower = word.toLowerCase().replace(/\s+/g, " ");
  if (lower.includes("first week")) return "firstWeek";
  if (lower.includes("first half")) return "firstHalf";
  if (lower.includes("second half")) return "secondHalf";
  if (lower.includes("last week") || lower.includes("end") || lower === "late") return "late";
  if (lower.includes("start") || lower.includes("beginning")) return "start";
  if (lower.includes("mid")) return "mid";
  return "early";
}

function partOfMonth(words: string, { reference }: RuleContext): RuleOutcome {
  const match = PART_OF_MONTH.exec(words);
  if (!match) return null;
  const part = monthPartOf(match[1] ?? "");
  const month = monthNumber(match[2] ?? "");
  if (month < 1) return null;
  const { day, reading } = MONTH_PART_DAY[part];
  const dayIn = (year: number): Date => (day === "last" ? lastDayOfMonth(year, month) : utcDay(year, month, day));
  const year = pickYear(match[3], undefined, reference, dayIn);
  const date = dayIn(year);
  return { date, text: match[0], explanation: `${reading}: ${formatDeadlineDate(date)}` };
}

type Holiday = "christmasEve" | "christmas" | "newYearsEve" | "newYear" | "halloween" | "thanksgiving";
const HOLIDAY = new RegExp(
  String.raw`\b(christmas\s+eve|christmas(?:\s+day)?|xmas|new\s+year'?s\s+eve|new\s+year'?s(?:\s+day)?|(?:the\s+)?new\s+year|halloween|thanksgiving(?:\s+day)?)(?:\s+(?:of\s+)?((?:19|20|21)\d{2}))?\b`,
  "i",
);
const HOLIDAY_NAMES: Record<Holiday, string> = {
  christmasEve: "Christmas Eve (24 December)",
  christmas: "Christmas Day (25 December)",
  newYearsEve: "New Year's Eve (31 December)",
  newYear: "New Year's Day (1 January)",
  halloween: "Halloween (31 October)",
  thanksgiving: "US Thanksgiving (the fourth Thursday of November)",
};

function holidayOf(word: string): Holiday {
  const lower = word.toLowerCase();
  if (lower.startsWith("christmas eve")) return "christmasEve";
  if (lower.startsWith("christmas") || lower === "xmas") return "christmas";
  if (lower.endsWith("eve")) return "newYearsEve";
  if (lower.includes("new")) return "newYear";
  return lower.startsWith("halloween") ? "halloween" : "thanksgiving";
}

function holidayIn(holiday: Holiday, year: number): Date {
  switch (holiday) {
    case "christmasEve":
      return utcDay(year, 12, 24);
    case "christmas":
      return utcDay(year, 12, 25);
    case "newYearsEve":
      return utcDay(year, 12, 31);
    case "newYear":
      return utcDay(year, 1, 1);
    case "halloween":
      return utcDay(year, 10, 31);
    case "thanksgiving": {
      // The fourth Thursday: the first Thursday of November, plus three weeks.
      const first = utcDay(year, 11, 1);
      return addDays(first, ((4 - first.getUTCDay() + 7) % 7) + 21);
    }
  }
}

/** A holiday counts until its day: the day named, or the next one on or after the reference. */
function holiday(words: string, { reference }: RuleContext): RuleOutcome {
  const match = HOLIDAY.exec(words.replace(/[’‘]/g, "'"));
  if (!match) return null;
  const name = holidayOf((match[1] ?? "").replace(/^the\s+/i, "").replace(/\s+/g, " "));
  if (match[2] !== undefined) {
    const year = Number(match[2]);
    return { date: holidayIn(name, year), text: match[0], explanation: `${HOLIDAY_NAMES[name]} ${year}` };
  }
  const thisYear = holidayIn(name, reference.getUTCFullYear());
  const date = isOnOrAfter(thisYear, reference) ? thisYear : holidayIn(name, reference.getUTCFullYear() + 1);
  return {
    date,
    text: match[0],
    explanation: `the next ${HOLIDAY_NAMES[name]} on or after ${formatDeadlineDate(reference)}`,
  };
}

const DECADE_NAMED = /\b(?:(early|mid|late)[\s-]+|(?:the\s+)?end\s+of\s+the\s+)?((?:19|20|21)\d0)'?s\b/i;

/** "the 2030s" count until the decade is over; early 2030-2033, mid up to 2035, late to 2039. */
function decadeNamed(words: string): RuleOutcome {
  const match = DECADE_NAMED.exec(words);
  if (!match) return null;
  const start = Number(match[2]);
  const part = (match[1] ?? "").toLowerCase();
  const [lastYear, reading] =
    part === "early"
      ? [start + 3, `the early ${start}s taken as ${start}-${start + 3}`]
      : part === "mid"
        ? [start + 5, `the mid-${start}s taken as up to ${start + 5}, the middle of the decade`]
        : [start + 9, `the ${start}s (${start}-${start + 9})`];
  return { date: utcDay(lastYear, 12, 31), text: match[0], explanation: `${reading}: the last day of ${lastYear}` };
}

const CENTURY_END = /\b(?:the\s+)?end\s+of\s+(?:the|this)\s+century\b/i;

/** The century as commonly counted (the 2000s are 2000-2099), not the strict 2001-2100. */
function century(words: string, { reference }: RuleContext): RuleOutcome {
  const match = CENTURY_END.exec(words);
  if (!match) return null;
  const start = Math.floor(reference.getUTCFullYear() / 100) * 100;
  return {
    date: utcDay(start + 99, 12, 31),
    text: match[0],
    explanation: `the last day of the ${start}s (${start}-${start + 99})`,
  };
}

const FORTNIGHTS = /\b(?:within|in|over)\s+(?:the\s+next\s+)?(a|one|two|three|\d{1,2})\s+fortnights?\b/i;

// chrono does not know the fortnight.
function fortnights(words: string, { reference }: RuleContext): RuleOutcome {
  const match = FORTNIGHTS.exec(words);
  if (!match) return null;
  const count = SMALL_NUMBERS[(match[1] ?? "").toLowerCase()] ?? Number(match[1]);
  return {
    date: addDays(reference, 14 * count),
    text: match[0],
    explanation: `${14 * count} days after ${formatDeadlineDate(reference)}`,
  };
}

/**
 * A deadline set by an event the calendar cannot know: "before the next election", "by the time
 * the war ends", "until the ceasefire collapses". The words are a deadline (they open with "by",
 * "before", "until"...), but only the recorder knows the date: it is asked for, and the date entered
 * (the context's termEnd, which the form labels for the words) is the deadline.
 */
const EVENT_DEADLINE =
  /^(?:(?:at\s+least|not|well|long|shortly|just|sometime|some\s+time)\s+)?(by\s+the\s+time|by|before|until|till|ahead\s+of|in\s+time\s+for|prior\s+to|no\s+later\s+than)\s+(?=\S)(.*)$/i;

function needsKnowledge(words: string, { termEnd }: RuleContext): RuleOutcome {
  const match = EVENT_DEADLINE.exec(words);
  // An event has a name: a word of three letters or more ("by 32/13/2025" is a broken date, not an event).
  if (!match || !/\p{L}{3,}/u.test((match[2] ?? "").replace(/\bthe\b/gi, ""))) return null;
  if (termEnd === undefined) return { refusal: `'${words}' needs a date: pick it below`, needsDate: "event" };
  return { date: termEnd, text: words, explanation: `the date entered for '${words}': ${formatDeadlineDate(termEnd)}` };
}

const RULES: Rule[] = [
  partOfMonth,
  partOfYear,
  quarterOrHalf,
  holiday,
  decadeNamed,
  century,
  endOfNamedYear,
  calendarPeriod,
  easter,
  season,
  comingPeriod,
  fortnights,
  decades,
  namedYear,
  termOfOffice,
  withChrono,
  needsKnowledge,
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
