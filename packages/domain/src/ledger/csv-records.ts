import { CsvError, parse } from "csv-parse/sync";
import type { FieldIssue } from "../errors";

/** Where a problem sits: `line 14` or `line 14, column probability`. */
export const location = (line: number, column?: string): string =>
  column ? `line ${line}, column ${column}` : `line ${line}`;

/** One CSV record and the line of the file it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Splits CSV text into records with the line each starts on. Line numbers are counted here, on
 * the bytes the parser reports, because the parser's own count goes wrong for CRLF line breaks
 * inside quoted cells.
 */
export function readRecords(text: string): { records: CsvRecord[] } | { issue: FieldIssue } {
  const bytes = new TextEncoder().encode(text);
  let cursor = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; cursor < to && cursor < bytes.length; cursor++) {
      const byte = bytes[cursor];
      if (byte === 0x0a || (byte === 0x0d && bytes[cursor + 1] !== 0x0a)) line++;
    }
  };
  /** The line of the first byte after `from` that is not a line break (blank lines are skipped). */
  const lineOfRecordAt = (from: number): number => {
    advance(from);
    while (cursor < bytes.length && (bytes[cursor] === 0x0a || bytes[cursor] === 0x0d)) advance(cursor + 1);
    return line;
  };
  const records: CsvRecord[] = [];
  let end = 0;
  try {
    parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (cells: string[], context) => {
        records.push({ line: lineOfRecordAt(end), cells });
        end = context.bytes;
        return cells;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The message's own line number is the parser's; ours is where the broken record starts.
    const reason = error.message.replace(/ at line \d+/, "").replace(/^[^:]+: /, "");
    return { issue: { path: location(lineOfRecordAt(end)), message: `not valid CSV: ${reason}` } };
  }
  return { records };
}
