import { type Attribution, textOf } from "./attribution-shape";
import { isCapitalised } from "./names";
import { isOrganisation } from "./organisations";
import { CALENDAR, QUOTE_MARKS, REPORTING, SAYING } from "./reporting-words";
import type { Token } from "./tokens";

/**
 * Attributions outside a sentence's main reading: an outlet's report closing it (", Reuters reported,
 * citing ..."), a closing report after the last comma (", the agency said."), and a person introducing
 * a colon ("Tom Berg put it bluntly: ...").
 */

/** What an outlet is called after its name: "the Nikkei newspaper reported". */
const OUTLET_WORDS = new Set(["newspaper", "daily", "agency", "website", "broadcaster", "magazine", "channel"]);

/**
 * ", Reuters reported.", ", the Nikkei newspaper reported on Monday.", ", Bloomberg News reported,
 * citing people familiar with the matter.": an outlet (a capitalised name, perhaps "the" before it
 * and what it is after it) closing the sentence with "reported", and whether ", citing ..." follows
 * (an outlet's reporter, ", Bloomberg's Mark Gurman reported.", is credited as if citing). Null
 * otherwise.
 */
export function closingOutletReport(
  tokens: readonly Token[],
  source: string,
): { attribution: Attribution; citing: boolean } | null {
  const verb = tokens.findLastIndex((token) => token.lower === "reported" || token.lower === "reports");
  if (verb < 3) return null;
  // What may follow: a day ("on Monday", "late Monday"), then ", citing ..." or the sentence's end.
  let after = verb + 1;
  if (["on", "late", "early"].includes(tokens[after]?.lower ?? "") && CALENDAR.has(tokens[after + 1]?.lower ?? ""))
    after += 2;
  else if (CALENDAR.has(tokens[after]?.lower ?? "")) after += 1;
  const closes = tokens.slice(after).every((token) => token.pos === "PUNCT");
  const citing = tokens[after]?.text === "," && tokens[after + 1]?.lower === "citing";
  if (!closes && !citing) return null;
  let last = verb - 1;
  if (OUTLET_WORDS.has(tokens[last]?.lower ?? "")) last -= 1;
  let first = last;
  while (first > 0 && isCapitalised(tokens[first - 1]) && last - first < 4) first -= 1;
  if (!isCapitalised(tokens[last]) || !isCapitalised(tokens[first])) return null;
  // ", Bloomberg's Mark Gurman reported.": the outlet's reporter, whose report it is.
  if (tokens[first - 1]?.lower === "'s" && last > first) {
    let owner = first - 2;
    while (owner > 0 && isCapitalised(tokens[owner - 1]) && first - owner < 5) owner -= 1;
    const opened = tokens[owner - 1]?.lower === "the" ? owner - 1 : owner;
    if (!isCapitalised(tokens[owner]) || tokens[opened - 1]?.text !== ",") return null;
    const reporter: Attribution = {
      name: textOf(tokens, first, last, source),
      pronoun: false,
      affiliation: textOf(tokens, owner, first - 2, source),
      span: { start: tokens[opened - 1]!.start, end: tokens[citing ? tokens.length - 1 : verb]!.end },
    };
    return { attribution: reporter, citing: true };
  }
  const article = tokens[first - 1]?.lower === "the" ? first - 1 : first;
  if (tokens[article - 1]?.text !== ",") return null;
  const attribution: Attribution = {
    name: textOf(tokens, first, last, source),
    pronoun: false,
    organisation: true,
    affiliation: null,
    span: { start: tokens[article - 1]!.start, end: tokens[citing ? tokens.length - 1 : verb]!.end },
  };
  return { attribution, citing };
}

/** Verbs of a closing report: "..., the agency said", "..., Kowalczyk warns". */
const CLOSING_VERBS = new Set(["said", "says", "added", "adds", "noted", "notes", "warned", "warns", "told"]);

/**
 * The last comma of a sentence that closes with a report of up to five words after it (", the
 * agency said.", ", said the National Weather Service."), or -1.
 */
