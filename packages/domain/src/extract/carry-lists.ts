import type { Part } from "./layout";
import { isOrganisation } from "./organisations";
import { expandName } from "./roles-and-abbreviations";
import type { SentenceSpeaker, Speaker, SpeakerMemory } from "./speaker-memory";
import { findAttribution } from "./speaker";
import { tokenise, type Line, type Sentence } from "./tokens";

/**
 * Forecasts set out as a list under a line that says whose they are: "Kestrel Bank's predictions
 * for 2025:" / "1. The Fed will cut rates three times." / "2. Oil will fall below $60.", "Here is
 * what Jane Smith expects in 2025." / lines of forecasts, "Jane Smith made five predictions for
 * 2025. First, ... Second, ...". The items that credit no one of their own are the owner's.
 */

/** A name: up to five capitalised words ("Kestrel Bank", "Jane Smith"), not a pronoun or "The". */
const NOT_OWNERS = String.raw`(?!(?:He|She|It|They|We|I|You|This|That|These|Those|The|My|Our)\b)`;
const NAME = String.raw`${NOT_OWNERS}((?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}\p{Lu}[\p{L}&.-]*)`;
/** What a forecaster's list is called. */
const LIST_NOUNS = `(?:${[
  "predictions",
  "forecasts",
  "calls",
  "picks",
  "expectations",
  "projections",
  "prognostications",
  "takeaways",
  "views",
  "bets",
  "risks",
  "themes",
  "scenarios",
  "targets",
].join("|")})`;

/** "Kestrel Bank's predictions for 2025:", "Among Kestrel Bank's top calls for next year:". */
const OWNED_LIST = new RegExp(
  String.raw`^(?:(?:Among|Here\s+are|Here\s+is)\s+)?(?:the\s+)?${NAME}['’]s?\s+(?:[\p{Ll}\d-]+\s+){0,3}${LIST_NOUNS}\b[^.!?]*:$`,
  "u",
);
/** "Here are its main predictions for 2025:", "Among her calls:": the owner is whom the text was about. */
const PRONOUN_LIST = new RegExp(
  String.raw`^(?:(?:Among|Here\s+are|Here\s+is)\s+)?(?:its|his|her|their)\s+(?:[\p{Ll}\d-]+\s+){0,3}${LIST_NOUNS}\b[^.!?]*:$`,
  "iu",
);
/** "Here is what Jane Smith expects in 2025.", "Here's what Kestrel Bank predicts:". */
const WHAT_THEY_EXPECT = new RegExp(
  String.raw`^Here(?:['’]s|\s+is|\s+are)\s+what\s+${NAME}\s+(?:expects|predicts|forecasts|sees|anticipates|thinks)\b`,
  "u",
);
/** "Jane Smith, chief strategist at Kestrel Bank, made five predictions for 2025.": items follow as sentences. */
const MADE_PREDICTIONS = new RegExp(
  String.raw`^${NAME}(?:,[^,]{1,80},)?\s+(?:made|makes|has|offered|offers|gave|gives|shared|shares)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:[\p{Ll}-]+\s+)?${LIST_NOUNS}\b`,
  "u",
);
/** Words one of which a list told in sentences is introduced with (MADE_PREDICTIONS). */
const MADE_WORDS = ["predictions", "forecasts", "calls", "picks", "expectations", "projections"];
/** "He made five predictions for 2025.", "She offers three calls:": a pronoun's list told in sentences. */
const PRONOUN_MADE = new RegExp(
  String.raw`^(?:He|She|They)\s+(?:made|makes|has|offered|offers|gave|gives|shared|shares)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:[\p{Ll}-]+\s+)?${LIST_NOUNS}\b`,
  "u",
);
/** A list item's marker opening a line: "•", "-", "1.", "2)", "(3)". */
const ITEM_MARKER = /^\s*(?:[•*·▪–—-]|\d{1,2}[.)]|\(\d{1,2}\))\s+/u;
/** Words that open the items of a list told in sentences: "First, ...", "Finally, ...". */
const ORDINAL_OPENING =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Next|Finally|Lastly)(?:ly)?\b/u;
/** How many items, at most, a list's owner is carried over. */
const LIST_REACH = 12;

type Mode = "lines" | "sentences";

