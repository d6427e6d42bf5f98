import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { FieldIssue } from "../errors";
import { UNKNOWN_COLUMN } from "./unknown-fields";
import { parseProbability } from "../probability/parse";
import { toLedgerDocument } from "./document";
import { ledgerFile, type LedgerFile } from "./schema";

/**
 * The ledger as CSV: one prediction a row, its analyst, source and question repeated on each row,
 * RFC 4180 quoting. docs/ledger-format.md documents the columns. Source texts and bylines, and a
 * question's references and resolution, are JSON-only. Probability cells take the contract's
 * number from 0 to 1 or a percentage with its sign ("60%"); they are written as numbers.
 */
export const ledgerCsvColumns = [
  "key",
  "analyst",
  "analystName",
  "analystAffiliation",
  "source",
  "sourceTitle",
  "sourceOutlet",
  "sourceUrl",
  "sourcePublishedAt",
  "parent",
  "claim",
  "quote",
  "quoteStart",
  "quoteEnd",
  "criteria",
  "madeAt",
  "resolveBy",
  "probability",
  "probabilitySource",
  "hedge",
  "intervalLow",
  "intervalHigh",
  "conditional",
  "condition",
  "tags",
  "outcome",
  "credit",
  "resolvedAt",
  "note",
  "evidence",
  // Contract v1.1: the link to a question, and the question's own cells (a question without a
  // title here must already be in the ledger).
  "question",
  "negated",
  "questionTitle",
  "questionCriteria",
  "questionResolveBy",
] as const;

export type LedgerCsvColumn = (typeof ledgerCsvColumns)[number];

/** Columns a file must have; every other one may be left out. */
export const requiredLedgerCsvColumns: readonly LedgerCsvColumn[] = [
  "key",
  "analyst",
  "analystName",
  "claim",
  "madeAt",
  "probability",
];

/** How a header cell this Hindsight does not know is reported (the message starts so). */

/** Tags sit in one cell, separated by this (a tag cannot contain it). */
export const CSV_TAG_SEPARATOR = ";";

const analystColumns = { slug: "analyst", name: "analystName", affiliation: "analystAffiliation" } as const;
const sourceColumns = {
  key: "source",
  title: "sourceTitle",
  outlet: "sourceOutlet",
  url: "sourceUrl",
  publishedAt: "sourcePublishedAt",
} as const;

const questionColumns = {
  key: "question",
  title: "questionTitle",
  criteria: "questionCriteria",
  resolveBy: "questionResolveBy",
} as const;

type CsvResult =
  | {
      ok: true;
      ledger: LedgerFile;
      /** The unknown columns left out (`line 1, column extra`), when asked to ignore them. */
      ignoredFields: string[];
      /** Where a ledger path (`predictions[3].question`) sits in the file: `line 5, column question`. */
      locate: (path: string) => string;
    }
  | { ok: false; issues: FieldIssue[] };

export interface ReadLedgerCsvOptions {
  /** Leave out the columns this Hindsight does not know instead of refusing the file. */
  ignoreUnknownFields?: boolean;
}

/** `predictions[3].resolution.credit` -> ["predictions", 3, "resolution", "credit"]. */
function pathParts(path: string): PropertyKey[] | null {
  const parts: PropertyKey[] = [];
  const pattern = /(?:^|\.)([^.[\]]+)|\[(\d+)\]/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(path)) !== null) {
    parts.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
    if (pattern.lastIndex === path.length) return parts;
  }
  return null;
}

const location = (line: number, column?: string): string =>
  column ? `line ${line}, column ${column}` : `line ${line}`;

interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Splits CSV text into records with the line each starts on. Line numbers are counted here, on
 * the bytes the parser reports, because the parser's own count goes wrong for CRLF line breaks
 * inside quoted cells.
 */
