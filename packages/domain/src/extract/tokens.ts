import winkNLP, { type ItemSentence, type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { REPORTING } from "./reporting-words";

/**
 * The text as tokens with character offsets, split into lines and sentences, by wink-nlp (sentence
 * boundaries, universal part-of-speech tags and lemmas from its English model). wink-nlp is lossless:
 * each token's preceding whitespace plus its value rebuild the text exactly, so offsets are counted
 * by adding them up and every quote is an exact substring of the text.
 */

/**
 * Only sentence boundaries and part-of-speech tags (lemmas follow from the tags): the default
 * pipeline also runs named entities, negation, sentiment and custom entities, which nothing here
 * reads and which took about a third of the extractor's time. Tokens, tags, lemmas and sentence
 * spans come out the same either way.
 */
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  /** Universal POS tag: NOUN, VERB, AUX, PROPN, PUNCT... */
  pos: string;
  lemma: string;
  start: number;
  end: number;
  /** Index in the document's token list. */
  index: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  /** Index of the line (paragraph) the sentence sits in. */
  line: number;
}

export interface Line {
  start: number;
  end: number;
  sentences: Sentence[];
  /** Count of word tokens. */
  words: number;
}

export interface TokenisedText {
  tokens: Token[];
  lines: Line[];
}

// Most tokens hold no curly apostrophe: test before replacing (this runs on every token).
const straighten = (value: string): string =>
  value.includes("’") || value.includes("‘") ? value.replace(/[’‘]/g, "'") : value;

/**
 * The string already held when a form is the same ("the" lower-cased is "the", and its lemma too):
 * lower-casing makes a new string even when nothing changes, and a page's tokens are kept for the
 * whole extraction, so one string held for each spelling keeps the memory (and its collection) down.
 */
const sameOr = (held: string, form: string): string => (form === held ? held : form);

/**
 * wink-nlp's tokeniser takes time in the square of a run without whitespace (a pasted URL list,
 * base64, a minified script): 40k characters take most of a second, 1M several minutes. The tagger
 * reads a copy in which every 32nd character of such a run is a space. The copy has the same length
 * at every position, so offsets are unchanged, and quotes are always cut from the original text.
 */
const LONG_RUN = /\S{64,}/g;
const breakLongRuns = (text: string): string =>
  hasLongRun(text) ? text.replace(LONG_RUN, (run) => run.replace(/(\S{31})\S/g, "$1 ")) : text;

/** Whether any run of 64 non-space characters occurs: one pass over character codes, no regex. */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Only characters \s counts as space reset the run; any other (a rare Unicode space) counts
    // as part of it, so this says true whenever LONG_RUN would match, and the regex decides.
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160 || (code >= 0x2000 && code <= 0x200a);
    run = space ? 0 : run + 1;
    if (run >= 64) return true;
  }
  return false;
}

/**
 * wink-nlp's tokeniser splits a word at a letter beyond Latin-1: "Glapiński" becomes "Glapi", "ń",
 * "ski", and "Łukasz" loses its first letter, so such names were never read as names. The tagger
 * reads a copy in which each letter of the Latin Extended blocks stands as its base letter ("ń" as
 * "n", "Ł" as "L"; one UTF-16 unit for one, so offsets are unchanged); tokens keep the original text.
 */
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/g;
/** Letters with no base letter under canonical decomposition. */
const BASE_LETTER: Record<string, string> = {
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ħ: "h",
  Ħ: "H",
  ı: "i",
  ŧ: "t",
  Ŧ: "T",
  ŋ: "n",
  Ŋ: "N",
  œ: "o",
  Œ: "O",
  ƒ: "f",
};

function baseLetter(letter: string): string {
  const base = letter.normalize("NFD").charAt(0);
  if (/^[A-Za-z]$/.test(base)) return base;
  return BASE_LETTER[letter] ?? (letter.toLowerCase() === letter ? "x" : "X");
}

const HAS_EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/;
const foldLetters = (text: string): string =>
  HAS_EXTENDED_LATIN.test(text) ? text.replace(EXTENDED_LATIN, baseLetter) : text;

/**
 * wink-nlp ends a sentence inside a web address ("Kestrel, Inc. (www.kestrel.com) says" became a
 * sentence "com) says"): the tagger reads a copy in which the dots of an address are underscores
 * (one character for one, so offsets are unchanged).
 */
