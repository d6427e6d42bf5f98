import { ledgerDownload } from "../ledger-download";

export const dynamic = "force-dynamic";

/** GET /export/ledger.json: the whole ledger, hindsight/v1 JSON (docs/ledger-format.md). */
export function GET(): Promise<Response> {
  return ledgerDownload("json");
}
