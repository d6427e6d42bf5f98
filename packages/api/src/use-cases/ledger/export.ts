import { exportLedger } from "@hindsight/db";
import { exportLedgerInput, writeLedgerCsv, writeLedgerJson } from "@hindsight/domain";
import { useCase, type UseCaseContext } from "../use-case";

/** The whole ledger as a file's text: deterministic, so the same ledger always gives the same bytes. */
export const exportLedgerFile = useCase({
  input: exportLedgerInput,
  async run(ctx: Pick<UseCaseContext, "db">, input): Promise<string> {
    const ledger = await exportLedger(ctx.db);
    return input.format === "csv" ? writeLedgerCsv(ledger) : writeLedgerJson(ledger);
  },
});
