import { describe, expect, it } from "vitest";
import {
  formatDay,
  formatInterval,
  formatMoment,
  formatPercent,
  parseTags,
  statusLabel,
  toDateInputValue,
  toUtcDateInputValue,
} from "./format";

describe("formatPercent", () => {
  it.each([
    [0, "0%"],
    [1, "100%"],
    [0.7, "70%"],
    [0.95, "95%"],
    [0.705, "70.5%"],
    [0.333333, "33.3%"],
    [0.0049, "0.5%"],
    [0.07, "7%"],
  ])("%d -> %s", (probability, expected) => {
    expect(formatPercent(probability)).toBe(expected);
  });
});

describe("parseTags", () => {
  it.each([
    ["", []],
    [" , ,, ", []],
    ["russia", ["russia"]],
    ["Russia, diplomacy,, Ukraine ", ["Russia", "diplomacy", "Ukraine"]],
    ["Russia, russia, RUSSIA", ["Russia"]],
    ["north   korea,  nuclear", ["north korea", "nuclear"]],
  ])("%j -> %j", (text, expected) => {
    expect(parseTags(text)).toEqual(expected);
  });
});

describe("formatDay", () => {
  it("prints calendar dates stored as UTC midnight on their own day", () => {
    expect(formatDay(new Date("2025-04-25T00:00:00Z"))).toBe("25 Apr 2025");
    expect(formatDay(new Date("2025-12-31T23:59:59Z"))).toBe("31 Dec 2025");
  });
});

describe("toDateInputValue", () => {
  it("pads to YYYY-MM-DD in the local calendar", () => {
    expect(toDateInputValue(new Date(2025, 0, 5))).toBe("2025-01-05");
    expect(toDateInputValue(new Date(2025, 11, 31, 23, 30))).toBe("2025-12-31");
  });
});

describe("statusLabel", () => {
  it.each([
    [null, "Open"],
    ["TRUE", "True"],
    ["FALSE", "False"],
    ["PARTIAL", "Partly true"],
    ["AMBIGUOUS", "Ambiguous"],
    ["ANNULLED", "Annulled"],
  ] as const)("%s -> %s", (outcome, expected) => {
    expect(statusLabel(outcome)).toBe(expected);
  });
});

describe("toUtcDateInputValue", () => {
  it("keeps the stored calendar day whatever the local zone", () => {
    expect(toUtcDateInputValue(new Date("2025-04-25T00:00:00Z"))).toBe("2025-04-25");
  });
});

describe("formatMoment", () => {
  it("prints the time in UTC", () => {
    expect(formatMoment(new Date("2025-04-25T14:03:09Z"))).toBe("25 Apr 2025, 14:03 UTC");
    expect(formatMoment(new Date("2025-01-05T00:00:00Z"))).toBe("5 Jan 2025, 00:00 UTC");
  });
});

describe("formatInterval", () => {
  it.each([
    [[0.25, 0.5], "25–50%"],
    [[0.95, 1], "95–100%"],
    [[0.005, 0.1], "0.5–10%"],
  ] as const)("%j -> %s", (interval, expected) => {
    expect(formatInterval(interval)).toBe(expected);
  });
});
