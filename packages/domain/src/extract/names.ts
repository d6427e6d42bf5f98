import {
  describedAsFirm,
  isCamelWord,
  isOrganisation,
  organisationEndingAt,
  PERSON_TITLES,
  tickerAfter,
} from "./organisations";
import { CALENDAR, PERSON_HEADS, POSSESSIVES, QUOTE_MARKS, SOURCE_KINDS } from "./reporting-words";
import type { Token } from "./tokens";

/**
 * Reading a person's name in a sentence's tokens: capitalised words that are names, surname particles
 * and hyphens, where a name starts before a position or ends after one, the titles and roles written
 * before a name, the name a sentence opens with, and where a title before a name starts.
 */

/** Capitalised at the start of a sentence, but nobody's name: "Others warned...", "Officials said...". */
export const NOT_NAMES = new Set([
  "others",
  "some",
  "many",
  "most",
  "few",
  "several",
  "analysts",
  "officials",
  "experts",
  "critics",
  "economists",
  "observers",
  "sources",
  "investors",
  "traders",
  "diplomats",
  // A survey's panel: "Panelists forecast ...", "Respondents expect ..." (the survey's owner speaks).
  "panelists",
  "panellists",
  "respondents",
  "forecasters",
  "participants",
  // "Markets now expect a cut": the market's pricing, nobody's name.
  "markets",
  "futures",
  "polls",
  "people",
  "everyone",
  "nobody",
  "they",
  "we",
  "it",
]);

/** Plural nouns of trade or field ("Meteorologists", "Climatologists", "Historians"): a group, nobody's name. */
const GROUP_NOUN = /^\p{Lu}\p{Ll}+(?:ists|ians)$/u;

export const isCapitalised = (token: Token | undefined): boolean =>
  token !== undefined &&
  token.pos === "PROPN" &&
  /^\p{Lu}/u.test(token.text) &&
  !NOT_NAMES.has(token.lower) &&
  !GROUP_NOUN.test(token.text);

/** Lower-case particles of surnames: "van der Wath", "von der Leyen", "da Silva", "bin Salman". */
export const PARTICLES = new Set([
  "van",
  "der",
  "den",
  "von",
  "de",
  "da",
  "di",
  "du",
  "del",
  "della",
  "dos",
  "ter",
  "bin",
  "al",
  "le",
  "la",
]);
export const isParticle = (token: Token | undefined): boolean =>
  token !== undefined && PARTICLES.has(token.text) && token.text === token.lower;

/**
 * A capitalised word the tagger did not read as a proper noun ("Park" in "Lena Park") continues a
 * name that a proper noun started.
 */
const continuesName = (token: Token | undefined): boolean =>
  token !== undefined &&
  (token.pos === "NOUN" || token.pos === "ADJ") &&
  /^\p{Lu}\p{Ll}/u.test(token.text) &&
  !NOT_NAMES.has(token.lower);

/** "Ming-chi" in "Kuo Ming-chi": the token at `i` is joined to the word before by a hyphen, no spaces. */
export const hyphenJoined = (tokens: readonly Token[], i: number): boolean => {
  const hyphen = tokens[i - 1];
  const before = tokens[i - 2];
  const token = tokens[i];
  return (
    hyphen?.text === "-" &&
    before !== undefined &&
    token !== undefined &&
    before.end === hyphen.start &&
    hyphen.end === token.start &&
    /^\p{L}/u.test(token.text)
  );
};

/**
 * "Channel 4", "France 24", "News 18": a number of one or two digits after a capitalised word that
 * is no day or month ("June 5" is a date), part of a broadcaster's name.
 */
const channelNumber = (tokens: readonly Token[], i: number): boolean =>
  /^\d{1,2}$/.test(tokens[i]?.text ?? "") &&
  isCapitalised(tokens[i - 1]) &&
  !CALENDAR.has(tokens[i - 1]!.lower) &&
  tokens[i - 1]!.end === tokens[i]!.start - 1;

