import { appositionEnd } from "./appositions";
import type { Attribution } from "./attribution-shape";
import { escaped } from "./carry-surveys";
import { isCapitalised } from "./names";
import { isOrganisation, PERSON_TITLES } from "./organisations";
import type { PeopleIndex } from "./people";
import { CALENDAR, PERSON_HEADS } from "./reporting-words";
import type { Token } from "./tokens";

/**
 * People a sentence is about without crediting them: a person's name as the subject of its verb
 * ("Foreign Minister Sergei Lavrov struck") or of "be" ("Jane Smith of Nomura is more upbeat"),
 * a known surname the tagger read as a noun ("Park thinks"), and a one-word name that is a person's.
 */

/**
 * A person's full name opening a sentence as the subject of its verb, after any title: "Foreign
 * Minister Sergei Lavrov struck", "Ana Ruiz disagrees". Two or three proper nouns, then a verb
 * (not "is": "New York is" describes); null for anything else, organisations included.
 */
export function personSubject(tokens: readonly Token[]): string | null {
  // "Her colleague Tom Berg is less sure": a person described before the name; then "is" is no
  // place's ("New York is") and counts as the verb.
  let lead = 0;
  if (/^(?:her|his|their|our|its|the)$/i.test(tokens[0]?.text ?? "")) {
    let i = 1;
    // "The bank's chief economist": a possessive on the way.
    const word = (token: Token | undefined) =>
      (token?.pos === "ADJ" || token?.pos === "NOUN") && /^\p{Ll}/u.test(token.text);
    while (i < 6 && (word(tokens[i]) || (["'s", "’s"].includes(tokens[i]?.lower ?? "") && i > 1))) i += 1;
    if (i > 1 && COLLEAGUES.has(tokens[i - 1]!.lower)) lead = i;
  }
  // "But Bo Lee, a strategist at Harlow Capital, disagreed": a conjunction opening the sentence.
  if (lead === 0 && /^(?:But|And|Yet|Still|Meanwhile)$/.test(tokens[0]?.text ?? "") && tokens[1]?.pos === "PROPN")
    lead = 1;
  let end = lead;
  while (end < tokens.length && end < lead + 6 && /^\p{Lu}/u.test(tokens[end]!.text) && tokens[end]!.pos !== "VERB")
    end += 1;
  if (lead > 0 && tokens[end]?.pos === "AUX" && tokens[end]!.lemma === "be") {
    const run = tokens.slice(lead, end);
    if (run.length >= 2 && run.length <= 3 && run.every((token) => token.pos === "PROPN")) {
      return run.map((token) => token.text).join(" ");
    }
  }
  // "Tom Reyes, a strategist at Harlow Capital, disagrees": the verb after an apposition.
  let verb = end;
  if (tokens[end]?.text === ",") {
    const apposition = appositionEnd(tokens, end);
    if (apposition >= 0 && tokens[apposition + 1]?.text === ",") verb = apposition + 2;
  } else if ((tokens[end]?.lower === "of" || tokens[end]?.lower === "at") && end > lead) {
    // "Peter Chu of Harlow Capital agreed": where they work, before the verb.
    let k = end + (tokens[end + 1]?.lower === "the" ? 2 : 1);
    const start = k;
    while (k - start < 5 && /^\p{Lu}/u.test(tokens[k]?.text ?? "") && tokens[k]!.pos !== "VERB") k += 1;
    if (k > start) verb = k;
  }
  // "Jeffrey Saut, chief investment strategist at Raymond James, is feeling bullish": an auxiliary
  // and the verb it carries.
  const carried = tokens[verb]?.pos === "AUX" && (tokens[verb + 1]?.pos === "VERB" || tokens[verb + 2]?.pos === "VERB");
  // "Jane Smith has spent 30 years forecasting oil prices": a perfect's "has" right after the name.
  const perfect = carried && ["has", "had"].includes(tokens[verb]!.lower) && tokens[verb + 1]?.pos === "VERB";
  if (tokens[verb]?.pos !== "VERB" && !(carried && (verb > end || perfect))) return null;
  let first = lead;
  for (let i = lead; i < end; i += 1) if (PERSON_TITLES.has(tokens[i]!.lower)) first = i + 1;
  const run = tokens.slice(first, end);
  if (run.length < 2 || run.length > 3 || run.some((token) => token.pos !== "PROPN")) return null;
  const name = run.map((token) => token.text).join(" ");
  return isOrganisation(name) ? null : name;
}

/**
 * "Jane Smith was upbeat.", "Jane Smith of Nomura is more cautious.", "Tom Berg has a simple view.",
 * "Jane Smith, a lobbyist, is less sure": a person's name opening the sentence as the subject of "be"
 * or "have" (two or three capitalised words, perhaps "of" or "at" and where they work, or who they
 * are between commas), whom a later "she" may mean when nobody was quoted. With `employed`, only a
 * name with its employer or an apposition; with `surname`, one word it accepts too ("Chu is not
 * convinced." after Peter Chu was named). The name, or null.
 */
