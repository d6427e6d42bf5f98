import { createCaller, createContext, databaseFor } from "@hindsight/api";
import type { LedgerFormat } from "@hindsight/domain";
import { env } from "@/env";

const contentTypes: Record<LedgerFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
};

/**
 * The whole ledger as a file download. Reading is public, like every other read; the file is made
 * fresh for each request (never cached), named after the day it was taken.
 */
export async function ledgerDownload(format: LedgerFormat): Promise<Response> {
  try {
    const caller = createCaller(createContext({ db: databaseFor(env.DATABASE_URL, env.DATABASE_REPLICA_URL) }));
    const body = await caller.ledger.export({ format });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: {
        "Content-Type": contentTypes[format],
        "Content-Disposition": `attachment; filename="hindsight-ledger-${day}.${format}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    // The cause may name the database or SQL: it goes to the server log, not to the reader.
    console.error(`Ledger export (${format}) failed:`, error);
    return new Response("The ledger could not be exported just now; try again in a moment.\n", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}