/**
 * Index of the first token of the name ending at `end`, or -1 when no name ends there. A title
 * before the name ends it ("Bank of England Governor Andrew Bailey" is "Andrew Bailey"); a hyphen
 * joins ("Kuo Ming-chi"); a day or month is no name.
 */
export function nameStartBefore(tokens: readonly Token[], end: number): number {
  let first = -1;
  let words = 0;
  for (let i = end; i >= 0 && words < 4; i -= 1) {
    const token = tokens[i];
    if (first >= 0 && isRoleWord(token)) break;
    if (hyphenJoined(tokens, i) && isCapitalised(tokens[i - 2])) {
      i -= 1;
      continue;
    }
    words += 1;
    if (isCapitalised(token) && !CALENDAR.has(token!.lower)) first = i;
    // "Channel 4 News", "News 18 forecasts": a channel's number inside its name.
    else if (channelNumber(tokens, i)) continue;
    // "iSuppli is expecting": a firm's name in camel case, opening the clause or after what it is
    // ("rival tracker iSuppli"); "the new iPad" is a thing.
    else if (
      isCamelWord(token) &&
      (i === 0 || tokens[i - 1]?.pos === "PUNCT" || describedAsFirm(tokens, i) || isCapitalised(tokens[i - 1]))
    ) {
      first = i;
    } else if (i === end && continuesName(token) && isCapitalised(tokens[i - 1])) continue;
    // "Downing Street said": a capitalised word in -ing the tagger took for a verb, opening the name.
    else if (
      first === i + 1 &&
      token?.pos === "VERB" &&
      /^\p{Lu}\p{Ll}+ing$/u.test(token.text) &&
      (i === 0 || tokens[i - 1]?.lower === "the")
    ) {
      first = i;
    }
    // "Nicolaas van der Wath said": particles inside a surname, a capital before them.
    else if (first >= 0 && isParticle(token) && (isParticle(tokens[i - 1]) || isCapitalised(tokens[i - 1]))) {
      words -= 1;
      continue;
    } else break;
  }
  // "Pollster YouGov projects": what the source is, capitalised as the sentence's first word, is no
  // part of its name.
  if (first >= 0 && first < end && first === 0 && SOURCE_KINDS.has(tokens[first]!.lower)) return first + 1;
  // "Secretary of State Antony Blinken": the word after a title's "of" belongs to the title.
  if (
    first >= 0 &&
    first < end &&
    tokens[first - 1]?.lower === "of" &&
    PERSON_TITLES.has(tokens[first - 2]?.lower ?? "")
  ) {
    return first + 1;
  }
  // "Governor of the Bank of Japan Kazuo Ueda", "Chancellor of the Exchequer Rachel Reeves": after a
  // title's "of", three capitalised words or more end with the person's two.
  // "Ambassador to the United Nations Peter Wittig", "envoy to NATO Jane Smith": so after "to".
  const preposition = tokens[first - 1]?.lower === "the" ? first - 2 : first - 1;
  const afterOf =
    tokens[preposition]?.lower === "of" ||
    (tokens[preposition]?.lower === "to" && SENT_TO.has(tokens[preposition - 1]?.lower ?? ""));
  if (first >= 0 && end - first >= 2 && afterOf && isCapitalised(tokens[end - 1])) {
    return end - 1;
  }
  // "Director General Willie Walsh", "Attorney General Ana Ruiz": "General" is the title's.
  if (
    first >= 0 &&
    first < end &&
    tokens[first]!.lower === "general" &&
    GENERAL_TITLES.has(tokens[first - 1]?.lower ?? "")
  ) {
    return first + 1;
  }
  return first;
}

/** Who is sent to a body or a country: "ambassador to", "envoy to". */
const SENT_TO = new Set(["ambassador", "envoy", "representative", "delegate", "emissary", "consul"]);

