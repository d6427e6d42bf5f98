import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icalDate, icalDateTime, renderCalendar } from "./icalendar";

const octets = (text: string) => new TextEncoder().encode(text).length;

describe("escapeText", () => {
  it.each([
    ["plain", "plain"],
    ["a;b,c\\d", "a\\;b\\,c\\\\d"],
    ["one\ntwo\r\nthree\rfour", "one\\ntwo\\nthree\\nfour"],
    ['colon: and quote " stay', 'colon: and quote " stay'],
    ["nul\u0000 bell\u0007 del\u007F", "nul\uFFFD bell\uFFFD del\uFFFD"],
    ["tab\tstays", "tab\tstays"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe("dates", () => {
  it("writes DATE and UTC DATE-TIME values", () => {
    expect(icalDate(new Date("2027-03-09T23:59:59Z"))).toBe("20270309");
    expect(icalDateTime(new Date("2027-03-09T04:05:06.789Z"))).toBe("20270309T040506Z");
    expect(icalDate(new Date("0999-01-01T00:00:00Z"))).toBe("09990101");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = "x".repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds at 75 octets, each continuation starting with a space that counts", () => {
    const line = "y".repeat(75 + 74 + 10);
    expect(foldLine(line)).toBe(`${"y".repeat(75)}\r\n ${"y".repeat(74)}\r\n ${"y".repeat(10)}`);
  });

  it("never splits a UTF-8 sequence", () => {
    // 74 ASCII octets, then "é" (2 octets) would make 76: it moves to the next line whole.
    const line = `${"a".repeat(74)}é${"b".repeat(3)}`;
    const folded = foldLine(line);
    expect(folded).toBe(`${"a".repeat(74)}\r\n é${"b".repeat(3)}`);
    for (const physical of folded.split("\r\n")) expect(octets(physical)).toBeLessThanOrEqual(75);
  });

  it("keeps an emoji (4 octets) whole and unfolds back to the original", () => {
    const line = `SUMMARY:${"😀".repeat(40)}`;
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n")) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });
});

describe("renderCalendar", () => {
  it("writes a calendar of all-day events with CRLF line ends", () => {
    const text = renderCalendar({
      productId: "-//Hindsight//Deadlines//EN",
      name: "Deadlines, all",
      events: [
        {
          uid: "prediction-p1@example.org",
          stamp: new Date("2026-12-01T10:20:30Z"),
          day: new Date("2026-12-31T00:00:00Z"),
          summary: "Deadline: Ann; will it rain?",
          description: "60%\nhttps://example.org/predictions/p1",
          url: "https://example.org/predictions/p1",
          categories: ["economy", "a,b"],
        },
      ],
    });
    expect(text).toBe(
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Hindsight//Deadlines//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Deadlines\\, all",
        "BEGIN:VEVENT",
        "UID:prediction-p1@example.org",
        "DTSTAMP:20261201T102030Z",
        "LAST-MODIFIED:20261201T102030Z",
        "DTSTART;VALUE=DATE:20261231",
        "DTEND;VALUE=DATE:20270101",
        "SUMMARY:Deadline: Ann\\; will it rain?",
        "DESCRIPTION:60%\\nhttps://example.org/predictions/p1",
        "URL:https://example.org/predictions/p1",
        "CATEGORIES:economy,a\\,b",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    );
  });
});
