import type { HedgeReading } from "../hedges/lexicon";

/**
 * The shapes a clause is read into: a cue (its kind and its tokens) and the reading of the clause
 * built on it (hedge, stated probability, condition, the quote's bounds).
 */

export type CueKind = "modal" | "certain" | "construction" | "outlook" | "stated";

export interface Cue {
  kind: CueKind;
  /** Index (within the clause) of the cue's first and last token. */
  first: number;
  last: number;
}

export interface ClauseReading {
  cue: Cue;
  /** Hedge words as written, from the cue (e.g. "may well", "is poised to", "risks"). */
  hedge: string;
  reading: HedgeReading | null;
  /** A probability written as a number ("a 60% chance"): 0.6. */
  statedProbability: number | null;
  negated: boolean;
  /** Token range (within the clause) of the quote: the claim without lead-ins and asides. */
  quoteFirst: number;
  quoteLast: number;
  conditional: boolean;
  /** Token range of the condition's words, when conditional. */
  condition: [number, number] | null;
  /** Someone's stated plan reported as fact ("Trump said he would..."): not a prediction. */
  statedIntention: boolean;
}