/** Titles that "General" completes: "Director General", "Secretary General", "Surgeon General". */
const GENERAL_TITLES = new Set(["director", "secretary", "attorney", "surgeon", "governor", "inspector", "auditor"]);

/**
 * A title or a trade before a name: "Governor", "Economist", "Glaciologist", "Physician" (the
 * trades by their endings, "-ologist", "-ist", "-ician").
 */
export function isRoleWord(token: Token | undefined): boolean {
  if (!token) return false;
  return (
    PERSON_TITLES.has(token.lower) ||
    ACADEMIC_TITLES.has(token.lower) ||
    PERSON_ROLES.has(token.lower) ||
    /^\p{Lu}\p{Ll}+(?:ologist|ist|ician)$/u.test(token.text)
  );
}

/** What people are called before their names, capitalised at a sentence's start: "Researcher Anna Brandt". */
const PERSON_ROLES = new Set([
  // "IDC Research Manager Anthony Scarsella", "Portfolio Manager Ana Ruiz".
  "manager",
  "researcher",
  "forecaster",
  "pollster",
  "commentator",
  "adviser",
  "advisor",
  "consultant",
  // "Coach Andy Reid said": sport's titles.
  "coach",
  "captain",
]);

/** Academic ranks before a name: "Associate Professor Gianna Rossi" is "Gianna Rossi". */
const ACADEMIC_TITLES = new Set(["professor", "lecturer", "prof.", "prof"]);

/** A name starting at `at`, as [first, last], or null. */
export function nameAfter(tokens: readonly Token[], at: number): [number, number] | null {
  const last = nameEndAfter(tokens, at);
  return last >= 0 ? [at, last] : null;
}

const capitalisedNotCalendar = (token: Token | undefined): boolean =>
  token !== undefined && /^\p{Lu}/u.test(token.text) && !CALENDAR.has(token.lower);

/** Capitalised words go on at `i`, two of them, none a day or a month: a title or a heading, not a name's end. */
export const inLongerTitle = (tokens: readonly Token[], i: number): boolean =>
  capitalisedNotCalendar(tokens[i]) && capitalisedNotCalendar(tokens[i + 1]);

/** Words of tenure before a role: "former Fed Chair", "outgoing Governor". */
const TENURE = new Set(["former", "acting", "outgoing", "incoming", "interim"]);

/** Small words inside a run of roles: "scientist and lead author of the study". */
const SECOND_ROLE = new Set(["and", "of", "the", "a", "an"]);

/**
 * A person named after an organisation and a role: "Kestrel Bank chief economist Jan Hollis",
 * "Kestrel Bank's chief economist, Jan Hollis", "the Fed's vice chair Ana Ruiz". [first, last] of
 * the person's name, or null.
 */
