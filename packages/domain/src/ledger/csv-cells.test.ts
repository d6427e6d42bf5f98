import { describe, expect, it } from "vitest";
import { rowCells, type RowIssue } from "./csv-cells";
import type { LedgerCsvColumn } from "./csv-columns";

/** A row of four cells under the header key, probability, quoteStart, conditional. */
function cellsOf(cells: string[]) {
  const positions = new Map<LedgerCsvColumn, number>([
    ["key", 0],
    ["probability", 1],
    ["quoteStart", 2],
    ["conditional", 3],
  ]);
  const issues: RowIssue[] = [];
  return { cells: rowCells({ line: 7, cells }, positions, (issue) => issues.push(issue)), issues };
}

describe("rowCells", () => {
  it("trims cells and reads blank or absent columns as undefined", () => {
    const { cells, issues } = cellsOf(["  p-1 ", "  ", "", ""]);
    expect(cells.text("key")).toBe("p-1");
    expect(cells.text("probability")).toBeUndefined();
    expect(cells.text("claim")).toBeUndefined();
    expect(cells.wholeNumber("quoteStart")).toBeUndefined();
    expect(cells.yesOrNo("conditional")).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it("converts numbers, percentages and yes/no", () => {
    const { cells, issues } = cellsOf(["p-1", "60%", "12", "Yes"]);
    expect(cells.probability("probability", "Probability")).toBeCloseTo(0.6, 12);
    expect(cells.wholeNumber("quoteStart")).toBe(12);
    expect(cells.yesOrNo("conditional")).toBe(true);
    expect(cellsOf(["p-1", "0.25", "0", "no"]).cells.yesOrNo("conditional")).toBe(false);
    expect(issues).toEqual([]);
  });

  it("reports a cell it cannot convert by line and column, and reads it as absent", () => {
    const { cells, issues } = cellsOf(["p-1", "60", "1.5", "maybe"]);
    expect(cells.probability("probability", "Probability")).toBeUndefined();
    expect(cells.wholeNumber("quoteStart")).toBeUndefined();
    expect(cells.yesOrNo("conditional")).toBeUndefined();
    expect(issues.map((issue) => [issue.line, issue.column])).toEqual([
      [7, "probability"],
      [7, "quoteStart"],
      [7, "conditional"],
    ]);
    expect(issues[1]!.message).toBe('quoteStart must be a whole number, got "1.5"');
    expect(issues[2]!.message).toBe('conditional must be true or false, got "maybe"');
  });
});
