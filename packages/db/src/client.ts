import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Database = PrismaClient;
export type { Prisma } from "./generated/prisma/client";

/**
 * How long a request may wait for a connection (a new one, or a free one from a full pool) before
 * it fails: short, so that a database that is down or restarting is answered "unavailable, retry"
 * (HTTP 503) within seconds instead of leaving the request hanging.
 */
export const CONNECTION_TIMEOUT_MS = 2_500;

/**
 * The longest one SQL statement may run before PostgreSQL cancels it (SQLSTATE 57014). Generous,
 * because the CLI's imports and score checks run large set-based statements on the same client,
 * but finite, so that nothing waits forever on a lock or a stuck query.
 */
export const STATEMENT_TIMEOUT_MS = 60_000;

export interface DatabaseOptions {
  /** Connections in the pool; 10 unless told. */
  maxConnections?: number;
  /** See CONNECTION_TIMEOUT_MS. */
  connectionTimeoutMs?: number;
  /** See STATEMENT_TIMEOUT_MS; 0 turns the limit off. */
  statementTimeoutMs?: number;
}

/** A Prisma client on the given PostgreSQL URL, through the pg driver adapter. */
export function createDatabase(databaseUrl: string, options: DatabaseOptions = {}): Database {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS,
    // Sent as a start-up parameter, so it holds for every statement on every pooled connection.
    statement_timeout: options.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS,
    // A peer that vanished without closing the socket (a host gone, a cable pulled) is noticed.
    keepAlive: true,
  });
  return new PrismaClient({ adapter });
}
