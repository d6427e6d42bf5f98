import { importLedger, type ImportCounts, type ImportOptions } from "@hindsight/db";
import {
  DomainError,
  detectLedgerFormat,
  importLedgerInput,
  readLedger,
  type FieldIssue,
  type ImportLedgerInput,
  type LedgerFile,
  type LedgerFormat,
} from "@hindsight/domain";
import { actorIdOf, type UseCase, type UseCaseContext } from "../use-case";

/** A file that is not a valid ledger: INVALID with the problems by path, and each problem as read (for the CLI's list). */
export class InvalidLedgerError extends DomainError {
  constructor(
    readonly format: LedgerFormat,
    readonly problems: FieldIssue[],
  ) {
    const count = problems.length;
    super(
      "INVALID",
      `The ${format.toUpperCase()} file has ${count} problem${count === 1 ? "" : "s"}; nothing was imported`,
      byPath(problems),
    );
  }
}

/** One entry per path, the messages of a path joined: clients key field errors by path. */
const byPath = (issues: FieldIssue[]): FieldIssue[] => {
  const messages = new Map<string, string[]>();
  for (const issue of issues) messages.set(issue.path, [...(messages.get(issue.path) ?? []), issue.message]);
  return [...messages].map(([path, list]) => ({ path, message: list.join("; ") }));
};

/** A ledger read from its file, ready to write. */
export interface ReadImport {
  format: LedgerFormat;
  ledger: LedgerFile;
  locate: (path: string) => string;
  ignoredFields: string[];
}

/**
 * The first step of an import, pure: the file read in its format (given, else from its name or
 * content). InvalidLedgerError with every problem; a field (a column) this Hindsight does not know
 * is one unless `ignoreUnknownFields` is set. The CLI runs it before it starts the database.
 */
export function readImport(input: ImportLedgerInput): ReadImport {
  const format = input.format ?? detectLedgerFormat(input.content, input.filename);
  const read = readLedger(input.content, format, { ignoreUnknownFields: input.ignoreUnknownFields });
  if (!read.ok) throw new InvalidLedgerError(format, read.issues);
  return { format, ledger: read.ledger, locate: read.locate, ignoredFields: read.ignoredFields };
}

export interface ImportResult {
  format: LedgerFormat;
  counts: ImportCounts;
  ignoredFields: string[];
}

/** The second step: the ledger written, all or nothing, as the actor's (the operator's: no one's). */
export async function writeImport(
  ctx: Pick<UseCaseContext, "db" | "actor">,
  read: ReadImport,
  options: Pick<ImportOptions, "onProgress"> = {},
): Promise<ImportResult> {
  const counts = await importLedger(
    ctx.db,
    read.ledger,
    { userId: actorIdOf(ctx.actor) },
    { onProgress: options.onProgress, locate: read.locate },
  );
  return { format: read.format, counts, ignoredFields: read.ignoredFields };
}

/**
 * Imports a ledger file (hindsight/v1 JSON or CSV), all or nothing: an invalid file is refused
 * with every problem by path or by line and column, and nothing is written; the answer lists the
 * fields left out at the caller's request (`ignoredFields`).
 */
export const importLedgerFile = {
  input: importLedgerInput,
  run: (ctx, input) => writeImport(ctx, readImport(input)),
} satisfies UseCase<typeof importLedgerInput, ImportResult>;
