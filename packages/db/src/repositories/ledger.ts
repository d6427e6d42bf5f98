import type { LedgerFile } from "@hindsight/domain";
import type { Database, Prisma } from "../client";
import { toDomainError } from "../errors";
import { writeAnalysts } from "./ledger-analysts";
import { writePredictions } from "./ledger-predictions";
import { writeQuestions, type QuestionCounts } from "./ledger-questions";
import { writeSources } from "./ledger-sources";
import { StatementQueue } from "./ledger-sql";

export interface ImportCounts extends QuestionCounts {
  analysts: { created: number; updated: number };
  sources: { created: number; updated: number };
  /** Questions created, updated and judged (a question judgement appended); references added and corrected. */
  questions: QuestionCounts["questions"];
  references: QuestionCounts["references"];
  predictions: { created: number; updated: number; unchanged: number };
  /** Judgements appended to predictions: their own resolutions and their questions'. */
  judgements: { created: number };
}

/**
 * How far the writing has got, for a progress bar: `done` of `total` steps, a step being a row
 * staged or written (or a prediction found unchanged). Rows are written a table at a time, so
 * `done` moves in batches and then in jumps.
 */
export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Where a ledger path sits in the file the ledger was read from (`readLedger`'s `locate`), so that
   * the import's own problems name a CSV line and column; by default the path itself.
   */
  locate?: (path: string) => string;
  /**
   * Runs last inside the import's transaction, with what was written: the seed marks the sample
   * rows it created (docs/demo-data.md), so that they exist marked or not at all. Throwing rolls the
   * whole import back.
   */
  beforeCommit?: (tx: Prisma.TransactionClient, counts: ImportCounts) => Promise<void>;
}

/** The longest an import may take, all statements included: half an hour. */
const IMPORT_TIMEOUT_MS = 30 * 60_000;

const emptyCounts = (): ImportCounts => ({
  analysts: { created: 0, updated: 0 },
  sources: { created: 0, updated: 0 },
  questions: { created: 0, updated: 0, judged: 0 },
  references: { created: 0, updated: 0 },
  predictions: { created: 0, updated: 0, unchanged: 0 },
  judgements: { created: 0 },
});

const itself = (path: string): string => path;

/**
 * Writes a parsed ledger in one transaction: all of it or none of it. Keys make it idempotent:
 * unchanged rows are left alone, changed rows are updated (and audited), and a resolution that
 * differs from the latest judgement is appended as a new judgement. A question's resolution is
 * appended as a question judgement and given to every prediction linked to it (mapped for a
 * negated link) whose latest judgement says otherwise, each such judgement pointing at the
 * question judgement. Writes are set-based: a few multi-row statements per table whatever the
 * file's size, never one statement per prediction.
 */
export async function importLedger(
  db: Database,
  ledger: LedgerFile,
  actor: { userId: string | null },
  options: ImportOptions = {},
): Promise<ImportCounts> {
  try {
    return await db.$transaction(
      async (tx) => {
        // The client cancels any statement after a minute (STATEMENT_TIMEOUT_MS); one INSERT of a
        // few hundred thousand rows can take longer, and is bounded by the transaction's own
        // timeout instead. Waiting for a lock still gives up after a minute.
        await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = '${IMPORT_TIMEOUT_MS}ms'`);
        await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '60s'`);
        const now = new Date();
        const counts = emptyCounts();
        const queue = new StatementQueue(tx);
        const locate = options.locate ?? itself;
        const analystIds = await writeAnalysts(tx, queue, ledger, counts, now);
        const sources = await writeSources(tx, queue, ledger, counts, now, locate, actor);
        const questions = await writeQuestions(tx, queue, ledger, { actor, counts, now, locate });
        await writePredictions(tx, queue, ledger, {
          analystIds,
          sources,
          questions,
          actor,
          counts,
          now,
          locate,
          onProgress: options.onProgress,
        });
        await queue.flush();
        await options.beforeCommit?.(tx, counts);
        return counts;
      },
      { timeout: IMPORT_TIMEOUT_MS, maxWait: 30_000 },
    );
  } catch (error) {
    throw toDomainError(error);
  }
}
