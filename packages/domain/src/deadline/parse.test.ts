import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDeadlineDate, parseDeadline, westernEasterSunday, type DeadlineContext } from "./parse";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
// Friday 25 April 2025, the publication date unless a case says otherwise.
const published = day("2025-04-25");

function expectDate(words: string, context: DeadlineContext, expected: string) {
  const parsed = parseDeadline(words, context);
  if (!parsed.ok) throw new Error(`'${words}' was refused: ${parsed.reason}`);
  expect(parsed.date.toISOString()).toBe(`${expected}T00:00:00.000Z`);
  return parsed;
}

describe("parseDeadline: dates, published 25 Apr 2025", () => {
  it.each([
    // Exact dates, read by chrono.
    ["2025-12-31", "2025-12-31"],
    ["31 December 2025", "2025-12-31"],
    ["by 31 December 2025", "2025-12-31"],
    // The end of a named year.
    ["by the end of 2025", "2025-12-31"],
    ["by end-2025", "2025-12-31"],
    ["by year-end 2026", "2026-12-31"],
    ["by late 2026", "2026-12-31"],
    // Calendar periods around the publication date.
    ["by the end of the year", "2025-12-31"],
    ["later this year", "2025-12-31"],
    ["by the end of the month", "2025-04-30"],
    ["by the end of the decade", "2029-12-31"],
    ["by the end of the week", "2025-04-27"], // Friday -> Sunday
    ["by the end of the quarter", "2025-06-30"],
    ["by the end of next year", "2026-12-31"],
    // "next <period>": the whole period counts.
    ["next year", "2026-12-31"],
    ["next week", "2025-05-04"], // the week of Fri 2 May ends Sun 4 May
    ["next quarter", "2025-09-30"],
    // ...unless it is a duration.
    ["within the next year", "2026-04-25"],
    // A year after a preposition: the whole year counts.
    ["in 2027", "2027-12-31"],
    ["by 2027", "2027-12-31"],
    ["until 2027", "2027-12-31"],
    ["before 2027", "2026-12-31"],
    ["at least until Yoon leaves office in 2027", "2027-12-31"],
    // Durations counted from the publication date.
    ["within six months", "2025-10-25"],
    ["within 6 months", "2025-10-25"],
    ["in six months", "2025-10-25"],
    ["within 18 months", "2026-10-25"],
    ["within a year", "2026-04-25"],
    ["in two weeks", "2025-05-09"], // 25 Apr + 14 days
    ["within a decade", "2035-04-25"],
    ["in two decades", "2045-04-25"],
    // "The coming ...": 2 weeks / 8 weeks / 6 months.
    ["in the coming days", "2025-05-09"],
    ["in the coming weeks", "2025-06-20"], // 25 Apr + 56 days: 5 to 30 Apr, 31 in May, 20 in June
    ["in the coming months", "2025-10-25"],
    // Easter (Western).
    ["by Easter 2025", "2025-04-20"], // already past on publication: still returned, the form warns
    ["by Easter 2026", "2026-04-05"],
    ["by Easter", "2026-04-05"], // Easter 2025 was over on 25 Apr 2025
    // Seasons, northern hemisphere, until the season's last day.
    ["by the summer", "2025-08-31"],
    ["by summer 2026", "2026-08-31"],
    ["by the autumn of 2025", "2025-11-30"],
    ["by fall 2025", "2025-11-30"],
    ["by the spring", "2025-05-31"], // still spring on 25 Apr
    ["by the winter", "2026-02-28"],
    ["by next summer", "2025-08-31"], // "next" as the first summer not yet over on 25 Apr 2025
    ["next autumn", "2025-11-30"],
    // Month names, read by chrono: the whole month counts.
    ["by March 2026", "2026-03-31"],
    ["by March", "2026-03-31"], // the next March after publication
    ["by the end of June 2026", "2026-06-30"],
  ])("%s -> %s", (words, expected) => {
    expectDate(words, { reference: published }, expected);
  });
});