export function carryListIntroduction(
  part: Part,
  text: string,
  memory: SpeakerMemory,
  result: Map<Sentence, SentenceSpeaker>,
): void {
  let owner: Speaker | null = null;
  let mode: Mode = "lines";
  let left = 0;
  let lastSpeaker: Speaker | null = null;
  const stop = (): void => {
    owner = null;
    left = 0;
  };
  const credit = (sentence: Sentence): boolean => {
    const own = result.get(sentence);
    if (!own || own.attribution || own.speaker) return false;
    result.set(sentence, { ...own, speaker: owner });
    left -= 1;
    return true;
  };
  for (const [index, line] of part.lines.entries()) {
    const words = text.slice(line.start, line.end).trim();
    // The part's first line may follow its introduction, which the layout left out of the part.
    if (index === 0) {
      const introduced = introductionBefore(line, text, memory);
      if (introduced) [owner, mode, left] = [introduced, "lines", LIST_REACH];
    }
    if (owner && left > 0 && mode === "lines") {
      const item = ITEM_MARKER.test(words) || (line.sentences.length <= 2 && !/:$/.test(words));
      if (!item || !line.sentences.every(credit)) stop();
      if (item && owner) continue;
    }
    for (const [position, sentence] of line.sentences.entries()) {
      const said = text.slice(sentence.start, sentence.end).trim();
      const own = result.get(sentence);
      if (owner && left > 0 && mode === "sentences") {
        if (ORDINAL_OPENING.test(said) && credit(sentence)) continue;
        if (!own?.attribution && !own?.speaker && position > 0) continue;
        stop();
      }
      // "According to Kestrel Bank:", "Kestrel Bank sees three risks for 2025:": a line closing with a
      // colon after a sentence crediting someone, a list of theirs under it.
      const colon = position === line.sentences.length - 1 && /:$/.test(said) && own?.speaker;
      const introduced =
        colon && own.speaker ? { owner: own.speaker, mode: "lines" as const } : introduction(said, lastSpeaker, memory);
      if (introduced) {
        [owner, mode, left] = [introduced.owner, introduced.mode, LIST_REACH];
        // A list told in sentences goes on in the same line: "... made five predictions. First, ...".
        continue;
      }
      if (own?.speaker) lastSpeaker = own.speaker;
    }
  }
}

/** The owner a sentence or line introduces a list for, and how its items are set out; else null. */
function introduction(
  words: string,
  lastSpeaker: Speaker | null,
  memory: SpeakerMemory,
): { owner: Speaker; mode: Mode } | null {
  // Cheapest tests first: this runs on every sentence, and almost none introduces a list.
  const colon = words.endsWith(":");
  const here = words.startsWith("Here");
  if (!colon && !here && !MADE_WORDS.some((word) => words.includes(word))) return null;
  const named =
    (colon ? (OWNED_LIST.exec(words)?.[1] ?? ownerLine(words)) : undefined) ??
    (here ? WHAT_THEY_EXPECT.exec(words)?.[1] : undefined);
  if (named) return { owner: speakerNamed(named, memory), mode: "lines" };
  if (colon && lastSpeaker && PRONOUN_LIST.test(words)) return { owner: lastSpeaker, mode: "lines" };
  const made = MADE_PREDICTIONS.exec(words)?.[1];
  if (made) return { owner: speakerNamed(made, memory), mode: "sentences" };
  // "He made five predictions for 2025.": whom the text was about.
  // (Not "He" for someone the text showed to be "she", nor the other way round.)
  const pronoun = words.slice(0, words.indexOf(" ")).toLowerCase();
  const shown = lastSpeaker ? memory.genders?.get(lastSpeaker.name) : undefined;
  const fits = !shown || pronoun === "they" || shown === pronoun;
  return lastSpeaker && fits && PRONOUN_MADE.test(words) ? { owner: lastSpeaker, mode: "sentences" } : null;
}

/** The line of text right before the part's first line, when it introduces a list by name. */
function introductionBefore(first: Line, text: string, memory: SpeakerMemory): Speaker | null {
  const before = text.slice(Math.max(0, first.start - 300), first.start).trimEnd();
  const line = before.slice(before.lastIndexOf("\n") + 1).trim();
  const named = OWNED_LIST.exec(line)?.[1] ?? WHAT_THEY_EXPECT.exec(line)?.[1] ?? ownerLine(line);
  if (named) return speakerNamed(named, memory);
  // "According to Kestrel Bank:": a short line crediting someone by name, then the list.
  if (!/:$/.test(line) || line.length > 120) return null;
  const tokens = tokenise(line).lines[0]?.sentences.at(-1)?.tokens ?? [];
  const found = findAttribution(tokens, line);
  return found && !found.pronoun && !found.group && !found.described ? speakerNamed(found.name, memory) : null;
}

/**
 * "TD:", "Goldman Sachs:": a line that is only an organisation's name (an acronym, or words that
 * name an organisation) and a colon, over the lines it says. The name, or null.
 */
function ownerLine(line: string): string | null {
  const name = /^(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}):$/u.exec(line.trim())?.[1];
  if (!name) return null;
  return /^\p{Lu}{2,6}$/u.test(name) || isOrganisation(name) ? name : null;
}

function speakerNamed(name: string, memory: SpeakerMemory): Speaker {
  return { name: expandName(name, memory) ?? memory.people.resolve(name), affiliation: null };
}
