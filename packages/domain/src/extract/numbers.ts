import { indexIn } from "./grammar";
import type { Token } from "./tokens";
import { CLAUSE_BREAK } from "./words";

/**
 * Numbers in a clause: a stated percentage and the chances it is given for ("a 60% chance", "puts
 * the odds at 40%"), an amount ("$5,000", "around 2%") and a level ("at 5,600 points").
 */

const ODDS_NOUNS = new Set(["chance", "probability", "likelihood", "odds", "risk"]);
/** How sure someone says they are, in numbers: "80% sure", "90 percent certain", "70% confident". */
const SURE = new Set(["sure", "certain", "confident"]);

/** "54%", "54 percent", "54 per cent" at a number token: [54, index of its last token], or null. */
export function percentAt(tokens: readonly Token[], at: number): [number, number] | null {
  const text = tokens[at]?.text ?? "";
  const number = Number(text.replace(/%$/, ""));
  if (!Number.isFinite(number) || number < 0 || number > 100) return null;
  if (text.endsWith("%")) return [number, at];
  if (tokens[at + 1]?.text === "%" || tokens[at + 1]?.lower === "percent") return [number, at + 1];
  if (tokens[at + 1]?.lower === "per" && tokens[at + 2]?.lower === "cent") return [number, at + 2];
  return null;
}

/** Counts written as words, for chances given as "one in three". */
const COUNT_WORDS = new Map([
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
]);
/** A count in digits or words ("3", "three"), or null. */
const countOf = (text: string | undefined): number | null =>
  text === undefined ? null : /^\d{1,4}$/.test(text) ? Number(text) : (COUNT_WORDS.get(text.toLowerCase()) ?? null);

/**
 * "one in three", "1-in-3", "one-in-four" at a number token: [the fraction, index of its last
 * token], or null (the tagger splits "1-in-3" as "1", "-", "in-3").
 */
export function fractionAt(tokens: readonly Token[], at: number): [number, number] | null {
  const numerator = countOf(tokens[at]?.text);
  if (numerator === null) return null;
  let joined = "";
  let last = at;
  for (let i = at + 1; i < tokens.length && i - at <= 4; i += 1) {
    const text = tokens[i]!.text;
    const count = countOf(text) !== null;
    if (!count && !/^(?:-|in|in-\d{1,4})$/i.test(text)) break;
    joined += text;
    last = i;
    if (count || text.length > 2) break;
  }
  const denominator = countOf(/^-?in-?(\w+)$/i.exec(joined)?.[1]);
  return denominator && numerator < denominator ? [numerator / denominator, last] : null;
}

/**
 * "60% chance", "60 per cent chance", "60 percent probability", "a one-in-three chance" at a number
 * token -> 0.6, 1/3, else null.
 */
export function statedPercent(tokens: readonly Token[], at: number): number | null {
  const percent = percentAt(tokens, at);
  // "she is 80% sure the bill will pass": a certainty stated in numbers, too.
  const next = percent ? tokens[percent[1] + 1] : undefined;
  if (percent) return ODDS_NOUNS.has(next?.lemma ?? "") || SURE.has(next?.lower ?? "") ? percent[0] / 100 : null;
  const fraction = fractionAt(tokens, at);
  return fraction && ODDS_NOUNS.has(tokens[fraction[1] + 1]?.lemma ?? "") ? fraction[0] : null;
}

/** "is" and its forms, between the chances and their size. */
const LINKING = new Set(["is", "are", "was", "were"]);

/** Verbs that put a number on the chances: "rates the probability at", "puts the odds at", "stand at". */
const RATING = new Set(["put", "rate", "place", "peg", "estimate", "see", "give", "set", "stand"]);

/**
 * "rates the probability of a Republican majority at 54 percent", "puts the odds of a recession at
 * 40%", "the chance of a cut is put at 60%": the chances rated with a number, at the number token
 * after "at" -> 0.54, else null.
 */
function ratedPercent(tokens: readonly Token[], at: number): number | null {
  // "puts the chance at roughly 30%": a word of approximation between "at" and the number.
  const approximate = APPROXIMATELY.has(tokens[at - 1]?.lower ?? "") ? 1 : 0;
  const preposition = tokens[at - 1 - approximate]?.lower ?? "";
  // "The chance of a recession is 35 percent", "the probability of a landfall is at 70%": the
  // chances as the subject, their size given after "is".
  const linked =
    LINKING.has(preposition) || (preposition === "at" && LINKING.has(tokens[at - 2 - approximate]?.lower ?? ""));
  if (preposition !== "at" && preposition !== "to" && !linked) return null;
  // "put the probability of a recession at one in three": a fraction, too.
  const percent = percentAt(tokens, at);
  const value = percent ? percent[0] / 100 : (fractionAt(tokens, at)?.[0] ?? null);
  if (value === null) return null;
  // "raised its odds of a recession to 40%", "the probability has risen to 45%": the chances moved to a number.
  if (preposition === "to") return movedPercent(tokens, at - 1 - approximate) ? value : null;
  const passive = RATING.has(tokens[at - 2 - approximate]?.lemma ?? "");
  for (let i = at - 2 - approximate; i >= 0 && at - i <= 14; i -= 1) {
    const token = tokens[i]!;
    if (CLAUSE_BREAK.has(token.text)) return null;
    if (!ODDS_NOUNS.has(token.lemma) && token.lower !== "chances") continue;
    if (linked)
      return ["DET", "PRON"].includes(tokens[i - 1]?.pos ?? "") && (i === 1 || tokens[i - 2]?.pos === "PUNCT")
        ? value
        : null;
    const at = ["DET", "PRON"].includes(tokens[i - 1]?.pos ?? "") ? i - 2 : ownerBefore(tokens, i);
    const verb = tokens[at];
    // The tagger reads "the model rates the chance" as a noun now and then.
    const asNoun = verb?.pos === "NOUN" && tokens[at + 1]?.pos === "DET" && tokens[at - 1]?.pos === "NOUN";
    return passive || ((verb?.pos === "VERB" || asNoun) && RATING.has(verb!.lemma)) ? value : null;
  }
  return null;
}

