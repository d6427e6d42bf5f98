import type { FieldIssue } from "../errors";
import { ledgerCsvColumns, requiredLedgerCsvColumns, UNKNOWN_COLUMN, type LedgerCsvColumn } from "./csv-columns";
import { location, type CsvRecord } from "./csv-records";

export interface ReadLedgerCsvOptions {
  /** Leave out the columns this Hindsight does not know instead of refusing the file. */
  ignoreUnknownFields?: boolean;
}

/**
 * Where each known column sits in the header row (matched without regard to case), and the columns
 * ignored; or every problem of the header: an unknown column (unless ignored), a column twice, a
 * required column missing.
 */
export function readHeader(
  header: CsvRecord,
  options: ReadLedgerCsvOptions,
): { positions: Map<LedgerCsvColumn, number>; ignoredFields: string[] } | { issues: FieldIssue[] } {
  const headerIssues: FieldIssue[] = [];
  const ignoredFields: string[] = [];
  const known = new Map(ledgerCsvColumns.map((column) => [column.toLowerCase(), column]));
  const positions = new Map<LedgerCsvColumn, number>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    const column = known.get(name.toLowerCase());
    if (!column && options.ignoreUnknownFields) {
      ignoredFields.push(location(header.line, name || `#${index + 1}`));
    } else if (!column) {
      headerIssues.push({
        path: location(header.line, name || `#${index + 1}`),
        message: `${UNKNOWN_COLUMN}; the columns are ${ledgerCsvColumns.join(", ")}`,
      });
    } else if (positions.has(column)) {
      headerIssues.push({ path: location(header.line, column), message: "the column appears twice" });
    } else positions.set(column, index);
  });
  for (const column of requiredLedgerCsvColumns) {
    if (!positions.has(column)) {
      headerIssues.push({ path: location(header.line, column), message: "this column is required" });
    }
  }
  return headerIssues.length ? { issues: headerIssues } : { positions, ignoredFields };
}