function readRecords(text: string): { records: CsvRecord[] } | { issue: FieldIssue } {
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

const blank = (value: string | undefined): value is undefined => value === undefined || value.trim() === "";

/**
 * Reads a CSV ledger into a checked LedgerFile. On failure every problem is listed by the line
 * and column where it sits (`line 14, column probability`), in file order, and nothing is returned.
 */
export function readLedgerCsv(text: string, options: ReadLedgerCsvOptions = {}): CsvResult {
  const read = readRecords(text);
  if ("issue" in read) return { ok: false, issues: [read.issue] };
  const [header, ...rows] = read.records;
  if (!header) return { ok: false, issues: [{ path: location(1), message: "the file is empty: no header row" }] };

  const columns = readHeader(header, options);
  if ("issues" in columns) return { ok: false, issues: columns.issues };
  const { positions, ignoredFields } = columns;

  const issues: { line: number; column?: LedgerCsvColumn; message: string }[] = [];
  const predictions: Record<string, unknown>[] = [];
  const predictionLines: number[] = [];
  const analysts = new Map<
    string,
    { values: Record<string, string | undefined>; line: number; lines: Partial<Record<string, number>> }
  >();
  const sources = new Map<
    string,
    { values: Record<string, string | undefined>; line: number; lines: Partial<Record<string, number>> }
  >();
  const questions = new Map<
    string,
    { values: Record<string, string | undefined>; line: number; lines: Partial<Record<string, number>> }
  >();

  /** Rows that name the same analyst or source must agree; a blank cell takes the other rows' value. */
  const merge = (
    groups: typeof analysts,
    id: string,
    columns: Record<string, LedgerCsvColumn>,
    row: CsvRecord,
    cell: (column: LedgerCsvColumn) => string | undefined,
  ) => {
    let group = groups.get(id);
    if (!group) {
      group = { values: {}, line: row.line, lines: {} };
      groups.set(id, group);
    }
    for (const [field, column] of Object.entries(columns)) {
      const value = cell(column);
      if (value === undefined) continue;
      const held = group.values[field];
      if (held === undefined) {
        group.values[field] = value;
        group.lines[field] = row.line;
      } else if (held !== value) {
        issues.push({
          line: row.line,
          column,
          message: `"${value}" differs from line ${group.lines[field]} ("${held}")`,
        });
      }
    }
  };

  for (const row of rows) {
    if (row.cells.every((cell) => cell.trim() === "")) continue;
    if (row.cells.length !== header.cells.length) {
      issues.push({
        line: row.line,
        message: `has ${row.cells.length} cells where the header has ${header.cells.length}`,
      });
      continue;
    }
    const cell = (column: LedgerCsvColumn): string | undefined => {
      const position = positions.get(column);
      const value = position === undefined ? undefined : row.cells[position];
      return blank(value) ? undefined : value.trim();
    };
    const problem = (column: LedgerCsvColumn, message: string) => issues.push({ line: row.line, column, message });
    const wholeNumber = (column: LedgerCsvColumn): number | undefined => {
      const value = cell(column);
      if (value === undefined) return undefined;
      if (/^\d+$/.test(value)) return Number(value);
      problem(column, `${column} must be a whole number, got "${value}"`);
      return undefined;
    };
    /**
     * A probability cell: a number from 0 to 1 as the contract has it, or a percentage written
     * with its sign ("60%"); a bare number above 1 is refused with the sign suggested.
     */
    const probability = (column: LedgerCsvColumn, label: string): number | undefined => {
      const value = cell(column);
      if (value === undefined) return undefined;
      const parsed = parseProbability(value, { bare: "fraction", label });
      if (parsed.ok) return parsed.value;
      problem(column, parsed.message);
      return undefined;
    };
    const yesOrNo = (column: "conditional" | "negated"): boolean | undefined => {
      const value = cell(column);
      if (value === undefined) return undefined;
      const answer = value.toLowerCase();
      if (["true", "yes", "1"].includes(answer)) return true;
      if (["false", "no", "0"].includes(answer)) return false;
      problem(column, `${column} must be true or false, got "${value}"`);
      return undefined;
    };
    const conditional = yesOrNo("conditional");
    const negated = yesOrNo("negated");
    const low = probability("intervalLow", "intervalLow");
    const high = probability("intervalHigh", "intervalHigh");
    if ((cell("intervalLow") === undefined) !== (cell("intervalHigh") === undefined)) {
      problem(low === undefined ? "intervalLow" : "intervalHigh", "intervalLow and intervalHigh go together");
    }
    const resolutionCells = (["outcome", "credit", "resolvedAt", "note", "evidence"] as const).some(
      (column) => cell(column) !== undefined,
    );

    const analyst = cell("analyst");
    if (analyst !== undefined) merge(analysts, analyst, analystColumns, row, cell);
    const source = cell("source");
    if (source !== undefined) merge(sources, source, sourceColumns, row, cell);
    else {
      const stray = (["sourceTitle", "sourceOutlet", "sourceUrl", "sourcePublishedAt"] as const).find(
        (column) => cell(column) !== undefined,
      );
      if (stray) problem("source", `the source's key is required when ${stray} is filled`);
    }
    const question = cell("question");
    if (question !== undefined) merge(questions, question, questionColumns, row, cell);
    else {
      const stray = (["questionTitle", "questionCriteria", "questionResolveBy"] as const).find(
        (column) => cell(column) !== undefined,
      );
      if (stray) problem("question", `the question's key is required when ${stray} is filled`);
    }

    predictionLines.push(row.line);
    predictions.push({
      key: cell("key"),
      analyst,
      source,
      parent: cell("parent"),
      question,
      // "false" is what a blank says: a link that is not negated.
      negated: negated || undefined,
      claim: cell("claim"),
      quote: cell("quote"),
      quoteStart: wholeNumber("quoteStart"),
      quoteEnd: wholeNumber("quoteEnd"),
      criteria: cell("criteria"),
      madeAt: cell("madeAt"),
      resolveBy: cell("resolveBy"),
      probability: probability("probability", "Probability"),
      probabilitySource: cell("probabilitySource")?.toUpperCase(),
      hedge: cell("hedge"),
      interval: low !== undefined && high !== undefined ? [low, high] : undefined,
      conditional,
      condition: cell("condition"),
      tags: (cell("tags") ?? "")
        .split(CSV_TAG_SEPARATOR)
        .map((tag) => tag.trim())
        .filter(Boolean),
      resolution: resolutionCells
        ? {
            outcome: cell("outcome")?.toUpperCase(),
            credit: probability("credit", "Credit"),
            resolvedAt: cell("resolvedAt"),
            note: cell("note"),
            evidence: cell("evidence")?.split(/\s+/) ?? [],
          }
        : undefined,
    });
  }

  // A question is described here only when a row gives its title; the key alone links to a
  // question already in the ledger (the import checks that it is).
  for (const [key, group] of questions) {
    if (group.values.title !== undefined) continue;
    for (const field of ["criteria", "resolveBy"] as const) {
      if (group.values[field] !== undefined) {
        issues.push({
          line: group.lines[field] ?? group.line,
          column: questionColumns[field],
          message: `questionTitle is required (on at least one row of question "${key}") when ${questionColumns[field]} is filled`,
        });
      }
    }
  }
  const analystList = [...analysts.entries()];
  const sourceList = [...sources.entries()];
  const questionList = [...questions.entries()].filter(([, group]) => group.values.title !== undefined);
  const result = ledgerFile.safeParse({
    format: "hindsight/v1",
    analysts: analystList.map(([slug, group]) => ({ ...group.values, slug })),
    sources: sourceList.map(([key, group]) => ({ ...group.values, key })),
    predictions,
    questions: questionList.map(([key, group]) => ({ ...group.values, key })),
  });

  /** The rows merged into a section's entries, and the columns of their fields. */
  const groupsOf = (
    section: PropertyKey | undefined,
  ): [typeof analystList, Record<string, LedgerCsvColumn>] | [undefined, undefined] =>
    section === "analysts"
      ? [analystList, analystColumns]
      : section === "sources"
        ? [sourceList, sourceColumns]
        : section === "questions"
          ? [questionList, questionColumns]
          : [undefined, undefined];

  /** The line and column of a ledger path, for the import's own problems. */
  const locate = (path: string): string => {
    const [section, index, field, ...rest] = pathParts(path) ?? [];
    if (typeof index !== "number") return path;
    if (section === "predictions") {
      const line = predictionLines[index];
      return line === undefined ? path : location(line, predictionColumn(field, rest));
    }
    const [groups, columns] = groupsOf(section);
    const group = groups?.[index]?.[1];
    return group && columns ? location(group.lines[String(field)] ?? group.line, columns[String(field)]) : path;
  };
  if (result.success && issues.length === 0) return { ok: true, ledger: result.data, ignoredFields, locate };

  // A cell this reader already refused is not reported again by the schema.
  const refused = new Set(issues.map((issue) => `${issue.line}:${issue.column ?? ""}`));
  for (const issue of result.success ? [] : result.error.issues) {
    const [section, index, field, ...rest] = issue.path;
    if (typeof index !== "number") {
      issues.push({ line: header.line, message: issue.message });
    } else if (section === "predictions") {
      const line = predictionLines[index] ?? header.line;
      const column = predictionColumn(field, rest);
      if (!refused.has(`${line}:${column ?? ""}`)) issues.push({ line, column, message: issue.message });
    } else {
      const [groups, columns] = groupsOf(section);
      const group = groups?.[index]?.[1];
      if (!columns) continue;
      const column = columns[String(field)];
      issues.push({ line: group?.lines[String(field)] ?? group?.line ?? header.line, column, message: issue.message });
    }
  }
  const order = new Map<string, number>(ledgerCsvColumns.map((column, index) => [column, index]));
  const seen = new Set<string>();
  return {
    ok: false,
    issues: issues
      .sort((a, b) => a.line - b.line || (order.get(a.column ?? "") ?? -1) - (order.get(b.column ?? "") ?? -1))
      .map((issue) => ({ path: location(issue.line, issue.column), message: issue.message }))
      // An analyst's slug is checked as the analyst's and as the prediction's: say it once.
      .filter((issue) => {
        const id = `${issue.path}\n${issue.message}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      }),
  };
}

/**
 * Where each known column sits in the header row (matched without regard to case), and the columns
 * ignored; or every problem of the header: an unknown column (unless ignored), a column twice, a
 * required column missing.
 */
function readHeader(
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

/** The CSV column of a prediction's field, from the path of a schema issue. */
function predictionColumn(field: PropertyKey | undefined, rest: PropertyKey[]): LedgerCsvColumn | undefined {
  if (field === "resolution") {
    const part = rest[0];
    return part === "credit" || part === "resolvedAt" || part === "note" || part === "evidence" ? part : "outcome";
  }
  if (field === "interval") return rest[0] === 1 ? "intervalHigh" : "intervalLow";
  return ledgerCsvColumns.find((column) => column === field);
}

/** A URL cell holds several URLs separated by spaces, so a space inside one is written encoded. */
const encodeSpaces = (url: string): string => url.replace(/\s/g, (space) => encodeURIComponent(space));

/**
 * The ledger as CSV: the header, then one row per prediction in key order, every column present,
 * CRLF line breaks and quotes only where RFC 4180 needs them (and around any line break).
 */
export function writeLedgerCsv(ledger: LedgerFile): string {
  const document = toLedgerDocument(ledger);
  const analysts = new Map(document.analysts.map((analyst) => [analyst.slug, analyst]));
  const sources = new Map(document.sources.map((source) => [source.key, source]));
  const questions = new Map((document.questions ?? []).map((question) => [question.key, question]));
  const text = (value: string | number | boolean | undefined): string => (value === undefined ? "" : String(value));
  const rows = document.predictions.map((prediction) => {
    const analyst = analysts.get(prediction.analyst);
    const source = prediction.source ? sources.get(prediction.source) : undefined;
    const question = prediction.question ? questions.get(prediction.question) : undefined;
    const resolution = prediction.resolution;
    const cells: Record<LedgerCsvColumn, string> = {
      key: prediction.key,
      analyst: prediction.analyst,
      analystName: text(analyst?.name),
      analystAffiliation: text(analyst?.affiliation),
      source: text(prediction.source),
      sourceTitle: text(source?.title),
      sourceOutlet: text(source?.outlet),
      sourceUrl: text(source?.url),
      sourcePublishedAt: text(source?.publishedAt),
      parent: text(prediction.parent),
      claim: prediction.claim,
      quote: text(prediction.quote),
      quoteStart: text(prediction.quoteStart),
      quoteEnd: text(prediction.quoteEnd),
      criteria: text(prediction.criteria),
      madeAt: prediction.madeAt,
      resolveBy: text(prediction.resolveBy),
      probability: String(prediction.probability),
      probabilitySource: text(prediction.probabilitySource),
      hedge: text(prediction.hedge),
      intervalLow: text(prediction.interval?.[0]),
      intervalHigh: text(prediction.interval?.[1]),
      conditional: text(prediction.conditional),
      condition: text(prediction.condition),
      tags: prediction.tags.join(CSV_TAG_SEPARATOR),
      outcome: text(resolution?.outcome),
      credit: text(resolution?.credit),
      resolvedAt: text(resolution?.resolvedAt),
      note: text(resolution?.note),
      evidence: (resolution?.evidence ?? []).map(encodeSpaces).join(" "),
      question: text(prediction.question),
      negated: text(prediction.negated),
      questionTitle: text(question?.title),
      questionCriteria: text(question?.criteria),
      questionResolveBy: text(question?.resolveBy),
    };
    return ledgerCsvColumns.map((column) => cells[column]);
  });
  return stringify([[...ledgerCsvColumns], ...rows], { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });
}
