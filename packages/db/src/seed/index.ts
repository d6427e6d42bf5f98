import { readFileSync } from "node:fs";
import path from "node:path";
import { DomainError, parseLedger } from "@hindsight/domain";
import type { Database } from "../client";
import { importLedger, type ImportCounts } from "../repositories/ledger";
import { repoRoot } from "../server/embedded";
import { seedSample, type SampleSeed } from "./sample";

export {
  removeSample,
  sampleKeys,
  sampleLedger,
  seedSample,
  startOfUtcDay,
  type KeptSampleRow,
  type SampleRemoval,
  type SampleSeed,
} from "./sample";

/** The demo ledger: the labelled articles of the corpus, copied into the repository. */
export const demoLedgerPath = path.join(repoRoot, "prisma", "seed", "demo-ledger.json");

/**
 * Loads the demo ledger: the real corpus, without the fictional sample newsroom (seedSample).
 * Idempotent: fixed keys, so a second run changes nothing.
 */
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

/** The corpus's counts, and the sample newsroom's. */
export type DemoCounts = ImportCounts & { sample: SampleSeed };

/** The whole demo data: the corpus, then the fictional sample newsroom (dated from `now` the first time). */
export async function seedDemoWithSample(db: Database, options: { now?: Date } = {}): Promise<DemoCounts> {
  const corpus = await seedDemo(db);
  return { ...corpus, sample: await seedSample(db, options) };
}

/** Seeds only a database that holds no predictions yet, so the demo is loaded once. */
export async function seedDemoIfEmpty(db: Database, options: { now?: Date } = {}): Promise<DemoCounts | null> {
  const count = await db.prediction.count();
  if (count > 0) return null;
  return await seedDemoWithSample(db, options);
}