const WEB_ADDRESS = /\b(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|int|info|io)\b/g;
const maskWebAddresses = (text: string): string =>
  text.includes(".com") || text.includes("www.") || /\.(?:org|net|gov|edu|int|info|io)\b/.test(text)
    ? text.replace(WEB_ADDRESS, (address) => address.replaceAll(".", "_"))
    : text;

/** Reads the text once and returns its lines (paragraphs), each with its sentences. */
export function tokenise(text: string): TokenisedText {
  const doc = nlp.readDoc(foldLetters(maskWebAddresses(breakLongRuns(text))));
  const all = doc.tokens();
  const values = all.out(its.value);
  const spaces = all.out(its.precedingSpaces);
  const tags = all.out(its.pos);
  // The typings miss that lemma takes the model's addons like the other token functions.
  const lemmas = all.out(its.lemma as unknown as ItsFunction<string>);

  const tokens: Token[] = [];
  // Flags by kept-token index (fewer than the raw tokens): a line break or a sentence ends after it.
  const breakAfter = new Uint8Array(values.length);
  const boundaries = new Uint8Array(values.length);
  // For each raw token, the index of the last kept token at or before it (-1 before the first).
  const keptIndexOfRaw = new Int32Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i += 1) {
    const space = spaces[i] ?? "";
    const read = values[i] ?? "";
    if (space.includes("\n") && tokens.length > 0) breakAfter[tokens.length - 1] = 1;
    offset += space.length;
    // The tagger read a copy of the same length: the token is the original's characters (held as
    // the tagger's own string when they are the same: it holds one string for each word it knows).
    const value = read.length > 0 ? sameOr(read, text.slice(offset, offset + read.length)) : read;
    // Whitespace tokens (wink's "tabCRLF": tabs and line breaks) are not kept.
    if (value.trim() === "") {
      if (value.includes("\n") && tokens.length > 0) breakAfter[tokens.length - 1] = 1;
      offset += value.length;
      keptIndexOfRaw[i] = tokens.length - 1;
      continue;
    }
    keptIndexOfRaw[i] = tokens.length;
    const lower = sameOr(value, straighten(value.toLowerCase()));
    tokens.push({
      text: value,
      lower,
      pos: tags[i] ?? "X",
      lemma: sameOr(lower, straighten((read === value ? (lemmas[i] ?? value) : value).toLowerCase())),
      start: offset,
      end: offset + value.length,
      index: tokens.length,
    });
    offset += value.length;
  }

  retagFamilyNamesFirst(tokens);
  retagSurnames(tokens);
  retagNamesOpeningWithVerbs(tokens);
  retagFed(tokens);
  retagRoleAbbreviations(tokens);
  retagHyphenedParticiples(tokens);
  retagParticiplesAfterPrepositions(tokens);
  retagWordsInsideNames(tokens);
  retagReportingAfterNames(tokens);
  retagGivenNamePer(tokens);

  // wink's sentence spans, as token ranges, mapped onto the kept tokens; then cut at line breaks.
  boundaries.set(breakAfter);
  doc.sentences().each((sentence: ItemSentence) => {
    const span = sentence.out(its.span) as unknown as [number, number];
    const last = keptIndexOfRaw[span[1]];
    if (last !== undefined && last >= 0) boundaries[last] = 1;
  });

  // "Sen. Jane Smith (D-Mass.) predicted": an abbreviation's full stop before a closing bracket on
  // the same line ends no sentence.
  // (The tagger ends the sentence at the bracket; a lower-case word follows it.)
  for (let k = 1; k + 1 < tokens.length; k += 1) {
    if (boundaries[k] !== 1 || breakAfter[k] === 1 || !/^\p{Ll}/u.test(tokens[k + 1]!.text)) continue;
    if (tokens[k]!.text === ")" && tokens[k - 1]!.text.endsWith(".")) boundaries[k] = 0;
  }
  const kept = joinNames(tokens, boundaries, breakAfter);
  const lines: Line[] = [];
  let current: Line | null = null;
  let sentenceTokens: Token[] = [];
  for (const token of kept.tokens) {
    sentenceTokens.push(token);
    if (kept.boundaries[token.index] !== 1) continue;
    current = closeSentence(sentenceTokens, lines, current);
    sentenceTokens = [];
    if (kept.breakAfter[token.index] === 1) current = null;
  }
  if (sentenceTokens.length > 0) closeSentence(sentenceTokens, lines, current);
  return { tokens: kept.tokens, lines };
}

