import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseProbability, probabilityToPercentText, type ProbabilityParse } from "./parse";

const read = (text: string, bare?: "entered" | "fraction") => parseProbability(text, bare ? { bare } : {});

function valueOf(parsed: ProbabilityParse): number {
  if (!parsed.ok) throw new Error(`refused: ${parsed.message}`);
  return parsed.value;
}

describe("parseProbability in a form (percent by default)", () => {
  it.each([
    // Percentages, with or without the sign, spaces, a decimal point or comma.
    ["60", 0.6, "percent"],
    ["60%", 0.6, "percent"],
    ["60 %", 0.6, "percent"],
    ["60.5 %", 0.605, "percent"],
    ["  60.5%  ", 0.605, "percent"],
    ["60,5%", 0.605, "percent"],
    ["57.3%", 0.573, "percent"],
    ["60 percent", 0.6, "percent"],
    ["60 per cent", 0.6, "percent"],
    ["60％", 0.6, "percent"],
    ["100", 1, "percent"],
    ["100%", 1, "percent"],
    ["0", 0, "percent"],
    ["0%", 0, "percent"],
    ["+40", 0.4, "percent"],
    ["5", 0.05, "percent"],
    ["0.5%", 0.005, "percent"],
    [".5%", 0.005, "percent"],
    ["99.9", 0.999, "percent"],
    // A whole number is a percentage, 1 included.
    ["1", 0.01, "percent"],
    ["1.0", 0.01, "percent"],
    ["1.", 0.01, "percent"],
    // A number written with a decimal point and below 1 is a fraction of 1.
    ["0.6", 0.6, "fraction"],
    [".6", 0.6, "fraction"],
    ["0,6", 0.6, "fraction"],
    ["0.05", 0.05, "fraction"],
    ["0.5", 0.5, "fraction"],
    ["0.999", 0.999, "fraction"],
    ["0.0", 0, "fraction"],
    ["6e-1", 0.6, "fraction"],
  ])("%j reads as %d (%s)", (text, value, notation) => {
    const parsed = read(text);
    expect(parsed).toMatchObject({ ok: true, value, notation });
  });

  it.each([
    ["1", "1 is read as 1%; for certainty type 100%"],
    ["1.0", "1.0 is read as 1%; for certainty type 100%"],
    ["0.5", "0.5 is read as a fraction of 1; for 0.5 percent type 0.5%"],
    ["0.05", "0.05 is read as a fraction of 1; for 0.05 percent type 0.05%"],
  ])("notes the other reading of the ambiguous %j", (text, note) => {
    expect(read(text)).toMatchObject({ ok: true, note });
  });

  it.each(["60", "60%", "1%", "0", "0.0", "100", "0.5%"])("has no note for the unambiguous %j", (text) => {
    expect(read(text)).toMatchObject({ ok: true, note: null });
  });

  it.each([
    ["", "blank", "Probability is required: type a percentage such as 60%"],
    ["   ", "blank", "Probability is required: type a percentage such as 60%"],
    ["abc", "unreadable", "Probability must be a percentage such as 60% or a fraction such as 0.6, not “abc”"],
    ["60%%", "unreadable", "Probability must be a percentage such as 60% or a fraction such as 0.6, not “60%%”"],
    ["%", "unreadable", "Probability must be a percentage such as 60% or a fraction such as 0.6, not “%”"],
    ["6 0", "unreadable", "Probability must be a percentage such as 60% or a fraction such as 0.6, not “6 0”"],
    ["1,5.2", "unreadable", "Probability must be a percentage such as 60% or a fraction such as 0.6, not “1,5.2”"],
    ["0x10", "unreadable", "Probability must be a percentage such as 60% or a fraction such as 0.6, not “0x10”"],
    [
      "Infinity",
      "unreadable",
      "Probability must be a percentage such as 60% or a fraction such as 0.6, not “Infinity”",
    ],
    ["likely", "unreadable", "Probability must be a percentage such as 60% or a fraction such as 0.6, not “likely”"],
    ["160", "out-of-range", "Probability must be between 0% and 100%, not “160”"],
    ["100.5%", "out-of-range", "Probability must be between 0% and 100%, not “100.5%”"],
    ["-5", "out-of-range", "Probability must be between 0% and 100%, not “-5”"],
    ["-0.5", "out-of-range", "Probability must be between 0% and 100%, not “-0.5”"],
    ["1e999", "out-of-range", "Probability must be between 0% and 100%, not “1e999”"],
  ])("refuses %j (%s)", (text, problem, message) => {
    expect(read(text)).toEqual({ ok: false, problem, message });
  });

  it("names the field in its messages", () => {
    expect(parseProbability("", { label: "Credit" })).toMatchObject({
      message: "Credit is required: type a percentage such as 60%",
    });
    expect(parseProbability("150", { label: "Credit" })).toMatchObject({
      message: "Credit must be between 0% and 100%, not “150”",
    });
  });

  it("reads every whole percentage n, with or without its sign, as n / 100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (n) => {
        expect(valueOf(read(String(n)))).toBe(n / 100);
        expect(valueOf(read(`${n}%`))).toBe(n / 100);
      }),
    );
  });

  it("reads every fraction 0.xyz as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (thousandths) => {
        const text = `0.${String(thousandths).padStart(3, "0")}`;
        expect(valueOf(read(text))).toBe(Number(text));
      }),
    );
  });
});