describe("parseDeadline: the publication date, not today, anchors relative words", () => {
  it.each([
    ["within six months", "1999-06-15", "1999-12-15"],
    ["next year", "1999-06-15", "2000-12-31"],
    ["by the end of the decade", "2031-02-01", "2039-12-31"],
    ["by Easter", "2025-03-01", "2025-04-20"],
    ["by the summer", "2025-09-10", "2026-08-31"],
    ["by the winter", "2027-12-15", "2028-02-29"], // leap year
    // chrono would add months like JavaScript (31 Jan + 1 month = 3 Mar); the month's last day counts.
    ["within a month", "2025-01-31", "2025-02-28"],
    ["next month", "2025-01-31", "2025-02-28"],
    ["in 6 months", "2025-08-31", "2026-02-28"],
    ["within a year", "2024-02-29", "2025-02-28"],
    // chrono reads "this year" in local time, which is the previous year on 1 January west of Greenwich.
    ["this year", "2025-01-01", "2025-12-31"],
  ])("%s, published %s -> %s", (words, reference, expected) => {
    expectDate(words, { reference: day(reference) }, expected);
  });

  it("uses the publication day when the reference is not at midnight", () => {
    expectDate("within six months", { reference: new Date("2025-04-25T23:30:00.000Z") }, "2025-10-25");
  });

  it("a duration of months lands on the same day, or the month's last day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: day("1950-01-01"), max: day("2150-12-31"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 36 }),
        (instant, months) => {
          const reference = day(instant.toISOString().slice(0, 10));
          const parsed = parseDeadline(`within ${months} months`, { reference });
          if (!parsed.ok) return false;
          const monthsApart =
            (parsed.date.getUTCFullYear() - reference.getUTCFullYear()) * 12 +
            parsed.date.getUTCMonth() -
            reference.getUTCMonth();
          const nextDay = new Date(parsed.date.getTime() + 86_400_000);
          return (
            monthsApart === months &&
            parsed.date.getUTCHours() === 0 &&
            (parsed.date.getUTCDate() === reference.getUTCDate() ||
              (parsed.date.getUTCDate() < reference.getUTCDate() && nextDay.getUTCDate() === 1))
          );
        },
      ),
    );
  });
});

