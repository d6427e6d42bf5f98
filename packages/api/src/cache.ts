/**
 * A small per-process cache for read models that change slowly and cost a scan of aggregate rows
 * (the scoreboard's filter choices). Entries live for a fixed time and are dropped at once by any
 * write made through this process (every tRPC mutation, which the REST API goes through too);
 * writes made by other processes show after at most the time to live. Concurrent misses share one
 * load. Keyed by database client, so separate databases (tests, a replica) never share entries.
 */
/**
 * Next.js bundles route handlers and server components separately, so this module can be loaded
 * more than once in one process; the write counter lives on globalThis so that a write through
 * /api/trpc is seen by the pages too.
 */
const shared = ((globalThis as { [key: symbol]: unknown })[Symbol.for("hindsight.cache")] ??= {
  generation: 0,
}) as { generation: number };

/** Called after every successful mutation. */
export function noteWrite(): void {
  shared.generation += 1;
}

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
  if (hit && hit.generation === shared.generation && hit.expires > now) return hit.value as Promise<T>;
  const value = load();
  const entry: Entry = { generation: shared.generation, expires: now + ttlMs, value };
  byKey.set(key, entry);
  // A failed load is not kept: the next call tries again.
  value.catch(() => {
    if (byKey.get(key) === entry) byKey.delete(key);
  });
  return value;
}