describe("parseProbability in a ledger file (bare numbers are fractions)", () => {
  it.each([
    ["0.6", 0.6, "fraction"],
    ["1", 1, "fraction"],
    ["0", 0, "fraction"],
    ["1e-7", 1e-7, "fraction"],
    ["60%", 0.6, "percent"],
    ["60.5 %", 0.605, "percent"],
    ["100%", 1, "percent"],
    ["0.5%", 0.005, "percent"],
  ])("%j reads as %d (%s)", (text, value, notation) => {
    expect(read(text, "fraction")).toEqual({ ok: true, value, notation, note: null });
  });

  it.each([
    ["60", 'Probability must be between 0 and 1; for 60 percent write "60%"'],
    ["1.5", 'Probability must be between 0 and 1; for 1.5 percent write "1.5%"'],
    ["100", 'Probability must be between 0 and 1; for 100 percent write "100%"'],
    ["150", 'Probability must be between 0 and 1 (or 0% and 100%), got "150"'],
    ["150%", 'Probability must be between 0 and 1 (or 0% and 100%), got "150%"'],
    ["-0.1", 'Probability must be between 0 and 1 (or 0% and 100%), got "-0.1"'],
    ["abc", 'Probability must be a number from 0 to 1 or a percentage such as 60%, got "abc"'],
  ])("refuses %j", (text, message) => {
    expect(read(text, "fraction")).toMatchObject({ ok: false, message });
  });

  it("names the column it reads", () => {
    expect(parseProbability("50", { bare: "fraction", label: "Credit" })).toMatchObject({
      message: 'Credit must be between 0 and 1; for 50 percent write "50%"',
    });
  });
});

describe("probabilityToPercentText", () => {
  it.each([
    [0.7, "70%"],
    [0.57, "57%"],
    [0.605, "60.5%"],
    [1, "100%"],
    [0, "0%"],
    [0.001, "0.1%"],
    [1 / 3, "33.3333333333333%"],
  ])("%d -> %j", (value, text) => {
    expect(probabilityToPercentText(value)).toBe(text);
  });

  it("reads back as the same number, for values to a millionth", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (millionths) => {
        const value = millionths / 1_000_000;
        expect(valueOf(read(probabilityToPercentText(value)))).toBe(value);
        expect(valueOf(read(probabilityToPercentText(value), "fraction"))).toBe(value);
      }),
    );
  });
});
