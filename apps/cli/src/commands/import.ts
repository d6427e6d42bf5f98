import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { InvalidLedgerError, operatorContext, parseInput, useCases, type ReadImport } from "@hindsight/api";
import type { ImportCounts } from "@hindsight/db";
import {
  isDomainError,
  isUnknownFieldIssue,
  ledgerFormats,
  type FieldIssue,
  type LedgerFormat,
  MAX_LEDGER_CHARACTERS,
} from "@hindsight/domain";
import { UsageError, type CliEnv } from "../env";
import { withLedger } from "./db";
import { largerThan } from "./file-limits";

export const IMPORT_USAGE = `usage: hindsight import <file> [--format json|csv] [--ignore-unknown-fields]

  <file>                   a hindsight/v1 JSON ledger or a CSV file (docs/ledger-format.md)
  --format <f>             json or csv; by default read from the file's extension, else from its content
  --ignore-unknown-fields  import a file with fields (CSV: columns) this Hindsight does not know,
                           leaving them out and listing them; without it such a file is refused

  All or nothing: a file with any problem is refused with every problem listed, and nothing is
  written. Keys make it idempotent: the same file again changes nothing; a changed prediction or
  question is updated (and audited), a changed resolution is added as a new judgement, and a
  question's resolution is given to every prediction linked to it.

examples:
  pnpm hindsight import ledger.json
  pnpm hindsight import predictions.csv
  pnpm hindsight import from-a-newer-hindsight.json --ignore-unknown-fields`;

export interface ImportOptions {
  file: string | undefined;
  format: LedgerFormat | undefined;
  ignoreUnknownFields: boolean;
  help: boolean;
}

export function parseImportArgs(args: string[]): ImportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        "ignore-unknown-fields": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${IMPORT_USAGE}`);
  }
  const { values, positionals } = parsed;
  const ignoreUnknownFields = values["ignore-unknown-fields"];
  if (values.help) return { file: undefined, format: undefined, ignoreUnknownFields, help: true };
  if (positionals.length !== 1 || !positionals[0]) {
    throw new UsageError(`${positionals.length ? "import takes one file" : "import needs a file"}\n${IMPORT_USAGE}`);
  }
  const format = values.format?.trim().toLowerCase();
  if (format !== undefined && !(ledgerFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be json or csv, got "${values.format}"\n${IMPORT_USAGE}`);
  }
  return { file: positionals[0], format: format as LedgerFormat | undefined, ignoreUnknownFields, help: false };
}

/** Where the command writes: the summary to `out`, progress and problems to `err`. */
export interface ImportOutput {
  out: (line: string) => void;
  err: { write(text: string): unknown; isTTY?: boolean; columns?: number };
}

const processOutput: ImportOutput = { out: (line) => console.log(line), err: process.stderr };

/**
 * A progress bar drawn on one terminal line, redrawn at most once per percent and erased at the
 * end. Off a terminal (a pipe, a log file, CI) it draws nothing: the summary line says it all.
 */
export function progressBar(stream: ImportOutput["err"], label: string) {
  if (!stream.isTTY) return { update: (_done: number, _total: number) => undefined, clear: () => undefined };
  let drawn = -1;
  return {
    update(done: number, total: number) {
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (percent === drawn) return;
      drawn = percent;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 10));
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(percent).padStart(3)}%`);
    },
    clear() {
      if (drawn >= 0) stream.write("\r\u001b[K");
    },
  };
}

const plural = (count: number, word: string) => `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;

/** The one line said at the end: what was created, updated, judged and left unchanged. */
export function formatImportSummary(file: string, format: LedgerFormat, counts: ImportCounts): string {
  const { predictions, analysts, sources, judgements, questions, references } = counts;
  const number = (count: number) => count.toLocaleString("en");
  // Questions are named when the file changed any (a v1 file's summary reads as it always did).
  const questionsPart =
    questions.created + questions.updated + questions.judged + references.created + references.updated > 0
      ? `, questions ${number(questions.created)} created, ${number(questions.updated)} updated and ` +
        `${number(questions.judged)} judged, references ${number(references.created)} added and ` +
        `${number(references.updated)} corrected`
      : "";
  return (
    `Imported ${file} (${format.toUpperCase()}): ` +
    `${plural(predictions.created + predictions.updated + predictions.unchanged, "prediction")} ` +
    `(${number(predictions.created)} created, ${number(predictions.updated)} updated, ` +
    `${number(predictions.unchanged)} unchanged), ${plural(judgements.created, "new judgement")}, ` +
    `analysts ${number(analysts.created)} created and ${number(analysts.updated)} updated, ` +
    `sources ${number(sources.created)} created and ${number(sources.updated)} updated${questionsPart}.`
  );
}

