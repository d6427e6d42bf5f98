import { parseProbability } from "../probability/parse";
import type { LedgerCsvColumn } from "./csv-columns";
import type { CsvRecord } from "./csv-records";

/** A problem with one cell of a row, or with the row as a whole when no column is named. */
export interface RowIssue {
  line: number;
  column?: LedgerCsvColumn;
  message: string;
}

/** One row's cells by column, converted to the values the ledger schema checks. */
export interface RowCells {
  /** The trimmed text of a cell; undefined when the column is absent or the cell blank. */
  text: (column: LedgerCsvColumn) => string | undefined;
  wholeNumber: (column: LedgerCsvColumn) => number | undefined;
  /**
   * A probability cell: a number from 0 to 1 as the contract has it, or a percentage written
   * with its sign ("60%"); a bare number above 1 is refused with the sign suggested.
   */
  probability: (column: LedgerCsvColumn, label: string) => number | undefined;
  yesOrNo: (column: "conditional" | "negated") => boolean | undefined;
}

const blank = (value: string | undefined): value is undefined => value === undefined || value.trim() === "";

/**
 * The cells of a row, read through the header's positions. A cell that cannot be converted is
 * reported to `report` (by its line and column) and reads as absent, so the schema does not report
 * it again as missing.
 */
export function rowCells(
  row: CsvRecord,
  positions: ReadonlyMap<LedgerCsvColumn, number>,
  report: (issue: RowIssue) => void,
): RowCells {
  const text = (column: LedgerCsvColumn): string | undefined => {
    const position = positions.get(column);
    const value = position === undefined ? undefined : row.cells[position];
    return blank(value) ? undefined : value.trim();
  };
  const problem = (column: LedgerCsvColumn, message: string) => report({ line: row.line, column, message });
  return {
    text,
    wholeNumber: (column) => {
      const value = text(column);
      if (value === undefined) return undefined;
      if (/^\d+$/.test(value)) return Number(value);
      problem(column, `${column} must be a whole number, got "${value}"`);
      return undefined;
    },
    probability: (column, label) => {
      const value = text(column);
      if (value === undefined) return undefined;
      const parsed = parseProbability(value, { bare: "fraction", label });
      if (parsed.ok) return parsed.value;
      problem(column, parsed.message);
      return undefined;
    },
    yesOrNo: (column) => {
      const value = text(column);
      if (value === undefined) return undefined;
      const answer = value.toLowerCase();
      if (["true", "yes", "1"].includes(answer)) return true;
      if (["false", "no", "0"].includes(answer)) return false;
      problem(column, `${column} must be true or false, got "${value}"`);
      return undefined;
    },
  };
}
