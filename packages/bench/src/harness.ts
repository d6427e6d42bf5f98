import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createDatabase, type Database } from "@hindsight/db";
import {
  createDatabaseIfMissing,
  dropDatabase,
  migrateDeploy,
  openTestServer,
  withDatabase,
} from "@hindsight/db/runtime";

/** A fresh, migrated database for one benchmark run, dropped afterwards. */
export interface BenchDatabase {
  url: string;
  db: Database;
}

/**
 * Runs `body` against a new database on DATABASE_URL's server (or a throwaway embedded
 * PostgreSQL when it is not set), and drops the database and stops any embedded server after.
 */
export async function withBenchDatabase<T>(label: string, body: (bench: BenchDatabase) => Promise<T>): Promise<T> {
  const server = await openTestServer(process.env.DATABASE_URL, "bench");
  const url = withDatabase(server.adminUrl, `hindsight_bench_${label}_${randomBytes(4).toString("hex")}`);
  await createDatabaseIfMissing(url);
  const db = createDatabase(url, { maxConnections: 4 });
  try {
    await migrateDeploy({ databaseUrl: url, log: () => undefined });
    return await body({ url, db });
  } finally {
    await db.$disconnect();
    await dropDatabase(url);
    await server.stop();
  }
}

/** Milliseconds taken by one call. */
export async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The median of `runs` timed calls after `warmup` untimed ones, in milliseconds. */
export async function medianTime(run: () => Promise<unknown>, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push(await time(run));
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
}

/** A fixed-width table for the terminal. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padStart(widths[column]!)).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** Progress on stderr, so that the numbers on stdout stay clean. */
export const progress = (message: string): void => {
  process.stderr.write(`  ${message}\n`);
};
