import { createDatabase, onPrimary, onReplica, withReplica, type Database } from "@hindsight/db";
import type { Auth } from "./auth/index";

export interface Actor {
  userId: string;
  role: "ADMIN" | "EDITOR" | "VIEWER";
}

export interface Context {
  /** The client for this request: the primary's or, for readers, the replica's (see canWrite). */
  db: Database;
  /**
   * The primary's client whoever the actor is: for the few writes readers who are not editors may
   * make (a viewer's `db` reads from the replica): filing a dispute (docs/disputes.md), their own
   * follows and notification settings (docs/notifications.md).
   */
  primary: Database;
  /** The signed-in user (or API key), or null for anonymous readers. */
  actor: Actor | null;
  /** better-auth, for procedures that manage users; null where no sign-in is configured (tests). */
  auth: Auth | null;
  headers: Headers;
  /** The clock, injectable so tests can fix "now". */
  now: () => Date;
  /** The site's address (HINDSIGHT_BASE_URL), for absolute links in what is published (ClaimReview). */
  siteUrl: string;
  /** HINDSIGHT_WEBHOOKS_ALLOW_PRIVATE: webhook endpoints may be loopback or private addresses. */
  webhooksAllowPrivate: boolean;
}

/** The site's address when none is given: where `pnpm dev` and `pnpm start` serve by default. */
export const DEFAULT_SITE_URL = "http://localhost:3000";

const primaries = new Map<string, Database>();
const replicated = new Map<string, Database>();

/**
 * One Prisma client per database URL, and per primary and replica URL pair, for the life of the
 * process (Next reuses modules). With `replicaUrl` (DATABASE_REPLICA_URL) reads go to the replica
 * under the rule of @hindsight/db's replica.ts; the replicated client shares the primary's pool
 * with `databaseFor(databaseUrl)`, which sign-in uses (sessions and rate limits stay on the primary).
 */
export function databaseFor(databaseUrl: string, replicaUrl?: string): Database {
  let primary = primaries.get(databaseUrl);
  if (!primary) {
    primary = createDatabase(databaseUrl);
    primaries.set(databaseUrl, primary);
  }
  if (!replicaUrl) return primary;
  const key = `${databaseUrl}\n${replicaUrl}`;
  let db = replicated.get(key);
  if (!db) {
    db = withReplica(primary, replicaUrl);
    replicated.set(key, db);
  }
  return db;
}

/**
 * Where a request's queries go when the database has a read replica. Whoever can write (editors,
 * admins, and their API keys) is served entirely by the primary, so that what they just logged,
 * judged or edited is on the next page they see; replication lag cannot hide their own writes.
 * Anonymous readers and viewers cannot write anything: every query of theirs, raw SQL included
 * (the scoreboard, the list's search), goes to the replica and may be up to the lag behind.
 */
const canWrite = (actor: Actor | null): boolean => actor !== null && actor.role !== "VIEWER";

export function createContext(options: {
  db: Database;
  headers?: Headers;
  actor?: Actor | null;
  auth?: Auth | null;
  now?: () => Date;
  siteUrl?: string;
  webhooksAllowPrivate?: boolean;
}): Context {
  return {
    db: canWrite(options.actor ?? null) ? onPrimary(options.db) : onReplica(options.db),
    primary: onPrimary(options.db),
    headers: options.headers ?? new Headers(),
    actor: options.actor ?? null,
    auth: options.auth ?? null,
    now: options.now ?? (() => new Date()),
    siteUrl: options.siteUrl ?? DEFAULT_SITE_URL,
    webhooksAllowPrivate: options.webhooksAllowPrivate ?? false,
  };
}