/**
 * Before the chance's noun at `noun`: past a name's possessive ("puts Clinton's chance of winning
 * at 69%", "pegged Kestrel Bank's odds at 40%") to the word before the name; else the word right
 * before the noun.
 */
function ownerBefore(tokens: readonly Token[], noun: number): number {
  if (tokens[noun - 1]?.lower !== "'s") return noun - 1;
  let k = noun - 2;
  while (k >= 0 && noun - k <= 5 && tokens[k]!.pos === "PROPN") k -= 1;
  return k < noun - 2 ? k : noun - 1;
}

/** Words of approximation before a number: "at roughly 30%". */
const APPROXIMATELY = new Set(["about", "around", "roughly", "some", "nearly", "almost", "approximately"]);

/** Verbs that move chances: "raised its odds to", "the probability has risen to", "cut the odds to". */
const MOVING = new Set([
  "raise",
  "lift",
  "increase",
  "boost",
  "cut",
  "lower",
  "reduce",
  "trim",
  "revise",
  "rise",
  "climb",
  "jump",
  "fall",
  "drop",
  "slip",
  "edge",
]);

/**
 * Before "to" at `to`: the chances moved there, the odds noun and a verb of moving within the
 * clause ("raised its odds of a recession to", "the probability of a recession has risen to").
 */
function movedPercent(tokens: readonly Token[], to: number): boolean {
  let odds = false;
  let moved = false;
  for (let i = to - 1; i >= 0 && to - i <= 14; i -= 1) {
    const token = tokens[i]!;
    if (CLAUSE_BREAK.has(token.text)) break;
    if (ODDS_NOUNS.has(token.lemma) || token.lower === "chances") odds = true;
    else if (MOVING.has(token.lemma) && (token.pos === "VERB" || token.pos === "AUX")) moved = true;
    if (odds && moved) return true;
  }
  return false;
}

/** The stated probability at a "stated" cue's number: "a 60% chance", "puts the odds at 40%". */
export const statedAt = (tokens: readonly Token[], at: number): number | null =>
  statedPercent(tokens, at) ?? ratedPercent(tokens, at);

/** The index of the odds noun after a stated percentage ("60% chance" -> "chance"). */
export function oddsNounAt(tokens: readonly Token[], at: number): number {
  // ("a one-in-three chance": five tokens from the number to the noun; "80% sure".)
  for (let i = at + 1; i < Math.min(tokens.length, at + 7); i += 1) {
    if (ODDS_NOUNS.has(tokens[i]?.lemma ?? "") || SURE.has(tokens[i]?.lower ?? "")) return i;
  }
  return at;
}

/** An amount at `at`: "2%", "$5,000", "610,000", "around $1,050", "£58.3 billion". */
export function amountAt(tokens: readonly Token[], at: number): boolean {
  let i = at;
  if (["around", "about", "roughly", "nearly", "almost", "some", "just"].includes(tokens[i]?.lower ?? "")) i += 1;
  if (tokens[i]?.pos === "SYM" || /^(?:[A-Z]{1,3})?[$£€¥]$/.test(tokens[i]?.text ?? "")) i += 1;
  return tokens[i]?.pos === "NUM" && /\d/.test(tokens[i]!.text);
}

/** Units of a level a price, a rate or an index stands at: "at 5,600 points", "at 1.5%". */
const LEVEL_UNITS = new Set(["percent", "per", "%", "points", "bps", "basis", "yen", "euros", "dollars", "pounds"]);

/**
 * A level at `at`: an amount in money, a percentage, points, or a figure with a decimal or a
 * thousands separator ("at $1,050", "at 5,600 points", "at 1.36"), not a count ("at 10 sites").
 */
export function levelAt(tokens: readonly Token[], at: number): boolean {
  if (!amountAt(tokens, at)) return false;
  const number = indexIn(tokens, at, tokens.length, (token) => token.pos === "NUM");
  const money = tokens.slice(at, number).some((token) => token.pos === "SYM" || /^[$£€¥]$/.test(token.text));
  return money || /[.,]/.test(tokens[number]!.text) || LEVEL_UNITS.has(tokens[number + 1]?.lower ?? "");
}

/**
 * From `at`: an article or none, a noun of change, "of" and a figure within four words ("a fall of
 * at least 25%", "growth of 1.5%", "a rise of about $2 billion").
 */
export function changeOfFigure(tokens: readonly Token[], at: number): boolean {
  const noun = ["a", "an"].includes(tokens[at]?.lower ?? "") ? at + 1 : at;
  if (tokens[noun]?.pos !== "NOUN" || tokens[noun + 1]?.lower !== "of") return false;
  for (let k = noun + 2; k < tokens.length && k < noun + 6; k += 1) if (amountAt(tokens, k)) return true;
  return false;
}
