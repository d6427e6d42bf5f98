import { textOfWords } from "./attribution-shape";
import { isRoleWord, nameEndAfter, nameStartBefore, openingName } from "./names";
import { isOrganisation } from "./organisations";
import { PERSON_HEADS, QUOTE_MARKS, RELATIVES, REPORTING } from "./reporting-words";
import type { Token } from "./tokens";

/**
 * Appositions after a name ("Marta Kowalczyk, chief economist at Baltic Bank,"): where one ends, a
 * place's state between commas, capitalised words written as a person's name by a role or an
 * apposition, a name opening the sentence with a chain of them, and a second or an earlier person of
 * a pair, each with an apposition.
 */

/**
 * Whether a run of capitalised words is written as a person's name: after a role or a title
 * ("defence minister Chiu Kuo-cheng", "Dr. Ana Ruiz"), or before a comma and an apposition ("Jeffrey
 * Saut, chief investment strategist at Raymond James,"). Places ("the Taiwan Strait") and employers
 * ("at Raymond James") are written otherwise.
 */
export function introducedAsPerson(tokens: readonly Token[], run: readonly Token[]): boolean {
  const first = tokens.findIndex((token) => token.start === run[0]!.start);
  const last = tokens.findIndex((token) => token.end === run[run.length - 1]!.end);
  if (first < 0 || last < 0) return false;
  const before = tokens[first - 1];
  if (before && (isRoleWord(before) || TITLE_WORDS.test(before.text))) return true;
  // "Kestrel Bank's Jane Smith", "Bloomberg's Mark Gurman": a person by their employer's possessive.
  if (before && ["'s", "’s"].includes(before.lower) && /^\p{Lu}/u.test(tokens[first - 2]?.text ?? "")) return true;
  return tokens[last + 1]?.text === "," && appositionEnd(tokens, last + 1) >= 0;
}
const TITLE_WORDS = /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?$/;

/**
 * ", and Cliff Kupchan, the firm’s chairman": a second person credited after the first one's name
 * and apposition, from `at` (the comma or "and"). [first, last] of the name and the last token of
 * its apposition, or null.
 */
export function secondPersonAfter(tokens: readonly Token[], at: number): [number, number, number] | null {
  const and = tokens[at]?.text === "," ? at + 1 : at;
  if (tokens[and]?.lower !== "and") return null;
  const last = nameEndAfter(tokens, and + 1);
  if (last <= and + 1) return null;
  const apposition = appositionEnd(tokens, last + 1);
  return [and + 1, last, apposition >= 0 ? apposition : last];
}

/**
 * A person's name opening the sentence and then two commas or more of title, unit and employer,
 * no verb among them, up to the comma `close` before the verb: [first, last] of the name, or null.
 */
export function chainedAppositions(tokens: readonly Token[], close: number, source: string): [number, number] | null {
  const name = openingName(tokens, source);
  if (!name || tokens[name[1] + 1]?.text !== ",") return null;
  if (isOrganisation(textOfWords(tokens, name[0], name[1]))) return null;
  let commas = 0;
  for (let k = name[1] + 2; k < close; k += 1) {
    const token = tokens[k]!;
    if (token.text === ",") commas += 1;
    // "Irene Novak, a former central banker, and Paul Arden, a professor, say": two people, read elsewhere.
    else if (["VERB", "AUX", "PRON", "CCONJ"].includes(token.pos) || QUOTE_MARKS.has(token.text)) return null;
  }
  return commas >= 1 && close - name[1] <= 24 ? name : null;
}
const APPOSITION_OPENERS = new Set(["who", "whose", "which"]);

/**
 * The apposition after a comma at `comma` ("chief economist at X", "a professor at Y", "who heads
 * research at Z"): the index of its last token, or -1. It runs to the next comma, closing quote or
 * the end of the sentence, holds no modal and, unless it is a relative clause, no verb.
 */
