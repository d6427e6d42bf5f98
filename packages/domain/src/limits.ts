import type { FieldIssue } from "./errors";

/**
 * Every size limit of Hindsight in one place (docs/limits.md lists them for users). Each is
 * enforced where input arrives, with a message that names the field and the limit; the API
 * answers 400, or 413 for a request body over REST_MAX_BODY_BYTES.
 */

/** The largest ledger file an import takes (the upload, a tRPC or REST call, the CLI): 100 million characters. */
export const MAX_LEDGER_CHARACTERS = 100_000_000;

/** The longest article the extractor reads (and a source's stored text). */
export const MAX_ARTICLE_CHARACTERS = 1_000_000;

/** The longest text of a source in a ledger file (an article kept with its predictions). */
export const MAX_SOURCE_TEXT_CHARACTERS = 2_000_000;

/** The most predictions logged from one article at once. */
export const MAX_ARTICLE_PREDICTIONS = 100;

/**
 * The deepest nesting of objects and arrays in any JSON Hindsight reads: a request's input and a
 * ledger file. The deepest legitimate input (a ledger prediction's resolution evidence, an
 * article's prediction parts) is 5 levels; anything near this is an attack on the parser.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * The longest text any one field may hold: the ledger file's own text when imported through the
 * API. Every named field has its own, much smaller, limit (its schema's `max`, said in its error);
 * this catches the fields that have none (a search, an id, a cursor) before they reach the database.
 */
export const MAX_FIELD_CHARACTERS = MAX_LEDGER_CHARACTERS;

/** The longest free-text search or filter value (q, tag, outlet, analyst). */
export const MAX_QUERY_CHARACTERS = 200;

/** The longest value of a page's query parameter or part of its address (a page cursor is the longest legitimate one). */
export const MAX_PAGE_QUERY_CHARACTERS = 2000;

/** The most columns a CSV ledger's header may have (the contract has 37; room for additions). */
export const MAX_CSV_COLUMNS = 200;

/** The largest request body the REST API reads, in bytes (a ledger import goes through tRPC or the CLI). */
export const REST_MAX_BODY_BYTES = 1_000_000;

/**
 * The most procedure calls one tRPC request may batch. The web app's client sends at most this many
 * in one request (it splits larger batches); past it the server answers 400 before running any, so
 * one request cannot ask for hundreds of database reads.
 */
export const TRPC_MAX_BATCH_SIZE = 20;

/** The earliest and latest years a date may have: PostgreSQL's and JavaScript's ranges are far wider, a ledger's is not. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** Whether a date lies within the years Hindsight accepts (MIN_YEAR to MAX_YEAR, UTC). */
export function isDateInRange(value: Date): boolean {
  const year = value.getUTCFullYear();
  return !Number.isNaN(value.getTime()) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A UTF-16 code unit of a surrogate pair with no partner: not text, and not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with one string as text, or null: a NUL character or a lone surrogate. */
export function textProblem(value: string): string | null {
  if (value.includes("\u0000")) return "may not contain the NUL character (U+0000)";
  if (LONE_SURROGATE.test(value)) return "is not valid Unicode text (it holds a lone surrogate, e.g. \\uD800)";
  return null;
}

export interface InspectOptions {
  /** Longest string (MAX_FIELD_CHARACTERS unless told). */
  maxCharacters?: number;
  /** Deepest nesting (MAX_JSON_DEPTH unless told). */
  maxDepth?: number;
  /** Path prefix for the issues (e.g. none for a request, the file's paths for a ledger). */
  root?: (string | number)[];
}

const formatPath = (path: readonly (string | number)[]): string =>
  path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    "",
  );

/**
 * The problems no schema should have to think about, in a value read from JSON or a request: text
 * with a NUL or a lone surrogate (object keys included), a string longer than any field may be,
 * nesting deeper than MAX_JSON_DEPTH, a number that is not finite. Each issue names its path
 * (`predictions[1].claim`); at most `limit` are listed. Walks without recursion, so that a
 * hostile depth cannot overflow the stack here.
 */
export function inspectInput(value: unknown, options: InspectOptions = {}, limit = 20): FieldIssue[] {
  const maxCharacters = options.maxCharacters ?? MAX_FIELD_CHARACTERS;
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const issues: FieldIssue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: options.root ?? [] }];
  const seen = new Set<object>();
  while (stack.length > 0 && issues.length < limit) {
    const { value: current, path } = stack.pop()!;
    const where = formatPath(path) || "input";
    if (typeof current === "string") {
      const problem = textProblem(current);
      if (problem) issues.push({ path: where, message: `${where} ${problem}` });
      else if (current.length > maxCharacters) {
        issues.push({
          path: where,
          message: `${where} is longer than the ${maxCharacters.toLocaleString("en")} characters any field may hold`,
        });
      }
    } else if (typeof current === "number") {
      if (!Number.isFinite(current)) issues.push({ path: where, message: `${where} must be a finite number` });
    } else if (current && typeof current === "object" && !(current instanceof Date)) {
      if (seen.has(current)) continue;
      seen.add(current);
      if (path.length - (options.root?.length ?? 0) >= maxDepth) {
        issues.push({ path: where, message: `${where} is nested deeper than ${maxDepth} levels` });
        continue;
      }
      const entries: [string | number, unknown][] = Array.isArray(current)
        ? current.map((item, index) => [index, item])
        : current instanceof Map
          ? [...current.entries()].map(([key, item]) => [String(key), item])
          : current instanceof Set
            ? [...current].map((item, index) => [index, item])
            : Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, item] = entries[index]!;
        if (typeof key === "string") {
          const problem = textProblem(key);
          if (problem) {
            // The name as it can be shown: its NUL and surrogates replaced.
            // eslint-disable-next-line no-control-regex -- the NUL is what is being replaced
            const keyPath = formatPath([...path, key.replace(/[\u0000\uD800-\uDFFF]/g, "\uFFFD")]);
            issues.push({ path: keyPath, message: `the field name ${keyPath} ${problem}` });
            continue;
          }
        }
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return issues;
}