export function personAfterRole(tokens: readonly Token[], at: number): [number, number] | null {
  let i = at;
  if (tokens[i]?.lower === "the") i += 1;
  // "former Fed Chair Janet Yellen", "acting Secretary X": a word of tenure before the role.
  if (TENURE.has(tokens[i]?.lower ?? "")) i += 1;
  let role = false;
  for (let steps = 0; i < tokens.length && steps < 12; steps += 1, i += 1) {
    const token = tokens[i]!;
    if (role && token.text === "," && isCapitalised(tokens[i + 1])) continue;
    // "NCAR scientist and lead author of the study Marika Holland": a second role after "and".
    if (role && SECOND_ROLE.has(token.lower)) continue;
    // "Secretary of Commerce Wilbur Ross": the word after a title's "of" is the title's.
    if (
      role &&
      isCapitalised(token) &&
      tokens[i - 1]?.lower === "of" &&
      PERSON_TITLES.has(tokens[i - 2]?.lower ?? "") &&
      isCapitalised(tokens[i + 1])
    ) {
      continue;
    }
    // "Former Rep. Will Hurd": a given name the tagger read as the modal.
    if (role && token.text === "Will" && isCapitalised(tokens[i + 1])) {
      const last = nameEndAfter(tokens, i + 1);
      return last > i ? [i, last] : null;
    }
    // "Deputy Lead Scientist Twila Moon": a capitalised word of the title before its head.
    if (role && isCapitalised(token) && (isRoleAhead(token) || isRoleAhead(tokens[i + 1]))) continue;
    if (role && isCapitalised(token) && !PERSON_TITLES.has(token.lower)) {
      const last = nameEndAfter(tokens, i);
      return last > i ? [i, last] : null;
    }
    if (PERSON_TITLES.has(token.lower) || PERSON_HEADS.has(token.lower)) role = true;
    else if (role && !["ADJ", "NOUN"].includes(token.pos) && !(token.pos === "VERB" && token.text === token.lower))
      return null;
    else if (
      !role &&
      // "National Snow and Ice Center Deputy Lead Scientist Twila Moon": "and" inside an employer's name.
      !(/^\p{Lu}/u.test(token.text) || token.lower === "'s" || ["of", "for", "on", "and"].includes(token.lower)) &&
      // "the IMF's managing director": a lower-case word right before the role; "study lead
      // author David Rounce": two.
      !(
        (isRoleAhead(tokens[i + 1]) || (isRoleAhead(tokens[i + 2]) && /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? ""))) &&
        token.text === token.lower &&
        token.pos !== "PUNCT"
      )
    ) {
      return null;
    }
  }
  return null;
}

const isRoleAhead = (token: Token | undefined): boolean =>
  token !== undefined && (PERSON_TITLES.has(token.lower) || PERSON_HEADS.has(token.lower));

/** Discourse words that may open a sentence before its subject, with a comma. */
const DISCOURSE_OPENERS = new Set(["however", "meanwhile", "still", "yet", "instead", "separately", "nonetheless"]);

/** Possessives before a relation and a name: "Her colleague Tom Berg", "His successor Jane Smith". */
const RELATION_OWNERS = new Set(["her", "his", "their", "our", "my"]);

/** Conjunctions that may open a sentence before its subject with no comma: "But Jane Smith disagrees". */
const OPENING_CONJUNCTIONS = new Set(["But", "And", "Yet"]);

