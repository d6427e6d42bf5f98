import type { FieldIssue } from "../errors";
import { inspectInput, MAX_CSV_COLUMNS, MAX_LEDGER_CHARACTERS } from "../limits";
import { readLedgerCsv } from "./csv";
import { parseLedger, type LedgerFile, type ParseLedgerOptions } from "./schema";

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
  // Escapes can spell what raw JSON cannot (\u0000, a lone \uD800), and nesting has no end in JSON.
  const hostile = inspectInput(data);
  if (hostile.length > 0) return { ok: false, issues: hostile };
  const parsed = parseLedger(data, options);
  return parsed.ok ? { ...parsed, locate: itself } : parsed;
}

/**
 * Reads a ledger file's text in either format into a checked LedgerFile, or lists every problem:
 * by path for JSON (`predictions[12].probability`), by line and column for CSV. A field (a column)
 * this Hindsight does not know is a problem unless `ignoreUnknownFields` is set.
 */
export function readLedger(text: string, format: LedgerFormat, options: ReadLedgerOptions = {}): LedgerReadResult {
  if (text.length > MAX_LEDGER_CHARACTERS) {
    return {
      ok: false,
      issues: [
        {
          path: "file",
          message: `the file has ${text.length.toLocaleString("en")} characters; at most ${MAX_LEDGER_CHARACTERS.toLocaleString("en")} can be imported`,
        },
      ],
    };
  }
  const unreadable = unreadableCharacter(text);
  if (unreadable) return { ok: false, issues: [unreadable] };
  if (format === "json") return readLedgerJson(text, options);
  const columns = csvHeaderColumns(text);
  if (columns > MAX_CSV_COLUMNS) {
    return {
      ok: false,
      issues: [
        {
          path: "line 1",
          message: `the header has ${columns.toLocaleString("en")} columns; a ledger has at most ${MAX_CSV_COLUMNS}`,
        },
      ],
    };
  }
  return readLedgerCsv(text, options);
}

/**
 * The first character no ledger may hold, where it is: a NUL (PostgreSQL text cannot store it) or
 * half of a surrogate pair (text decoded from UTF-8 never has one; a string built in code may).
 */
function unreadableCharacter(text: string): FieldIssue | null {
  // eslint-disable-next-line no-control-regex -- the NUL is what is being looked for
  const match = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  if (!match) return null;
  return {
    path: lineAndColumn(text, match.index),
    message:
      match[0] === "\u0000"
        ? "the file holds a NUL character (U+0000), which no field may contain"
        : "the file holds a lone surrogate (not valid Unicode text)",
  };
}

/** How many cells the first record of CSV text has (RFC 4180 quoting), counted without parsing the rest. */
export function csvHeaderColumns(text: string): number {
  let columns = 1;
  let quoted = false;
  let started = false;
  for (let index = text.charCodeAt(0) === 0xfeff ? 1 : 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"') {
        if (text[index + 1] === '"') index++;
        else quoted = false;
      }
    } else if (character === '"') {
      quoted = true;
      started = true;
    } else if (character === ",") {
      columns++;
      started = true;
    } else if (character === "\n" || character === "\r") {
      // Blank lines before the header are skipped, as the reader does.
      if (started) return columns;
    } else started = true;
  }
  return columns;
}
