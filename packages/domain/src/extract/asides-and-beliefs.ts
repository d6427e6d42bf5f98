import { AUXILIARIES, FINDING, NEGATIONS, PUBLISHED, QUOTE_MARKS, RELATIVES, REPORTING } from "./reporting-words";
import type { Token } from "./tokens";
import { DOCUMENT_HEADS } from "./organisations";

/**
 * The sentence re-read before its speaker is looked for: without an aside between a subject and its
 * verb of saying (", however,", "– which polls in the U.S. –"), and with "is confident that" read as
 * the verb "believes".
 */

/** Adjectives of belief after "is" or "remains": the subject holds the view the clause after gives. */
const BELIEF_ADJECTIVES = new Set([
  "confident",
  "optimistic",
  "pessimistic",
  "sceptical",
  "skeptical",
  "hopeful",
  "convinced",
  "doubtful",
  "upbeat",
  "bullish",
  "bearish",
  "adamant",
]);
// Token words are lower case with apostrophes straightened ("’s" reads "'s").
const BE_OR_REMAIN = new Set(["is", "are", "was", "were", "remains", "remain", "remained", "'s"]);

/**
 * The sentence with "is confident (that)", "remains optimistic (that)" read as one verb of belief
 * ("believe"), from the "is" to the adjective: its subject is then found as any verb's is. Only
 * when a clause follows ("that", or a subject); "is confident in the plan" holds no forecast of
 * its own. Null when there is none. The token keeps the offsets of the words it stands for.
 */
export function withBeliefVerb(tokens: readonly Token[]): Token[] | null {
  // "Jane Smith is among the analysts who expect": as "Jane Smith expects".
  const among = amongThoseWho(tokens);
  if (among) return [...tokens.slice(0, among[0]), ...tokens.slice(among[1] + 1)];
  // "If Jane Smith is right, the yen will hit 160", "..., if Jane Smith is right.": as "According to
  // Jane Smith, ...", "..., according to Jane Smith.".
  const right = ifRight(tokens);
  if (right) {
    const [condition, be] = right;
    const at = tokens[condition]!;
    const according: Token = {
      ...at,
      text: condition === 0 ? "According" : "according",
      lower: "according",
      pos: "VERB",
      lemma: "accord",
    };
    const to: Token = { ...at, text: "to", lower: "to", pos: "ADP", lemma: "to", start: at.end };
    return [...tokens.slice(0, condition), according, to, ...tokens.slice(condition + 1, be), ...tokens.slice(be + 2)];
  }
  const phrase = beliefPhrase(tokens) ?? notSurprised(tokens);
  if (phrase) {
    const [first, last] = phrase;
    const verb: Token = {
      ...tokens[first]!,
      text: "believes",
      lower: "believes",
      pos: "VERB",
      lemma: "believe",
      end: tokens[last]!.end,
    };
    return [...tokens.slice(0, first), verb, ...tokens.slice(last + 1)];
  }
  for (let at = 1; at < tokens.length - 1; at += 1) {
    const adjective = tokens[at]!;
    if (adjective.pos !== "ADJ" && adjective.pos !== "VERB") continue;
    if (!BELIEF_ADJECTIVES.has(adjective.lower)) continue;
    let be = at - 1;
    // "is “cautiously optimistic” that": the adverbs, and quotation marks around the words.
    while (
      be > 0 &&
      (["also", "still", "now", "not", "n't", "quite", "very", "increasingly"].includes(tokens[be]!.lower) ||
        (tokens[be]!.pos === "ADV" && tokens[be]!.lower.endsWith("ly")) ||
        QUOTE_MARKS.has(tokens[be]!.text))
    )
      be -= 1;
    if (!BE_OR_REMAIN.has(tokens[be]!.lower) || be === 0) continue;
    const closing = QUOTE_MARKS.has(tokens[at + 1]?.text ?? "") ? at + 1 : at;
    const next = tokens[closing + 1];
    if (!next) continue;
    if (next.lower !== "that" && !["DET", "PRON", "PROPN", "NOUN"].includes(next.pos)) continue;
    const verb: Token = {
      ...adjective,
      pos: "VERB",
      lemma: "believe",
      start: tokens[be]!.start,
      end: tokens[closing]!.end,
    };
    return [...tokens.slice(0, be), verb, ...tokens.slice(closing + 1)];
  }
  return null;
}

/**
 * Phrases of holding a view, after a subject: "is of the view that", "is in no doubt that", "has
 * little doubt (that)".
 */