/** The name a sentence opens with ("Barclays (LON:BARC) kept ...", "The Fund ..."): [first, last], or null. */
export function openingName(tokens: readonly Token[], source: string): [number, number] | null {
  // Past a dateline: "(Reuters) - Barclays ...", "LONDON (Reuters) – ...".
  const dash = tokens.findIndex((token, i) => i < 8 && /^[-–—]$/.test(token.text));
  // "LONDON (Reuters) –", "ORLANDO, Fla. –": a place in capitals or a credit in brackets; not
  // "Nirav Sheth, CEO – Institutional Equities".
  const dateline =
    dash > 0 &&
    (/^\p{Lu}{3,}$/u.test(tokens[0]?.text ?? "") || tokens.slice(0, dash).some((token) => token.text === "(")) &&
    tokens.slice(0, dash).every((token) => token.pos === "PUNCT" || /^\p{Lu}/u.test(token.text));
  let lead = dateline ? dash + 1 : 0;
  // "However, Kremlin spokesperson Dmitry Peskov tempered ...": past a discourse word and its comma.
  if (DISCOURSE_OPENERS.has(tokens[lead]?.lower ?? "") && tokens[lead + 1]?.text === ",") lead += 2;
  // "But Jane Smith disagrees": past a conjunction written before a capitalised subject.
  else if (OPENING_CONJUNCTIONS.has(tokens[lead]?.text ?? "") && isCapitalised(tokens[lead + 1])) lead += 1;
  // "Her colleague Tom Berg is more upbeat, predicting": the person after a possessive's relation.
  const related =
    RELATION_OWNERS.has(tokens[lead]?.lower ?? "") &&
    tokens[lead + 1]?.pos === "NOUN" &&
    /^\p{Ll}/u.test(tokens[lead + 1]!.text) &&
    isCapitalised(tokens[lead + 2]);
  // "Chu's colleague, Jane Smith, was": the person named between commas after a possessive's role.
  const owner = nameEndAfter(tokens, lead);
  let role = owner + 2;
  while (role - owner < 6 && /^\p{Ll}/u.test(tokens[role]?.text ?? "") && tokens[role]!.pos !== "VERB") role += 1;
  const appositive =
    owner >= lead &&
    ["'s", "’s"].includes(tokens[owner + 1]?.lower ?? "") &&
    role > owner + 2 &&
    tokens[role]?.text === "," &&
    nameEndAfter(tokens, role + 1) > role &&
    tokens[nameEndAfter(tokens, role + 1) + 1]?.text === ",";
  if (appositive) return [role + 1, nameEndAfter(tokens, role + 1)];
  const start = tokens[lead]?.lower === "the" ? lead + 1 : related ? lead + 2 : lead;
  // "Kremlin spokesperson Dmitry Peskov": the person after the role.
  const person = personAfterRole(tokens, start);
  if (person) return person;
  // "The Cook Political Report moved ...": after "the", a capitalised word the tagger read as a
  // common noun ("Cook") opens the name the capitals after it go on with.
  const misread =
    start > lead &&
    tokens[start]?.pos === "NOUN" &&
    /^\p{Lu}/u.test(tokens[start]!.text) &&
    isCapitalised(tokens[start + 1]);
  // The longest organisation's name from the start: "Bank of America", "Goldman Sachs", "The
  // Office for Budget Responsibility" (its first word read as a common noun).
  for (let end = Math.min(tokens.length - 1, start + 6); end >= start; end -= 1) {
    if (organisationEndingAt(tokens, end, source) === start) return [start, end];
  }
  const last = misread ? nameEndAfter(tokens, start + 1) : nameEndAfter(tokens, start);
  if (last < 0) return null;
  if (tickerAfter(tokens, last)) return [start, last];
  return last > start ? [start, last] : null;
}

/** Index of the last token of the name starting at `start`, or -1 when no name starts there. */
export function nameEndAfter(tokens: readonly Token[], start: number): number {
  // ", tweeted Sunday": a day or a month is no name.
  if (!isCapitalised(tokens[start]) || CALENDAR.has(tokens[start]!.lower)) return -1;
  let last = start;
  for (let i = start + 1; i < tokens.length && i - start < 4; i += 1) {
    // "said Jack Kleinhenz Thursday": a day or a month ends the name.
    if (CALENDAR.has(tokens[i]!.lower)) break;
    // "Min-ji Park": a hyphenated given name, its parts written without spaces.
    if (tokens[i]?.text === "-" && hyphenJoined(tokens, i + 1) && tokens[i]!.start === tokens[i - 1]!.end) {
      last = i + 1;
      i += 1;
      continue;
    }
    if (isCapitalised(tokens[i]) || continuesName(tokens[i]) || isCamelWord(tokens[i]) || channelNumber(tokens, i)) {
      last = i;
    }
    // "Nicolaas van der Wath", "Ursula von der Leyen": particles inside a surname, a capital after.
    else if (isParticle(tokens[i]) && (isParticle(tokens[i + 1]) || isCapitalised(tokens[i + 1]))) continue;
    // "Edith Reads,": a surname that is also a verb, capitalised after a first name, before a comma.
    else if (
      tokens[i]?.pos === "VERB" &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text) &&
      tokens[i + 1]?.pos === "PUNCT" &&
      !NOT_NAMES.has(tokens[i]!.lower)
    ) {
      last = i;
      // "Wi Sung-ho": the word the tagger read as a verb opens a hyphenated given name.
      if (tokens[i + 1]?.text === "-" && hyphenJoined(tokens, i + 2) && /^\p{Ll}+$/u.test(tokens[i + 2]!.text))
        last = i + 2;
      break;
    } else break;
  }
  return last;
}

