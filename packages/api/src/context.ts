import { createDatabase, type Database } from "@hindsight/db";

export interface Actor {
  userId: string;
  role: "ADMIN" | "EDITOR" | "VIEWER";
}

export interface Context {
  db: Database;
  /** The signed-in user, or null for anonymous readers. Sign-in arrives with the lifecycle issue. */
  actor: Actor | null;
  headers: Headers;
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

export function createContext(options: { db: Database; headers?: Headers; actor?: Actor | null }): Context {
  return { db: options.db, headers: options.headers ?? new Headers(), actor: options.actor ?? null };
}
