import type { Cue } from "./clause-reading";
import { findCues } from "./cues";
import { indexIn, isVerbLike, lowerWords } from "./grammar";
import type { Token } from "./tokens";
import { CLAUSE_BREAK, DASHES, NAMED_FUTURE } from "./words";

/**
 * The condition a claim hangs on ("If X, Y will", "Y will unless X") and the bounds of its quote: a
 * lead-in before it ("In short,") and an aside after a dash are left out.
 */

const DISCOURSE_TAIL = new Set(["however", "though", "therefore", "moreover", "meanwhile", "then", "too", "also"]);
/** "If" in idioms that state no condition: "if history is any guide", "if anything", "even if". */
const NON_CONDITIONAL_IF = [
  /^if (?:history|the past|past experience|precedent) (?:is|are) any guide\b/,
  /^if anything\b/,
  /^if ever\b/,
  /^if only\b/,
  /^if not\b/,
  /^if at all\b/,
];
const JOINERS = new Set(["and", "but", "or", "while", "whereas", "yet"]);

/**
 * Index of an "if"/"unless" that opens the clause, after at most a conjunction or adverb ("But if",
 * "And even if"), or -1.
 */
function leadingIf(tokens: readonly Token[]): number {
  for (let i = 0; i < Math.min(tokens.length, 4); i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (token.lower === "if" || token.lower === "unless") return i;
    if (token.pos !== "CCONJ" && token.pos !== "ADV" && token.text !== ",") break;
  }
  return -1;
}

/** Index of the comma (or "then") that closes a leading "If ...", or -1. */
export function leadingConditionEnd(tokens: readonly Token[]): number {
  const at = leadingIf(tokens);
  if (at < 0) return -1;
  for (let i = at + 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token?.text === "," || token?.lower === "then") return i;
  }
  return -1;
}

interface ConditionFound {
  conditional: boolean;
  condition: [number, number] | null;
  /** First token of the quote: after a lead-in that is not part of the claim. */
  leadEnd: number;
}

export function findCondition(tokens: readonly Token[], cue: Cue): ConditionFound {
  const lower = tokens.map((token) => token.lower);
  // Leading "If X, Y will ..." (also "But if", "And if"); "even if" concedes rather than conditions.
  const ifAt = leadingIf(tokens);
  if (ifAt >= 0 && ifAt < cue.first) {
    const rest = lower.slice(ifAt).join(" ");
    const idiom = NON_CONDITIONAL_IF.some((pattern) => pattern.test(rest));
    const concessive = lower[ifAt - 1] === "even";
    let end = -1;
    for (let i = cue.first - 1; i > ifAt; i -= 1) {
      if (lower[i] === "then") {
        end = i;
        break;
      }
    }
    if (end < 0) {
      for (let i = cue.first - 1; i > ifAt; i -= 1) {
        if (tokens[i]?.text === ",") {
          end = i;
          break;
        }
      }
    }
    if (end > ifAt + 1) {
      let last = end - 1;
      while (last > ifAt && (tokens[last]?.text === "," || DISCOURSE_TAIL.has(lower[last] ?? ""))) last -= 1;
      const leadEnd = end + 1;
      if (idiom) return { conditional: false, condition: null, leadEnd };
      if (concessive) return { conditional: false, condition: null, leadEnd: 0 };
      return { conditional: true, condition: [ifAt + 1, last], leadEnd: 0 };
    }
  }
  // Trailing "Y will ... if X" / "unless X" / "as long as X" / "provided that X".
  for (let i = cue.last + 1; i < tokens.length; i += 1) {
    const word = lower[i];
    const opens =
      ((word === "if" || word === "unless") && lower[i - 1] !== "even" && lower[i - 1] !== "as") ||
      (word === "as" && lower[i + 1] === "long" && lower[i + 2] === "as") ||
      (word === "provided" && lower[i + 1] === "that");
    if (!opens) continue;
    const start = word === "as" ? i + 3 : word === "provided" ? i + 2 : i + 1;
    // The condition ends where a new clause joins: ", and a new fight ... is almost certain".
    let last = tokens.length - 1;
    for (let j = start + 1; j < tokens.length; j += 1) {
      if ((tokens[j]?.text === "," || tokens[j]?.text === ";") && JOINERS.has(lower[j + 1] ?? "")) {
        last = j - 1;
        break;
      }
    }
    while (last > start && tokens[last]?.pos === "PUNCT") last -= 1;
    if (last >= start) return { conditional: true, condition: [start, last], leadEnd: leadIn(tokens, cue) };
  }
  return { conditional: false, condition: null, leadEnd: leadIn(tokens, cue) };
}

/** Tags a subject noun phrase starts with (an adverbial lead-in starts with ADP, ADV, SCONJ...). */
const NOUN_PHRASE_START = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"]);

/**
 * A short lead-in before a comma that carries no verb ("In exchange,", "In short,", "However,") is
 * not part of the claim; the quote starts after it.
 */
function leadIn(tokens: readonly Token[], cue: Cue): number {
  for (let i = 0; i < Math.min(cue.first, 5); i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (token.text === ",") {
      // A subject interrupted by an aside is no lead-in: "The finance minister, Anna Berg, said...",
      // "Officials, speaking on condition of anonymity, said...", "Inflation, said Cha, will...".
      const interrupted = tokens.slice(i + 1, cue.first).some((later) => later.text === ",");
      if (interrupted && NOUN_PHRASE_START.has(tokens[0]?.pos ?? "")) return 0;
      // "For 2028, the firm forecasts 1.8 percent growth", "Next year, prices will": the time the
      // forecast is for belongs to the claim.
      if (NAMED_FUTURE.test(lowerWords(tokens, 0, i))) return 0;
      return i + 1;
    }
    if (isVerbLike(token) || CLAUSE_BREAK.has(token.text)) return 0;
  }
  return 0;
}

/**
 * An aside after a dash that holds no cue of its own ("... meaningless – just like his North Korea
 * diplomacy") and the closing punctuation are left out of the quote.
 */
export function trimTail(tokens: readonly Token[], cue: Cue): number {
  let last = tokens.length - 1;
  // Where the clause's last cue starts: an aside after a dash past it holds none of its own. (The
  // cues are found once: once per dash, a page-long sentence of dashes was quadratic.)
  let lastCue = -1;
  if (indexIn(tokens, cue.last + 1, tokens.length, (token) => DASHES.has(token.text)) >= 0) {
    for (const other of findCues(tokens)) lastCue = Math.max(lastCue, other.first);
  }
  for (let i = cue.last + 1; i < tokens.length; i += 1) {
    if (DASHES.has(tokens[i]!.text) && i > lastCue && i - 1 > cue.last) {
      last = i - 1;
      break;
    }
  }
  while (last > cue.last && /^[.!;:,]$/.test(tokens[last]?.text ?? "")) last -= 1;
  return last;
}
