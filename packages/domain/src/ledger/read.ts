import type { FieldIssue } from "../errors";
import { readLedgerCsv, UNKNOWN_COLUMN } from "./csv";
import { parseLedger, UNKNOWN_FIELD, type LedgerFile, type ParseLedgerOptions } from "./schema";

export const ledgerFormats = ["json", "csv"] as const;
export type LedgerFormat = (typeof ledgerFormats)[number];

export type LedgerReadResult =
  | {
      ok: true;
      ledger: LedgerFile;
      /**
       * The fields left out because the file was read with `ignoreUnknownFields`: paths in JSON
       * (`questions[0].foo`), columns in CSV (`line 1, column extra`). Empty otherwise.
       */
      ignoredFields: string[];
      /**
       * Where a ledger path sits in the file, for problems found later (by the import): the path
       * itself in JSON, `line 5, column question` in CSV.
       */
      locate: (path: string) => string;
    }
  | { ok: false; issues: FieldIssue[] };

/** How a file is read: see ParseLedgerOptions. */
export type ReadLedgerOptions = ParseLedgerOptions;

const itself = (path: string): string => path;

/** Whether a problem is a field (JSON) or a column (CSV) this Hindsight does not know: one that ignoring unknown fields lifts. */
export const isUnknownFieldIssue = (issue: FieldIssue): boolean =>
  issue.message === UNKNOWN_FIELD || issue.message.startsWith(UNKNOWN_COLUMN);

/**
 * The format of a ledger file: by its name's extension (.json, .csv) when it has one of those,
 * else by its content (a JSON ledger is an object, so it starts with "{"; anything else is read as CSV).
 */
export function detectLedgerFormat(text: string, filename?: string): LedgerFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(filename ?? "")?.[1]?.toLowerCase();
  if (extension === "json" || extension === "csv") return extension;
  return text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("{")
    ? "json"
    : "csv";
}

/** "line 3, column 14" for a character offset into the text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = offset - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return `line ${line}, column ${column}`;
}

/** Reads a hindsight/v1 JSON ledger from text; a syntax error is reported at its line and column. */
export function readLedgerJson(text: string, options: ReadLedgerOptions = {}): LedgerReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    return {
      ok: false,
      issues: [
        {
          path: position === undefined ? "file" : lineAndColumn(text.replace(/^\uFEFF/, ""), Number(position)),
          // V8 quotes the text around an unexpected token; the location says where it is.
          message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, "").replace(/, (?:"|\.\.\.).*is not valid JSON$/s, "")}`,
        },
      ],
    };
  }
  const parsed = parseLedger(data, options);
  return parsed.ok ? { ...parsed, locate: itself } : parsed;
}

/**
 * Reads a ledger file's text in either format into a checked LedgerFile, or lists every problem:
 * by path for JSON (`predictions[12].probability`), by line and column for CSV. A field (a column)
 * this Hindsight does not know is a problem unless `ignoreUnknownFields` is set.
 */
export function readLedger(text: string, format: LedgerFormat, options: ReadLedgerOptions = {}): LedgerReadResult {
  return format === "json" ? readLedgerJson(text, options) : readLedgerCsv(text, options);
}
