import { parseDeadline } from "@hindsight/domain";
import { describe, expect, it } from "vitest";
import { eventDateField } from "./deadline-field";
import { readDeadlineWords } from "./form-values";

const published = new Date("2025-04-25T00:00:00.000Z");
const reading = (words: string) => parseDeadline(words, { reference: published });

describe("the deadline in words: a date for what the calendar cannot date", () => {
  it("asks for the date of an event, naming the words and keeping them", () => {
    const words = "before the next election";
    expect(reading(words)).toEqual({
      ok: false,
      reason: "'before the next election' needs a date: pick it below",
      needsDate: "event",
    });
    expect(eventDateField(words, reading(words), "")).toEqual({
      label: "Date for “before the next election”",
      hint: "The last day that counts; the words stay as the analyst wrote them.",
    });
  });

  it("asks for the end of a term as before", () => {
    const words = "before the end of his term";
    expect(eventDateField(words, reading(words), "")?.label).toBe("Term ends");
  });

  it("asks for nothing when the words give a date", () => {
    for (const words of [
      "by mid-2027",
      "by the middle of 2027",
      "by early 2027",
      "by Christmas",
      "within six months",
    ]) {
      expect(eventDateField(words, reading(words), "")).toBeNull();
    }
  });

  it("keeps the date field once a date is entered, and the form reads the date picked as the deadline", () => {
    const words = "by the time the war ends";
    const values = { deadlineWords: words, termEnd: "2026-09-30", source: undefined, madeAt: "2025-04-25" };
    const read = readDeadlineWords(values);
    expect(read).toMatchObject({
      ok: true,
      explanation: "the date entered for 'by the time the war ends': 30 Sep 2026",
    });
    expect(read?.ok && read.date.toISOString()).toBe("2026-09-30T00:00:00.000Z");
    expect(eventDateField(words, read, "2026-09-30")?.label).toBe("Date for “by the time the war ends”");
  });
});
