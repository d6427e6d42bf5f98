import { rename, rm, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { execute, operatorContext, useCases } from "@hindsight/api";
import { ledgerFormats, type LedgerFormat } from "@hindsight/domain";
import { UsageError, type CliEnv } from "../env";
import { withLedger } from "./db";

export const EXPORT_USAGE = `usage: hindsight export [--out <file>] [--format json|csv]

  --out <file>     write the ledger to this file (default: standard output)
  --format <f>     json (hindsight/v1, the default) or csv; with --out, a name ending in .csv
                   means csv

  The whole ledger, in a stable order: the same ledger always gives the same bytes, and importing
  an export into an empty database and exporting again gives them back (docs/ledger-format.md).

examples:
  pnpm hindsight export --out ledger.json
  pnpm -s hindsight export --format csv > ledger.csv`;

export interface ExportOptions {
  out: string | undefined;
  format: LedgerFormat;
  help: boolean;
}

export function parseExportArgs(args: string[]): ExportOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: "string", short: "o" },
        format: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${EXPORT_USAGE}`);
  }
  const out = values.out?.trim();
  if (values.out !== undefined && !out) throw new UsageError(`--out needs a file name\n${EXPORT_USAGE}`);
  const format = values.format?.trim().toLowerCase();
  if (format !== undefined && !(ledgerFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be json or csv, got "${values.format}"\n${EXPORT_USAGE}`);
  }
  const byName = out && /\.csv$/i.test(out) ? "csv" : "json";
  return { out, format: (format as LedgerFormat | undefined) ?? byName, help: values.help };
}

/** Where the command writes: the file's text to `out` (stdout), what happened to `err`. */
export interface ExportOutput {
  out: (text: string) => Promise<void>;
  err: (line: string) => void;
}

const processOutput: ExportOutput = {
  // Waits until stdout has taken the text: the process exits right after, and a pipe is asynchronous.
  out: (text) =>
    new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve()))),
  err: (line) => console.error(line),
};

export async function exportCommand(env: CliEnv, args: string[], output = processOutput): Promise<number> {
  const options = parseExportArgs(args);
  if (options.help) {
    await output.out(`${EXPORT_USAGE}\n`);
    return 0;
  }
  return await withLedger(
    env,
    async (db) => {
      const text = await execute(useCases.ledger.export, operatorContext(db), { format: options.format });
      if (!options.out) {
        await output.out(text);
        return 0;
      }
      // Written beside the target and renamed over it: a failed export never leaves half a file.
      const partial = `${options.out}.partial-${process.pid}`;
      try {
        await writeFile(partial, text, "utf8");
        await rename(partial, options.out);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      const bytes = Buffer.byteLength(text, "utf8");
      output.err(`Exported the ledger to ${options.out} (${options.format.toUpperCase()}, ${formatBytes(bytes)}).`);
      return 0;
    },
    // stdout carries the file alone; the database's progress lines go to stderr.
    { log: output.err },
  );
}

const formatBytes = (bytes: number): string =>
  bytes < 1000 ? `${bytes} bytes` : bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
