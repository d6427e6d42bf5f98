/**
 * Whether a candidate from an article repeats a claim already in the ledger. PostgreSQL's full-text
 * search finds the rows that share any word stem with the candidate's claim (the `prediction_search`
 * index) and hands back each side's word stems (`to_tsvector('english', ...)`: stop words dropped,
 * words stemmed); the decision is here, over those stems.
 *
 * The score is the Dice coefficient of the two sets of stems, 2|A ∩ B| / (|A| + |B|): 1 for the same
 * words in any order, 0 for none shared. A prediction is compared on its claim and on its quote (a
 * repeated op-ed repeats the quote word for word, while the claim was restated), and keeps the better
 * of the two; a question on its title.
 *
 * The thresholds were chosen on restatements and on different forecasts about the same subject (the
 * table in packages/api/src/routers/extract-repeats.test.ts, scored by PostgreSQL's own stemming): a
 * repeated sentence or a restated claim scores 0.7 or more against the claim or quote it repeats,
 * while a different forecast on the same subject shares its subject's stems and scores up to about
 * 0.55 ("the central bank will raise rates in June" against "the central bank does not cut rates in
 * March 2025"). The same analyst is flagged from 0.6; anyone else's prediction, or a question (the
 * same event), from 0.7, since two people forecasting about one subject share more words by chance.
 */
export const REPEAT_THRESHOLD_SAME_ANALYST = 0.6;
export const REPEAT_THRESHOLD_SAME_EVENT = 0.7;

/** The Dice coefficient of two sets of word stems (duplicates count once); 0 when either is empty. */
export function stemOverlap(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const stem of left) if (right.has(stem)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/** A prediction's score against a candidate: the better of its claim's and its quote's overlap. */
export function predictionRepeatScore(
  candidate: readonly string[],
  existing: { claim: readonly string[]; quote: readonly string[] },
): number {
  return Math.max(stemOverlap(candidate, existing.claim), stemOverlap(candidate, existing.quote));
}

/** Whether a score flags a repeat: lower for the same analyst saying it again. */
export function isLikelyRepeat(score: number, sameAnalyst: boolean): boolean {
  return score >= (sameAnalyst ? REPEAT_THRESHOLD_SAME_ANALYST : REPEAT_THRESHOLD_SAME_EVENT);
}