export function nameBeforeBe(
  tokens: readonly Token[],
  employed = false,
  surname: (word: string) => boolean = () => false,
): string | null {
  let end = 0;
  while (end < 4 && tokens[end]?.pos === "PROPN" && isCapitalised(tokens[end])) end += 1;
  // "Chu is not convinced.": a known person's surname alone.
  const known = end === 1 && surname(tokens[0]!.text);
  if ((end < 2 && !known) || end > 3) return null;
  let verb = end;
  if (tokens[verb]?.lower === "of" || tokens[verb]?.lower === "at") {
    verb += tokens[verb + 1]?.lower === "the" ? 2 : 1;
    const start = verb;
    while (verb - start < 5 && isCapitalised(tokens[verb])) verb += 1;
    if (verb === start) return null;
  } else if (tokens[verb]?.text === ",") {
    // "Jane Smith, a lobbyist at Harlow Capital, is less sure": who she is, between commas.
    const apposition = appositionEnd(tokens, verb);
    if (apposition < 0 || tokens[apposition + 1]?.text !== ",") return null;
    verb = apposition + 2;
  } else if (employed) return null;
  // "Tom Berg has a simple view": "have" as the main verb too.
  const main = tokens[verb]?.lemma === "have" && tokens[verb + 1]?.pos !== "VERB";
  if (tokens[verb]?.pos !== "AUX" || (tokens[verb]!.lemma !== "be" && !main)) return null;
  const name = tokens
    .slice(0, end)
    .map((token) => token.text)
    .join(" ");
  return isOrganisation(name) || tokens.slice(0, end).some((token) => CALENDAR.has(token.lower)) ? null : name;
}

/** Nouns that describe a person by their relation or role before the name: "Her colleague Tom Berg". */
const COLLEAGUES = new Set([
  "colleague",
  "boss",
  "deputy",
  "successor",
  "predecessor",
  "rival",
  "counterpart",
  "economist",
  "analyst",
  "strategist",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "adviser",
  "advisor",
  "partner",
  "founder",
  "director",
  "minister",
]);

/**
 * "Jo Park and Ana Ruiz disagree. Park thinks ...": a surname that is also a common word ("Park",
 * "Rose", "Young") is tagged a noun, and at a sentence's start its capital says nothing. Once the
 * text has named the person in full, the word is the surname where a name stands: before a verb,
 * a comma or "'s", opening the sentence or a clause, or after a preposition ("In Park's view").
 */
export function retagKnownSurnames(tokens: Token[], people: PeopleIndex): void {
  // Runs on every sentence: the cheap tests first.
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const next = tokens[i + 1]!;
    // "Park thinks", "Park's view", "Park, for one, expects", "Park is among those who expect".
    const named = next.pos === "VERB" || next.pos === "AUX" || next.text === "," || next.lower === "'s";
    if (!named) continue;
    const word = tokens[i]!;
    if (word.pos === "PROPN" || (i > 0 && tokens[i - 1]!.pos !== "PUNCT" && tokens[i - 1]!.pos !== "ADP")) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word.text)) continue;
    const full = people.resolve(word.text);
    if (full === word.text || !full.includes(" ") || isOrganisation(full)) continue;
    word.pos = "PROPN";
    word.lemma = word.lower;
  }
}

/**
 * Whether a one-word name is a person's, as the sentence gives it: after a personal title ("Mr Lee",
 * "Dr. Park") or with a person's role as its apposition ("Lee, the bank's chief economist").
 */
export function namedAsPerson(name: string, sentence: string, attribution: Attribution): boolean {
  if (new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+${escaped(name)}\\b`).test(sentence)) return true;
  const role = attribution.affiliation?.toLowerCase().split(/\s+/) ?? [];
  return role.some((word) => PERSON_HEADS.has(word));
}

/**
 * "Jane Smith and Peter Chu, economists at Kestrel Bank, published a note": two people's full names
 * joined by "and" as the subject opening the sentence (who they are between commas may follow),
 * whom a later "they" or "the pair" means. "Jane Smith; Peter Chu", or null.
 */
export function pairSubject(tokens: readonly Token[]): string | null {
  const first = fullNameEnd(tokens, 0);
  if (first < 0 || tokens[first]?.lower !== "and") return null;
  const second = fullNameEnd(tokens, first + 1);
  if (second < 0) return null;
  let verb = second;
  if (tokens[verb]?.text === ",") {
    const close = tokens.findIndex((token, k) => k > verb && k - verb <= 10 && token.text === ",");
    if (close < 0 || tokens.slice(verb + 1, close).some((token) => token.pos === "VERB" || token.pos === "AUX")) {
      return null;
    }
    verb = close + 1;
  }
  if (tokens[verb]?.pos !== "VERB" && tokens[verb]?.pos !== "AUX") return null;
  const names = [tokens.slice(0, first), tokens.slice(first + 1, second)].map((words) =>
    words.map((token) => token.text).join(" "),
  );
  return names.some((name) => isOrganisation(name)) ? null : names.join("; ");
}

/** After two or three capitalised proper nouns from `from`: the index past them, or -1. */
function fullNameEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < from + 3 && tokens[end]?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[end]!.text)) end += 1;
  return end - from >= 2 ? end : -1;
}