export function closingReport(tokens: readonly Token[]): number {
  let end = tokens.length - 1;
  while (end > 0 && tokens[end]!.pos === "PUNCT") end -= 1;
  // ", the IEA said in its monthly report.", ", Kestrel Bank said in a note on Tuesday.": where
  // and when it was said, after the verb.
  end = reportTailStart(tokens, end);
  for (let comma = end - 1; comma > 0 && end - comma <= 6; comma -= 1) {
    if (tokens[comma]!.text !== ",") continue;
    const verbs = tokens.slice(comma + 1, end + 1).filter((token) => CLOSING_VERBS.has(token.lower));
    return verbs.length === 1 ? comma : -1;
  }
  return -1;
}

/** Words opening where or when something was said: "in a note", "on Tuesday", "last week". */
const TAIL_OPENERS = new Set(["in", "on", "at", "during", "after", "before", "last", "earlier", "late", "this"]);

/**
 * From the sentence's last word at `end`, back over a tail of up to eight words after a closing verb
 * ("said in its monthly report on Tuesday"): the verb's index when the tail is only that, else `end`.
 */
function reportTailStart(tokens: readonly Token[], end: number): number {
  for (let verb = end - 1; verb > 0 && end - verb <= 8; verb -= 1) {
    const token = tokens[verb]!;
    if (CLOSING_VERBS.has(token.lower)) return TAIL_OPENERS.has(tokens[verb + 1]?.lower ?? "") ? verb : end;
    if (token.pos === "VERB" || token.pos === "AUX" || token.pos === "PUNCT" || token.lower === "that") return end;
  }
  return end;
}

/** Words that say someone speaks, in a colon's introduction: "put it bluntly", "was blunt", "had a warning". */
const INTRODUCING = new Set([
  "put",
  "sum",
  "offer",
  "blunt",
  "clear",
  "direct",
  "candid",
  "emphatic",
  "succinct",
  "warning",
  "message",
  "prediction",
  "view",
  "forecast",
  "take",
  "verdict",
  "advice",
  // "Jane Smith's pick: Chiefs 27, Eagles 24".
  "pick",
  "call",
]);

/** Possessives opening a colon's introduction, and whom they refer back to: "Their forecast:". */
const OWNERS: Record<string, string> = { his: "he", her: "she", their: "they", its: "it" };

/** How a view is said to be, before its colon: "is simple", "was blunt", "is clear". */
const PLAINLY = new Set(["simple", "clear", "blunt", "stark", "straightforward", "unambiguous", "direct"]);

/** No words, or "is"/"was" and one of PLAINLY: "The message from Jane Smith is simple:". */
const statedPlainly = (words: readonly Token[]): boolean =>
  words.length === 0 || (words.length === 2 && ["is", "was"].includes(words[0]!.lower) && PLAINLY.has(words[1]!.lower));

/** Words a colon's introduction may not hold: it would be a clause of its own, or a question. */
const NOT_INTRODUCING = new Set(["that", "if", "when", "whether", "what", "which", "who", "because", "but", "and"]);

/** Participles a sentence may open with before the person who speaks: "Asked about the outlook, ...". */
const LEADING_PARTICIPLES = new Set(["asked", "pressed", "questioned", "speaking", "writing", "interviewed"]);

/**
 * "Tom Berg put it bluntly: “Yields will fall.”", "Tom Berg of Kestrel Capital was blunt: yields
 * will fall", "She put it this way: ...": a person (two or three capitalised words, perhaps of an
 * employer, or "he"/"she") opening the sentence, a short verb phrase and a colon: what follows is
 * theirs. The words up to the colon are left out of the claim.
 */