describe("parseDeadline: parts of a year, quarters, halves, months, holidays, decades (published Fri 25 Apr 2025)", () => {
  // Every phrase with the date worked out by hand from the reading in docs/design.md.
  it.each([
    // The middle of a year: the end of June, when its first half is over.
    ["by mid-2027", "2027-06-30"],
    ["by mid 2027", "2027-06-30"],
    ["by the middle of 2027", "2027-06-30"],
    ["by mid-year 2027", "2027-06-30"],
    ["by mid-year", "2025-06-30"], // not yet over on 25 Apr 2025
    ["by the middle of next year", "2026-06-30"],
    ["by mid-next year", "2026-06-30"],
    // Early in a year: its first third, January-April.
    ["by early 2027", "2027-04-30"],
    ["early next year", "2026-04-30"],
    ["early this year", "2025-04-30"],
    // The start of a year: January.
    ["by the start of 2027", "2027-01-31"],
    ["by the beginning of next year", "2026-01-31"],
    // Late in a year: September-December.
    ["by late 2027", "2027-12-31"],
    ["late next year", "2026-12-31"],
    // Calendar quarters, January-March first.
    ["by the end of the second quarter of 2027", "2027-06-30"],
    ["by the second quarter of 2027", "2027-06-30"],
    ["in the first quarter of 2026", "2026-03-31"],
    ["by the third quarter of next year", "2026-09-30"],
    ["in the fourth quarter", "2025-12-31"],
    ["by the first quarter", "2026-03-31"], // Q1 2025 was over on 25 Apr 2025
    ["in the second quarter", "2025-06-30"], // the quarter the publication falls in
    ["in the final quarter of 2026", "2026-12-31"],
    ["by Q1 2026", "2026-03-31"],
    ["by Q2", "2025-06-30"],
    ["in Q3", "2025-09-30"],
    ["Q4 2025", "2025-12-31"],
    ["by Q3-2026", "2026-09-30"],
    // Halves.
    ["in the first half of 2026", "2026-06-30"],
    ["by the second half of next year", "2026-12-31"],
    ["in the second half", "2025-12-31"],
    ["by H1 2027", "2027-06-30"],
    ["in H2", "2025-12-31"],
    ["by the latter half of 2026", "2026-12-31"],
    // Parts of a month: early = days 1-10, mid = the 15th, late/end = the last day.
    ["by the end of March", "2026-03-31"], // March 2025 was over
    ["by end-March", "2026-03-31"],
    ["by the end of May", "2025-05-31"],
    ["by the end of June 2026", "2026-06-30"],
    ["by mid-June", "2025-06-15"],
    ["by the middle of June 2026", "2026-06-15"],
    ["by early June", "2025-06-10"],
    ["by the start of July", "2025-07-10"],
    ["by late June", "2025-06-30"],
    ["by the first week of May", "2025-05-07"],
    ["in the first half of July", "2025-07-15"],
    ["in the second half of March", "2026-03-31"],
    ["by late April", "2025-04-30"], // still late April on the 25th
    // Holidays: the day itself counts.
    ["by Christmas", "2025-12-25"],
    ["by Christmas Day", "2025-12-25"],
    ["by Xmas", "2025-12-25"],
    ["before Christmas 2026", "2026-12-25"],
    ["by Christmas Eve", "2025-12-24"],
    ["by New Year", "2026-01-01"],
    ["by the new year", "2026-01-01"],
    ["by New Year's Day", "2026-01-01"],
    ["by New Year’s Eve", "2025-12-31"],
    ["by New Year 2027", "2027-01-01"],
    ["by Halloween", "2025-10-31"],
    ["by Thanksgiving", "2025-11-27"], // fourth Thursday of November 2025
    ["by Thanksgiving 2026", "2026-11-26"],
    // Seasons: northern hemisphere, meteorological.
    ["by the summer", "2025-08-31"],
    ["by the autumn", "2025-11-30"],
    // Durations.
    ["within three weeks", "2025-05-16"],
    ["within 2 weeks", "2025-05-09"],
    ["within four months", "2025-08-25"],
    ["within two years", "2027-04-25"],
    ["within 90 days", "2025-07-24"],
    ["within the next two years", "2027-04-25"],
    ["over the next five years", "2030-04-25"],
    ["in the next 12 months", "2026-04-25"],
    ["within a fortnight", "2025-05-09"],
    ["in two fortnights", "2025-05-23"],
    // Decades and the century.
    ["before the end of the decade", "2029-12-31"],
    ["by the end of the decade", "2029-12-31"],
    ["by the 2030s", "2039-12-31"],
    ["in the 2030s", "2039-12-31"],
    ["by the early 2030s", "2033-12-31"],
    ["by the mid-2030s", "2035-12-31"],
    ["by the late 2030s", "2039-12-31"],
    ["by the end of the 2030s", "2039-12-31"],
    ["by the end of the century", "2099-12-31"],
  ])("%s -> %s", (words, expected) => {
    expectDate(words, { reference: published }, expected);
  });

  it.each([
    // The next holiday is counted from the publication day, which counts itself.
    ["by Christmas", "2025-12-25", "2025-12-25"],
    ["by Christmas", "2025-12-26", "2026-12-25"],
    ["by New Year", "2025-12-31", "2026-01-01"],
    ["by mid-year", "2025-07-01", "2026-06-30"],
    ["in the second half", "2026-01-05", "2026-12-31"],
    ["by mid-June", "2025-06-16", "2026-06-15"],
  ])("%s, published %s -> %s", (words, reference, expected) => {
    expectDate(words, { reference: day(reference) }, expected);
  });

  it.each([
    [
      "by mid-2027",
      "mid-2027",
      "the middle of the year taken as the end of June, when its first half is over: the last day of June 2027",
    ],
    [
      "by early 2027",
      "early 2027",
      "early in the year taken as January-April, its first third: the last day of April 2027",
    ],
    [
      "by the end of the second quarter of 2027",
      "the second quarter of 2027",
      "the last day of Q2 2027 (calendar quarter, April-June)",
    ],
    ["by H1 2027", "H1 2027", "the last day of H1 2027 (January-June)"],
    ["by Christmas", "Christmas", "the next Christmas Day (25 December) on or after 25 Apr 2025"],
    ["by mid-June", "mid-June", "the middle of a month taken as the 15th: 15 Jun 2025"],
    ["by the end of the century", "the end of the century", "the last day of the 2000s (2000-2099)"],
  ])("%s explains itself", (words, text, explanation) => {
    expect(parseDeadline(words, { reference: published })).toMatchObject({ ok: true, text, explanation });
  });

  it("leaves the end of the year to the calendar-period rule", () => {
    expect(parseDeadline("by the end of the year", { reference: published })).toMatchObject({
      ok: true,
      explanation: "the last day of 2025",
    });
  });
});

