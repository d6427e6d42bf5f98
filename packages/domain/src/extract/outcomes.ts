import { amountAt } from "./numbers";
import type { Token } from "./tokens";
import { OUTCOMES } from "./words";

/**
 * What a cue is headed for, placed on track for or looks for: an outcome ("a recession", "a 10%
 * fall"), as against a place or a purpose; and "should see" with an outcome after it.
 */

/** What an economy, a market or a race is headed or set for, as against a place: "a recession", "a gain". */
const HEADED_OUTCOMES = new Set([
  "recession",
  "slowdown",
  "downturn",
  "slump",
  "crash",
  "default",
  "defeat",
  "victory",
  "win",
  "loss",
  "landslide",
  "majority",
  "record",
  "result",
  "showdown",
  "crisis",
  "collapse",
  "shutdown",
  "deficit",
  "surplus",
  "recovery",
  "rebound",
  "boom",
  "war",
  "stalemate",
  "deadlock",
  "runoff",
  "trouble",
  "disaster",
  "gain",
  "rise",
  "fall",
  "decline",
  "drop",
  "rally",
  "cut",
  "hike",
  "increase",
]);

/**
 * The noun phrase from `at` after "heading for" is an outcome: an amount ("3C", "a 10% fall") or a
 * noun of outcome within a few words ("a long recession"), not a place ("the square", "Rotterdam").
 */
export function headedOutcome(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i - at < 5; i += 1) {
    const token = tokens[i]!;
    if (token.pos === "NUM" || HEADED_OUTCOMES.has(token.lemma)) return true;
    // "its biggest October gain": a month or a name among the modifiers; "$100": a currency's sign.
    if (!["DET", "ADJ", "NOUN", "ADV", "PRON", "PROPN", "SYM"].includes(token.pos)) return false;
  }
  return false;
}

/**
 * "That should see sales total $221.6bn", "we should see an increase in earnings": "see" at `see`
 * with an outcome after it (a noun phrase and a verb, or a noun of change), not "see a doctor".
 */
export function seenOutcome(tokens: readonly Token[], see: number): boolean {
  if (tokens[see]?.lemma !== "see") return false;
  for (let i = see + 1; i < tokens.length && i - see <= 6; i += 1) {
    const token = tokens[i]!;
    if (HEADED_OUTCOMES.has(token.lemma) && token.pos === "NOUN") return true;
    // "sales total $221.6bn": the tagger reads the verb before an amount as an adjective or a noun.
    const beforeAmount = ["NOUN", "ADJ"].includes(token.pos) && /^\p{Ll}/u.test(token.text) && amountAt(tokens, i + 1);
    if (i > see + 1 && (token.pos === "VERB" || beforeAmount)) return tokens[i - 1]?.pos === "NOUN";
    // "should see their wages go up": a possessive before the noun.
    if (!["DET", "ADJ", "NOUN", "NUM"].includes(token.pos) && !POSSESSIVE_PRONOUNS.has(token.lower)) return false;
  }
  return false;
}

const POSSESSIVE_PRONOUNS = new Set(["their", "its", "his", "her", "our", "your", "my"]);

/**
 * Verbs that put something on a course: "placing Earth on track for", "puts the economy on course";
 * and a poll's or a model's "has" or "shows" ("A new poll has Labour on course for a majority").
 */
const PLACING = new Set(["place", "put", "set", "keep", "leave", "have", "show"]);

/** A verb of placing stands before "on track" at `on`, its object between (a noun phrase). */
export function placedOnTrack(tokens: readonly Token[], on: number): boolean {
  for (let i = on - 1; i >= 0 && on - i <= 5; i -= 1) {
    const token = tokens[i]!;
    if (PLACING.has(token.lemma) && (token.pos === "VERB" || (token.pos === "AUX" && token.lemma === "have"))) {
      return i < on - 1;
    }
    if (!["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"].includes(token.pos)) return false;
  }
  return false;
}

/** Outcomes one looks for, beyond `OUTCOMES`: "looks for gold to underperform", "for the Fed to cut". */
const LOOKED_OUTCOMES = new Set([
  "underperform",
  "outperform",
  "cut",
  "hike",
  "tighten",
  "win",
  "lose",
  "rally",
  "fail",
]);

/**
 * From `at` (after "look for"): a noun phrase, "to" and a verb of outcome ("gold to underperform
 * platinum"), not a purpose ("partners to help it expand").
 */
export function lookedForOutcome(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i - at <= 5; i += 1) {
    const token = tokens[i]!;
    if (token.lower === "to") {
      const verb = tokens[i + 1];
      return i > at && !!verb && (OUTCOMES.has(verb.lemma) || LOOKED_OUTCOMES.has(verb.lemma));
    }
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(token.pos)) return false;
  }
  return false;
}

/** States a thing comes to be in: "inflation should be back at target", "the work should be done by May". */
const COMING_STATES = new Set(["back", "over", "ready", "available", "complete", "completed", "finished", "done"]);

/** Comparatives the tagger may read as adverbs: "the race should be closer than 2012". */
const COMPARATIVE_ADVERBS = new Set([
  "closer",
  "higher",
  "lower",
  "faster",
  "slower",
  "better",
  "worse",
  "sooner",
  "later",
]);

