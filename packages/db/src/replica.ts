import { readReplicas } from "@prisma/extension-read-replicas";
import { createDatabase, type Database, type DatabaseOptions } from "./client";

/*
 * Read replicas (DATABASE_REPLICA_URL): a streaming replica of the primary answers reads, so that
 * page views and public API reads do not load the primary.
 *
 * The rule, for everything that holds a Database:
 *
 * - Writes, and everything inside `$transaction`, go to the primary (the extension does this).
 * - Plain model reads (findMany, findUnique, count...) outside a transaction go to the replica;
 *   raw SQL ($queryRaw) goes to the primary unless the client is `onReplica(db)`.
 * - A replica lags the primary (usually milliseconds, seconds under load). A read that must see a
 *   write just made goes through `onPrimary(db)` or stays inside the write's transaction: the
 *   prediction detail answered after a judgement or an edit, API-key authentication (a revoked key
 *   is refused at once), sign-in sessions (better-auth gets a client without a replica).
 * - The tRPC context (packages/api/src/context.ts) applies this per request: whoever can write
 *   (editors, admins, their API keys) reads and writes the primary, so they always see their own
 *   changes; anonymous readers and viewers, who cannot write, read everything from the replica.
 *
 * Without a replica URL the Database is the plain client and onPrimary/onReplica return it as it is.
 */

/** The methods the read-replicas extension adds to a client. */
interface ReplicaRouting {
  $primary(): Database;
  $replica(): Database;
}

/** The clients made here with a replica, so that onPrimary/onReplica know them without probing a Proxy. */
const routed = new WeakSet<object>();

/** True when `db` was made with a replica URL (its reads may go to the replica). */
export const hasReplica = (db: Database): db is Database & ReplicaRouting => routed.has(db);

/**
 * `primary` with reads sent to the replica at `replicaUrl` through @prisma/extension-read-replicas,
 * typed as the same Database so that callers do not change; `primary` itself when there is no
 * replica. The replica gets a client and a pg pool of its own (each pool up to `maxConnections`).
 */
export function withReplica(
  primary: Database,
  replicaUrl: string | undefined,
  options: DatabaseOptions = {},
): Database {
  if (!replicaUrl) return primary;
  const replica = createDatabase(replicaUrl, options);
  // The extension's type is the client plus $primary/$replica; the Database type keeps callers as they are.
  const extended = primary.$extends(readReplicas({ replicas: [replica] })) as unknown as Database;
  routed.add(extended);
  return extended;
}

/** A Database on `primaryUrl` whose reads go to `replicaUrl` when it is given (see the rule above). */
export function createDatabaseWithReplica(
  primaryUrl: string,
  replicaUrl?: string,
  options: DatabaseOptions = {},
): Database {
  return withReplica(createDatabase(primaryUrl, options), replicaUrl, options);
}

/**
 * The primary's client, for reads that must see a write just made. Not inside a transaction:
 * a transaction's client already is the primary's.
 */
export function onPrimary(db: Database): Database {
  return hasReplica(db) ? db.$primary() : db;
}

/**
 * The replica's client for every query, raw SQL included, for requests that only read. A write
 * through it fails on a real (hot standby) replica: "cannot execute ... in a read-only transaction".
 */
export function onReplica(db: Database): Database {
  return hasReplica(db) ? db.$replica() : db;
}