const BELIEF_PHRASES = [
  ["of", "the", "view"],
  ["of", "the", "opinion"],
  ["of", "the", "belief"],
  ["in", "no", "doubt"],
  ["no", "doubt"],
  ["little", "doubt"],
];

/**
 * "Jane Smith is of the view that", "Tom Berg has little doubt the deal will pass": [first, last] of
 * the phrase from its "is" or "has", when a clause follows it ("that", or a subject); else null.
 */
function beliefPhrase(tokens: readonly Token[]): [number, number] | null {
  for (let be = 1; be < tokens.length - 3; be += 1) {
    // The word after the verb first: the cheapest test, and the rarest.
    const word = tokens[be + 1]!.lower;
    if (word !== "of" && word !== "in" && word !== "no" && word !== "little") continue;
    const verb = tokens[be]!.lower;
    const having = verb === "has" || verb === "have" || verb === "had";
    if (!having && !BE_OR_REMAIN.has(verb)) continue;
    for (const words of BELIEF_PHRASES) {
      // "is no doubt" is no view of the subject's ("It is no doubt true"); "has no doubt" is.
      if (words[0] !== "of" && words[0] !== "in" && !having) continue;
      if (words[0] === "in" && having) continue;
      if (!words.every((word, k) => tokens[be + 1 + k]?.lower === word)) continue;
      const last = be + words.length;
      const next = tokens[last + 1];
      if (next && (next.lower === "that" || ["DET", "PRON", "PROPN", "NOUN"].includes(next.pos))) return [be, last];
    }
  }
  return null;
}

/**
 * "Jane Smith wouldn't be surprised if", "Kestrel Bank would not be surprised to see": [first, last]
 * of the words from "would" to "if" (or "to see"), as a view held; else null.
 */
function notSurprised(tokens: readonly Token[]): [number, number] | null {
  const at = tokens.findIndex((token, k) => k > 2 && token.lower === "surprised");
  if (at < 0 || tokens[at - 1]?.lower !== "be" || !["not", "n't", "n’t"].includes(tokens[at - 2]?.lower ?? ""))
    return null;
  if (!["would", "wo", "'d"].includes(tokens[at - 3]?.lower ?? "")) return null;
  if (tokens[at + 1]?.lower === "if") return [at - 3, at + 1];
  return tokens[at + 1]?.lower === "to" && tokens[at + 2]?.lower === "see" ? [at - 3, at + 2] : null;
}

/**
 * "Jane Smith is among the analysts who expect", "Kestrel Bank is among those who see": [first, last]
 * of the words from "is" to "who", or null.
 */
function amongThoseWho(tokens: readonly Token[]): [number, number] | null {
  let be = 1;
  while (be < 6 && be < tokens.length && !BE_OR_REMAIN.has(tokens[be]!.lower)) be += 1;
  if (be >= 6 || tokens[be + 1]?.lower !== "among") return null;
  const who = tokens.findIndex((token, k) => k > be + 2 && k - be <= 7 && token.lower === "who");
  if (who < 0 || tokens.slice(be + 2, who).some((token) => token.pos === "VERB" || token.pos === "PUNCT")) return null;
  return tokens[who + 1]?.pos === "VERB" ? [be, who] : null;
}

/**
 * "If Jane Smith is right, ...", "If the bank's economists are correct, ...", or closing the
 * sentence after a comma ("..., if Jane Smith is right."): the indices of "if" and of "is" or "are"
 * after the condition's subject (up to six words), with "right" or "correct" after it; else null.
 */
function ifRight(tokens: readonly Token[]): [number, number] | null {
  const condition = tokens[0]?.lower === "if" ? 0 : closingIf(tokens);
  if (condition < 0) return null;
  let be = condition + 2;
  while (be < condition + 8 && be < tokens.length && tokens[be]!.lower !== "is" && tokens[be]!.lower !== "are") be += 1;
  if (be >= condition + 8 || !["right", "correct"].includes(tokens[be + 1]?.lower ?? "")) return null;
  const after = tokens[be + 2]?.text;
  const closes = condition === 0 ? after === "," : after === undefined || /^[.!]$/.test(after);
  return closes ? [condition, be] : null;
}

/** The index of "if" after the last comma, when the sentence closes with the condition; else -1. */
function closingIf(tokens: readonly Token[]): number {
  for (let k = tokens.length - 3; k > 1 && tokens.length - k <= 10; k -= 1) {
    if (tokens[k]!.lower === "if") return tokens[k - 1]?.text === "," ? k : -1;
  }
  return -1;
}

