import { stringify } from "csv-stringify/sync";
import type { FieldIssue } from "../errors";
import { CSV_TAG_SEPARATOR, ledgerCsvColumns, type LedgerCsvColumn } from "./csv-columns";
import { readHeader, type ReadLedgerCsvOptions } from "./csv-header";
import { locator, placeIssues, type CsvPlaces } from "./csv-issues";
import { location, readRecords } from "./csv-records";
import { readRows } from "./csv-rows";
import { toLedgerDocument } from "./document";
import { ledgerFile, type LedgerFile } from "./schema";

/**
 * The ledger as CSV: one prediction a row, its analyst, source and question repeated on each row,
 * RFC 4180 quoting. docs/ledger-format.md documents the columns. Source texts and bylines, and a
 * question's references and resolution, are JSON-only. Probability cells take the contract's
 * number from 0 to 1 or a percentage with its sign ("60%"); they are written as numbers.
 *
 * The reader goes in steps, a file each: records with their lines (csv-records.ts), the header
 * (csv-header.ts), the rows (csv-rows.ts, converting cells in csv-cells.ts), the schema, and the
 * problems put back by line and column (csv-issues.ts). csv-columns.ts names the columns.
 */
export {
  CSV_TAG_SEPARATOR,
  ledgerCsvColumns,
  requiredLedgerCsvColumns,
  UNKNOWN_COLUMN,
  type LedgerCsvColumn,
} from "./csv-columns";
export type { ReadLedgerCsvOptions } from "./csv-header";

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

/**
 * Reads a CSV ledger into a checked LedgerFile. On failure every problem is listed by the line
 * and column where it sits (`line 14, column probability`), in file order, and nothing is returned.
 */
export function readLedgerCsv(text: string, options: ReadLedgerCsvOptions = {}): CsvResult {
  const read = readRecords(text);
  if ("issue" in read) return { ok: false, issues: [read.issue] };
  const [header, ...records] = read.records;
  if (!header) return { ok: false, issues: [{ path: location(1), message: "the file is empty: no header row" }] };

  const columns = readHeader(header, options);
  if ("issues" in columns) return { ok: false, issues: columns.issues };
  const { positions, ignoredFields } = columns;

  const rows = readRows(header, records, positions);
  const places: CsvPlaces = {
    predictionLines: rows.predictionLines,
    analysts: [...rows.analysts.entries()],
    sources: [...rows.sources.entries()],
    questions: [...rows.questions.entries()].filter(([, group]) => group.values.title !== undefined),
  };
  const result = ledgerFile.safeParse({
    format: "hindsight/v1",
    analysts: places.analysts.map(([slug, group]) => ({ ...group.values, slug })),
    sources: places.sources.map(([key, group]) => ({ ...group.values, key })),
    predictions: rows.predictions,
    questions: places.questions.map(([key, group]) => ({ ...group.values, key })),
  });
  if (result.success && rows.issues.length === 0) {
    return { ok: true, ledger: result.data, ignoredFields, locate: locator(places) };
  }
  return {
    ok: false,
    issues: placeIssues(places, header.line, rows.issues, result.success ? [] : result.error.issues),
  };
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
