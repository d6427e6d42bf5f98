import type { Token } from "./tokens";
import { PUBLISHED } from "./reporting-words";
import { BE, CLAUSE_BREAK, OUTCOMES, SPEECH } from "./words";

/**
 * Token tests over part-of-speech tags that the clause modules share: verb-like and past forms, the
 * verb a modal governs, an absolute phrase's "with", a past verb of speech around a word, and the
 * clause's words or text between two tokens.
 */

export const isVerbLike = (token: Token | undefined): boolean => token?.pos === "VERB" || token?.pos === "AUX";

/** A past tense or past participle: an inflected verb that is not "-s" or "-ing" ("learned", "said"). */
export function isPastForm(token: Token): boolean {
  if (token.pos === "AUX") return token.lower === "was" || token.lower === "were" || token.lower === "had";
  if (token.pos !== "VERB") return false;
  if (token.lower === token.lemma) return false;
  return !token.lower.endsWith("ing") && !(token.lower.endsWith("s") && !token.lower.endsWith("ss"));
}

/** "expects", "says", "predicts": a present-tense verb of one subject (not "expect", "said"). */
export const singularPresent = (verb: Token): boolean =>
  verb.pos === "VERB" && /^\p{Ll}+s$/u.test(verb.text) && verb.lemma !== verb.lower;

/** "expect", "predict", "say": a present-tense verb of several subjects. */
export const pluralPresent = (verb: Token): boolean =>
  verb.pos === "VERB" && /^\p{Ll}+$/u.test(verb.text) && verb.lemma === verb.lower && !verb.lower.endsWith("ed");

/** Marks that open a quotation (an apostrophe, which closes one as often, is not among them). */
const OPENING_QUOTES = new Set(['"', "“", "‘", "«"]);

/**
 * The verb a modal governs, skipping negation, adverbs ("could not be", "may well mirror"), an aside
 * between commas ("could, in time, force") and a short phrase ("will in part reflect").
 */
export function governedVerb(tokens: readonly Token[], modal: number): number {
  const from = modal + 1;
  if (tokens[from]?.text === ",") {
    // Up to eight words: "could, in the view of several brokers, deepen".
    const close = indexIn(tokens, from + 1, from + 10, (token) => token.text === ",");
    const after = tokens[close + 1];
    // The tagger reads the verb after an aside as a noun now and then ("could, in time, force").
    if (close > from && (isVerbLike(after) || (after?.pos === "NOUN" && /^\p{Ll}/u.test(after.text)))) return close + 1;
    return -1;
  }
  // Quotation marks do not count against the window.
  let limit = modal + 5;
  for (let i = from; i < Math.min(tokens.length, limit); i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (isVerbLike(token)) return i;
    // The tagger now and then reads a verb after a modal as a noun ("could suck in"): a lower-case
    // content word right after a modal is its verb.
    if ((token.pos === "NOUN" || token.pos === "ADJ") && /^\p{Ll}/u.test(token.text)) return i;
    // "growth will slow slightly": a verb of outcome the tagger read as an adverb.
    if (token.pos === "ADV" && OUTCOMES.has(token.lower)) return i;
    if (token.pos === "ADV" || token.pos === "PART") continue;
    // "Clinton will “win pretty comfortably,”": a quotation opening on the governed verb; "would
    // “almost certainly” fall": one closing before it.
    if (OPENING_QUOTES.has(token.text) || token.text === "”" || token.text === "»") {
      limit += 1;
      continue;
    }
    // "will in part reflect", "could in time force", "will by then have", "will for the first time
    // exhibit": a phrase of two to four words.
    if (token.pos === "ADP" && i === from) {
      for (let j = i + 1; j <= i + 4 && j < tokens.length; j += 1) {
        const word = tokens[j];
        if (!word) break;
        if (j > i + 1 && (word.pos === "VERB" || word.pos === "AUX")) return j;
        // (The tagger may read the verb after "time" as a noun: "will for the first time exhibit".)
        if (j > i + 2 && tokens[j - 1]?.lower === "time" && word.pos === "NOUN" && /^\p{Ll}/u.test(word.text)) return j;
        if (!["NOUN", "DET", "ADJ", "NUM", "ADV"].includes(word.pos)) break;
      }
    }
    break;
  }
  return -1;
}

/**
 * A past verb of speech reports the words around `at`: before it ("said that") or after a comma
 * ("..., the survey said").
 */
export function reportedPast(tokens: readonly Token[], at: number): boolean {
  const speech = (token: Token): boolean => token.pos === "VERB" && SPEECH.has(token.lemma) && isPastForm(token);
  const from = Math.max(0, at - 10);
  // "The poll showed the Greens were likely to win": what a poll found, reported as speech is.
  const found = (token: Token, k: number): boolean =>
    token.pos === "VERB" && isPastForm(token) && documentFound(tokens, from + k);
  if (tokens.slice(from, at).some((token, k) => speech(token) || found(token, k))) return true;
  const comma = indexIn(tokens, at + 1, tokens.length, (token) => token.text === ",");
  return comma > 0 && tokens.slice(comma + 1, comma + 6).some(speech);
}