export function introducedByColon(tokens: readonly Token[], source: string): Attribution | null {
  // "Asked about the outlook, Jane Smith was blunt:": past a participle's phrase and its comma.
  if (LEADING_PARTICIPLES.has(tokens[0]?.lower ?? "")) {
    const comma = tokens.slice(0, 10).findIndex((token) => token.text === ",");
    return comma > 1 ? introducedByColon(tokens.slice(comma + 1), source) : null;
  }
  const colon = tokens.findIndex((token) => token.text === ":");
  // (Further with an apposition after a name: "Jane Smith, a strategist at Kestrel Bank, has a message:".)
  const apposed = tokens[2]?.text === "," || tokens[3]?.text === ",";
  if (colon < 2 || colon > (apposed ? 24 : 14) || colon >= tokens.length - 2) return null;
  // "Says Jane Smith: “The market will crash.”": the verb first, then the name and the colon.
  if (/^\p{Lu}/u.test(tokens[0]!.text) && SAYING.has(tokens[0]!.lemma) && /s$/.test(tokens[0]!.lower)) {
    let last = 1;
    while (last + 1 < colon && isCapitalised(tokens[last + 1])) last += 1;
    if (last + 1 === colon && last > 1 && isCapitalised(tokens[1])) {
      const name = textOf(tokens, 1, last, source);
      const span = { start: tokens[0]!.start, end: tokens[colon]!.end };
      return { name, pronoun: false, ...(isOrganisation(name) ? { organisation: true } : {}), affiliation: null, span };
    }
  }
  // "His view: ...", "Her prediction for next year: ...": the person written of before.
  // "Her message was clear: ...", "Their forecast: ...", "Its verdict: ...": the same.
  const owner = OWNERS[tokens[0]!.lower];
  if (owner && INTRODUCING.has(tokens[1]?.lower ?? "") && colon <= 6) {
    const rest = tokens.slice(2, colon);
    if (
      rest.every((token) => token.pos !== "VERB" && token.pos !== "AUX" && token.pos !== "PUNCT") ||
      statedPlainly(rest)
    ) {
      return {
        name: owner,
        pronoun: true,
        ...(owner === "it" ? { organisation: true } : {}),
        affiliation: null,
        span: { start: tokens[0]!.start, end: tokens[colon]!.end },
      };
    }
  }
  // "The message from Jane Smith is simple:", "The verdict of Tom Berg was blunt:": whose it is.
  if (
    tokens[0]!.lower === "the" &&
    INTRODUCING.has(tokens[1]?.lower ?? "") &&
    ["from", "of"].includes(tokens[2]?.lower ?? "")
  ) {
    let end = 2;
    while (end + 1 < colon && isCapitalised(tokens[end + 1])) end += 1;
    if (end > 3 && statedPlainly(tokens.slice(end + 1, colon))) {
      const name = textOf(tokens, 3, end, source);
      const span = { start: tokens[0]!.start, end: tokens[colon]!.end };
      return { name, pronoun: false, ...(isOrganisation(name) ? { organisation: true } : {}), affiliation: null, span };
    }
  }
  const pronoun = ["he", "she"].includes(tokens[0]!.lower);
  let last = pronoun ? 0 : -1;
  if (!pronoun) {
    while (last + 1 < colon && last < 2 && tokens[last + 1]!.pos === "PROPN" && isCapitalised(tokens[last + 1]))
      last += 1;
    if (last < 1) return null;
  }
  // "Jane Smith's view:", "Berg's forecast for next year:": their view is what follows.
  if (
    !pronoun &&
    ["'s", "’s"].includes(tokens[last + 1]?.lower ?? "") &&
    INTRODUCING.has(tokens[last + 2]?.lower ?? "")
  ) {
    // "Jane Smith's message to investors is simple:": what the view is called may close the phrase.
    let rest = tokens.slice(last + 3, colon);
    if (rest.length >= 2 && statedPlainly(rest.slice(-2))) rest = rest.slice(0, -2);
    if (
      rest.length <= 4 &&
      rest.every((token) => token.pos !== "VERB" && token.pos !== "AUX" && token.pos !== "PUNCT")
    ) {
      const span = { start: tokens[0]!.start, end: tokens[colon]!.end };
      return { name: textOf(tokens, 0, last, source), pronoun: false, affiliation: null, span };
    }
  }
  let verb = last + 1;
  // "Tom Berg of Kestrel Capital put it bluntly": where they work, skipped.
  if (!pronoun && (tokens[verb]?.lower === "of" || tokens[verb]?.lower === "at")) {
    verb += tokens[verb + 1]?.lower === "the" ? 2 : 1;
    while (verb < colon && isCapitalised(tokens[verb])) verb += 1;
  }
  // "Jane Smith, a strategist at Kestrel Bank, has a simple message:": past an apposition.
  if (!pronoun && verb === last + 1 && tokens[verb]?.text === ",") {
    let close = verb + 2;
    while (close < colon && close - verb <= 10 && tokens[close]!.text !== ",") close += 1;
    if (tokens[close]?.text === "," && close < colon) verb = close + 1;
  }
  // "Jane Smith, chief economist at Kestrel Bank: “The Fed will cut in June.”": an apposition running
  // to the colon, and a quotation after it.
  const quoted = QUOTE_MARKS.has(tokens[colon + 1]?.text ?? "");
  if (
    !pronoun &&
    quoted &&
    verb === last + 1 &&
    tokens[verb]?.text === "," &&
    colon - verb <= 12 &&
    !tokens.slice(verb + 1, colon).some((token) => token.pos === "VERB" || token.pos === "PUNCT")
  ) {
    verb = colon;
  }
  // "Kestrel Bank's Jane Smith: “...”": the person after their employer's possessive.
  if (!pronoun && quoted && verb === last + 1 && ["'s", "’s"].includes(tokens[verb]?.lower ?? "")) {
    const person = tokens.slice(verb + 1, colon);
    if (person.length >= 2 && person.length <= 3 && person.every((token) => isCapitalised(token))) {
      const span = { start: tokens[0]!.start, end: tokens[colon]!.end };
      return { name: textOf(tokens, verb + 1, colon - 1, source), pronoun: false, affiliation: null, span };
    }
  }
  // "Jane Smith (Kestrel Bank): The euro will weaken": a panel's list sets out who says what, the
  // speaker's employer or party in brackets.
  const bracketed = !pronoun && verb === last + 1 && tokens[verb]?.text === "(" && tokens[colon - 1]?.text === ")";
  if (bracketed && colon - verb <= 8 && !tokens.slice(verb + 1, colon - 1).some((token) => token.pos === "VERB")) {
    verb = colon;
  }
  const phrase = tokens.slice(verb, colon);
  // "Tom Berg: “Rates will fall next year.”": a name, a colon and a quotation, as an interview or a
  // headline sets out who says it.
  if (!pronoun && verb === colon && (QUOTE_MARKS.has(tokens[colon + 1]?.text ?? "") || bracketed)) {
    const name = textOf(tokens, 0, last, source);
    const span = { start: tokens[0]!.start, end: tokens[colon]!.end };
    return { name, pronoun: false, ...(isOrganisation(name) ? { organisation: true } : {}), affiliation: null, span };
  }
  if (phrase.length === 0 || phrase.length > 7 || (phrase[0]!.pos !== "VERB" && phrase[0]!.pos !== "AUX")) return null;
  if (phrase.some((token) => token.pos === "PUNCT" || NOT_INTRODUCING.has(token.lower))) return null;
  // "New York City faces a choice:" is no one speaking: the phrase must say something is said.
  const says = phrase.some(
    (token) => SAYING.has(token.lemma) || REPORTING.has(token.lemma) || INTRODUCING.has(token.lemma),
  );
  if (!says) return null;
  const span = { start: tokens[0]!.start, end: tokens[colon]!.end };
  if (pronoun) return { name: tokens[0]!.lower, pronoun: true, affiliation: null, span };
  const name = textOf(tokens, 0, last, source);
  if (isOrganisation(name)) return { name, pronoun: false, organisation: true, affiliation: null, span };
  return { name, pronoun: false, affiliation: null, span };
}