/** Words that set a time ahead: "by 2026", "next year", "within weeks", "until the spring". */
const AHEAD = new Set(["by", "next", "within", "until", "ahead"]);

/**
 * "Inflation should be back at target by 2026", "Prices should be higher next year": "should be" at
 * `be` and a state something comes to be in, or a comparison with a time ahead after it ("The
 * government should be more open" demands: it sets no time).
 */
export function stateAhead(tokens: readonly Token[], be: number): boolean {
  if (tokens[be]?.lower !== "be") return false;
  let i = be + 1;
  while (
    tokens[i]?.pos === "ADV" &&
    !COMING_STATES.has(tokens[i]!.lower) &&
    !COMPARATIVE_ADVERBS.has(tokens[i]!.lower) &&
    i - be < 3
  )
    i += 1;
  const word = tokens[i];
  if (!word) return false;
  if (COMING_STATES.has(word.lower)) return true;
  const comparative =
    ["more", "less"].includes(word.lower) ||
    (word.pos === "ADJ" && /[^e]er$/.test(word.lower) && word.lower !== "other") ||
    COMPARATIVE_ADVERBS.has(word.lower);
  if (!comparative) return false;
  return tokens
    .slice(i + 1, i + 10)
    .some((token) => AHEAD.has(token.lower) || (token.pos === "NUM" && /^(?:19|20)\d\d$/.test(token.text)));
}

/** What a pundit picks someone to do: "picks the Chiefs to win", "picked Arsenal to finish fourth". */
const PICKED_OUTCOMES = new Set(["win", "beat", "lose", "take", "claim", "finish", "make", "reach", "advance", "lift"]);

/** What a tip is not: "tipped off", "tipped over", "tipped the balance", "tipped the scales". */
const NOT_TIPPING = new Set(["off", "over", "into", "balance", "scales", "hat", "cap"]);

/**
 * "Kestrel Research tipped capex to surge 11% in 2024", "Analysts tip Labour to win": a tip at
 * `tip`, with what is tipped and "to" and a verb after it (up to five words between): a forecast,
 * in the past tense too ("tipped" tells whose forecast it was).
 */
export function tippedTo(tokens: readonly Token[], tip: number): boolean {
  const token = tokens[tip];
  // (The tagger may read "tip" after a name or a plural as a noun: "Analysts tip Labour to win".)
  const before = tokens[tip - 1];
  const afterSubject = before?.pos === "PROPN" || (before?.pos === "NOUN" && before.lower.endsWith("s"));
  const verb = token?.pos === "VERB" || (token?.pos === "NOUN" && afterSubject);
  if (token?.lemma !== "tip" || !verb || /^tipp?ing$/.test(token.lower)) return false;
  for (let k = tip + 1; k < tokens.length && k - tip <= 6; k += 1) {
    const word = tokens[k]!;
    if (NOT_TIPPING.has(word.lower)) return false;
    if (word.lower === "to") return k > tip + 1 && tokens[k + 1]?.pos === "VERB";
    if (!["DET", "PROPN", "NOUN", "ADJ", "NUM"].includes(word.pos)) return false;
  }
  return false;
}

/**
 * "ESPN's Jane Smith picks the Chiefs to win the Super Bowl": "pick" at `pick` with its object (up
 * to five words) and "to" before an outcome of a contest ("picks up the phone", "picked a side" are no
 * forecasts).
 */
export function pickedToWin(tokens: readonly Token[], pick: number): boolean {
  const token = tokens[pick];
  // (The tagger may read "picks" after a name as a plural noun.)
  const verb = token?.pos === "VERB" || (token?.pos === "NOUN" && tokens[pick - 1]?.pos === "PROPN");
  if (token?.lemma !== "pick" || !verb || tokens[pick + 1]?.lower === "up") return false;
  for (let k = pick + 2; k < tokens.length && k - pick <= 12; k += 1) {
    const word = tokens[k]!;
    if (word.lower === "to") return PICKED_OUTCOMES.has(tokens[k + 1]?.lemma ?? "");
    // "picked the Kestrels, the defending champions, to win": an apposition between commas.
    if (word.text === ",") {
      const close = tokens.findIndex((later, at) => at > k && at - k <= 6 && later.text === ",");
      if (close < 0) return false;
      k = close;
      continue;
    }
    if (!["DET", "PROPN", "NOUN", "ADJ", "NUM"].includes(word.pos) || k - pick > 6) return false;
  }
  return false;
}

/** The odds-setters' favourite: "favourite", "favourites" (and the American spelling). */
export const FAVOURITES = new Set(["favourite", "favorite", "favourites", "favorites"]);

/**
 * "Paddy Power makes Labour the favourite to win": "make" at `make`, the contender (names, an
 * article, adjectives; up to four words), then a favourite and "to". Whoever makes them favourite
 * sets the odds, and so forecasts.
 */
export function makesFavourite(tokens: readonly Token[], make: number): boolean {
  if (tokens[make]?.lemma !== "make" || tokens[make]!.pos !== "VERB") return false;
  for (let k = make + 1; k < tokens.length && k - make <= 5; k += 1) {
    const word = tokens[k]!;
    if (FAVOURITES.has(word.lower)) return k > make + 1 && tokens[k + 1]?.lower === "to";
    if (!["DET", "ADJ", "PROPN", "NOUN"].includes(word.pos)) return false;
  }
  return false;
}
