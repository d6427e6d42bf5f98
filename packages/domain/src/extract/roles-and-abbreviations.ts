import { isCapitalised } from "./names";
import { expandAbbreviation, isOrganisation, PERSON_TITLES } from "./organisations";
import { PERSON_HEADS } from "./reporting-words";
import type { SpeakerMemory } from "./speaker-memory";
import type { Sentence, Token } from "./tokens";

/**
 * What the text teaches as it goes: the roles written before people's names ("Fed Chair Jerome
 * Powell"), the abbreviations it defines ("Bank of Korea (BOK)"), and an abbreviation in full.
 */

/** "Bank of Korea (BOK)", "the Korea Institute for Industrial Economics and Trade (KIET)": a name and its abbreviation. */
const DEFINED = /(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|of|for|on|and|&))*)\s+\((\p{Lu}[\p{L}]{1,7})\)/gu;

/** Roles a person is introduced with, which "the ..." refers back to ("the Fed chair said"). */
export const ROLE_REFERENCES = new Set([...PERSON_HEADS, ...PERSON_TITLES].filter((role) => !role.endsWith(".")));

/**
 * Learns the roles written before people's names: "Fed Chair Jerome Powell", "President Emmanuel
 * Macron", "chief economist Jane Smith" (two or three capitalised words after the role, or one
 * after a capitalised title: "President Trump"), "Nomura's chief economist, Jane Smith," (the name
 * between commas).
 */
export function learnRoles(tokens: readonly Token[], text: string, memory: SpeakerMemory): void {
  for (let i = 0; i < tokens.length - 2; i += 1) {
    const role = tokens[i]!.lower;
    if (!ROLE_REFERENCES.has(role)) continue;
    // "Jane Smith, an economist at Nomura,", "Jane Smith, the state climatologist,": the name before
    // an apposition that opens with the role (after an article and up to three words describing it).
    const introduced = nameBeforeRole(tokens, i);
    if (introduced) {
      const name = memory.people.resolve(text.slice(tokens[introduced[0]]!.start, tokens[introduced[1]]!.end));
      if (!isOrganisation(name)) (memory.roles ??= new Map()).set(role, name);
      continue;
    }
    // "Nomura's chief economist, Jane Smith,": the name between commas after the role.
    const comma = tokens[i + 1]?.text === "," ? 1 : 0;
    let last = i + comma;
    while (
      last + 1 < tokens.length &&
      last - i < 3 &&
      tokens[last + 1]!.pos === "PROPN" &&
      isCapitalised(tokens[last + 1])
    )
      last += 1;
    // "President Trump": one word after a capitalised title.
    const words = last - i - comma;
    if (words === 0 || (words === 1 && !isCapitalised(tokens[i])) || ROLE_REFERENCES.has(tokens[i + 1 + comma]!.lower))
      continue;
    // Between commas, the name must close its own: ", Jane Smith," not ", Jane Smith and Tom Berg".
    if (comma && tokens[last + 1]?.text !== ",") continue;
    const name = memory.people.resolve(text.slice(tokens[i + 1 + comma]!.start, tokens[last]!.end));
    if (!isOrganisation(name)) (memory.roles ??= new Map()).set(role, name);
  }
}

/**
 * The name before the apposition whose role word is at `role`: "Jane Smith, an economist", "Jane
 * Smith, the state climatologist", "Tom Berg, a senior trader": two or three capitalised words, a
 * comma, an article and up to three words. [first, last] of the name, or null.
 */
function nameBeforeRole(tokens: readonly Token[], role: number): [number, number] | null {
  let article = role - 1;
  while (article > 0 && role - article <= 3 && !["a", "an", "the"].includes(tokens[article]!.lower)) {
    if (!["ADJ", "NOUN", "PROPN"].includes(tokens[article]!.pos)) return null;
    article -= 1;
  }
  if (!["a", "an", "the"].includes(tokens[article]?.lower ?? "") || tokens[article - 1]?.text !== ",") return null;
  const last = article - 2;
  let first = last;
  while (first > 0 && last - first < 2 && tokens[first - 1]!.pos === "PROPN" && isCapitalised(tokens[first - 1])) {
    first -= 1;
  }
  const named =
    first < last && tokens.slice(first, last + 1).every((token) => token.pos === "PROPN" && isCapitalised(token));
  return named && (first === 0 || tokens[first - 1]?.pos !== "PROPN") ? [first, last] : null;
}

/** Learns the abbreviations a sentence defines for organisations' names. */
export function learnAbbreviations(sentence: Sentence, text: string, memory: SpeakerMemory): void {
  const words = text.slice(sentence.start, sentence.end);
  if (!words.includes("(")) return;
  for (const match of words.matchAll(DEFINED)) {
    const name = match[1]!.replace(/^The\s+/, "").replace(/\s+(?:of|for|on|and|&)$/, "");
    const abbreviation = match[2]!;
    if (name.includes(" ") && /\p{Lu}.*\p{Lu}/u.test(abbreviation) && isOrganisation(name)) {
      memory.abbreviations.set(abbreviation, name);
    }
  }
}

/** An abbreviation in full: defined in the text, else by the initials of an organisation named before. */
export function expandName(name: string, memory: SpeakerMemory): string | null {
  return memory.abbreviations.get(name) ?? expandAbbreviation(name, memory.organisations);
}
