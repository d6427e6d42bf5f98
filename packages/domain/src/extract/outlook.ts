import type { ClauseReading, Cue } from "./clause-reading";
import { findCondition, trimTail } from "./condition";
import { clauseText } from "./grammar";
import { lookupHedge, type HedgeReading } from "../hedges/lexicon";
import type { Token } from "./tokens";
import { BE, PAST_BE } from "./words";

/**
 * Outlooks without a modal: "the prospects seem bleak, at least until 2027", "we're heading for 3C by
 * 2100". The caller checks the clause carries a deadline.
 */

/** Linking verbs of an outlook without a modal: "ties seem bleak, at least until 2027". */
const LINKING = new Set(["seem", "appear", "look", "remain"]);

/**
 * An outlook with no modal ("the prospects seem bleak, at least until Yoon leaves office in 2027"):
 * a linking verb with an adjective, in a clause that also carries a deadline. The caller checks the
 * deadline; this finds the cue.
 */
export function readOutlook(tokens: readonly Token[], source: string): ClauseReading | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    // "we're heading for 3C by 2100", "the economy is headed toward recession next year"
    if (
      (token?.lower === "heading" || token?.lower === "headed") &&
      ["for", "towards", "toward"].includes(tokens[i + 1]?.lower ?? "") &&
      BE.has(tokens[i - 1]?.lower ?? "") &&
      !PAST_BE.has(tokens[i - 1]?.lower ?? "")
    ) {
      return outlookReading(tokens, { kind: "outlook", first: i, last: i + 1 }, source);
    }
    if (!token || token.pos !== "VERB" || !LINKING.has(token.lemma)) continue;
    let adjective = -1;
    for (let j = i + 1; j < Math.min(tokens.length, i + 3); j += 1) {
      if (tokens[j]?.pos === "ADJ") adjective = j;
      else if (tokens[j]?.pos !== "ADV") break;
    }
    if (adjective < 0) continue;
    // "A recession next year looks inevitable": an adjective the lexicon reads gives the number.
    const reading = lookupHedge(clauseText(tokens, i + 1, adjective, source).toLowerCase());
    return outlookReading(tokens, { kind: "outlook", first: i, last: adjective }, source, reading);
  }
  return null;
}

function outlookReading(
  tokens: readonly Token[],
  cue: Cue,
  source: string,
  reading: HedgeReading | null = null,
): ClauseReading {
  const { conditional, condition, leadEnd } = findCondition(tokens, cue);
  return {
    cue,
    hedge: clauseText(tokens, cue.first, cue.last, source),
    reading,
    statedProbability: null,
    negated: false,
    quoteFirst: leadEnd,
    quoteLast: trimTail(tokens, cue),
    conditional,
    condition,
    statedIntention: false,
  };
}
