import { isPastForm, isVerbLike, reportedPast } from "./grammar";
import type { Token } from "./tokens";
import { BE, CLAUSE_BREAK, FORWARD_PREDICATES, NEGATIONS, PAST_BE } from "./words";

/**
 * Chances and likelihood said as a predicate: "a default is unlikely", "the odds are slim", "there's
 * a good chance inflation falls", and a forward predicate denied ("is not expected to").
 */

/** How big the chances are, said of them: "the prospects are remote", "the odds are slim". */
const CHANCE_SIZES = new Set([
  "moderate",
  "medium",
  "remote",
  "slim",
  "slight",
  "small",
  "low",
  "high",
  "good",
  "strong",
  "dim",
  "poor",
  "excellent",
  "negligible",
  "bleak",
  // "the odds are about 50-50": even.
  "50-50",
  "fifty-fifty",
  "even",
]);
const RISKS = new Set(["risk", "danger", "threat"]);
/**
 * Sizes compared: "The odds of a below-normal snowpack are higher than usual". Not of a risk ("the
 * risk of war is greater than ever" judges the present).
 */
const COMPARED_SIZES = new Set(["higher", "lower", "greater", "better", "slimmer"]);

/**
 * Words that may close a likelihood predicate: "is unlikely.", "is likely, given...", "is unlikely
 * before June", "a recession is likely within two years".
 */
const PREDICATE_FOLLOWERS = new Set([
  "as",
  "because",
  "given",
  "since",
  "before",
  "until",
  "unless",
  "if",
  // "A breakthrough is unlikely when officials meet on Monday", "while the war goes on".
  "when",
  "while",
  "in",
  "by",
  "within",
  "over",
  "during",
  "through",
  "at",
  "after",
  "later",
  "this",
  "next",
  "any",
  "anytime",
  "soon",
  "now",
  "either",
  "anymore",
]);

/** Whether a likelihood adjective ends its predicate here ("is unlikely." but not "is likely to"). */
export function endsPredicate(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (!next) return true;
  if (next.pos === "PUNCT") return next.text !== "-" || tokens[at + 1] === undefined;
  return PREDICATE_FOLLOWERS.has(next.lower);
}

/** The present-tense "is"/"seems" a likelihood adjective is the predicate of ("[is] extremely unlikely"), or -1. */
export function predicateBe(tokens: readonly Token[], adjective: number): number {
  for (let i = adjective - 1; i >= 0 && adjective - i <= 4; i -= 1) {
    const token = tokens[i];
    if (!token) break;
    if (BE.has(token.lower) || ["seem", "look", "appear", "remain"].includes(token.lemma)) {
      // "Smith said a recession was unlikely": the past of reported speech, the speaker's "is".
      if ((token.lower === "was" || token.lower === "were") && reportedPast(tokens, i)) return i;
      return PAST_BE.has(token.lower) || token.lower === "be" || isPastForm(token) ? -1 : i;
    }
    if (token.pos === "ADV" || NEGATIONS.has(token.lower) || token.text === "[" || token.text === "]") continue;
    break;
  }
  return -1;
}

/**
 * "the prospects of a deal are remote(, but not impossible)", "the odds are slim": from the chances
 * noun at `noun`, the range [be, size] (the size word, or the "but not impossible" after it), or null.
 */
export function chanceSize(tokens: readonly Token[], noun: number): [number, number] | null {
  const before = tokens[noun - 1];
  if (tokens[noun]?.pos !== "NOUN" || (before && !["DET", "ADJ", "PRON", "PUNCT"].includes(before.pos))) return null;
  for (let be = noun + 1; be < tokens.length && be - noun <= 8; be += 1) {
    const token = tokens[be];
    // "the chance of a third-party upset": a hyphen inside a word breaks no clause.
    if (token?.text === "-" && token.start === tokens[be - 1]?.end && tokens[be + 1]?.start === token.end) continue;
    if (!token || CLAUSE_BREAK.has(token.text)) return null;
    if (!BE.has(token.lower)) {
      // "the likelihood of it occurring was moderate": a gerund inside the "of" phrase.
      const gerund = token.pos === "VERB" && token.lower.endsWith("ing") && tokens[noun + 1]?.lower === "of";
      if (isVerbLike(token) && !gerund) return null;
      continue;
    }
    // "The survey said that the likelihood ... was low", "..., was moderate, the survey said": the
    // reported present.
    if (PAST_BE.has(token.lower) && !reportedPast(tokens, noun)) return null;
    let size = be + 1;
    while (
      tokens[size]?.pos === "ADV" ||
      NEGATIONS.has(tokens[size]?.lower ?? "") ||
      /^[“"‘']$/.test(tokens[size]?.text ?? "")
    ) {
      size += 1;
    }
    const compared = COMPARED_SIZES.has(tokens[size]?.lower ?? "") && !RISKS.has(tokens[noun]!.lemma);
    if (!CHANCE_SIZES.has(tokens[size]?.lower ?? "") && !compared) return null;
    const tail = tokens.slice(size + 1, size + 5).map((t) => t.lower);
    const notImpossible = tail[0] === "," && tail[1] === "but" && tail[2] === "not" && tail[3] === "impossible";
    return [be, notImpossible ? size + 4 : size];
  }
  return null;
}

/**
 * The index of "to" in a forward predicate denied after "is" at `be`: "is not expected to", "isn't
 * likely to", "is almost certain not to", "is likely not to" (an adverb allowed before the
 * predicate), followed by a verb; -1 otherwise.
 */
export function deniedPredicate(tokens: readonly Token[], be: number): number {
  let i = be + 1;
  const before = NEGATIONS.has(tokens[i]?.lower ?? "");
  if (before) i += 1;
  if (tokens[i]?.pos === "ADV" && !NEGATIONS.has(tokens[i]!.lower)) i += 1;
  const predicate = tokens[i]?.lower ?? "";
  if (!FORWARD_PREDICATES.has(predicate) || predicate === "about") return -1;
  i += 1;
  const after = NEGATIONS.has(tokens[i]?.lower ?? "");
  if (after) i += 1;
  if (before === after || tokens[i]?.lower !== "to" || !isVerbLike(tokens[i + 1])) return -1;
  return i;
}

/**
 * "There's a good chance inflation falls below 2%": after "there is" and the chances, a clause
 * with no "that" (a subject, then its finite verb or modal within four words).
 */
export function chanceClauseAfter(tokens: readonly Token[], noun: number): boolean {
  const article = ["a", "an", "every", "some"].includes(tokens[noun - 2]?.lower ?? "") ? noun - 2 : noun - 1;
  const be = tokens[article - 1]?.lower ?? "";
  if (!["is", "'s", "was"].includes(be) || tokens[article - 2]?.lower !== "there") return false;
  if (!["DET", "PRON", "PROPN", "NOUN"].includes(tokens[noun + 1]?.pos ?? "")) return false;
  for (let at = noun + 2; at <= noun + 5 && at < tokens.length; at += 1) {
    const word = tokens[at]!;
    if (word.pos === "PUNCT") return false;
    if (word.pos === "AUX" || (word.pos === "VERB" && !word.lower.endsWith("ing"))) return true;
  }
  return false;
}
