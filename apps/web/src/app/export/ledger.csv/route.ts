import { ledgerDownload } from "../ledger-download";

export const dynamic = "force-dynamic";

/** GET /export/ledger.csv: the whole ledger, one prediction a row (docs/ledger-format.md). */
export function GET(): Promise<Response> {
  return ledgerDownload("csv");
}