/** Endings of web addresses that name a firm: "Amazon.com", "Rightmove.co.uk", "Character.ai" (joinNames). */
const WEB_ENDINGS = new Set([
  "com",
  "org",
  "net",
  "io",
  "ai",
  "co",
  "uk",
  "gov",
  "edu",
  "info",
  "news",
  "de",
  "fr",
  "au",
  "ca",
  "eu",
  "tv",
]);

/**
 * Names wink splits at their dots, ending a sentence there:
 * - a firm named by its web address: "Propertyfinder.com expected prices to fall", "Rightmove.co.uk"
 *   (a capitalised word, a dot and an ending, no space between; wink reads "co." as an abbreviation);
 * - a US legislator's party and state, as American papers write them: "Rep. Ann Lee, D-N.Y., said",
 *   "Sen. Bo Ray (R-Ga.) said" (D, R or I, a hyphen and the state's abbreviation, between commas or
 *   brackets).
 * Each is one proper noun. Returns the tokens re-indexed, and the flags by index (a sentence or a
 * line ends after the token) moved with them; the same arrays when nothing is joined.
 */
function joinNames(
  tokens: Token[],
  boundaries: Uint8Array,
  breakAfter: Uint8Array,
): { tokens: Token[]; boundaries: Uint8Array; breakAfter: Uint8Array } {
  const touching = (at: number): boolean => tokens[at - 1] !== undefined && tokens[at - 1]!.end === tokens[at]?.start;
  const webEnding = (at: number): boolean => WEB_ENDINGS.has(tokens[at]?.lower.replace(/\.$/, "") ?? "");
  const lastJoined = (at: number): number => {
    const token = tokens[at]!;
    if (!/^\p{Lu}/u.test(token.text)) return at;
    let last = at;
    while (tokens[last + 1]?.text === "." && touching(last + 1) && touching(last + 2) && webEnding(last + 2)) {
      last += 2;
      while (tokens[last]!.text.endsWith(".") && touching(last + 1) && WEB_ENDINGS.has(tokens[last + 1]!.lower))
        last += 1;
    }
    if (last > at) return last;
    const party = PARTIES.has(token.text) && ["(", ","].includes(tokens[at - 1]?.text ?? "");
    if (!party || tokens[at + 1]?.text !== "-" || !touching(at + 1) || !touching(at + 2)) return at;
    if (!/^\p{Lu}/u.test(tokens[at + 2]?.text ?? "")) return at;
    last = at + 2;
    while (touching(last + 1) && STATE_PART.test(tokens[last + 1]!.text)) last += 1;
    return [undefined, ",", ")"].includes(tokens[last + 1]?.text) ? last : at;
  };
  // Every join starts at a word followed by "." or "-": the rest are not looked at (this runs on every page).
  const ends = tokens.map((_, at) => {
    const next = tokens[at + 1]?.text;
    return next === "." || next === "-" ? lastJoined(at) : at;
  });
  if (ends.every((last, at) => last === at)) return { tokens, boundaries, breakAfter };
  const joined: Token[] = [];
  const joinedBoundaries = new Uint8Array(tokens.length);
  const joinedBreaks = new Uint8Array(tokens.length);
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at]!;
    const last = ends[at]!;
    let whole: Token;
    if (last === at) {
      // A token not joined is kept as it is (nothing else holds the tokens yet): only its index changes.
      token.index = joined.length;
      whole = token;
    } else {
      const text = tokens
        .slice(at, last + 1)
        .map((part) => part.text)
        .join("");
      const lower = text.toLowerCase();
      whole = { ...token, text, lower, lemma: lower, pos: "PROPN", end: tokens[last]!.end, index: joined.length };
    }
    joinedBoundaries[whole.index] = boundaries[last]!;
    joinedBreaks[whole.index] = breakAfter[last]!;
    joined.push(whole);
    at = last;
  }
  return { tokens: joined, boundaries: joinedBoundaries, breakAfter: joinedBreaks };
}

