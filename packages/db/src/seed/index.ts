import { readFileSync } from "node:fs";
import path from "node:path";
import { DomainError, parseLedger } from "@hindsight/domain";
import type { Database } from "../client";
import { importLedger, type ImportCounts } from "../repositories/ledger";
import { repoRoot } from "../server/embedded";

/** The demo ledger: the labelled articles of the corpus, copied into the repository. */
export const demoLedgerPath = path.join(repoRoot, "prisma", "seed", "demo-ledger.json");

/** Loads the demo ledger. Idempotent: fixed keys, so a second run changes nothing. */
export async function seedDemo(db: Database): Promise<ImportCounts> {
  const parsed = parseLedger(JSON.parse(readFileSync(demoLedgerPath, "utf8")));
  if (!parsed.ok) {
    throw new DomainError(
      "INVALID",
      `The demo ledger is not valid: ${parsed.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`,
    );
  }
  return await importLedger(db, parsed.ledger, { userId: null });
}

/** Seeds only a database that holds no predictions yet, so the demo is loaded once. */
export async function seedDemoIfEmpty(db: Database): Promise<ImportCounts | null> {
  const count = await db.prediction.count();
  if (count > 0) return null;
  return await seedDemo(db);
}
