import { lookupHedge } from "../hedges/lexicon";
import type { ClauseReading, Cue } from "./clause-reading";
import { findCondition, leadingConditionEnd, trimTail } from "./condition";
import { findCues } from "./cues";
import { absoluteWith, clauseText } from "./grammar";
import { deniedBelief, readCue, reportedWill } from "./hedge-reading";
import { fractionAt, oddsNounAt, percentAt, statedAt, statedPercent } from "./numbers";
import { isStatedIntention, rejection } from "./rejections";
import type { Token } from "./tokens";
import { ABSOLUTE_PREDICATES, BE, CHANCE_NOUNS, CLAUSE_BREAK, FORECASTING, POSSIBILITY } from "./words";

/**
 * Whether a clause claims something about the future, and how: its cue ("will", "may well", "is
 * likely to", "risks", "is poised to"), the hedge reading, the condition it hangs on, and the quote
 * trimmed to the claim. General rules over part-of-speech tags and function words; nothing here
 * knows any particular article.
 */

export type { ClauseReading, Cue, CueKind } from "./clause-reading";
export { findCues } from "./cues";
export { nounTaggedVerb } from "./forecasts";
export { absoluteWith, governedVerb } from "./grammar";
export { statedPercent } from "./numbers";
export { readOutlook } from "./outlook";
export { rejection } from "./rejections";

const NEGATING_FRAME =
  /^(?:a mistake|wrong|naive|foolish|premature|unwise) to (?:assume|think|expect|believe|conclude|say|suggest)$/;

/**
 * "It would be a mistake to assume X will...": the claim is the opposite of X. Returns the index of
 * the frame's last token ("assume"), or -1 when there is no such frame.
 */
function negatingFrameEnd(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]?.lemma !== "be") continue;
    for (const length of [3, 4]) {
      const words = tokens.slice(i + 1, i + 1 + length).map((token) => token.lower);
      if (NEGATING_FRAME.test(words.join(" "))) return i + length;
    }
  }
  return -1;
}

/**
 * Reads one clause; null when it makes no claim about the future. `dated`: the clause names a time
 * after the publication date (see `rejection`).
 */
export function readClause(tokens: readonly Token[], source: string, dated = false): ClauseReading | null {
  const frameEnd = negatingFrameEnd(tokens);
  const conditionEnd = leadingConditionEnd(tokens);
  // Cues inside a leading "if ..." belong to the condition, not to the claim.
  const cues = findCues(tokens).filter((cue) => cue.first > frameEnd && cue.first > conditionEnd);
  let chosen: Cue | null = null;
  let statedIntention = false;
  for (const cue of cues) {
    if (rejection(tokens, cue, dated) !== null) continue;
    if (isStatedIntention(tokens, cue)) {
      statedIntention = true;
      continue;
    }
    chosen = cue;
    break;
  }
  if (!chosen) return null;
  chosen = possibilityReported(tokens, chosen, dated) ?? chosen;
  // "puts the chances that waters will heat to El Nino levels at 70 percent": the modal is what the
  // chances are of; the figure they are given says how likely.
  if (chosen.kind === "modal") chosen = chancesRated(tokens, cues, chosen) ?? chosen;

  const statedProbability = chosen.kind === "stated" ? statedAt(tokens, chosen.first) : null;
  // "a 60% chance" up to its odds noun; "(puts the odds) at 40%" up to the percent sign.
  const statedLast = (at: number): number =>
    statedPercent(tokens, at) !== null
      ? oddsNounAt(tokens, at)
      : (percentAt(tokens, at)?.[1] ?? fractionAt(tokens, at)?.[1] ?? at);
  let { hedge, reading: plain } =
    chosen.kind === "stated"
      ? { hedge: clauseText(tokens, chosen.first, statedLast(chosen.first), source), reading: null }
      : readCue(tokens, chosen, source);
  // "there is a possibility that the market could pull back": the lexicon has no number for the
  // noun, the modal of its clause says how likely.
  if (!plain && CHANCE_NOUNS.has(tokens[chosen.last]?.lemma ?? "") && tokens[chosen.last + 1]?.lower === "that") {
    const inner = findCues(tokens).find(
      (cue) => cue.kind === "modal" && cue.first > chosen!.last && POSSIBILITY.has(tokens[cue.first]?.lower ?? ""),
    );
    const read = inner && rejection(tokens, inner, dated) === null ? readCue(tokens, inner, source) : null;
    if (read?.reading) {
      const there = tokens[chosen.first - 2]?.lower === "there" && BE.has(tokens[chosen.first - 1]?.lower ?? "");
      hedge = `${there ? clauseText(tokens, chosen.first - 2, chosen.last, source) : hedge} ... ${read.hedge}`;
      plain = read.reading;
    }
  }
  const flipped = frameEnd >= 0;
  let reading = plain ?? reportedWill(tokens, chosen);
  if (flipped && plain) reading = lookupHedge(`not ${plain.entry.phrase}`) ?? plain;
  let negated = reading?.negated ?? flipped;
  let hedgeWords = hedge;
  // "I don't think rates will fall": a belief denied, read as "unlikely".
  const denial = deniedBelief(tokens, chosen);
  if (denial >= 0 && !negated) {
    reading = lookupHedge("unlikely");
    negated = true;
    hedgeWords = `${clauseText(tokens, denial, denial + 2, source)} ... ${hedge}`;
  }

  const { conditional, condition, leadEnd } = findCondition(tokens, chosen);
  // "The IMF cut its estimates, with the latter predicted to grow slower": the forecast is the phrase.
  const absolute = ABSOLUTE_PREDICATES.has(tokens[chosen.first]?.lower ?? "") ? absoluteWith(tokens, chosen.first) : -1;
  const quoteFirst = Math.max(leadEnd, absolute);
  const quoteLast = trimTail(tokens, chosen);
  return {
    cue: chosen,
    hedge: hedgeWords,
    reading,
    statedProbability,
    negated,
    quoteFirst,
    quoteLast,
    conditional,
    condition,
    statedIntention,
  };
}

/**
 * "BCA has predicted that shares could fall 27%": the forecasting verb reports, the modal in its
 * "that" clause says how likely the fall is, and is the hedge. The modal's cue, or null.
 */
function possibilityReported(tokens: readonly Token[], chosen: Cue, dated: boolean): Cue | null {
  if (chosen.kind !== "construction" || !FORECASTING.has(tokens[chosen.first]?.lemma ?? "")) return null;
  if (tokens[chosen.last + 1]?.lower !== "that") return null;
  const inner = findCues(tokens).find(
    (cue) => cue.kind === "modal" && cue.first > chosen.last && POSSIBILITY.has(tokens[cue.first]?.lower ?? ""),
  );
  if (!inner || tokens.slice(chosen.last + 2, inner.first).some((token) => CLAUSE_BREAK.has(token.text))) return null;
  return rejection(tokens, inner, dated) === null ? inner : null;
}

/**
 * A stated figure after `modal` whose chances' noun stands, with "that", before it: "puts the
 * chances that waters will heat by December at 70 percent". The stated cue, or null.
 */
function chancesRated(tokens: readonly Token[], cues: readonly Cue[], modal: Cue): Cue | null {
  const stated = cues.find((cue) => cue.kind === "stated" && cue.first > modal.first);
  if (!stated) return null;
  for (let i = modal.first - 1; i >= 0 && modal.first - i <= 6; i -= 1) {
    if (tokens[i]!.lower !== "that") continue;
    return CHANCE_NOUNS.has(tokens[i - 1]?.lemma ?? "") || tokens[i - 1]?.lower === "odds" ? stated : null;
  }
  return null;
}