const PARTIES = new Set(["D", "R", "I"]);
/** What follows "D-": "Calif", ".", "N", "Y.", "Texas". */
const STATE_PART = /^(?:\.|\p{Lu}\p{Ll}*\.?)$/u;

/** Reporting words wink's tagger reads as adjectives after a surname it took for a verb ("Lynch said"). */
const REPORTED: Record<string, string> = { said: "say", says: "say", told: "tell", tells: "tell", added: "add" };
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * A surname that is also a common word ("Sarah Lynch said", "Bob Rose said", "Anna Hope says") is
 * tagged a verb, and the "said" after it an adjective: the name was lost. A capitalised word after
 * a proper noun, before a verb or a reporting word, is part of the name; the reporting word is a verb.
 */
function retagSurnames(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const word = tokens[i]!;
    // "Times Now said": an adverb too.
    if (word.pos !== "VERB" && word.pos !== "NOUN" && word.pos !== "ADJ" && word.pos !== "ADV") continue;
    if (!CAPITALISED_WORD.test(word.text) || tokens[i - 1]!.pos !== "PROPN") continue;
    const next = tokens[i + 1]!;
    const reported = REPORTED[next.lower];
    // "Jo Park and Ana Ruiz disagree": before "and" or a comma too, a capitalised noun goes on a name.
    const listed = word.pos === "NOUN" && (next.lower === "and" || next.text === ",");
    // "a poll released by Times Now television": a capitalised adverb after a name is the name's.
    const named = word.pos === "ADV";
    if (!reported && !listed && !named && next.pos !== "VERB" && next.pos !== "AUX") continue;
    word.pos = "PROPN";
    word.lemma = word.lower;
    if (reported && next.pos !== "VERB") {
      next.pos = "VERB";
      next.lemma = reported;
    }
  }
}

/**
 * "Park Young-ja, a researcher at ...", "Lee Ho-ryung said": a family name first, before a given name
 * of two syllables joined by a hyphen. The tagger may read the family name as a noun ("park"), and
 * the name was then "Young-ja". A short capitalised word right before such a given name is a name.
 */
function retagFamilyNamesFirst(tokens: Token[]): void {
  for (let i = 0; i + 3 < tokens.length; i += 1) {
    const family = tokens[i]!;
    if (family.pos === "PROPN" || family.text.length > 5 || !CAPITALISED_WORD.test(family.text)) continue;
    const given = tokens[i + 1]!;
    const hyphen = tokens[i + 2]!;
    const syllable = tokens[i + 3]!;
    if (!CAPITALISED_WORD.test(given.text) || hyphen.text !== "-") continue;
    if (hyphen.start !== given.end || syllable.start !== hyphen.end || !/^\p{Ll}{1,5}$/u.test(syllable.text)) continue;
    family.pos = "PROPN";
    family.lemma = family.lower;
  }
}

/**
 * "the Met Office", "by Times Mirror": inside a sentence, a capitalised word the tagger read as a
 * verb ("met") before another capitalised word opens a name. At a sentence's start, or after a
 * quotation mark or a bracket, the capital says nothing, unless a reporting verb follows the next
 * word ("Rose Berg said", "Will Grant expects") or precedes the two at a sentence's end ("said Will
 * Grant.").
 */
function retagNamesOpeningWithVerbs(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const word = tokens[i]!;
    // "May Chan said": the month's name, too.
    const month = word.lower === "may" && word.pos === "NOUN";
    if ((word.pos !== "VERB" && word.pos !== "AUX" && !month) || !CAPITALISED_WORD.test(word.text)) continue;
    const next = tokens[i + 1]!;
    // "..., said Will Grant.": after the reporting verb, the name closing the sentence.
    const inverted = REPORTING_FORMS.has(tokens[i - 1]?.lower ?? "") && /^[.,;:!?]?$/.test(tokens[i + 2]?.text ?? "");
    const reporting = REPORTING_FORMS.has(tokens[i + 2]?.lower ?? "") || inverted;
    if (month && (!reporting || tokens[i - 1]?.pos === "ADP")) continue;
    // "Will Grant said": the surname may be a verb too.
    const surname = next.pos === "NOUN" || next.pos === "PROPN" || (reporting && next.pos === "VERB");
    if (!CAPITALISED_WORD.test(next.text) || !surname) continue;
    // "“...,” Rose Berg said", "Will Grant expects": a given name that is also a verb, opening a
    // sentence or after a quotation, before a surname and a reporting verb in the third person or
    // the past (not the question "Will Britain expect").
    const before = tokens[i - 1];
    if (!reporting && (!before || (before.pos === "PUNCT" && before.text !== ","))) continue;
    if (!reporting && word.pos === "AUX") continue;
    word.pos = "PROPN";
    word.lemma = word.lower;
    if (next.pos === "VERB") {
      next.pos = "PROPN";
      next.lemma = next.lower;
    }
  }
}

