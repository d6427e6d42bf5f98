import { textOfWords } from "./attribution-shape";
import { DOCUMENT_HEADS, GROUPS, isOrganisation, ORGANISATION_HEADS, STAFF } from "./organisations";
import { indexIn } from "./grammar";
import { hyphenJoined } from "./names";
import { CALENDAR } from "./reporting-words";
import type { Token } from "./tokens";

/**
 * Organisations and groups that speak: an organisation after "according to" ("the ITEM forecasting
 * club"), the organisation a spokesperson speaks for, officials nobody names ("U.S. defense officials")
 * and one person described, not named.
 */

/**
 * From `at`: capitalised words (places, nationalities: "U.S. and South Korean"), lower-case nouns
 * ("defense"), then a group's word that is not an organisation's staff ("officials", "diplomats",
 * "experts"). Its index, or -1 ("Goldman Sachs analysts" are the bank's).
 */
export function officialsAfter(tokens: readonly Token[], at: number): number {
  let capitals = 0;
  for (let i = at; i < tokens.length && i - at < 8; i += 1) {
    const token = tokens[i]!;
    if (GROUPS.has(token.lower) && !STAFF.has(token.lower)) return capitals > 0 ? i : -1;
    if (/^\p{Lu}/u.test(token.text) && token.pos === "PROPN") capitals += 1;
    else if (!(token.lower === "and" || (token.pos === "NOUN" && /^\p{Ll}/u.test(token.text)))) return -1;
  }
  return -1;
}

/**
 * "a top Republican strategist monitoring the race", "one European diplomat": from `at` to the next
 * punctuation, a person described and not named: no organisation's or document's word ("an IDC
 * report"), no name of two capitalised words ("a Kestrel Bank analyst").
 */
export function unnamedPersonAfter(tokens: readonly Token[], at: number): boolean {
  // ", said a Kestrel Bank spokesperson": the organisation's name before its spokesperson.
  for (let i = at; i < tokens.length && i - at < 6 && tokens[i]!.pos !== "PUNCT"; i += 1) {
    if (SPOKESPEOPLE.has(tokens[i]!.lower)) return true;
  }
  for (let i = at; i < tokens.length && tokens[i]!.pos !== "PUNCT"; i += 1) {
    const token = tokens[i]!;
    if (DOCUMENT_HEADS.has(token.lower) || ORGANISATION_HEADS.has(token.lower)) return false;
    if (/^\p{Lu}/u.test(token.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) return false;
  }
  return true;
}

const SPOKESPEOPLE = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/**
 * The organisation a spokesperson described from `first` to `last` speaks for, as [first, last] of
 * its name ("a Toyota spokesman", "a spokeswoman for the Bank of Japan") or of its common noun
 * ("a company spokesman", "a ministry spokeswoman"), or null.
 */
export function spokespersonFor(tokens: readonly Token[], first: number, last: number): [number, number] | null {
  const head = indexIn(tokens, first + 1, last + 1, (token) => SPOKESPEOPLE.has(token.lower));
  if (head < 0) return null;
  // "for the Bank of Japan", "at Toyota": capitalised words after the preposition.
  if (["for", "of", "at"].includes(tokens[head + 1]?.lower ?? "")) {
    const from = tokens[head + 2]?.lower === "the" ? head + 3 : head + 2;
    if (from <= last && /^\p{Lu}/u.test(tokens[from]!.text)) return [from, last];
  }
  // "a Toyota spokesman", "a Bank of Japan spokeswoman": the capitalised run before the role.
  let from = head;
  while (from - 1 > first && (/^\p{Lu}/u.test(tokens[from - 1]!.text) || tokens[from - 1]!.lower === "of")) from -= 1;
  if (from < head && /^\p{Lu}/u.test(tokens[from]!.text)) return [from, head - 1];
  // "a company spokesman": the organisation named before, by its common noun.
  if (ORGANISATION_HEADS.has(tokens[head - 1]?.lower ?? "")) return [head - 1, head - 1];
  return null;
}

/**
 * An organisation after "according to": "the ITEM forecasting club" (a name and an organisation's
 * head noun), "the Institute", "a draft UN report" (a document: its owner, "UN"). Returns [first,
 * last] of the name and the last token of the words to leave out of the claim, or null.
 */
export function organisationAfter(tokens: readonly Token[], at: number): [number, number, number] | null {
  let i = at;
  if (["the", "a", "an"].includes(tokens[i]?.lower ?? "")) i += 1;
  const start = i;
  let capitalLast = -1;
  let last = -1;
  while (i < tokens.length && i - start < 9) {
    const token = tokens[i]!;
    if (/^\p{Lu}/u.test(token.text) && (token.pos === "PROPN" || token.pos === "NOUN" || token.pos === "ADJ")) {
      capitalLast = i;
    } else if (
      // "the Institute for Metals Research", "the Bank of Korea": a connector inside a capitalised name.
      ORGANISATION_CONNECTORS.has(token.lower) &&
      capitalLast === i - 1 &&
      /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")
    ) {
      i += 1;
      continue;
    } else if (token.text === "-" && hyphenJoined(tokens, i + 1) && /^\p{Ll}/u.test(tokens[i + 1]!.text)) {
      // "the Energy Information Administration short-term energy outlook": a word joined by a hyphen.
      i += 1;
      continue;
    } else if (
      token.pos !== "NOUN" &&
      token.pos !== "ADJ" &&
      !(token.lower.endsWith("ing") && tokens[i + 1]?.pos === "NOUN")
    ) {
      break;
    }
    last = i;
    i += 1;
  }
  if (last < 0) return null;
  const head = tokens[last]!.lower;
  const capitalFirst = tokens.slice(start, last + 1).findIndex((token) => /^\p{Lu}/u.test(token.text));
  // "Jane Smith of Kestrel Bank": a person's name before "of" and the employer after it (the
  // organisation's words come after "of" only), left to the rules for names.
  const of = indexIn(tokens, start + 1, last, (token) => token.lower === "of");
  if (
    of > start &&
    tokens.slice(start, of).every((token) => token.pos === "PROPN") &&
    !isOrganisation(textOfWords(tokens, start, of - 1))
  ) {
    return null;
  }
  // "the Institute for Metals Research": a capitalised name that is an organisation's by its words.
  if (capitalFirst === 0 && capitalLast === last && isOrganisation(textOfWords(tokens, start, last))) {
    return [start, last, last];
  }
  // "according to the Kestrel statistical model": a model, as a document.
  if ((DOCUMENT_HEADS.has(head) || head === "model") && capitalFirst >= 0 && capitalLast < last) {
    // "a draft UN report": the document's owner; a person's name ("Lena Park's report") is left to the name rules.
    // ("the July Energy Information Administration outlook": the month it came out is not the owner's.)
    const month = CALENDAR.has(tokens[start + capitalFirst]!.lower) && start + capitalFirst < capitalLast ? 1 : 0;
    return [start + capitalFirst + month, capitalLast, last];
  }
  if (ORGANISATION_HEADS.has(head) && (capitalFirst >= 0 || tokens[at]?.lower === "the")) {
    const first = capitalFirst >= 0 ? start + capitalFirst : start;
    return [first, last, last];
  }
  return null;
}

const ORGANISATION_CONNECTORS = new Set(["of", "for", "on", "and", "&"]);
