import { describe, expect, it } from "vitest";
import { isMonth, monthLabel, monthNumber, monthRange, monthTicks, yearsBetween } from "./months";

describe("monthNumber", () => {
  it.each<[string, number]>([
    ["2025-01", 2025 * 12],
    ["2024-12", 2025 * 12 - 1],
    ["0000-01", 0],
  ])("%s -> %d", (month, expected) => {
    expect(monthNumber(month)).toBe(expected);
  });

  it("refuses what is not a month", () => {
    expect(() => monthNumber("2025-13")).toThrow(/Not a month/);
    expect(isMonth("2025-1")).toBe(false);
    expect(isMonth("2025-10")).toBe(true);
  });
});

describe("monthRange", () => {
  it.each<[string, string, string[]]>([
    ["2025-03", "2025-03", ["2025-03"]],
    ["2024-11", "2025-02", ["2024-11", "2024-12", "2025-01", "2025-02"]],
    ["2025-05", "2025-04", []],
  ])("%s to %s", (first, last, expected) => {
    expect(monthRange(first, last)).toEqual(expected);
  });
});

describe("yearsBetween", () => {
  it.each<[string, string, number[]]>([
    ["2025-01", "2025-12", [2025]],
    ["2024-11", "2026-01", [2024, 2025, 2026]],
  ])("%s to %s", (first, last, expected) => {
    expect(yearsBetween(first, last)).toEqual(expected);
  });
});

describe("monthLabel", () => {
  it.each<[string, string]>([
    ["2025-03", "Mar 2025"],
    ["2024-12", "Dec 2024"],
    ["soon", "soon"],
  ])("%s -> %s", (month, expected) => {
    expect(monthLabel(month)).toBe(expected);
  });
});

describe("monthTicks", () => {
  const year = monthRange("2025-01", "2025-12");
  it.each<[readonly string[], number, string[]]>([
    [[], 6, []],
    [["2025-01", "2025-02"], 6, ["2025-01", "2025-02"]],
    // 12 months, 6 ticks: every 2nd month.
    [year, 6, ["2025-01", "2025-03", "2025-05", "2025-07", "2025-09", "2025-11"]],
    // 12 months, 4 ticks: every 3rd.
    [year, 4, ["2025-01", "2025-04", "2025-07", "2025-10"]],
    // 12 months, 5 ticks: every ceil(12 / 5) = 3rd, which gives 4.
    [year, 5, ["2025-01", "2025-04", "2025-07", "2025-10"]],
  ])("%j, at most %d", (months, max, expected) => {
    expect(monthTicks(months, max)).toEqual(expected);
  });
});