/**
 * Reporting verbs after a speaker's name, in the third person or the past ("said", "expects",
 * "cautioned"): not the bare form, which a question takes ("Will Britain expect").
 */
const REPORTING_FORMS = new Set([
  ...[...REPORTING].flatMap((verb) => [
    /(?:s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`,
    verb.endsWith("e") ? `${verb}d` : `${verb}ed`,
  ]),
  "said",
  "told",
  "wrote",
  "thought",
  "foresaw",
  "saw",
  "bet",
]);

/**
 * "the Fed said", "The Fed expects", "Fed officials": the tagger reads "Fed" as the verb "feed". Capitalised,
 * it is the Federal Reserve, but for "Fed up" opening a sentence.
 */
function retagFed(tokens: Token[]): void {
  for (const [i, word] of tokens.entries()) {
    if (word.text !== "Fed" || (i === 0 && tokens[1]?.lower === "up")) continue;
    word.pos = "PROPN";
    word.lemma = "fed";
  }
}

/**
 * "The company's CEO, Jan Hatzius, said", "its CFO": a role's abbreviation after a possessive or an
 * article is the role, a noun; the tagger read it as a name, which then spoke instead of the person
 * the apposition names. ("Tesla CEO Elon Musk", a title before the name, is left as it was.)
 */
function retagRoleAbbreviations(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i += 1) {
    const word = tokens[i]!;
    if (word.pos !== "PROPN" || !ROLE_ABBREVIATIONS.has(word.text)) continue;
    const before = tokens[i - 1]!.lower;
    if (before !== "'s" && before !== "’s" && before !== "the" && !POSSESSIVE_DETERMINERS.has(before)) continue;
    word.pos = "NOUN";
    word.lemma = word.lower;
  }
}
const ROLE_ABBREVIATIONS = new Set(["CEO", "CFO", "COO", "CTO", "CIO", "CMO", "CSO"]);
const POSSESSIVE_DETERMINERS = new Set(["its", "their", "his", "her", "our"]);

/** Prefixes before a hyphen that leave a verb a verb: "re-elected", "co-founded", "pre-recorded". */
const VERB_PREFIXES = new Set([
  "re",
  "co",
  "pre",
  "de",
  "un",
  "non",
  "mis",
  "over",
  "under",
  "out",
  "up",
  "cross",
  "double",
]);

/**
 * "the BJP-led alliance", "a state-owned company", "US-backed": a past participle joined by a hyphen
 * to the word before it describes a noun; the tagger read it as a past verb, which would move a
 * modal after it into the past ("said the BJP-led NDA could get 272 seats").
 */
function retagHyphenedParticiples(tokens: Token[]): void {
  for (let i = 2; i < tokens.length; i += 1) {
    const word = tokens[i]!;
    if (word.pos !== "VERB" || word.lower === word.lemma || word.lower.endsWith("ing")) continue;
    const hyphen = tokens[i - 1]!;
    const before = tokens[i - 2]!;
    if (hyphen.text !== "-" || hyphen.end !== word.start || before.end !== hyphen.start) continue;
    if (before.pos === "PUNCT" || VERB_PREFIXES.has(before.lower)) continue;
    word.pos = "ADJ";
  }
}

/**
 * "head of fixed income research", "with reduced demand", "the revised forecast": a past participle
 * after a preposition or an article and before a noun describes the noun; the tagger read it as a
 * past verb, which made a clause of a role ("HSBC's head of fixed income research, Steven Major,").
 */
function retagParticiplesAfterPrepositions(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const word = tokens[i]!;
    // Cheapest test first: this runs on every token.
    if (word.pos !== "VERB" || !word.lower.endsWith("ed")) continue;
    const before = tokens[i - 1]!;
    if (tokens[i + 1]!.pos !== "NOUN" || !PARTICIPLE_OPENERS.has(before.lower)) continue;
    word.pos = "ADJ";
  }
}

/** Words after which a past participle before a noun describes it. */
const PARTICIPLE_OPENERS = new Set([
  "of",
  "in",
  "on",
  "for",
  "from",
  "with",
  "by",
  "at",
  "the",
  "a",
  "an",
  "its",
  "their",
]);

/**
 * "India Today projects", "USA Today reported", "the India Today-Axis My India poll", "the Times of
 * India-Ipsos poll": inside a sentence, a capitalised "Today" after a proper noun, a capitalised
 * word after one and joined by a hyphen to another, and a capitalised "My" between two, are the
 * name's, not the day, a second word or a pronoun; so is a capitalised gerund after a proper noun
 * ("the Department of Economic Forecasting at").
 */
function retagWordsInsideNames(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const word = tokens[i]!;
    if (word.pos === "PROPN" || !CAPITALISED_WORD.test(word.text) || tokens[i - 1]!.pos !== "PROPN") continue;
    const hyphen = tokens[i + 1]!;
    const joined =
      hyphen.text === "-" &&
      hyphen.start === word.end &&
      tokens[i + 2]?.start === hyphen.end &&
      /^\p{Lu}/u.test(tokens[i + 2]!.text);
    const pronoun = word.pos === "PRON" && word.lower === "my" && tokens[i + 1]!.pos === "PROPN";
    // "the Department of Economic Forecasting at the State Information Center": a capitalised
    // gerund after a proper noun, before a preposition or a comma, ends the name.
    const gerund =
      word.pos === "VERB" &&
      word.lower.endsWith("ing") &&
      (tokens[i + 1]!.pos === "ADP" || tokens[i + 1]!.text === "," || tokens[i + 1]!.pos === "PROPN");
    if (word.lower !== "today" && !joined && !pronoun && !gerund) continue;
    word.pos = "PROPN";
    word.lemma = word.lower;
  }
}

/**
 * "The Central Bank of Kenya (CBK) projects the economy to register": a verb of forecasting in the
 * third person the tagger read as a plural noun, after a name (or its bracketed short form) or a
 * pronoun ("She further states the scenario would"), and before what it forecasts.
 */
function retagReportingAfterNames(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const word = tokens[i]!;
    if (word.pos !== "NOUN" || !(FORECASTING_THIRD_PERSON.has(word.lower) || word.lower === "forecast")) continue;
    const before = tokens[i - 1]!;
    // "She further states the scenario would be different": an adverb the tagger read as a verb
    // between a pronoun and the verb.
    const adverb = ADVERBS_BEFORE_VERBS.has(before.lower) && SUBJECT_PRONOUNS.has(tokens[i - 2]?.lower ?? "");
    const next = tokens[i + 1];
    // "Growth will slow, Jane Smith, chief economist at Kestrel Bank, forecast.": closing the
    // sentence after its claim and a comma, the verb of who said it.
    // "..., forecasts the International Energy Agency.": before its subject, closing the sentence.
    const inverted = before.text === "," && nameClosesAfter(tokens, i + 1);
    const closing = inverted || (CLOSING_VERB_BEFORE.has(next?.text ?? ".") && closingSpeakerBefore(tokens, i));
    if (!closing) {
      if (word.lower === "forecast") continue;
      if (before.pos !== "PROPN" && before.text !== ")" && !SUBJECT_PRONOUNS.has(before.lower) && !adverb) continue;
      if (!next || (next.pos !== "DET" && next.lower !== "that" && next.pos !== "PRON")) continue;
    }
    word.pos = "VERB";
    word.lemma = word.lower === "forecast" ? "forecast" : word.lower.slice(0, -1);
    if (adverb) before.pos = "ADV";
  }
}
/**
 * Whether the words between the sentence's last comma and `verb` name who speaks: a name ("Jane
 * Smith"), a reference ("the bank"), or nothing after an apposition's closing comma ("Jane Smith,
 * chief economist at Kestrel Bank,"). Not "In March, the bank cut its growth forecast.": no verb or
 * possessive between.
 */
function closingSpeakerBefore(tokens: readonly Token[], verb: number): boolean {
  let comma = verb - 1;
  while (comma >= 0 && tokens[comma]!.text !== ",") comma -= 1;
  if (comma <= 0) return false;
  const between = tokens.slice(comma + 1, verb);
  if (between.length === 0) return tokens.slice(0, comma).some((token) => token.text === ",");
  const last = between[between.length - 1]!;
  return (
    (last.pos === "PROPN" || (last.pos === "NOUN" && between[0]!.lower === "the")) &&
    between.every((token) => ["DET", "ADJ", "NOUN", "PROPN"].includes(token.pos) || NAME_JOINS.has(token.lower))
  );
}

/** Whether a name ("the International Energy Agency", "Kestrel Bank") runs from `at` to the sentence's end. */
function nameClosesAfter(tokens: readonly Token[], at: number): boolean {
  let k = tokens[at]?.lower === "the" ? at + 1 : at;
  const first = k;
  while (k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.text)) k += 1;
  return k > first && (k === tokens.length || CLOSING_VERB_BEFORE.has(tokens[k]!.text));
}

/** What may stand inside who speaks: "Jane Smith of Kestrel Bank", "Kestrel Bank's Jane Smith", "Dr." */
const NAME_JOINS = new Set([".", "of", "from", "at", "'s", "’s"]);

/** What ends a sentence after its closing reporting verb. */
const CLOSING_VERB_BEFORE = new Set([".", "!", "?"]);
const FORECASTING_THIRD_PERSON = new Set([
  "projects",
  "forecasts",
  "predicts",
  "expects",
  "estimates",
  "sees",
  "states",
]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "it"]);
const ADVERBS_BEFORE_VERBS = new Set(["further", "also"]);

/**
 * "said Per Hansson", "Per Hansson said": "Per", a given name, capitalised inside a sentence or
 * before a name and its verb (the preposition opening a sentence, "Per the CBO,", stays one).
 */
function retagGivenNamePer(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const word = tokens[i]!;
    if (word.text !== "Per" || tokens[i + 1]!.pos !== "PROPN" || !CAPITALISED_WORD.test(tokens[i + 1]!.text)) continue;
    const inside = i > 0 && !QUOTES_AND_BRACKETS.has(tokens[i - 1]!.text);
    if (!inside && tokens[i + 2]?.pos !== "VERB") continue;
    word.pos = "PROPN";
    word.lemma = "per";
  }
}

/** Marks after which a capital opens a sentence or a quotation. */
const QUOTES_AND_BRACKETS = new Set(["“", '"', "‘", "'", "(", "[", "—", "–", "-", ":"]);

function closeSentence(sentenceTokens: Token[], lines: Line[], current: Line | null): Line {
  const first = sentenceTokens[0];
  const last = sentenceTokens[sentenceTokens.length - 1];
  if (!first || !last) throw new Error("empty sentence");
  let line = current;
  if (!line) {
    line = { start: first.start, end: last.end, sentences: [], words: 0 };
    lines.push(line);
  }
  line.sentences.push({ start: first.start, end: last.end, tokens: sentenceTokens, line: lines.length - 1 });
  line.end = last.end;
  line.words += sentenceTokens.filter((token) => token.pos !== "PUNCT" && token.pos !== "SYM").length;
  return line;
}

/** Answers of `isCommonPlural`, by lower-case word. */
const plurals = new Map<string, boolean>();

/**
 * Whether a capitalised word is a common noun's plural ("Consumers", "Banks", "Regulators"): the
 * model reads its lower case as a noun with a singular lemma. Names the model does not know keep
 * their form ("Barclays", "Reuters", "Williams"). Read once per word.
 */
export function isCommonPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}+s$/u.test(lower)) return false;
  let answer = plurals.get(lower);
  if (answer === undefined) {
    const tokens = nlp.readDoc(lower).tokens();
    const lemma = tokens.out(its.lemma as unknown as ItsFunction<string>)[0];
    answer = tokens.length() === 1 && tokens.out(its.pos)[0] === "NOUN" && lemma !== undefined && lemma !== lower;
    plurals.set(lower, answer);
  }
  return answer;
}
