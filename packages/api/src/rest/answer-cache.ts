import { writeGeneration } from "../cache";
import { entityTag } from "./conditional";

/**
 * The REST API's cache of whole answers to anonymous public reads (docs/scaling.md, "The page
 * cache"): the body of a 200 answer to a GET that carried no key, kept under its path and query, so
 * that a burst of readers of one list costs one database read. The rules are the page cache's:
 *
 * - An answer is served only while this process's write counter (cache.ts) is where it was when
 *   its load began: every write made through this process moves it, and writes made elsewhere (the
 *   CLI, another instance) move it when the database's change signal arrives. The caller says
 *   whether that signal is being listened for (`ready`); when it is not, nothing is served or kept.
 * - An entry also expires after a time to live: the bound for a notification that never came, for
 *   a read replica's lag, and for answers that change with the clock alone (a prediction whose
 *   deadline passes leaves `status=OPEN` without any write).
 * - Concurrent misses of one key share one load; only 200 answers are kept, never errors.
 * - At most MAX_ANSWERS answers and MAX_ANSWER_BYTES bytes, the least recently used dropped first.
 */

export const MAX_ANSWERS = 1_000;
export const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/** An answer larger than this is served but not kept (a whole export, say). */
export const MAX_KEPT_ANSWER_BYTES = 1024 * 1024;

export interface KeptAnswer {
  body: string;
  /** The body's size in UTF-8 bytes. */
  bytes: number;
  etag: string;
  generation: number;
  storedAt: number;
}

export interface AnswerCacheOptions {
  /** Whether answers may be served and kept now: the change signal is being listened for. */
  ready: () => boolean | Promise<boolean>;
  /** How long an answer may be served without any write being noticed (read per request). */
  ttlMs: () => number;
}

interface AnswerCacheState {
  entries: Map<string, KeptAnswer>;
  bytes: number;
  loads: Map<string, Promise<KeptAnswer>>;
}

/** On globalThis: Next may load this module more than once in one process. */
const state = ((globalThis as { [key: symbol]: unknown })[Symbol.for("hindsight.restAnswerCache")] ??= {
  entries: new Map(),
  bytes: 0,
  loads: new Map(),
}) as AnswerCacheState;

function forget(key: string): void {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.entries.delete(key);
  state.bytes -= entry.bytes;
}

function keep(key: string, answer: KeptAnswer): void {
  forget(key);
  if (answer.bytes > MAX_KEPT_ANSWER_BYTES) return;
  state.entries.set(key, answer);
  state.bytes += answer.bytes;
  for (const oldest of state.entries.keys()) {
    if (state.entries.size <= MAX_ANSWERS && state.bytes <= MAX_ANSWER_BYTES) break;
    forget(oldest);
  }
}

/**
 * The kept answer for `key`, or the one `load` makes now (kept if nothing was written while it
 * loaded). `load` gives the answer's JSON text; a load that throws is not kept and is thrown to
 * every caller that shared it.
 */
export async function cachedAnswer(
  key: string,
  ttlMs: number,
  load: () => Promise<string>,
  now: () => number = Date.now,
): Promise<KeptAnswer> {
  const generation = writeGeneration();
  const kept = state.entries.get(key);
  if (kept && kept.generation === generation && now() - kept.storedAt < ttlMs) {
    // Most recently used last: a Map iterates in insertion order.
    state.entries.delete(key);
    state.entries.set(key, kept);
    return kept;
  }
  if (kept) forget(key);
  const loadKey = `${generation} ${key}`;
  let loading = state.loads.get(loadKey);
  if (!loading) {
    loading = (async () => {
      const body = await load();
      const answer: KeptAnswer = {
        body,
        bytes: Buffer.byteLength(body, "utf8"),
        etag: entityTag(body),
        generation,
        storedAt: now(),
      };
      if (writeGeneration() === generation) keep(key, answer);
      return answer;
    })().finally(() => state.loads.delete(loadKey));
    state.loads.set(loadKey, loading);
  }
  return loading;
}

/** Drops every kept answer (tests; an operator could too). */
export function clearAnswerCache(): void {
  state.entries.clear();
  state.bytes = 0;
}

export function answerCacheSize(): { answers: number; bytes: number } {
  return { answers: state.entries.size, bytes: state.bytes };
}
