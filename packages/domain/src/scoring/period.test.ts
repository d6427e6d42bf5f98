import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodCells } from "./period";

describe("periodCells", () => {
  it.each([
    ["2025-03", "2025-08", { years: null, months: [["2025-03", "2025-08"]] }],
    ["2025-01", "2025-12", { years: ["2025", "2025"], months: [] }],
    ["2024-11", "2025-02", { years: null, months: [["2024-11", "2025-02"]] }],
    [
      "2023-05",
      "2026-02",
      {
        years: ["2024", "2025"],
        months: [
          ["2023-05", "2023-12"],
          ["2026-01", "2026-02"],
        ],
      },
    ],
    ["2023-01", "2026-02", { years: ["2023", "2025"], months: [["2026-01", "2026-02"]] }],
    [undefined, "2024-06", { years: ["0000", "2023"], months: [["2024-01", "2024-06"]] }],
    ["2025-04", undefined, { years: ["2026", "9999"], months: [["2025-04", "2025-12"]] }],
    [undefined, undefined, { years: ["0000", "9999"], months: [] }],
  ])("covers %s to %s", (from, to, expected) => {
    expect(periodCells(from, to)).toEqual(expected);
  });

  it("covers every month of the period exactly once, and no other", () => {
    const monthArb = fc
      .tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(monthArb, monthArb, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const cells = periodCells(from, to);
        for (let year = 2014; year <= 2031; year += 1) {
          for (let m = 1; m <= 12; m += 1) {
            const key = `${year}-${String(m).padStart(2, "0")}`;
            const y = String(year);
            const byYear = cells.years !== null && cells.years[0] <= y && y <= cells.years[1] ? 1 : 0;
            const byMonth = cells.months.filter(([first, last]) => first <= key && key <= last).length;
            expect(byYear + byMonth).toBe(from <= key && key <= to ? 1 : 0);
          }
        }
      }),
    );
  });
});