/** Words that open an academic or official title: "Assistant Professor of ...", "Professor of ...". */
const TITLE_OPENERS = new Set(["assistant", "associate", "adjunct", "visiting", "professor", "lecturer", "dean"]);

/**
 * "Assistant Professor of Political Science at Siena College Jack Collens": a title, its field
 * and institution (capitalised words joined by "of", "at", "for", "and", "the"), ending with two
 * capitalised words, the person. [first, last] of the person, or null.
 */
export function titledPersonAfter(tokens: readonly Token[], at: number): [number, number] | null {
  if (!TITLE_OPENERS.has(tokens[at]?.lower ?? "") || !/^\p{Lu}/u.test(tokens[at]!.text)) return null;
  let end = at;
  while (
    end + 1 < tokens.length &&
    end - at < 12 &&
    (/^\p{Lu}/u.test(tokens[end + 1]!.text) || /^(?:of|at|for|and|the)$/.test(tokens[end + 1]!.lower))
  ) {
    end += 1;
  }
  const person = [tokens[end - 1], tokens[end]];
  if (end - at < 3 || !person.every((token) => token?.pos === "PROPN" && /^\p{Lu}\p{Ll}/u.test(token.text)))
    return null;
  const joined = /^(?:of|at|for|and|the)$/;
  if (
    !tokens.slice(at, end - 1).some((token) => joined.test(token.lower)) ||
    joined.test(tokens[end - 2]?.lower ?? "")
  ) {
    return null;
  }
  return isOrganisation(`${person[0]!.text} ${person[1]!.text}`) ? null : [end - 1, end];
}

/** Where a title ending at `end` starts ("The finance minister", "Baltic Bank's chief economist"), or -1. */
export function titleStartBefore(tokens: readonly Token[], end: number): number {
  // "Dahl's rival, Eva Holm, said": the tagger reads a noun after a possessive as an adjective now and then.
  const afterPossessive = tokens[end]?.pos === "ADJ" && ["'s", "’s"].includes(tokens[end - 1]?.lower ?? "");
  // "Ukraine's military intelligence chief, Jane Smith,", "its top general, Jane Smith,": a title's
  // head the tagger reads as an adjective.
  const titleHead =
    tokens[end]?.pos === "ADJ" && (PERSON_TITLES.has(tokens[end]!.lower) || tokens[end]!.lower === "general");
  if (tokens[end]?.pos !== "NOUN" && !afterPossessive && !titleHead) return -1;
  let first = end;
  // ("Kestrel Bank's head of emerging-market research,": up to eleven words.)
  for (let i = end - 1; i >= 0 && end - i < 12; i -= 1) {
    const token = tokens[i];
    // "Its chief executive, Jochen Eickholt, told": a possessive opens the title as "the" does.
    const possessive = token?.pos === "PRON" && POSSESSIVES.has(token.lower);
    // "Nevada's go-to political commentator": words joined by hyphens, whatever their tags.
    const joined =
      (token?.text === "-" && tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end) ||
      (tokens[i + 1]?.text === "-" && tokens[i + 1]!.start === token?.end);
    // "The study's lead author": "lead" before a role, whatever the tagger made of it.
    const lead = token?.lower === "lead" && i === end - 1;
    // "Kestrel Capital's founder and chief investment officer": two titles joined.
    const joinedTitles = token?.lower === "and" && isRoleWord(tokens[i - 1]);
    if (
      !token ||
      (!["DET", "NOUN", "PROPN", "ADJ", "ADP", "PART"].includes(token.pos) &&
        !possessive &&
        !joined &&
        !lead &&
        !joinedTitles)
    ) {
      break;
    }
    if (token.text === ",") break;
    first = i;
  }
  // It runs from the start of the sentence, or of the words after a quotation ("“...,” Nevada’s
  // commentator, Jon Ralston, tweeted"): otherwise it is the end of something else.
  return first === 0 || QUOTE_MARKS.has(tokens[first - 1]?.text ?? "") || tokens[first - 1]?.text === "," ? first : -1;
}
