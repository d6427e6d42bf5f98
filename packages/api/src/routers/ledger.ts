import {
  DomainError,
  detectLedgerFormat,
  exportLedgerInput,
  importLedgerInput,
  readLedger,
  writeLedgerCsv,
  writeLedgerJson,
  type FieldIssue,
} from "@hindsight/domain";
import { exportLedger, importLedger } from "@hindsight/db";
import { editorProcedure, publicProcedure, router } from "../trpc";

/** One entry per path, the messages of a path joined: clients key field errors by path. */
const byPath = (issues: FieldIssue[]): FieldIssue[] => {
  const messages = new Map<string, string[]>();
  for (const issue of issues) messages.set(issue.path, [...(messages.get(issue.path) ?? []), issue.message]);
  return [...messages].map(([path, list]) => ({ path, message: list.join("; ") }));
};

export const ledgerRouter = router({
  /**
   * Imports a ledger file (hindsight/v1 JSON or CSV), all or nothing: an invalid file is refused
   * with every problem by path or by line and column, and nothing is written. A field (a column)
   * this Hindsight does not know is such a problem unless `ignoreUnknownFields` is set; then the
   * answer lists what was left out (`ignoredFields`).
   */
  import: editorProcedure.input(importLedgerInput).mutation(async ({ ctx, input }) => {
    const format = input.format ?? detectLedgerFormat(input.content, input.filename);
    const read = readLedger(input.content, format, { ignoreUnknownFields: input.ignoreUnknownFields });
    if (!read.ok) {
      const count = read.issues.length;
      throw new DomainError(
        "INVALID",
        `The ${format.toUpperCase()} file has ${count} problem${count === 1 ? "" : "s"}; nothing was imported`,
        byPath(read.issues),
      );
    }
    const counts = await importLedger(ctx.db, read.ledger, { userId: ctx.actor.userId }, { locate: read.locate });
    return { format, counts, ignoredFields: read.ignoredFields };
  }),
  /** The whole ledger as a file: deterministic, so the same ledger always gives the same bytes. */
  export: publicProcedure.input(exportLedgerInput).query(async ({ ctx, input }) => {
    const ledger = await exportLedger(ctx.db);
    return input.format === "csv" ? writeLedgerCsv(ledger) : writeLedgerJson(ledger);
  }),
});
