import { analystColumns, CSV_TAG_SEPARATOR, questionColumns, sourceColumns, type LedgerCsvColumn } from "./csv-columns";
import { rowCells, type RowCells, type RowIssue } from "./csv-cells";
import type { CsvRecord } from "./csv-records";

/**
 * An analyst, source or question as the rows that name it describe it: the values merged from
 * those rows, the first row's line, and the line each value was taken from.
 */
export interface RowGroup {
  values: Record<string, string | undefined>;
  line: number;
  lines: Partial<Record<string, number>>;
}

/** What the rows of a CSV ledger say, before the ledger schema checks it. */
export interface CsvRows {
  /** One a row, in file order, with the line of each. */
  predictions: Record<string, unknown>[];
  predictionLines: number[];
  analysts: Map<string, RowGroup>;
  sources: Map<string, RowGroup>;
  questions: Map<string, RowGroup>;
  issues: RowIssue[];
}

/**
 * Reads the rows after the header: a prediction a row, and the analysts, sources and questions the
 * rows repeat, merged. Every problem found on the way is listed; a row with the wrong number of
 * cells is passed over, a blank one skipped.
 */
export function readRows(
  header: CsvRecord,
  rows: readonly CsvRecord[],
  positions: ReadonlyMap<LedgerCsvColumn, number>,
): CsvRows {
  const read: CsvRows = {
    predictions: [],
    predictionLines: [],
    analysts: new Map(),
    sources: new Map(),
    questions: new Map(),
    issues: [],
  };
  const report = (issue: RowIssue) => read.issues.push(issue);
  for (const row of rows) {
    if (row.cells.every((cell) => cell.trim() === "")) continue;
    if (row.cells.length !== header.cells.length) {
      report({ line: row.line, message: `has ${row.cells.length} cells where the header has ${header.cells.length}` });
      continue;
    }
    const cells = rowCells(row, positions, report);
    const problem = (column: LedgerCsvColumn, message: string) => report({ line: row.line, column, message });
    const { text } = cells;

    const analyst = text("analyst");
    if (analyst !== undefined) merge(read.analysts, analyst, analystColumns, row, cells, report);
    const source = text("source");
    if (source !== undefined) merge(read.sources, source, sourceColumns, row, cells, report);
    else {
      const stray = (["sourceTitle", "sourceOutlet", "sourceUrl", "sourcePublishedAt"] as const).find(
        (column) => text(column) !== undefined,
      );
      if (stray) problem("source", `the source's key is required when ${stray} is filled`);
    }
    const question = text("question");
    if (question !== undefined) merge(read.questions, question, questionColumns, row, cells, report);
    else {
      const stray = (["questionTitle", "questionCriteria", "questionResolveBy"] as const).find(
        (column) => text(column) !== undefined,
      );
      if (stray) problem("question", `the question's key is required when ${stray} is filled`);
    }

    read.predictionLines.push(row.line);
    read.predictions.push(predictionOf(cells, problem));
  }

  // A question is described here only when a row gives its title; the key alone links to a
  // question already in the ledger (the import checks that it is).
  for (const [key, group] of read.questions) {
    if (group.values.title !== undefined) continue;
    for (const field of ["criteria", "resolveBy"] as const) {
      if (group.values[field] !== undefined) {
        report({
          line: group.lines[field] ?? group.line,
          column: questionColumns[field],
          message: `questionTitle is required (on at least one row of question "${key}") when ${questionColumns[field]} is filled`,
        });
      }
    }
  }
  return read;
}

/** Rows that name the same analyst, source or question must agree; a blank cell takes the other rows' value. */
function merge(
  groups: Map<string, RowGroup>,
  id: string,
  columns: Record<string, LedgerCsvColumn>,
  row: CsvRecord,
  cells: RowCells,
  report: (issue: RowIssue) => void,
): void {
  let group = groups.get(id);
  if (!group) {
    group = { values: {}, line: row.line, lines: {} };
    groups.set(id, group);
  }
  for (const [field, column] of Object.entries(columns)) {
    const value = cells.text(column);
    if (value === undefined) continue;
    const held = group.values[field];
    if (held === undefined) {
      group.values[field] = value;
      group.lines[field] = row.line;
    } else if (held !== value) {
      report({ line: row.line, column, message: `"${value}" differs from line ${group.lines[field]} ("${held}")` });
    }
  }
}

/** A row's prediction, as the ledger schema reads it (the schema checks it afterwards). */
function predictionOf(
  cells: RowCells,
  problem: (column: LedgerCsvColumn, message: string) => void,
): Record<string, unknown> {
  const { text, wholeNumber, probability, yesOrNo } = cells;
  const conditional = yesOrNo("conditional");
  const negated = yesOrNo("negated");
  const low = probability("intervalLow", "intervalLow");
  const high = probability("intervalHigh", "intervalHigh");
  if ((text("intervalLow") === undefined) !== (text("intervalHigh") === undefined)) {
    problem(low === undefined ? "intervalLow" : "intervalHigh", "intervalLow and intervalHigh go together");
  }
  const resolutionCells = (["outcome", "credit", "resolvedAt", "note", "evidence"] as const).some(
    (column) => text(column) !== undefined,
  );
  return {
    key: text("key"),
    analyst: text("analyst"),
    source: text("source"),
    parent: text("parent"),
    question: text("question"),
    // "false" is what a blank says: a link that is not negated.
    negated: negated || undefined,
    claim: text("claim"),
    quote: text("quote"),
    quoteStart: wholeNumber("quoteStart"),
    quoteEnd: wholeNumber("quoteEnd"),
    criteria: text("criteria"),
    madeAt: text("madeAt"),
    resolveBy: text("resolveBy"),
    probability: probability("probability", "Probability"),
    probabilitySource: text("probabilitySource")?.toUpperCase(),
    hedge: text("hedge"),
    interval: low !== undefined && high !== undefined ? [low, high] : undefined,
    conditional,
    condition: text("condition"),
    tags: (text("tags") ?? "")
      .split(CSV_TAG_SEPARATOR)
      .map((tag) => tag.trim())
      .filter(Boolean),
    resolution: resolutionCells
      ? {
          outcome: text("outcome")?.toUpperCase(),
          credit: probability("credit", "Credit"),
          resolvedAt: text("resolvedAt"),
          note: text("note"),
          evidence: text("evidence")?.split(/\s+/) ?? [],
        }
      : undefined,
  };
}
