import { exportLedgerFile } from "../use-cases/ledger/export";
import { importLedgerFile } from "../use-cases/ledger/import";
import { editorProcedure, publicProcedure, router } from "../trpc";

export const ledgerRouter = router({
  /** Imports a ledger file, all or nothing (`use-cases/ledger/import.ts`). */
  import: editorProcedure.input(importLedgerFile.input).mutation(({ ctx, input }) => importLedgerFile.run(ctx, input)),
  /** The whole ledger as a file: deterministic, so the same ledger always gives the same bytes. */
  export: publicProcedure.input(exportLedgerFile.input).query(({ ctx, input }) => exportLedgerFile.run(ctx, input)),
});
