import { createDatabase, type Database } from "@hindsight/db";
import type { Auth } from "./auth/index";

export interface Actor {
  userId: string;
  role: "ADMIN" | "EDITOR" | "VIEWER";
}

export interface Context {
  db: Database;
  /** The signed-in user (or API key), or null for anonymous readers. */
  actor: Actor | null;
  /** better-auth, for procedures that manage users; null where no sign-in is configured (tests). */
  auth: Auth | null;
  headers: Headers;
  /** The clock, injectable so tests can fix "now". */
  now: () => Date;
}

const databases = new Map<string, Database>();

/** One Prisma client per database URL for the life of the process (Next reuses modules). */
export function databaseFor(databaseUrl: string): Database {
  let db = databases.get(databaseUrl);
  if (!db) {
    db = createDatabase(databaseUrl);
    databases.set(databaseUrl, db);
  }
  return db;
}

export function createContext(options: {
  db: Database;
  headers?: Headers;
  actor?: Actor | null;
  auth?: Auth | null;
  now?: () => Date;
}): Context {
  return {
    db: options.db,
    headers: options.headers ?? new Headers(),
    actor: options.actor ?? null,
    auth: options.auth ?? null,
    now: options.now ?? (() => new Date()),
  };
}