/**
 * The index of "with" opening an absolute phrase whose predicate is at `at` ("with borrowing in
 * 2027 expected to be lower"): a noun phrase between, prepositions and figures allowed, no verb;
 * -1 otherwise.
 */
export function absoluteWith(tokens: readonly Token[], at: number, comma = true): number {
  // Without the comma before "with", a list of names may stand between ("with teams at A, B and C
  // all predicting").
  for (let i = at - 1; i >= 0 && at - i <= (comma ? 9 : 16); i -= 1) {
    const before = tokens[i]!;
    if (before.lower === "with") return i > 0 && (!comma || tokens[i - 1]?.text === ",") && i + 1 < at ? i : -1;
    const listed = !comma && before.text === "," && tokens[i - 1]?.pos === "PROPN";
    if (
      BE.has(before.lower) ||
      before.pos === "VERB" ||
      before.pos === "AUX" ||
      (CLAUSE_BREAK.has(before.text) && !listed)
    ) {
      return -1;
    }
  }
  return -1;
}

/** The clause's words from `from` to before `to`, lower case. */
export const lowerWords = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((token) => token.lower)
    .join(" ");

/** The clause's words from one token on, lower case, apostrophes straightened. */
export function wordsFrom(tokens: readonly Token[], from: number): string {
  return tokens
    .slice(from, from + 6)
    .map((token) => token.lower)
    .join(" ");
}

/**
 * How far back from a cue its checks read: the clause around a cue is rarely longer, and a
 * page-long sentence of cues is then read in linear time, not once per cue from its start.
 */
export const CLAUSE_REACH = 80;
export const reachBack = (at: number): number => Math.max(0, at - CLAUSE_REACH);

/**
 * The first index in [from, to) whose token passes `test`, or -1: a search that reads only its
 * range (`findIndex` with a bound in its test still reads the whole sentence, which on a page-long
 * sentence, once per cue, is quadratic).
 */
export function indexIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  test: (token: Token, index: number) => boolean,
): number {
  const end = Math.min(to, tokens.length);
  for (let k = Math.max(0, from); k < end; k += 1) if (test(tokens[k]!, k)) return k;
  return -1;
}

/** The last index at or before `from` (and not before `floor`) whose token passes `test`, or -1. */
export function lastIndexOf(
  tokens: readonly Token[],
  test: (token: Token) => boolean,
  from: number,
  floor = 0,
): number {
  for (let i = from; i >= Math.max(0, floor); i -= 1) {
    const token = tokens[i];
    if (token && test(token)) return i;
  }
  return -1;
}

export function clauseText(tokens: readonly Token[], first: number, last: number, source: string): string {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return source.slice(start, end);
}

/**
 * What a plural noun may be the plural of: "laboratories" -> "laboratory", "analyses" -> "analysis",
 * "reports" -> "report" (a word not ending in "s" has none). For looking words up in a list of
 * singulars.
 */
export function singularForms(word: string): string[] {
  if (!word.endsWith("s") || word.endsWith("ss")) return [];
  if (word.endsWith("ies")) return [`${word.slice(0, -3)}y`];
  if (word.endsWith("ses")) return [`${word.slice(0, -2)}is`, word.slice(0, -1)];
  return [word.slice(0, -1)];
}

/** Verbs of what a poll or a study found: "The poll showed that the coalition could win 285 seats". */
const FINDING_VERBS = new Set(["show", "find", "indicate"]);
/** Documents whose findings are forecasts: a poll's seats, a model's odds, a study's projections. */
const FINDING_DOCUMENTS = new Set(["poll", "survey", "study", "model", "projection", "projections", "analysis"]);

/**
 * "The Kestrel opinion poll, telecast on Monday, showed that the coalition could win 285 seats":
 * the past verb at `at` says what a poll, survey, study or model opening the sentence found, and
 * the modal after it is that document's forecast, not the past. The document's noun is among the
 * first eight words, and nothing but an aside between commas stands between it and the verb.
 */
export function documentFound(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at]!;
  if (!FINDING_VERBS.has(verb.lemma)) return false;
  const head = tokens.findIndex((token, k) => k < 8 && FINDING_DOCUMENTS.has(token.lower));
  if (head < 0 || head >= at) return false;
  if (head === at - 1) return true;
  // "The poll published on Saturday showed": when it came out, with no commas, up to four words.
  if (PUBLISHED.has(tokens[head + 1]?.lower ?? "") && at - head <= 6) {
    return tokens.slice(head + 2, at).every((token) => token.pos !== "VERB" && token.pos !== "PUNCT");
  }
  return tokens[head + 1]?.text === "," && tokens[at - 1]?.text === ",";
}
