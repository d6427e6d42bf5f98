/**
 * A small per-process cache for read models that cost a scan of aggregate rows and change only
 * when something is written: the computed scoreboard per filter, the scoreboard's filter
 * choices, and the tag and outlet lists (source.tags, source.outlets). The rules:
 *
 * - Any write made through this process drops every entry at once: every tRPC mutation not
 *   marked readOnly (the middleware in trpc.ts calls noteWrite), which the REST API and the import
 *   go through too. A load that was under way when the write landed is not reused either (it is
 *   kept under the generation it started in).
 * - Writes made by other processes (other web instances, the CLI) show after at most the entry's
 *   time to live: that is the bound docs/scaling.md states for several instances.
 * - Whoever can write (editors, admins and their API keys) is never served from the cache, so what
 *   they just changed is on their next page whichever instance serves it (see readsCached).
 * - Concurrent misses share one load; a failed load is not kept. Entries are keyed by database
 *   client (separate databases, such as tests or a replica, never share them) and at most
 *   MAX_ENTRIES are kept per client, the least recently used dropped first.
 */

/**
 * Next.js bundles route handlers and server components separately, so this module can be loaded
 * more than once in one process; the write counter lives on globalThis so that a write through
 * /api/trpc is seen by the pages too.
 */
const shared = ((globalThis as { [key: symbol]: unknown })[Symbol.for("hindsight.cache")] ??= {
  generation: 0,
}) as { generation: number };

/** Called after every mutation that wrote, and when another process is known to have written. */
export function noteWrite(): void {
  shared.generation += 1;
}

/** How many writes this process has noted: a value kept with something cached is stale once this moves. */
export function writeGeneration(): number {
  return shared.generation;
}

/** Entries kept per database client: a computed scoreboard for 10,000 analysts takes a few MB. */
export const MAX_ENTRIES = 32;

interface Entry {
  generation: number;
  expires: number;
  value: Promise<unknown>;
}

const entries = new WeakMap<object, Map<string, Entry>>();

export function cached<T>(
  owner: object,
  key: string,
  ttlMs: number,
  load: () => Promise<T>,
  now: number = Date.now(),
): Promise<T> {
  let byKey = entries.get(owner);
  if (!byKey) {
    byKey = new Map();
    entries.set(owner, byKey);
  }
  const hit = byKey.get(key);
  if (hit && hit.generation === shared.generation && hit.expires > now) {
    // Most recently used last: a Map iterates in insertion order.
    byKey.delete(key);
    byKey.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = load();
  const entry: Entry = { generation: shared.generation, expires: now + ttlMs, value };
  byKey.delete(key);
  byKey.set(key, entry);
  for (const [oldKey, old] of byKey) {
    if (byKey.size <= MAX_ENTRIES && old.generation === shared.generation) break;
    // Entries of an older generation can never be served again; beyond the limit, the oldest go.
    if (oldKey !== key) byKey.delete(oldKey);
  }
  // A failed load is not kept: the next call tries again.
  value.catch(() => {
    if (byKey.get(key) === entry) byKey.delete(key);
  });
  return value;
}

/** Who is asking, as far as the cache cares. */
interface Reader {
  db: object;
  /** A user or key with its role, the operator at the server (the CLI; reads fresh), or null. */
  actor: { role: "ADMIN" | "EDITOR" | "VIEWER" } | { operator: true } | null;
}

/**
 * Whether this request may be answered from the cache: anonymous readers and viewers may;
 * whoever can write reads fresh, so that their own writes show at once on every instance (the
 * same rule as the read replica's in context.ts).
 */
export const readsCached = (reader: Reader): boolean =>
  reader.actor === null || ("role" in reader.actor && reader.actor.role === "VIEWER");

/** `cached` on the request's database client for readers, a fresh load for writers. */
export function cachedFor<T>(reader: Reader, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  return readsCached(reader) ? cached(reader.db, key, ttlMs, load) : load();
}