const DASHES = new Set(["–", "—"]);
/** Past participles that open an aside about how something was said: ", asked about the polls,". */
const ASKED = new Set(["asked", "pressed", "quoted", "interviewed", "reached", "contacted", "questioned"]);
/** Prepositions that tie a person to where they work: ", of Kestrel Bank,", ", at Georgetown,". */
const AFFILIATING = new Set(["of", "at", "from", "with"]);

/**
 * The sentence without an aside between a subject and its verb of saying: ", however,", ", speaking
 * on condition of anonymity,", ", in a note to clients,", ", asked about the polls," (between commas,
 * opening with an adverb, a preposition or a participle, up to ten words) or "– which polls in the
 * U.S. –" (between dashes, up to fifteen). A dashed aside closing an apposition ("Darrell Bricker, a
 * pollster at Ipsos – which polls in the U.S. – says") leaves the apposition's closing comma in its
 * place. Null when there is no such aside. The tokens keep their offsets, so spans still hold.
 */
export function withoutAside(tokens: readonly Token[]): Token[] | null {
  for (let verb = 2; verb < tokens.length; verb += 1) {
    const said = tokens[verb]!;
    // Runs for every attribution looked for: the cheap tests first.
    // "The Kestrel poll, released on Monday, shows that": what a document shows, as what it says.
    const shows = FINDING.has(said.lemma) && said.pos === "VERB";
    if (!shows && (said.pos !== "VERB" || !REPORTING.has(said.lemma))) continue;
    // ", shared Hunter's view, suggesting": a participle of saying goes on from a clause, not a subject.
    if (said.lower.endsWith("ing")) continue;
    let close = verb - 1;
    while (close > 0 && (AUXILIARIES.has(tokens[close]!.lower) || NEGATIONS.has(tokens[close]!.lower))) close -= 1;
    const closing = tokens[close]!;
    const dashed = DASHES.has(closing.text);
    if (closing.text !== "," && !dashed) continue;
    let open = close - 1;
    // (A document's aside may say when it came out at length: "telecast after X announced the schedule".)
    const limit = dashed || shows ? 16 : 11;
    while (open > 0 && close - open < limit && tokens[open]!.text !== closing.text) {
      if (QUOTE_MARKS.has(tokens[open]!.text) || /^[.;:!?]$/.test(tokens[open]!.text)) break;
      if (!dashed && DASHES.has(tokens[open]!.text)) break;
      open -= 1;
    }
    if (open <= 0 || open >= close - 1 || tokens[open]!.text !== closing.text) continue;
    const first = tokens[open + 1]!;
    // "managing director", "ex-managing director": a participle before a noun describes the subject.
    // "The IPCC report, released on Monday, warns": when a document came out.
    // (Not ", published by Moody's on Monday,": the aside names the owner.)
    const released =
      PUBLISHED.has(first.lower) &&
      DOCUMENT_HEADS.has(tokens[open - 1]!.lower) &&
      !tokens.slice(open + 1, close).some((token) => token.lower === "by");
    // ("telecast", "broadcast": the tagger may read the participle as a noun.)
    const participle =
      (first.pos === "VERB" || released) &&
      (first.lower.endsWith("ing") || ASKED.has(first.lower) || released) &&
      !first.text.includes("-") &&
      tokens[open + 2]?.pos !== "NOUN";
    // ", of Kestrel Bank," and ", where the child was from," belong to the subject's description.
    const adverb = first.pos === "ADV" && !RELATIVES.has(first.lower);
    // (Not "The report, by Kestrel Bank, says": the aside names the document's author.)
    const authoring = ["by", "from"].includes(first.lower) && DOCUMENT_HEADS.has(tokens[open - 1]!.lower);
    const preposition = first.pos === "ADP" && !AFFILIATING.has(first.lower) && !authoring;
    const compound = tokens[open + 2]?.text === "-" && tokens[open + 2]!.start === first.end;
    if (!dashed && (compound || !(adverb || preposition || participle))) continue;
    // The subject before it: a name or a noun (an apposition's last word), not a clause's end.
    const before = tokens[open - 1]!;
    if (!["PROPN", "NOUN", "PRON"].includes(before.pos)) continue;
    if (shows && !DOCUMENT_HEADS.has(before.lower)) continue;
    const inApposition = dashed && tokens.slice(Math.max(0, open - 24), open).some((token) => token.text === ",");
    const kept = inApposition ? [{ ...closing, text: ",", lower: ",", lemma: "," }] : [];
    return [...tokens.slice(0, open), ...kept, ...tokens.slice(close + 1)];
  }
  return null;
}
