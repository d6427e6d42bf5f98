import type { LedgerResolution } from "./schema";

/**
 * The import's decision for one prediction the ledger file names that is already stored: unchanged,
 * updated (which fields, audited as before and after), newly judged, or both; and whether it must be
 * refused because the probability of a judged prediction would change. Pure: the db package reads the
 * stored rows, asks this, and writes what it answers.
 */

/** A stored prediction's latest judgement, as a file's resolution is compared with it. */
export interface LatestJudgement {
  /** Null for a reopening, which is appended as a judgement without an outcome. */
  outcome: string | null;
  credit: number | null;
  resolvedAt: Date | null;
  note: string | null;
  evidence: readonly string[];
}

/** One side of the comparison: the columns a ledger entry sets, and what is kept beside them. */
export interface EntryState<Fields extends object> {
  fields: Fields;
  /** The key of the whole this is a part of, if any. */
  parentKey: string | null;
  /** The key of the question it is linked to, if any. */
  questionKey: string | null;
  tags: readonly string[];
}

export interface StoredEntry<Fields extends object> extends EntryState<Fields> {
  version: number;
  latest: LatestJudgement | null;
}

export interface WantedEntry<Fields extends object> extends EntryState<Fields> {
  /** The resolution that counts for it: its own, or its question's mapped through the link. */
  resolution: LedgerResolution | null;
}

export interface EntryPlan {
  /** The changed fields as they were and as the file has them (`parent`, `question` and `tags` by key). */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  changed: boolean;
  /** Tags to link and unlink, when the file's set differs. */
  tags: { add: string[]; remove: string[] } | null;
  /** Whether the resolution is appended as a new judgement (it differs from the latest, or there is none). */
  judge: boolean;
  /** The version a new judgement is made against: after the update, when there is one. */
  judgedAgainst: number;
  /** The version once everything is written. */
  version: number;
  /** The file changes the probability of a prediction that has been judged: refuse the import. */
  probabilityLocked: boolean;
}

const time = (value: Date | null | undefined): number | null => value?.getTime() ?? null;

/** Equal as stored values: dates by their instant, everything else by identity. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return time(a as Date | null) === time(b as Date | null);
  return a === b;
}

/** The same strings in the same order. */
export const sameStrings = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** Whether a file's resolution says what the latest judgement already says (nothing to append). */
export function sameResolution(latest: LatestJudgement | null, resolution: LedgerResolution): boolean {
  return (
    latest !== null &&
    latest.outcome === resolution.outcome &&
    latest.credit === (resolution.credit ?? null) &&
    time(latest.resolvedAt) === time(resolution.resolvedAt) &&
    latest.note === (resolution.note ?? null) &&
    sameStrings(latest.evidence, resolution.evidence ?? [])
  );
}

/** The fields that differ (as sameValue compares them), as they were and as they are wanted, in `compared`'s order. */
export function changedFields<Fields extends object>(
  stored: Fields,
  wanted: Fields,
  compared: readonly (keyof Fields & string)[],
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of compared) {
    if (!sameValue(stored[field], wanted[field])) {
      before[field] = stored[field];
      after[field] = wanted[field];
    }
  }
  return { before, after };
}

/**
 * Compares a stored prediction (or question: no parent, link or tags) with the file's entry for it. `compared` lists the fields whose changes
 * count (and are audited); fields left out, such as the question's id, are compared by their key.
 */
export function planUpdate<Fields extends object>(
  stored: StoredEntry<Fields>,
  wanted: WantedEntry<Fields>,
  compared: readonly (keyof Fields & string)[],
): EntryPlan {
  const { before, after } = changedFields(stored.fields, wanted.fields, compared);
  if (stored.parentKey !== wanted.parentKey) {
    before.parent = stored.parentKey;
    after.parent = wanted.parentKey;
  }
  if (stored.questionKey !== wanted.questionKey) {
    before.question = stored.questionKey;
    after.question = wanted.questionKey;
  }
  const storedTags = [...stored.tags].sort();
  const wantedTags = [...wanted.tags].sort();
  let tags: EntryPlan["tags"] = null;
  if (!sameStrings(storedTags, wantedTags)) {
    before.tags = storedTags;
    after.tags = wantedTags;
    tags = {
      add: wantedTags.filter((tag) => !storedTags.includes(tag)),
      remove: storedTags.filter((tag) => !wantedTags.includes(tag)),
    };
  }
  const changed = Object.keys(after).length > 0;
  const judge = wanted.resolution !== null && !sameResolution(stored.latest, wanted.resolution);
  const judgedAgainst = stored.version + (changed ? 1 : 0);
  return {
    before,
    after,
    changed,
    tags,
    judge,
    judgedAgainst,
    version: judgedAgainst + (judge ? 1 : 0),
    probabilityLocked: stored.latest !== null && "probability" in after,
  };
}