describe("parseDeadline: deadlines set by events only the recorder can date", () => {
  it.each([
    "before the next election",
    "by the time the war ends",
    "until the ceasefire collapses",
    "ahead of the next summit",
    "in time for the World Cup",
    "before the central bank's next meeting",
    "by then",
    "at least until the elections",
    "before the 2028 election",
  ])("%s -> asks for the date, keeping the words", (words) => {
    expect(parseDeadline(words, { reference: published })).toEqual({
      ok: false,
      reason: `'${words}' needs a date: pick it below`,
      needsDate: "event",
    });
  });

  it("takes the date the recorder entered as the deadline", () => {
    const parsed = expectDate(
      "before the next election",
      { reference: published, termEnd: day("2027-10-10") },
      "2027-10-10",
    );
    expect(parsed.explanation).toBe("the date entered for 'before the next election': 10 Oct 2027");
  });

  it("words that are no deadline at all are still refused as such", () => {
    for (const words of ["soonish", "eventually", "in the long term", "if prices fall", "by 32/13/2025", "by the"]) {
      expect(parseDeadline(words, { reference: published })).toEqual({
        ok: false,
        reason: `No date found in '${words}'`,
      });
    }
  });
});

describe("parseDeadline: the end of a term", () => {
  const termEnd = day("2028-01-20");

  it.each(["before the end of his term", "by the end of her term", "before he leaves office"])(
    "%s -> the term end entered",
    (words) => {
      const parsed = expectDate(words, { reference: published, termEnd }, "2028-01-20");
      expect(parsed.explanation).toBe("the end of the term, entered as 20 Jan 2028");
    },
  );

  it.each(["before the end of his term", "by the end of her term", "before he leaves office"])(
    "%s without a term end -> asks for it",
    (words) => {
      expect(parseDeadline(words, { reference: published })).toEqual({
        ok: false,
        reason: `'${words}' needs the term's end date`,
        needsDate: "term",
      });
    },
  );

  it("a year named wins over the term end", () => {
    expectDate("at least until Yoon leaves office in 2027", { reference: published, termEnd }, "2027-12-31");
  });
});

describe("parseDeadline: refusals", () => {
  it.each([
    ["soonish", "No date found in 'soonish'"],
    ["eventually", "No date found in 'eventually'"],
    ["in the long term", "No date found in 'in the long term'"],
    ["if prices fall", "No date found in 'if prices fall'"],
    ["", "No deadline written"],
    ["   ", "No deadline written"],
    [
      "by winter 2026",
      "'winter 2026' is ambiguous (January-February 2026, or the winter starting in December 2026): enter the date",
    ],
  ])("%j -> %s", (words, reason) => {
    expect(parseDeadline(words, { reference: published })).toEqual({ ok: false, reason });
  });

  it("refuses an invalid publication date", () => {
    expect(parseDeadline("next year", { reference: new Date(Number.NaN) })).toEqual({
      ok: false,
      reason: "The publication date is not a valid date",
    });
  });
});

describe("parseDeadline: text and explanation", () => {
  it.each([
    ["within 6 months", "within 6 months", "6 months after 25 Apr 2025"],
    ["within the next year", "next year", "1 year after 25 Apr 2025"],
    ["by the end of 2025", "the end of 2025", "the last day of 2025"],
    ["next year", "next year", "the last day of 2026"],
    ["by the end of the decade", "the end of the decade", "the last day of the 2020s (2020-2029)"],
    ["by 2027", "by 2027", "the last day of 2027, the year named"],
    ["before 2027", "before 2027", "the last day before 2027"],
    ["in the coming weeks", "the coming weeks", "'the coming weeks' taken as 8 weeks after 25 Apr 2025"],
    ["by Easter 2026", "Easter 2026", "Western Easter Sunday 2026"],
    ["by Easter", "Easter", "the next Western Easter Sunday on or after 25 Apr 2025"],
    ["by summer 2026", "summer 2026", "the last day of summer 2026 (northern hemisphere, June-August)"],
    ["by March 2026", "March 2026", "the last day of March 2026"],
    ["31 December 2025", "31 December 2025", "'31 December 2025' read as 31 Dec 2025"],
  ])("%s", (words, text, explanation) => {
    const parsed = parseDeadline(words, { reference: published });
    expect(parsed).toMatchObject({ ok: true, text, explanation });
  });
});

describe("westernEasterSunday", () => {
  // Published Western Easter dates, including the earliest (22 Mar) and latest (25 Apr) possible.
  it.each([
    [1818, "1818-03-22"],
    [1943, "1943-04-25"],
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2011, "2011-04-24"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i -> %s", (year, expected) => {
    expect(westernEasterSunday(year).toISOString()).toBe(`${expected}T00:00:00.000Z`);
  });
});

describe("formatDeadlineDate", () => {
  it.each([
    ["2025-12-31", "31 Dec 2025"],
    ["2025-01-05", "5 Jan 2025"],
  ])("%s -> %s", (iso, expected) => {
    expect(formatDeadlineDate(day(iso))).toBe(expected);
  });
});
