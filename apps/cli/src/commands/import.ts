import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { importLedger, type ImportCounts } from "@hindsight/db";
import {
  detectLedgerFormat,
  isDomainError,
  ledgerFormats,
  readLedger,
  type FieldIssue,
  type LedgerFormat,
} from "@hindsight/domain";
import { UsageError, type CliEnv } from "../env";
import { withLedger } from "./db";

export const IMPORT_USAGE = `usage: hindsight import <file> [--format json|csv]

  <file>           a hindsight/v1 JSON ledger or a CSV file (docs/ledger-format.md)
  --format <f>     json or csv; by default read from the file's extension, else from its content

  All or nothing: a file with any problem is refused with every problem listed, and nothing is
  written. Keys make it idempotent: the same file again changes nothing; a changed prediction is
  updated (and audited), a changed resolution is added as a new judgement.

examples:
  pnpm hindsight import ledger.json
  pnpm hindsight import predictions.csv`;

export interface ImportOptions {
  file: string | undefined;
  format: LedgerFormat | undefined;
  help: boolean;
}

export function parseImportArgs(args: string[]): ImportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { format: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${IMPORT_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { file: undefined, format: undefined, help: true };
  if (positionals.length !== 1 || !positionals[0]) {
    throw new UsageError(`${positionals.length ? "import takes one file" : "import needs a file"}\n${IMPORT_USAGE}`);
  }
  const format = values.format?.trim().toLowerCase();
  if (format !== undefined && !(ledgerFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be json or csv, got "${values.format}"\n${IMPORT_USAGE}`);
  }
  return { file: positionals[0], format: format as LedgerFormat | undefined, help: false };
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
  const { predictions, analysts, sources, judgements } = counts;
  return (
    `Imported ${file} (${format.toUpperCase()}): ` +
    `${plural(predictions.created + predictions.updated + predictions.unchanged, "prediction")} ` +
    `(${predictions.created.toLocaleString("en")} created, ${predictions.updated.toLocaleString("en")} updated, ` +
    `${predictions.unchanged.toLocaleString("en")} unchanged), ${plural(judgements.created, "new judgement")}, ` +
    `analysts ${analysts.created.toLocaleString("en")} created and ${analysts.updated.toLocaleString("en")} updated, ` +
    `sources ${sources.created.toLocaleString("en")} created and ${sources.updated.toLocaleString("en")} updated.`
  );
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
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
    output.err.write(`hindsight: cannot read ${file}: ${reason}\n`);
    return 1;
  }
  const format = options.format ?? detectLedgerFormat(text, file);
  if (output.err.isTTY) output.err.write(`Checking ${name}…`);
  const read = readLedger(text, format);
  if (output.err.isTTY) output.err.write("\r\u001b[K");
  if (!read.ok) {
    const count = read.issues.length;
    listProblems(
      output.err,
      `${file} is not a valid ${format.toUpperCase()} ledger (${plural(count, "problem")}); nothing was imported`,
      read.issues,
    );
    return 1;
  }
  return await withLedger(
    env,
    async (db) => {
      const bar = progressBar(output.err, `Importing ${name}`);
      try {
        const counts = await importLedger(
          db,
          read.ledger,
          { userId: null },
          {
            onProgress: ({ done, total }) => bar.update(done, total),
          },
        );
        bar.clear();
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
