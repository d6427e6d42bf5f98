import { randomBytes } from "node:crypto";
import type { Prisma } from "../client";

/**
 * Set-based writes for the ledger import. Rows go first into a temporary table (no index, no
 * trigger), in batches that each travel as one JSON parameter (`jsonb_to_recordset`), and then
 * into the real table in ONE statement. The score-aggregate triggers on prediction and
 * prediction_tag are statement-level and update every aggregate cell the statement touches, so
 * their cost grows with the number of statements times the cells each touches: one statement for
 * 100k predictions costs a third of ten statements of 10k. Prisma builds and checks queries row
 * by row in JavaScript, which at this size costs more than PostgreSQL's own work, so these few
 * statements are written by hand.
 */
type Transaction = Prisma.TransactionClient;

/** Column name -> SQL type. Names and types are trusted identifiers from this package, never input. */
export type Columns = Record<string, string>;

let sequence = 0;
/** Random bytes drawn 48 kB at a time: one system call per 4,096 ids rather than one per id. */
let pool = Buffer.alloc(0);
let taken = 0;
const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * An id of the shape Prisma's `cuid()` gives ("c" and 24 base-36 characters: time, a counter,
 * randomness), for rows inserted here: Prisma makes ids only for its own inserts.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const count = (sequence++ % 36 ** 4).toString(36).padStart(4, "0");
  if (taken + 12 > pool.length) {
    pool = randomBytes(12 * 4096);
    taken = 0;
  }
  let random = "";
  for (let index = 0; index < 12; index++) random += DIGITS[pool[taken++]! % 36];
  return `c${time}${count}${random}`;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

const quoted = (name: string) => `"${name}"`;
const definitions = (columns: Columns) =>
  Object.entries(columns)
    .map(([name, type]) => `${quoted(name)} ${type}`)
    .join(", ");

/** Called with the number of rows just staged or written. */
export type Advance = (rows: number) => void;

/**
 * The import's statements, sent one after another on its transaction without the caller waiting
 * for each: while PostgreSQL writes one batch, JavaScript prepares the next (the JSON of 10,000
 * rows takes a while too). At most `limit` characters of parameters wait at a time, so memory stays
 * bounded whatever the file's size. Reads must not run while statements wait: `flush()` first.
 */
export class StatementQueue {
  private chain: Promise<void> = Promise.resolve();
  private waiting = 0;
  private tables = 0;

  constructor(
    private readonly tx: Transaction,
    private readonly limit = 64_000_000,
  ) {}

  async send(sql: string, params: string[] = [], done?: () => void): Promise<void> {
    const size = params.reduce((sum, param) => sum + param.length, 0);
    if (this.waiting > 0 && this.waiting + size > this.limit) await this.chain;
    this.waiting += size;
    this.chain = this.chain.then(async () => {
      await this.tx.$executeRawUnsafe(sql, ...params);
      this.waiting -= size;
      done?.();
    });
    // A failure surfaces at the next send or at flush; until then it is not "unhandled".
    this.chain.catch(() => undefined);
  }

  /** Waits until every statement sent has run; throws the first failure. */
  flush(): Promise<void> {
    return this.chain;
  }

  /** A name for a new staging table. */
  stagingTable(): string {
    return `ledger_import_${++this.tables}`;
  }
}

/**
 * Copies `rows` (objects keyed by column name) into a new temporary table, dropped at commit,
 * `size` rows a statement; returns its name.
 */
async function stage(
  queue: StatementQueue,
  columns: Columns,
  rows: readonly object[],
  options: { size?: number; advance?: Advance },
): Promise<string> {
  const table = queue.stagingTable();
  await queue.send(`CREATE TEMPORARY TABLE ${quoted(table)} (${definitions(columns)}) ON COMMIT DROP`);
  const insert = `INSERT INTO ${quoted(table)} SELECT * FROM jsonb_to_recordset($1::jsonb) AS v(${definitions(columns)})`;
  for (const batch of chunks(rows, options.size ?? 10_000)) {
    await queue.send(insert, [JSON.stringify(batch)], () => options.advance?.(batch.length));
  }
  return table;
}

/**
 * Inserts `rows` into `table` in one statement. `stamped` columns get `now` (a UTC timestamp, as
 * Prisma writes them); `onConflict` is appended as it is.
 */
export async function insertRows(
  queue: StatementQueue,
  table: string,
  columns: Columns,
  rows: readonly object[],
  options: { now: Date; stamped?: string[]; onConflict?: string; size?: number; advance?: Advance },
): Promise<void> {
  if (rows.length === 0) return;
  const staged = await stage(queue, columns, rows, options);
  const stamped = options.stamped ?? [];
  const names = Object.keys(columns).map(quoted);
  const sql = `INSERT INTO ${quoted(table)} (${[...names, ...stamped.map(quoted)].join(", ")})
    SELECT ${[...names, ...stamped.map(() => "$1::timestamp(3)")].join(", ")} FROM ${quoted(staged)}
    ${options.onConflict ?? ""}`;
  // PostgreSQL refuses a parameter it cannot type, so the time is passed only where it is used.
  await queue.send(sql, stamped.length ? [options.now.toISOString()] : [], () => options.advance?.(rows.length));
}

/**
 * Updates the rows of `table` whose "id" is in `rows`, in one statement: `set` is the SET list,
 * reading the new values as `v."column"` and the old ones as `t."column"`; "updatedAt" becomes `now`
 * (unless `stamped` is false, for a table without that column).
 */
export async function updateRows(
  queue: StatementQueue,
  table: string,
  columns: Columns,
  rows: readonly object[],
  options: { now: Date; set: string; stamped?: boolean; size?: number; advance?: Advance },
): Promise<void> {
  if (rows.length === 0) return;
  const staged = await stage(queue, columns, rows, options);
  const stamped = options.stamped ?? true;
  await queue.send(
    `UPDATE ${quoted(table)} AS t SET ${options.set}${stamped ? `, "updatedAt" = $1::timestamp(3)` : ""}
     FROM ${quoted(staged)} AS v WHERE t."id" = v."id"`,
    stamped ? [options.now.toISOString()] : [],
    () => options.advance?.(rows.length),
  );
}

/** Deletes the rows of `table` that match `rows` on every column, in one statement. */
export async function deleteRows(
  queue: StatementQueue,
  table: string,
  columns: Columns,
  rows: readonly object[],
  options: { size?: number; advance?: Advance } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const staged = await stage(queue, columns, rows, options);
  const match = Object.keys(columns)
    .map((name) => `t.${quoted(name)} = v.${quoted(name)}`)
    .join(" AND ");
  await queue.send(`DELETE FROM ${quoted(table)} AS t USING ${quoted(staged)} AS v WHERE ${match}`, [], () =>
    options.advance?.(rows.length),
  );
}

/** `"a" = v."a", "b" = v."b"` for an UPDATE's SET list. */
export const assignEach = (names: readonly string[]): string =>
  names.map((name) => `${quoted(name)} = v.${quoted(name)}`).join(", ");