/** The fields an import left out at the user's request, at most `shown` of them by name. */
export function formatIgnoredFields(fields: readonly string[], shown = 20): string {
  const named = fields.slice(0, shown).join(", ");
  const more = fields.length > shown ? `, and ${(fields.length - shown).toLocaleString("en")} more` : "";
  return `hindsight: left out ${plural(fields.length, "field")} this Hindsight does not know: ${named}${more}`;
}

const listProblems = (err: ImportOutput["err"], heading: string, issues: FieldIssue[]) => {
  err.write(`hindsight: ${heading}${issues.length ? ":" : ""}\n`);
  for (const issue of issues) err.write(`  ${issue.path ? `${issue.path}: ` : ""}${issue.message}\n`);
};

export async function importCommand(env: CliEnv, args: string[], output = processOutput): Promise<number> {
  const options = parseImportArgs(args);
  if (options.help || !options.file) {
    output.out(IMPORT_USAGE);
    return 0;
  }
  const file = options.file;
  const name = path.basename(file);
  let text: string;
  // Four bytes a character at most: a larger file has more characters than an import takes.
  const unreadable = await largerThan(file, MAX_LEDGER_CHARACTERS * 4);
  if (unreadable) {
    output.err.write(
      `hindsight: cannot import ${file}: ${unreadable} (a ledger has at most ${MAX_LEDGER_CHARACTERS.toLocaleString("en")} characters)\n`,
    );
    return 1;
  }
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    output.err.write(`hindsight: cannot read ${file}: ${reason}\n`);
    return 1;
  }
  const { import: importFile } = useCases.ledger;
  if (output.err.isTTY) output.err.write(`Checking ${name}…`);
  let read: ReadImport;
  // Read before the database starts: a file with problems is refused at once.
  try {
    const input = parseInput(importFile.input, {
      content: text,
      filename: name,
      format: options.format,
      ignoreUnknownFields: options.ignoreUnknownFields,
    });
    read = importFile.read(input);
  } catch (error) {
    if (output.err.isTTY) output.err.write("\r\u001b[K");
    if (error instanceof InvalidLedgerError) {
      listProblems(
        output.err,
        `${file} is not a valid ${error.format.toUpperCase()} ledger (${plural(error.problems.length, "problem")}); nothing was imported`,
        error.problems,
      );
      if (error.problems.some(isUnknownFieldIssue)) {
        output.err.write(
          "hindsight: to import the file without the fields this Hindsight does not know, add --ignore-unknown-fields\n",
        );
      }
      return 1;
    }
    if (!isDomainError(error)) throw error;
    listProblems(output.err, `${file}: ${error.message}; nothing was imported`, error.issues);
    return 1;
  }
  if (output.err.isTTY) output.err.write("\r\u001b[K");
  const format = read.format;
  return await withLedger(
    env,
    async (db) => {
      const bar = progressBar(output.err, `Importing ${name}`);
      try {
        const { counts } = await importFile.write(operatorContext(db), read, {
          onProgress: ({ done, total }) => bar.update(done, total),
        });
        bar.clear();
        if (read.ignoredFields.length) output.err.write(`${formatIgnoredFields(read.ignoredFields)}\n`);
        output.out(formatImportSummary(file, format, counts));
        return 0;
      } catch (error) {
        bar.clear();
        if (!isDomainError(error)) throw error;
        listProblems(output.err, `${error.message}; nothing was imported`, error.issues);
        return 1;
      }
    },
    // The summary is the one line on stdout; the database's progress lines go to stderr.
    { log: (line) => output.err.write(`${line}\n`) },
  );
}