export function appositionEnd(tokens: readonly Token[], comma: number): number {
  const first = tokens[comma + 1];
  if (tokens[comma]?.text !== "," || !first || QUOTE_MARKS.has(first.text) || first.pos === "PUNCT") return -1;
  let relative = APPOSITION_OPENERS.has(first.lower);
  let last = -1;
  for (let i = comma + 1; i < tokens.length && i - comma <= 24; i += 1) {
    const token = tokens[i];
    if (!token) break;
    // "at the Inria research center in France and who led the new research": a relative clause
    // joined on describes the person too; its verbs are its own.
    if (token.lower === "and" && RELATIVES.has(tokens[i + 1]?.lower ?? "") && i > comma + 2) relative = true;
    // "a professor at the University of California who has written extensively on North Korea":
    // a relative clause closing the description; its verbs are its own.
    if (["who", "whose"].includes(token.lower) && i > comma + 2 && tokens[i - 1]?.pos !== "PUNCT") relative = true;
    // "the hedge fund run by Peter Chu", "a think tank founded by X in 2001": a participle and its
    // agent after the noun describe it, as a relative clause does.
    if (token.pos === "VERB" && tokens[i + 1]?.lower === "by" && tokens[i - 1]?.pos === "NOUN" && i > comma + 2) {
      relative = true;
    }
    if (token.text === ",") {
      // "a meteorologist in West Columbia, S.C., said", "of Austin, Texas,": a place's state or
      // country between commas is still the apposition's.
      const place = placeAfter(tokens, i);
      if (place < 0) break;
      last = place;
      i = place;
      continue;
    }
    // "of the rebels' self-proclaimed republic": a plural's possessive, not a quotation mark.
    const possessive =
      (token.text === "'" || token.text === "’") &&
      tokens[i - 1]?.end === token.start &&
      /s$/i.test(tokens[i - 1]!.text) &&
      tokens[i + 1] !== undefined &&
      tokens[i + 1]!.start > token.end;
    if (token.text === ";" || (QUOTE_MARKS.has(token.text) && !possessive) || /^[.!?]$/.test(token.text)) break;
    if (token.pos === "AUX" && !relative) return -1;
    // A participle before a noun describes: "managing director", "acting chair", "retired professor".
    const describing = tokens[i + 1]?.pos === "NOUN" && /(?:ing|ed)$/.test(token.lower);
    // "the state-run Institute": a verb joined by a hyphen is part of a modifier.
    const hyphened = tokens[i - 1]?.text === "-" && tokens[i - 1]!.end === token.start;
    if (token.pos === "VERB" && !relative && !describing && !hyphened && !/^\p{Lu}/u.test(token.text)) return -1;
    last = i;
  }
  // "Jane Smith, 54, said": an age alone describes someone too.
  const age = last === comma + 1 && /^\d{1,3}$/.test(first.text) && Number(first.text) <= 120;
  // An apposition describes someone: it has a noun ("economist", "head", "partner").
  const described = tokens.slice(comma + 1, last + 1).some((token) => token.pos === "NOUN" || token.pos === "PROPN");
  if (last < 0 || !(described || age)) return -1;
  return last;
}

/**
 * After the comma at `comma`, one to three capitalised words or an abbreviation with stops ("S.C.",
 * "N.Y.", "Texas", "New South Wales") and another comma, right after a place named in an apposition
 * ("in West Columbia"): the last of them, else -1.
 */
function placeAfter(tokens: readonly Token[], comma: number): number {
  if (tokens[comma - 1]?.pos !== "PROPN") return -1;
  for (let i = comma + 1; i <= comma + 3; i += 1) {
    const token = tokens[i];
    if (!token || !/^\p{Lu}[\p{L}.]*$/u.test(token.text)) return -1;
    if (tokens[i + 1]?.text === ",") return i;
  }
  return -1;
}

/**
 * "X, apposition, and" before the name at `name`: the earlier person of a pair ("Charles Goodhart,
 * ex-member of the Bank's committee, and Manoj Pradhan, ..., say"), as [first, last], or null.
 */
export function earlierNameWithApposition(tokens: readonly Token[], name: number): [number, number] | null {
  if (tokens[name - 1]?.lower !== "and" || tokens[name - 2]?.text !== ",") return null;
  for (let comma = name - 3; comma > 0 && name - comma <= 18; comma -= 1) {
    if (tokens[comma]?.text !== ",") continue;
    if (appositionEnd(tokens, comma) !== name - 3) return null;
    const first = nameStartBefore(tokens, comma - 1);
    return first >= 0 ? [first, comma - 1] : null;
  }
  return null;
}

/**
 * "Jane Smith, chief economist at Kestrel Bank said rates will fall": an apposition after the name
 * opening the sentence, holding a role, whose closing comma the writer left out before the verb of
 * saying. A copy of the tokens with that comma put in (no width, at the end of the word before the
 * verb), so the subject reads as "Jane Smith, chief economist at Kestrel Bank, said"; else null.
 */
export function closedApposition(tokens: readonly Token[], source: string): Token[] | null {
  // Cheapest test first: this runs for every attribution looked for.
  const comma = tokens.findIndex((token) => token.text === ",");
  if (comma < 2 || comma > 5) return null;
  const name = openingName(tokens, source);
  if (!name || name[1] + 1 !== comma || isOrganisation(textOfWords(tokens, name[0], name[1]))) return null;
  let role = false;
  for (let i = comma + 1; i < tokens.length && i - comma <= UNCLOSED_REACH; i += 1) {
    const token = tokens[i]!;
    if (token.pos === "PUNCT" && token.text !== "-" && token.text !== "&") return null;
    if (RELATIVES.has(token.lower)) return null;
    if (isRoleWord(token) || PERSON_HEADS.has(token.lower) || MORE_ROLES.has(token.lower)) role = true;
    if (token.pos !== "VERB" && token.pos !== "AUX") continue;
    const before = tokens[i - 1]!;
    if (!role || !REPORTING.has(token.lemma) || token.lower.endsWith("ing")) return null;
    if (before.pos !== "PROPN" && before.pos !== "NOUN") return null;
    const closing: Token = { ...before, text: ",", lower: ",", lemma: ",", pos: "PUNCT", start: before.end };
    return [...tokens.slice(0, i), closing, ...tokens.slice(i)];
  }
  return null;
}

/** How many words an apposition left open may run before its verb of saying. */
const UNCLOSED_REACH = 14;
/** Roles in an apposition besides the trades a person is referred back to by: "a senior fellow at X". */
const MORE_ROLES = new Set(["fellow", "partner", "founder", "co-founder", "head", "chief", "member", "lecturer"]);
