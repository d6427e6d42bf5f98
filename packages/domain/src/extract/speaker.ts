import {
  DOCUMENT_HEADS,
  GROUPS,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  STAFF,
  describedAsFirm,
  isCamelWord,
  isOrganisation,
  ownerOfUnit,
  organisationEndingAt,
  organisationReferenceBefore,
  tickerAfter,
  organisationReferenceAfter,
  unitNamedApart,
  organisationsIn,
  resolveOrganisationReference,
} from "./organisations";
import { nounTaggedVerb } from "./clause";
import { describedPersonEnd } from "./described";
import type { Token } from "./tokens";

/**
 * Quoted experts: "..., said Victor Cha", "Cha said", "according to Victor Cha", "Cha told
 * reporters". A surname alone is resolved to the full name met earlier in the text ("Victor Cha");
 * "he said" to the last person attributed in the same part.
 */

/**
 * Verbs of asserting and announcing: "The IMF announced Tuesday that growth will slow", "..., claims
 * Armen Petrosyan, an expert", "she insisted", "he stressed", "..., conceded a top strategist".
 */
const ASSERTING = [
  "announce",
  "claim",
  "insist",
  "assert",
  "stress",
  "emphasise",
  "emphasize",
  "reiterate",
  "acknowledge",
  "concede",
  "admit",
  "declare",
  "remark",
  "reply",
  "respond",
  "counter",
  "tweet",
];

/** Verbs that report what someone says or thinks: their subject is the speaker of the claim. */
export const REPORTING = new Set([
  "say",
  "tell",
  "write",
  "add",
  "note",
  "warn",
  "predict",
  "argue",
  "explain",
  "believe",
  "think",
  "expect",
  "estimate",
  "forecast",
  "caution",
  "suggest",
  "comment",
  "observe",
  "contend",
  "reckon",
  "state",
  "comment",
  "project",
  // "..., Veisi concluded", "a report from the institute concluded that": a finding, said.
  "conclude",
  // "The report cited three factors that might ...": what a document gives as reasons, it says.
  "cite",
  // "the committee sees growth slowing": a forecast said with "see" (clause.ts reads it as one).
  "see",
  // "the Fed signaled that it would pause", "..., signaling that he does not foresee".
  "signal",
  // Verbs of asserting and announcing: their subject speaks, and they frame the claim (SAYING).
  ...ASSERTING,
  "anticipate",
  "foresee",
  "fear",
  "doubt",
  "speculate",
  "calculate",
  "envisage",
  "envision",
  "posit",
  // "Smith suspects the bill will pass", "traders bet that the Fed will cut": a view held.
  "suspect",
  "bet",
  "wager",
]);
const PRONOUNS = new Set(["he", "she", "it"]);
/** Capitalised at the start of a sentence, but nobody's name: "Others warned...", "Officials said...". */
const NOT_NAMES = new Set([
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

/**
 * A capitalised word the tagger did not read as a proper noun ("Park" in "Lena Park") continues a
 * name that a proper noun started.
 */
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

const continuesName = (token: Token | undefined): boolean =>
  token !== undefined &&
  (token.pos === "NOUN" || token.pos === "ADJ") &&
  /^\p{Lu}\p{Ll}/u.test(token.text) &&
  !NOT_NAMES.has(token.lower);

export interface Attribution {
  /** The name as written ("Cha", "Victor Cha"), or a pronoun to resolve. */
  name: string;
  /** "he said", "the bank said": a reference back to someone named before, to resolve. */
  pronoun: boolean;
  /** The reference is to an organisation ("the bank said", "the report says", "it added"). */
  organisation?: boolean;
  /** A group nobody names ("Authorities think", "Experts in the US warn"): credited, but to no one. */
  group?: boolean;
  /** One person nobody names, by the description given ("a senior Israeli official"): the name. */
  described?: boolean;
  /**
   * The apposition that describes the speaker, as written: "chief economist at Baltic Bank" in
   * "said Marta Kowalczyk, chief economist at Baltic Bank,". Null when there is none.
   */
  affiliation: string | null;
  /**
   * Character offsets (into the text) of the attribution's words: "said Marta Kowalczyk, chief
   * economist at Baltic Bank", "according to Lena Park", "Cha told reporters", "she said that". The
   * claim is the quote without them. Null when the words belong to the claim: "Cha expects rates to
   * fall" cannot lose "Cha expects".
   */
  span: { start: number; end: number } | null;
}

/** Verbs of saying, which frame a claim without being part of it ("..., Cha said"). */
const SAYING = new Set([
  "say",
  "tell",
  "write",
  "add",
  "note",
  "warn",
  "argue",
  "explain",
  "caution",
  "comment",
  "observe",
  "contend",
  "state",
  ...ASSERTING,
]);

/** Days and months: capitalised, tagged as proper nouns, never a speaker ("on Thursday said"). */
export const CALENDAR = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);

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
 * Index of the first token of the name ending at `end`, or -1 when no name ends there. A title
 * before the name ends it ("Bank of England Governor Andrew Bailey" is "Andrew Bailey"); a hyphen
 * joins ("Kuo Ming-chi"); a day or month is no name.
 */
function nameStartBefore(tokens: readonly Token[], end: number): number {
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
    // "iSuppli is expecting": a firm's name in camel case, opening the clause or after what it is
    // ("rival tracker iSuppli"); "the new iPad" is a thing.
    else if (
      isCamelWord(token) &&
      (i === 0 || tokens[i - 1]?.pos === "PUNCT" || describedAsFirm(tokens, i) || isCapitalised(tokens[i - 1]))
    ) {
      first = i;
    } else if (i === end && continuesName(token) && isCapitalised(tokens[i - 1])) continue;
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
  const afterOf =
    tokens[first - 1]?.lower === "of" || (tokens[first - 1]?.lower === "the" && tokens[first - 2]?.lower === "of");
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

/** Titles that "General" completes: "Director General", "Secretary General", "Surgeon General". */
const GENERAL_TITLES = new Set(["director", "secretary", "attorney", "surgeon", "governor", "inspector", "auditor"]);

/**
 * A title or a trade before a name: "Governor", "Economist", "Glaciologist", "Physician" (the
 * trades by their endings, "-ologist", "-ist", "-ician").
 */
function isRoleWord(token: Token | undefined): boolean {
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
]);

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
  return tokens[last + 1]?.text === "," && appositionEnd(tokens, last + 1) >= 0;
}
const TITLE_WORDS = /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?$/;

/** Academic ranks before a name: "Associate Professor Gianna Rossi" is "Gianna Rossi". */
const ACADEMIC_TITLES = new Set(["professor", "lecturer", "prof.", "prof"]);

/** A name starting at `at`, as [first, last], or null. */
function nameAfter(tokens: readonly Token[], at: number): [number, number] | null {
  const last = nameEndAfter(tokens, at);
  return last >= 0 ? [at, last] : null;
}

/** Perfect and progressive auxiliaries between a subject and its verb: "has predicted", "is forecasting". */
const AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were"]);
const NEGATIONS = new Set(["not", "n't", "n’t"]);
/** Forms of "be" that make a past participle after them a passive: "is projected", "were expected". */
const PASSIVE_BE = new Set(["is", "are", "was", "were"]);

/**
 * The last token of the subject of the reporting verb at `verb`, past what may stand between them:
 * adverbs ("The bank also forecast", "The budget office now expects"), a day ("Bank of America on
 * Thursday said"), "last week", a parenthesis glossing the name ("Kuo Ming-chi (郭明錤) said",
 * "Goldman Sachs (NYSE:GS) said"), an auxiliary of the perfect or the progressive ("has warned",
 * "is forecasting"; not the passive "is expected").
 */
function subjectEndBefore(tokens: readonly Token[], verb: number): number {
  let i = verb - 1;
  for (let step = 0; step < 4; step += 1) {
    const token = tokens[i];
    if (!token) break;
    if ((token.pos === "ADV" && /^\p{Ll}+$/u.test(token.text)) || MISREAD_ADVERBS.has(token.text)) {
      i -= 1;
    } else if (token.lower === "n't" || token.lower === "n’t" || token.lower === "not") {
      // "Bailey did not expect", "colleagues aren’t forecasting": the negation belongs to the claim's reading.
      i -= 1;
    } else if (["do", "does", "did"].includes(token.lower) && token.pos === "AUX") {
      i -= 1;
    } else if (["both", "all"].includes(token.lower) && tokens[i - 1]?.pos === "PROPN") {
      // "Jane Smith and John Doe both expect": the pair speaks.
      i -= 1;
    } else if (CALENDAR.has(token.lower) && tokens[i - 1]?.lower === "on") {
      i -= 2;
    } else if (
      ["week", "month", "year"].includes(token.lower) &&
      ["last", "this"].includes(tokens[i - 1]?.lower ?? "")
    ) {
      i -= 2;
    } else if (token.text === ")") {
      let open = i - 1;
      while (open > 0 && i - open <= 8 && tokens[open]?.text !== "(") open -= 1;
      if (tokens[open]?.text !== "(") break;
      i = open - 1;
    } else if (
      AUXILIARIES.has(token.lower) &&
      (tokens[verb]?.lower.endsWith("ing") || ["has", "have", "had"].includes(token.lower))
    ) {
      i -= 1;
    } else if (token.text === ",") {
      // "Goldman Sachs economists, led by Jan Hatzius, raised": who leads them is no subject.
      const open = ledByBefore(tokens, i);
      if (open < 0 || ledByUnnamed(tokens, open)) break;
      i = open - 1;
    } else break;
  }
  return i;
}

/** ", led by Jan Hatzius," closing at the comma `close`: the index of its opening comma, or -1. */
function ledByBefore(tokens: readonly Token[], close: number): number {
  for (let open = close - 3; open > 0 && close - open <= 9; open -= 1) {
    if (tokens[open]?.text !== ",") continue;
    const led = ["led", "headed", "run"].includes(tokens[open + 1]?.lower ?? "") && tokens[open + 2]?.lower === "by";
    return led ? open : -1;
  }
  return -1;
}

/** "the authors, led by": a group nobody names before the comma `open`, which speaks through its leader. */
const ledByUnnamed = (tokens: readonly Token[], open: number): boolean =>
  ["the", "its", "their", "his", "her"].includes(tokens[open - 2]?.lower ?? "");

/**
 * "the authors, led by Dr. Nikos Christidis, wrote": the leader of a group nobody names, before the
 * verb at `verb`, as [first, last] of the name and the first token of the attribution, or null.
 */
function leaderBefore(tokens: readonly Token[], verb: number): [number, number, number] | null {
  let close = verb - 1;
  while (close > 0 && AUXILIARIES.has(tokens[close]!.lower)) close -= 1;
  if (tokens[close]?.text !== ",") return null;
  const open = ledByBefore(tokens, close);
  if (open < 0 || !ledByUnnamed(tokens, open)) return null;
  let first = open + 3;
  while (first < close && isRoleWord(tokens[first])) first += 1;
  const last = nameEndAfter(tokens, first);
  return last === close - 1 ? [first, last, open - 2] : null;
}

/** Adverbs the tagger may read as a verb or an adjective: "He further said". */
const MISREAD_ADVERBS = new Set(["further", "later", "again", "also", "then"]);

/** Capitalised words go on at `i`, two of them, none a day or a month: a title or a heading, not a name's end. */
export const inLongerTitle = (tokens: readonly Token[], i: number): boolean =>
  [tokens[i], tokens[i + 1]].every(
    (token) => token !== undefined && /^\p{Lu}/u.test(token.text) && !CALENDAR.has(token.lower),
  );

/** Singular roles that refer back to the last person named: "the economist said", "the analyst added". */
export const PERSON_HEADS = new Set([
  "economist",
  "analyst",
  "strategist",
  "professor",
  "scientist",
  "researcher",
  "governor",
  "minister",
  "president",
  "chairman",
  "chairwoman",
  "director",
  "official",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "executive",
  "expert",
  "investor",
  "author",
  "co-author",
  "coauthor",
  "lawmaker",
  "senator",
]);

/**
 * "the firm's chief investment strategist", ending at the role `end`: where "the" stands, or -1. Up
 * to three words of rank before the role, after an organisation's common noun and "'s"; at the
 * start of the sentence or after punctuation ("“...,” the bank's economist said").
 */
function roleAtReferenceStart(tokens: readonly Token[], end: number): number {
  let i = end - 1;
  // "Gartner’s latest market share report": up to four words describing the document.
  while (i >= 0 && end - i <= 4 && (tokens[i]?.pos === "ADJ" || tokens[i]?.pos === "NOUN")) i -= 1;
  if (tokens[i]?.lower !== "'s" && tokens[i]?.lower !== "’s") return -1;
  if (!ORGANISATION_HEADS.has(tokens[i - 1]?.lower ?? "") || tokens[i - 2]?.lower !== "the") return -1;
  const start = i - 2;
  return start === 0 || tokens[start - 1]?.pos === "PUNCT" ? start : -1;
}

/** Heads of an organisation, called by its common noun: "the central bank chief", "the agency boss". */
const CHIEFS = new Set(["chief", "boss", "head", "governor", "chairman", "chairwoman", "chair"]);

/**
 * "The central bank chief added", "the IMF chief said", "the Fed chair said", "the French president
 * predicted", "the prime minister warned": a role held by someone, after up to three words saying
 * whose or which (an organisation's common noun or acronym, a capitalised adjective of a country or
 * body, rank words), who is the person named before. The index of "the", or -1.
 */
function chiefReferenceStart(tokens: readonly Token[], end: number): number {
  const head = tokens[end]?.lower ?? "";
  if (!CHIEFS.has(head) && !PERSON_HEADS.has(head) && !PERSON_TITLES.has(head)) return -1;
  let i = end - 1;
  let described = false;
  while (i >= 0 && end - i <= 3) {
    const token = tokens[i]!;
    // "the Kremlin spokesman", "the IMF chief", "the central bank chief", "the Fed chair", "the
    // French president", "the former prime minister".
    const modifier =
      ORGANISATION_HEADS.has(token.lower) ||
      /^\p{Lu}{2,6}$/u.test(token.text) ||
      isOrganisation(token.text) ||
      ((token.pos === "ADJ" || token.pos === "NOUN" || token.pos === "PROPN") && !CALENDAR.has(token.lower));
    if (!modifier || token.lower === "the") break;
    described = true;
    i -= 1;
  }
  if (!described || tokens[i]?.lower !== "the") return -1;
  return i === 0 || tokens[i - 1]?.pos === "PUNCT" ? i : -1;
}

/** What a forecaster's numbers are called: "X's predictions", "X's latest model". */
const FORECAST_NOUNS = new Set([
  "prediction",
  "predictions",
  "forecast",
  "forecasts",
  "projection",
  "projections",
  "estimate",
  "estimates",
  "model",
  "models",
]);

/**
 * "RealClearPolitics’ predictions", "Kestrel Bank's latest forecast" starting at `at`: [first,
 * last] of the owner's capitalised name and the index of the forecast noun, or null.
 */
function possessiveForecastOwner(tokens: readonly Token[], at: number): [number, number, number] | null {
  let last = at - 1;
  while (last + 1 < tokens.length && last - at < 4 && /^\p{Lu}/u.test(tokens[last + 1]!.text)) last += 1;
  if (last < at || !["'s", "’s", "'", "’"].includes(tokens[last + 1]?.lower ?? "")) return null;
  let noun = last + 2;
  while (noun < tokens.length && noun - last <= 4 && tokens[noun]?.pos === "ADJ") noun += 1;
  return FORECAST_NOUNS.has(tokens[noun]?.lower ?? "") ? [at, last, noun] : null;
}

/**
 * The owner of a document or of the people speaking for an organisation: "The CBO’s projections
 * suggested", "Morgan Stanley's economists wrote". [first, last] of the owner's name, or null.
 */
function ownerBefore(tokens: readonly Token[], end: number, source: string): [number, number] | null {
  const head = tokens[end];
  if (!head || head.pos !== "NOUN") return null;
  const model = head.lower === "model" || head.lower === "models";
  // "Bank of America’s strategy team": a team is spoken of by its owner (below, after a possessive).
  const team = head.lower === "team" || head.lower === "teams";
  if (!(DOCUMENT_HEADS.has(head.lower) || DOCUMENT_HEADS.has(head.lemma) || STAFF.has(head.lower) || model || team)) {
    return null;
  }
  let i = end - 1;
  // "Gartner’s latest market share report": up to four words describing the document.
  while (i >= 0 && end - i <= 4 && (tokens[i]?.pos === "ADJ" || tokens[i]?.pos === "NOUN")) i -= 1;
  // "The FDL Review election model predicts": the owner's name right before, after "the".
  if (tokens[i]?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[i]!.text) && !STAFF.has(head.lower) && !team) {
    const first = nameStartBefore(tokens, i);
    const opener = tokens[first - 1]?.lower;
    if (first >= 0 && (opener === "the" || opener === "a") && (first === 1 || tokens[first - 2]?.pos === "PUNCT")) {
      return [first, i];
    }
  }
  // "Bank of America’s US equity and quantitative strategy team": a longer description of a team,
  // a place's name and "and" in it, up to the owner's possessive.
  if (team) {
    for (let k = i; k >= 0 && end - k <= 7 && ["ADJ", "NOUN", "PROPN", "CCONJ"].includes(tokens[k]!.pos); k -= 1) {
      i = k - 1;
    }
  }
  if (tokens[i]?.lower !== "'s" && tokens[i]?.lower !== "’s") return null;
  const ownerEnd = i - 1;
  const organisation = organisationEndingAt(tokens, ownerEnd, source);
  const first = organisation >= 0 ? organisation : nameStartBefore(tokens, ownerEnd);
  return first >= 0 ? [first, ownerEnd] : null;
}

/**
 * The organisation whose people speak: "Harlow Capital strategists predict", "Kestrel analysts
 * said" (a name right before a plural of STAFF at `end`). [first, last] of the name, or null.
 */
function staffOwnerBefore(tokens: readonly Token[], end: number, source: string): [number, number] | null {
  if (!STAFF.has(tokens[end]?.lower ?? "")) return null;
  const organisation = organisationEndingAt(tokens, end - 1, source);
  const first = organisation >= 0 ? organisation : nameStartBefore(tokens, end - 1);
  if (first < 0 || TRADES.has(textOfWords(tokens, first, end - 1))) return null;
  // "Federal forecasters say", "Chinese economists expect": a word describing the group, not its employer.
  if (organisation < 0 && first === end - 1 && DESCRIBING_GROUPS.test(tokens[first]!.text)) return null;
  return [first, end - 1];
}

/** Words that describe a group of experts by kind or origin: "Federal", "Independent", "Chinese", "European". */
const DESCRIBING_GROUPS =
  /^(?:Federal|Government|State|National|Local|Regional|International|Independent|Private|Public|Top|Senior|Leading|Western|Eastern|Foreign|Other|Most|Many|Some|American|British|Chinese|Japanese|European|German|French|Russian|Indian|Korean|Canadian|Australian|Italian|Spanish|Israeli|Iranian|Ukrainian|Turkish|Brazilian|Mexican|Saudi|Swiss|Dutch|Swedish|Polish|Irish|African|Asian|Arab)$/u;

/**
 * Places that stand for a trade, not for one organisation: "Wall Street economists", "Silicon
 * Valley analysts" are a group nobody names.
 */
const TRADES = new Set([
  "Wall Street",
  "Main Street",
  "Silicon Valley",
  "Fleet Street",
  "Capitol Hill",
  "Madison Avenue",
  "Hollywood",
  "Bay Street",
  "Dalal Street",
]);

const MODALS = new Set(["will", "would", "could", "may", "might", "should", "won't", "'ll"]);

/** Words that open a relative clause: "..., where the child was from,". */
const RELATIVES = new Set(["where", "who", "which", "whose", "when"]);

/** Prepositions of place before a name that is then no subject: "Experts in the US are warning". */
const PLACE_PREPOSITIONS = new Set(["in", "across", "around", "throughout", "outside", "inside"]);

/** What a forecaster revises, keeps or publishes as its own: "raised its forecast", "cut their outlook". */
const OWN_FORECASTS = new Set([
  "forecast",
  "forecasts",
  "outlook",
  "outlooks",
  "target",
  "targets",
  "estimate",
  "estimates",
  "projection",
  "projections",
  "prediction",
  "predictions",
  "guidance",
  "expectation",
  "expectations",
  "call",
]);

/**
 * "Bank of America on Monday raised its price forecasts", "Thomas Lee hasn't dropped his forecast",
 * "the OBR upgraded its outlook": a verb whose object is the subject's own forecast, so the subject
 * makes the forecast the sentence gives. A possessive, up to four words, then a forecast's noun.
 */
function ownsForecastAfter(tokens: readonly Token[], verb: number): boolean {
  // "CCS Insight has downgraded expectations in every market": revising with no possessive.
  if (REVISING_VERBS.has(tokens[verb]?.lemma ?? "") && OWN_FORECASTS.has(tokens[verb + 1]?.lower ?? "")) return true;
  if (!POSSESSIVES.has(tokens[verb + 1]?.lower ?? "") || tokens[verb + 1]?.lower === "our") return false;
  for (let k = verb + 2; k <= verb + 6 && k < tokens.length; k += 1) {
    const word = tokens[k]!;
    if (OWN_FORECASTS.has(word.lower)) return true;
    if (!["ADJ", "NOUN", "NUM", "PROPN"].includes(word.pos) && word.text !== "-") return false;
  }
  return false;
}

/** Verbs of revising a forecast: "has downgraded expectations", "raised forecasts". */
const REVISING_VERBS = new Set(["raise", "cut", "lower", "downgrade", "upgrade", "revise", "trim", "lift"]);

const PROGRESSIVE_BE = new Set(["is", "are", "was", "were", "'s", "'re", "be", "been"]);

/** Verbs of an organisation's own outlook: "the company expects", "the bank forecasts". */
const OWN_VIEWS = new Set(["expect", "forecast", "project", "predict", "see", "anticipate", "estimate"]);
/** An organisation's own view in an attribution's words: "the CDC believes", "Kestrel expects". */
const OWN_VIEW_VERBS =
  /^\s+(?:now\s+|still\s+)?(?:believes|expects|forecasts|projects|predicts|anticipates|estimates|sees)\b/;

/** Verbs a document reports with: "the survey shows", "the report found". */
const FINDING = new Set(["show", "find"]);

/**
 * "the latest forecast from X" ending right before the verb at `verb`: [first, last] of the
 * organisation's name and the first token of the document's words, or null.
 */
function documentBefore(tokens: readonly Token[], verb: number, source: string): [number, number, number] | null {
  for (let at = verb - 2; at >= 0 && verb - at <= 14; at -= 1) {
    // ", CVoter exit poll showed": no article, the owner right after the comma.
    const bare = at > 0 && tokens[at - 1]?.pos === "PUNCT" && tokens[at]?.pos === "PROPN" ? at - 1 : -1;
    if (bare < 0 && !["the", "a", "an"].includes(tokens[at]?.lower ?? "")) continue;
    if (bare < 0 && at > 0 && tokens[at - 1]?.pos !== "PUNCT") continue;
    const article = bare >= 0 ? bare : at;
    // "a Wirenews poll of 40 economists showed": the owner named before the document's noun.
    let owner = article + 1;
    while (owner < verb && /^\p{Lu}/u.test(tokens[owner]!.text) && tokens[owner]!.pos === "PROPN") owner += 1;
    const ownerEnd = owner;
    // "CVoter exit poll", "Gartner's market share report": a kind of document before its noun.
    while (
      owner < verb &&
      owner - ownerEnd < 3 &&
      tokens[owner]!.pos === "NOUN" &&
      !DOCUMENT_HEADS.has(tokens[owner]!.lower)
    ) {
      owner += 1;
    }
    if (ownerEnd > article + 1 && DOCUMENT_HEADS.has(tokens[owner]?.lower ?? "")) {
      let rest = owner + 1;
      if (tokens[rest]?.lower === "of") {
        rest += 1;
        while (rest < verb && ["NUM", "ADJ", "NOUN"].includes(tokens[rest]!.pos)) rest += 1;
      }
      // "An Ipsos poll released Tuesday projects": when it was published, between the noun and the verb.
      if (PUBLISHING.has(tokens[rest]?.lower ?? "")) {
        let when = rest + 1;
        if (tokens[when]?.lower === "on") when += 1;
        if (CALENDAR.has(tokens[when]?.lower ?? "")) rest = when + 1;
        else if (["this", "last"].includes(tokens[when]?.lower ?? "") && tokens[when + 1]?.pos === "NOUN")
          rest = when + 2;
      }
      if (rest === verb) return [article + 1, ownerEnd - 1, article === bare ? article + 1 : article];
    }
    if (bare >= 0) continue;
    const authored = documentAuthorAfter(tokens, at, source);
    // "The poll, conducted by Ipsos, shows": the comma closing the participle's phrase, then the verb.
    const until = tokens[verb - 1]?.text === "," ? verb - 1 : verb;
    if (
      authored &&
      authored[2] <= verb - 1 &&
      tokens.slice(authored[2] + 1, until).every((t) => /^(?:\p{Lu}|['’]s?$)/u.test(t.text))
    ) {
      return [authored[0], authored[1], at];
    }
  }
  return null;
}

const PUBLISHING = new Set(["released", "published", "conducted", "compiled", "commissioned", "issued", "prepared"]);

/**
 * "according to a report by the Norland Institute", "a survey from Kestrel Analytics": the
 * document's author after "by"/"from"/"of". [first, last] of the name and the last token to leave
 * out of the claim, or null.
 */
function documentAuthorAfter(tokens: readonly Token[], at: number, source: string): [number, number, number] | null {
  let i = at;
  if (["the", "a", "an"].includes(tokens[i]?.lower ?? "")) i += 1;
  while (i < tokens.length && i - at < 5 && (tokens[i]?.pos === "ADJ" || tokens[i]?.pos === "NOUN")) {
    // "a survey released by Bloomberg News", "a report published by the Norland Institute".
    // "The poll, conducted by Ipsos, shows": the participle between commas.
    const commaBefore = tokens[i + 1]?.text === "," && PUBLISHING.has(tokens[i + 2]?.lower ?? "") ? 1 : 0;
    let participle = PUBLISHING.has(tokens[i + 1 + commaBefore]?.lower ?? "") ? 1 + commaBefore : 0;
    // "a survey of analysts by Wirenews", "a poll of 1,200 voters by X": whom it asked, then its owner.
    if (!participle && DOCUMENT_HEADS.has(tokens[i]!.lower) && tokens[i + 1]?.lower === "of") {
      let j = i + 2;
      // "a survey of nearly 28 analysts by Reuters": an adverb of amount too.
      while (j - i < 8 && ["NUM", "ADJ", "NOUN", "ADV"].includes(tokens[j]?.pos ?? "")) j += 1;
      // "The survey of 22,186 voters was carried out by Focaldata": a passive of publishing.
      if (j > i + 2 && (tokens[j]?.lower === "was" || tokens[j]?.lower === "were")) {
        const carried = tokens[j + 1]?.lower === "carried" && tokens[j + 2]?.lower === "out" ? 2 : 0;
        if (carried || PUBLISHING.has(tokens[j + 1]?.lower ?? "")) j += 1 + (carried || 1);
      }
      if (j > i + 2 && tokens[j]?.lower === "by") participle = j - i - 1;
    }
    const by = tokens[i + 1 + participle]?.lower ?? "";
    if (DOCUMENT_HEADS.has(tokens[i]!.lower) && (participle ? by === "by" : ["by", "from", "of"].includes(by))) {
      let first = i + 2 + participle;
      if (tokens[first]?.lower === "the") first += 1;
      // "a study by researchers at Stanford University": the researchers' institution.
      if (STAFF.has(tokens[first]?.lower ?? "") && ["at", "from", "with"].includes(tokens[first + 1]?.lower ?? "")) {
        first += tokens[first + 2]?.lower === "the" ? 3 : 2;
      }
      // "a review by consulting firm Kept": what the author is, in lower case, before its name.
      const named = afterSourceKind(tokens, first);
      const described = named > first;
      first = named;
      let last = nameEndAfter(tokens, first);
      // A name after what it is, whatever the tagger made of it ("consulting firm Kept").
      if (last < 0 && described && /^\p{Lu}/u.test(tokens[first]?.text ?? "")) last = first;
      // The organisation's whole name: "the Intergovernmental Panel on Climate Change".
      last = wholeNameEnd(tokens, first, last, source);
      return last >= 0 ? [first, last, last] : null;
    }
    i += 1;
  }
  return null;
}

/**
 * From `at`: capitalised words (places, nationalities: "U.S. and South Korean"), lower-case nouns
 * ("defense"), then a group's word that is not an organisation's staff ("officials", "diplomats",
 * "experts"). Its index, or -1 ("Goldman Sachs analysts" are the bank's).
 */
function officialsAfter(tokens: readonly Token[], at: number): number {
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
 * Words that open a clause of time: "After Trump announced the measures, ...". (A clause of contrast
 * holds views of its own: "While Kestrel expects growth to slow, ...".)
 */
const SUBORDINATORS = new Set(["after", "before", "when", "since", "once", "until"]);

/**
 * The comma closing a clause of time that opens the sentence ("Shortly after Trump
 * announced the measures,", "When the bank said it would cut,"), or -1. One adverb may stand first.
 */
function leadingClause(tokens: readonly Token[]): number {
  const opener = tokens[0]?.pos === "ADV" && !SUBORDINATORS.has(tokens[0].lower) ? 1 : 0;
  if (!SUBORDINATORS.has(tokens[opener]?.lower ?? "")) return -1;
  const comma = tokens.findIndex((token, k) => k > opener + 2 && token.text === ",");
  return comma;
}

/**
 * "a top Republican strategist monitoring the race", "one European diplomat": from `at` to the next
 * punctuation, a person described and not named: no organisation's or document's word ("an IDC
 * report"), no name of two capitalised words ("a Kestrel Bank analyst").
 */
function unnamedPersonAfter(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < tokens.length && tokens[i]!.pos !== "PUNCT"; i += 1) {
    const token = tokens[i]!;
    if (DOCUMENT_HEADS.has(token.lower) || ORGANISATION_HEADS.has(token.lower)) return false;
    if (/^\p{Lu}/u.test(token.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) return false;
  }
  return true;
}

/** What a source is called before its name, in lower case: "research firm IDC", "market tracker Canalys". */
export const SOURCE_KINDS = new Set([
  "firm",
  "company",
  "consultancy",
  "tracker",
  "researcher",
  "group",
  "agency",
  "bank",
  "lender",
  "broker",
  "brokerage",
  "house",
  "institute",
  "tank",
  "pollster",
  "forecaster",
  "provider",
  "outfit",
]);
/** What a source publishes, before "from" or "by" and its name: "new research from Gartner", "estimates by X". */
const SOURCE_WORKS = new Set([
  "research",
  "projection",
  "prediction",
  "data",
  "figures",
  "estimates",
  "estimate",
  "forecasts",
  "projections",
  "calculations",
  "analysis",
  "modelling",
  "modeling",
  "numbers",
]);

/**
 * Past what a source is, in lower case, at `at` ("consulting firm Kept", "analytical firm Canalys"):
 * the index of its name, or `at` when no such words stand there.
 */
function afterSourceKind(tokens: readonly Token[], at: number): number {
  const kind = tokens.slice(at, at + 3).findIndex((t) => SOURCE_KINDS.has(t.lower));
  if (kind < 0 || !tokens.slice(at, at + kind + 1).every((t) => /^\p{Ll}/u.test(t.text))) return at;
  return at + kind + 1;
}

/**
 * After "according to" at `at`: up to four lower-case words that say what the source is ("research
 * firm", "market tracker") or what it published, with "from" or "by" ("new research from",
 * "estimates by"), then the source's capitalised name. [first, last] of the name, or null (a
 * person's role is left to personAfterRole: "according to political analyst Jon Ekdahl").
 */
function describedSourceAfter(tokens: readonly Token[], at: number, source: string): [number, number] | null {
  let i = at;
  if (["the", "a", "an"].includes(tokens[i]?.lower ?? "")) i += 1;
  const start = i;
  while (i < tokens.length && i - start < 4 && /^\p{Ll}/u.test(tokens[i]!.text) && tokens[i]!.pos !== "ADP") i += 1;
  if (i === start) return null;
  const kind = tokens[i - 1]!.lower;
  let first = i;
  if (SOURCE_WORKS.has(kind) && ["from", "by"].includes(tokens[i]?.lower ?? "")) {
    first = tokens[i + 1]?.lower === "the" ? i + 2 : i + 1;
    // "a projection from analytical firm Canalys": what the author is, before its name.
    first = afterSourceKind(tokens, first);
  } else if (!SOURCE_KINDS.has(kind)) return null;
  if (!/^\p{Lu}/u.test(tokens[first]?.text ?? "")) return null;
  const last = wholeNameEnd(tokens, first, nameEndAfter(tokens, first), source);
  return last >= first ? [first, last] : null;
}

/**
 * The last token of the name starting at `first`: an organisation's whole name where one starts there
 * ("the Intergovernmental Panel on Climate Change", up to eight tokens), else `last`, the end of the
 * capitalised run.
 */
function wholeNameEnd(tokens: readonly Token[], first: number, last: number, source: string): number {
  for (let end = Math.min(tokens.length - 1, first + 7); end > last; end -= 1) {
    if (organisationEndingAt(tokens, end, source) === first) return end;
  }
  return last;
}

/**
 * A person named after an organisation and a role: "Kestrel Bank chief economist Jan Hollis",
 * "Kestrel Bank's chief economist, Jan Hollis", "the Fed's vice chair Ana Ruiz". [first, last] of
 * the person's name, or null.
 */
/**
 * ", and Cliff Kupchan, the firm’s chairman": a second person credited after the first one's name
 * and apposition, from `at` (the comma or "and"). [first, last] of the name and the last token of
 * its apposition, or null.
 */
function secondPersonAfter(tokens: readonly Token[], at: number): [number, number, number] | null {
  const and = tokens[at]?.text === "," ? at + 1 : at;
  if (tokens[and]?.lower !== "and") return null;
  const last = nameEndAfter(tokens, and + 1);
  if (last <= and + 1) return null;
  const apposition = appositionEnd(tokens, last + 1);
  return [and + 1, last, apposition >= 0 ? apposition : last];
}

/** Participles of repeating a view: "quotes X reiterating its call". */
const REITERATING = new Set(["reiterating", "repeating", "restating", "saying", "predicting", "warning"]);

/** Words of tenure before a role: "former Fed Chair", "outgoing Governor". */
const TENURE = new Set(["former", "acting", "outgoing", "incoming", "interim"]);

/** Small words inside a run of roles: "scientist and lead author of the study". */
const SECOND_ROLE = new Set(["and", "of", "the", "a", "an"]);

function personAfterRole(tokens: readonly Token[], at: number): [number, number] | null {
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

/** Nouns of a stated view, owned by whoever holds it: "the bank's expectation that". */
/**
 * "'s the view of", "is the forecast of" from `at` (after "That"/"This"): the index of the first
 * token after "of", or -1.
 */
function viewOfAfter(tokens: readonly Token[], at: number): number {
  const be = ["'s", "’s", "is", "was"].includes(tokens[at]?.lower ?? "") ? at + 1 : -1;
  if (be < 0 || tokens[be]?.lower !== "the") return -1;
  const noun = ["also", "latest"].includes(tokens[be + 1]?.lower ?? "") ? be + 2 : be + 1;
  return VIEW_NOUNS.has(tokens[noun]?.lower ?? "") && tokens[noun + 1]?.lower === "of" ? noun + 2 : -1;
}

/** Words that take a share of a trade: "Most analysts", "Many economists". */
const QUANTIFIERS = new Set(["most", "many", "some", "few", "several", "other", "all"]);

/** What "In X's ..." gives as X's own: "In Rahr's opinion", "In her view". */
const OPINIONS = new Set([
  "opinion",
  "view",
  "estimation",
  "assessment",
  "judgment",
  "judgement",
  "reckoning",
  "words",
]);
const OPINION_PRONOUNS: Record<string, string> = { his: "he", her: "she", their: "they", its: "it" };

const VIEW_NOUNS = new Set(["expectation", "forecast", "projection", "prediction", "estimate", "view", "assessment"]);

/**
 * The owner of a view ending at `end` (before "’s"): an organisation or person by name ("Kestrel
 * Analytics’s forecast"), or a reference back ("the budget office’s expectation"). No words are
 * left out of the claim: the view is part of it.
 */
function viewOwner(tokens: readonly Token[], end: number, source: string): Attribution | null {
  const organisation = organisationEndingAt(tokens, end, source);
  const first = organisation >= 0 ? organisation : nameStartBefore(tokens, end);
  if (first >= 0) {
    const name = textOf(tokens, first, end, source).replace(/\s+/g, " ");
    return { name, pronoun: false, organisation: organisation >= 0, affiliation: null, span: null };
  }
  const reference = organisationReferenceBefore(tokens, end + 1);
  if (reference < 0) return null;
  return {
    name: textOf(tokens, reference, end, source),
    pronoun: true,
    organisation: true,
    affiliation: null,
    span: null,
  };
}

/** Discourse words that may open a sentence before its subject, with a comma. */
const DISCOURSE_OPENERS = new Set(["however", "meanwhile", "still", "yet", "instead", "separately", "nonetheless"]);

/** The name a sentence opens with ("Barclays (LON:BARC) kept ...", "The Fund ..."): [first, last], or null. */
function openingName(tokens: readonly Token[], source: string): [number, number] | null {
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
  const start = tokens[lead]?.lower === "the" ? lead + 1 : lead;
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
  const last = misread ? nameEndAfter(tokens, start + 1) : nameEndAfter(tokens, start);
  if (last < 0) return null;
  // The longest organisation's name from the start: "Bank of America", "Goldman Sachs".
  for (let end = Math.min(tokens.length - 1, start + 6); end >= start; end -= 1) {
    if (organisationEndingAt(tokens, end, source) === start) return [start, end];
  }
  if (tickerAfter(tokens, last)) return [start, last];
  return last > start ? [start, last] : null;
}

/**
 * A person's name opening the sentence and then two commas or more of title, unit and employer,
 * no verb among them, up to the comma `close` before the verb: [first, last] of the name, or null.
 */
function chainedAppositions(tokens: readonly Token[], close: number, source: string): [number, number] | null {
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

/** Index of the last token of the name starting at `start`, or -1 when no name starts there. */
function nameEndAfter(tokens: readonly Token[], start: number): number {
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
    if (isCapitalised(tokens[i]) || continuesName(tokens[i]) || isCamelWord(tokens[i])) last = i;
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
      break;
    } else break;
  }
  return last;
}

const QUOTE_MARKS = new Set(['"', "'", "“", "”", "‘", "’", "«", "»"]);
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
    if (token.text === ",") {
      // "a meteorologist in West Columbia, S.C., said", "of Austin, Texas,": a place's state or
      // country between commas is still the apposition's.
      const place = placeAfter(tokens, i);
      if (place < 0) break;
      last = place;
      i = place;
      continue;
    }
    if (token.text === ";" || QUOTE_MARKS.has(token.text) || /^[.!?]$/.test(token.text)) break;
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

/** Words that open an academic or official title: "Assistant Professor of ...", "Professor of ...". */
const TITLE_OPENERS = new Set(["assistant", "associate", "adjunct", "visiting", "professor", "lecturer", "dean"]);

/**
 * "Assistant Professor of Political Science at Siena College Jack Collens": a title, its field
 * and institution (capitalised words joined by "of", "at", "for", "and", "the"), ending with two
 * capitalised words, the person. [first, last] of the person, or null.
 */
function titledPersonAfter(tokens: readonly Token[], at: number): [number, number] | null {
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

/** What an outlet is called after its name: "the Nikkei newspaper reported". */
const OUTLET_WORDS = new Set(["newspaper", "daily", "agency", "website", "broadcaster", "magazine", "channel"]);

/**
 * ", Reuters reported.", ", the Nikkei newspaper reported on Monday.", ", Bloomberg News reported,
 * citing people familiar with the matter.": an outlet (a capitalised name, perhaps "the" before it
 * and what it is after it) closing the sentence with "reported", and whether ", citing ..." follows.
 * Null otherwise.
 */
function closingOutletReport(
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
function closingReport(tokens: readonly Token[]): number {
  let end = tokens.length - 1;
  while (end > 0 && tokens[end]!.pos === "PUNCT") end -= 1;
  for (let comma = end - 1; comma > 0 && end - comma <= 6; comma -= 1) {
    if (tokens[comma]!.text !== ",") continue;
    const verbs = tokens.slice(comma + 1, end + 1).filter((token) => CLOSING_VERBS.has(token.lower));
    return verbs.length === 1 ? comma : -1;
  }
  return -1;
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

/** What follows "told": the audience ("reporters", "the BBC", "a conference in Warsaw" is not kept). */
function audienceEnd(tokens: readonly Token[], verb: number): number {
  let i = verb + 1;
  if (tokens[i]?.pos === "DET") i += 1;
  let last = verb;
  while (i < tokens.length && i - verb <= 4 && (tokens[i]?.pos === "NOUN" || tokens[i]?.pos === "PROPN")) {
    last = i;
    i += 1;
  }
  return last;
}

/** Where a title ending at `end` starts ("The finance minister", "Baltic Bank's chief economist"), or -1. */
const POSSESSIVES = new Set(["its", "his", "her", "their", "our"]);

function titleStartBefore(tokens: readonly Token[], end: number): number {
  // "Dahl's rival, Eva Holm, said": the tagger reads a noun after a possessive as an adjective now and then.
  const afterPossessive = tokens[end]?.pos === "ADJ" && ["'s", "’s"].includes(tokens[end - 1]?.lower ?? "");
  if (tokens[end]?.pos !== "NOUN" && !afterPossessive) return -1;
  let first = end;
  for (let i = end - 1; i >= 0 && end - i < 8; i -= 1) {
    const token = tokens[i];
    // "Its chief executive, Jochen Eickholt, told": a possessive opens the title as "the" does.
    const possessive = token?.pos === "PRON" && POSSESSIVES.has(token.lower);
    // "Nevada's go-to political commentator": words joined by hyphens, whatever their tags.
    const joined =
      (token?.text === "-" && tokens[i - 1]?.end === token.start && tokens[i + 1]?.start === token.end) ||
      (tokens[i + 1]?.text === "-" && tokens[i + 1]!.start === token?.end);
    if (!token || (!["DET", "NOUN", "PROPN", "ADJ", "ADP", "PART"].includes(token.pos) && !possessive && !joined)) {
      break;
    }
    if (token.text === ",") break;
    first = i;
  }
  // It runs from the start of the sentence, or of the words after a quotation ("“...,” Nevada’s
  // commentator, Jon Ralston, tweeted"): otherwise it is the end of something else.
  return first === 0 || QUOTE_MARKS.has(tokens[first - 1]?.text ?? "") || tokens[first - 1]?.text === "," ? first : -1;
}

const TIME_OPENERS = new Set(["on", "last", "this", "earlier", "late"]);

/**
 * Where an attribution's words start, given its name's first token: the title and the article
 * before the name go with it when they open the sentence or follow a quotation or comma ("“...,”
 * Kremlin spokesman Dmitry Peskov told reporters", "The Kremlin said").
 */
function spanStart(tokens: readonly Token[], first: number): number {
  const next = tokens[first - 1];
  if (!next || !(PERSON_TITLES.has(next.lower) || next.pos === "PROPN" || next.lower === "the")) return first;
  // "central bank governor Ida Holm": the role's words, lower case or not, back to the article.
  let start = first;
  while (start > 0 && first - start < 5) {
    const before = tokens[start - 1]!;
    const role = PERSON_TITLES.has(before.lower) || ["PROPN", "NOUN", "ADJ"].includes(before.pos);
    if (!role && before.lower !== "the") break;
    start -= 1;
    if (before.lower === "the") break;
  }
  const opener = tokens[start - 1];
  return start === 0 || opener?.pos === "PUNCT" ? start : first;
}

const textOf = (tokens: readonly Token[], first: number, last: number, source: string): string =>
  source.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);

/**
 * The person a sentence reports, or null when it reports nobody by name. Shapes: "..., said Victor
 * Cha(, a professor at Georgetown)", "Cha said", "Victor Cha, a professor at Georgetown, said",
 * "according to Victor Cha(, head of ...)", "Cha told reporters", "..., she said".
 * `source` is the text the tokens' offsets count in.
 */
export function findAttribution(tokens: readonly Token[], source: string): Attribution | null {
  // "Frank Graves, looking from afar, said": the subject is read as if the aside were not there.
  // "Jane Smith is confident the bill will pass": as if she "believes" it.
  const bare = withoutAside(tokens);
  const believing = withBeliefVerb(bare ?? tokens);
  const read = believing ?? bare;
  const within =
    (read && attributionIn(read, source)) ?? attributionIn(tokens, source) ?? introducedByColon(tokens, source);
  // "..., Reuters reported, citing three sources": the outlet's report (not "citing"'s subject). A
  // bare "..., Reuters reported" is left to what the sentence or the paragraph credits: "X predicted
  // ..., the New York Times reports" is X's, and a digest relays forecasts named before.
  const outlet = closingOutletReport(tokens, source);
  const found = outlet && outlet.citing ? outlet.attribution : within;
  // "the Paris-based IEA said", "New York-based Kestrel Capital": where it is based is no part of the name.
  const based = found?.name.match(BASED_IN);
  return found && based && based[0].length < found.name.length
    ? { ...found, name: found.name.slice(based[0].length) }
    : found;
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
]);

/** Words a colon's introduction may not hold: it would be a clause of its own, or a question. */
const NOT_INTRODUCING = new Set(["that", "if", "when", "whether", "what", "which", "who", "because", "but", "and"]);

/**
 * "Tom Berg put it bluntly: “Yields will fall.”", "Tom Berg of Kestrel Capital was blunt: yields
 * will fall", "She put it this way: ...": a person (two or three capitalised words, perhaps of an
 * employer, or "he"/"she") opening the sentence, a short verb phrase and a colon: what follows is
 * theirs. The words up to the colon are left out of the claim.
 */
function introducedByColon(tokens: readonly Token[], source: string): Attribution | null {
  const colon = tokens.findIndex((token) => token.text === ":");
  if (colon < 2 || colon > 14 || colon >= tokens.length - 2) return null;
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
    const rest = tokens.slice(last + 3, colon);
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
  const phrase = tokens.slice(verb, colon);
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

const BASED_IN = /^(?:\p{Lu}[\p{L}.']*\s)*\p{Lu}[\p{L}.']*-based\s+/u;

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
]);
// Token words are lower case with apostrophes straightened ("’s" reads "'s").
const BE_OR_REMAIN = new Set(["is", "are", "was", "were", "remains", "remain", "remained", "'s"]);

/**
 * The sentence with "is confident (that)", "remains optimistic (that)" read as one verb of belief
 * ("believe"), from the "is" to the adjective: its subject is then found as any verb's is. Only
 * when a clause follows ("that", or a subject); "is confident in the plan" holds no forecast of
 * its own. Null when there is none. The token keeps the offsets of the words it stands for.
 */
function withBeliefVerb(tokens: readonly Token[]): Token[] | null {
  for (let at = 1; at < tokens.length - 1; at += 1) {
    const adjective = tokens[at]!;
    if (adjective.pos !== "ADJ" && adjective.pos !== "VERB") continue;
    if (!BELIEF_ADJECTIVES.has(adjective.lower)) continue;
    let be = at - 1;
    while (
      be > 0 &&
      ["also", "still", "now", "not", "n't", "quite", "very", "increasingly"].includes(tokens[be]!.lower)
    )
      be -= 1;
    if (!BE_OR_REMAIN.has(tokens[be]!.lower) || be === 0) continue;
    const next = tokens[at + 1]!;
    if (next.lower !== "that" && !["DET", "PRON", "PROPN", "NOUN"].includes(next.pos)) continue;
    const verb: Token = { ...adjective, pos: "VERB", lemma: "believe", start: tokens[be]!.start };
    return [...tokens.slice(0, be), verb, ...tokens.slice(at + 1)];
  }
  return null;
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
function withoutAside(tokens: readonly Token[]): Token[] | null {
  for (let verb = 2; verb < tokens.length; verb += 1) {
    const said = tokens[verb]!;
    // Runs for every attribution looked for: the cheap tests first.
    if (said.pos !== "VERB" || !REPORTING.has(said.lemma)) continue;
    // ", shared Hunter's view, suggesting": a participle of saying goes on from a clause, not a subject.
    if (said.lower.endsWith("ing")) continue;
    let close = verb - 1;
    while (close > 0 && (AUXILIARIES.has(tokens[close]!.lower) || NEGATIONS.has(tokens[close]!.lower))) close -= 1;
    const closing = tokens[close]!;
    const dashed = DASHES.has(closing.text);
    if (closing.text !== "," && !dashed) continue;
    let open = close - 1;
    const limit = dashed ? 16 : 11;
    while (open > 0 && close - open < limit && tokens[open]!.text !== closing.text) {
      if (QUOTE_MARKS.has(tokens[open]!.text) || /^[.;:!?]$/.test(tokens[open]!.text)) break;
      if (!dashed && DASHES.has(tokens[open]!.text)) break;
      open -= 1;
    }
    if (open <= 0 || open >= close - 1 || tokens[open]!.text !== closing.text) continue;
    const first = tokens[open + 1]!;
    // "managing director", "ex-managing director": a participle before a noun describes the subject.
    const participle =
      first.pos === "VERB" &&
      (first.lower.endsWith("ing") || ASKED.has(first.lower)) &&
      !first.text.includes("-") &&
      tokens[open + 2]?.pos !== "NOUN";
    // ", of Kestrel Bank," and ", where the child was from," belong to the subject's description.
    const adverb = first.pos === "ADV" && !RELATIVES.has(first.lower);
    const preposition = first.pos === "ADP" && !AFFILIATING.has(first.lower);
    const compound = tokens[open + 2]?.text === "-" && tokens[open + 2]!.start === first.end;
    if (!dashed && (compound || !(adverb || preposition || participle))) continue;
    // The subject before it: a name or a noun (an apposition's last word), not a clause's end.
    const before = tokens[open - 1]!;
    if (!["PROPN", "NOUN", "PRON"].includes(before.pos)) continue;
    const inApposition = dashed && tokens.slice(Math.max(0, open - 24), open).some((token) => token.text === ",");
    const kept = inApposition ? [{ ...closing, text: ",", lower: ",", lemma: "," }] : [];
    return [...tokens.slice(0, open), ...kept, ...tokens.slice(close + 1)];
  }
  return null;
}

function attributionIn(tokens: readonly Token[], source: string): Attribution | null {
  /** The attribution's words, with a "that" after the verb; null when the verb is part of the claim. */
  const spanOf = (first: number, last: number, verb: number | null): Attribution["span"] => {
    const verbToken = verb === null ? undefined : tokens[verb];
    // "said that", "said on Thursday that", "said last week that": the time goes with the attribution.
    const time = TIME_OPENERS.has(tokens[last + 1]?.lower ?? "") && tokens[last + 3]?.lower === "that" ? 2 : 0;
    const that = verbToken && last === verb && tokens[last + 1 + time]?.lower === "that" ? last + 1 + time : last;
    if (verbToken && !SAYING.has(verbToken.lemma) && that === last) return null;
    return { start: tokens[spanStart(tokens, first)]?.start ?? 0, end: tokens[that]?.end ?? 0 };
  };
  const found = (
    nameFirst: number,
    nameLast: number,
    spanFirst: number,
    spanLast: number,
    affiliation: [number, number] | null,
    verb: number | null,
  ): Attribution => ({
    name: textOf(tokens, nameFirst, nameLast, source).replace(/\s+/g, " "),
    pronoun: false,
    affiliation: affiliation ? textOf(tokens, affiliation[0], affiliation[1], source) : null,
    span: spanOf(spanFirst, spanLast, verb),
  });
  /** One person nobody names, by their description: "a senior Israeli official said". */
  const describedPerson = (first: number, last: number, span: Attribution["span"]): Attribution => {
    // "a Toyota spokesman", "a spokeswoman for the ministry", "a company spokesman": who speaks for
    // an organisation speaks as it.
    const spokesperson = spokespersonFor(tokens, first, last);
    if (spokesperson) {
      const [from, to] = spokesperson;
      const name = textOf(tokens, from, to, source);
      if (/^\p{Lu}/u.test(name)) return { name, pronoun: false, organisation: true, affiliation: null, span };
      return { name: `the ${name}`, pronoun: true, organisation: true, affiliation: null, span };
    }
    return {
      // "A senior official said" opening the sentence is "a senior official" wherever it stands.
      name: textOf(tokens, first, last, source)
        .replace(/\s+/g, " ")
        .replace(/^(?:A|An|One|Another)\b/, (word) => word.toLowerCase()),
      pronoun: false,
      described: true,
      affiliation: null,
      span,
    };
  };
  /** A group or a person nobody names ("Authorities think", "..., conceded a top strategist"). */
  const nobody = (name: string, span: Attribution["span"]): Attribution => ({
    name,
    pronoun: true,
    group: true,
    affiliation: null,
    span,
  });

  // "That is likely to mean that parts of Oregon see drought develop, the agency said": a closing
  // ", X said" speaks for the sentence before any reporting verb inside it is read. A speaker that
  // opens the sentence ("Kestrel Bank, by contrast, expects ...") keeps it.
  const first = scan(0);
  const closing = closingReport(tokens);
  const opens = first !== null && source.startsWith(first.name, tokens[0]?.start ?? 0);
  if (closing > 0 && first && !opens) {
    const closer = scan(closing);
    // "the CDC believes the season could be severe, Jhung said": the person reports the
    // organisation's own view, which is the organisation's (as "X said the company expects" is).
    const before = source.slice(tokens[0]?.start ?? 0, tokens[closing]?.start ?? 0);
    const viewAt = before.indexOf(first.name);
    const reported =
      first.organisation === true && viewAt >= 0 && OWN_VIEW_VERBS.test(before.slice(viewAt + first.name.length));
    if (closer && !closer.organisation && !closer.group && reported) return first;
    return closer ?? first;
  }
  return first && !first.organisation && !first.group ? (organisationReported(first) ?? first) : first;

  /**
   * "Darden Restaurants CEO Rick Cardenas said the company expects": a person reporting the
   * organisation's own expectation gives the organisation's (the reference, resolved as "the
   * company said" is).
   */
  function organisationReported(person: Attribution): Attribution | null {
    if (!person.span) return null;
    let at = tokens.findIndex((token) => token.start >= person.span!.end);
    if (at < 0 || tokens[at - 1]?.lower === "that" || !REPORTING.has(tokens[at - 1]?.lemma ?? "")) {
      if (tokens[at]?.lower !== "that" && tokens[at - 1]?.lower !== "that") return null;
      if (tokens[at]?.lower === "that") at += 1;
    }
    // "said last month the company believes": the time goes with the saying.
    if (tokens[at]?.lower === "last" && ["week", "month", "year"].includes(tokens[at + 1]?.lower ?? "")) at += 2;
    if (tokens[at]?.lower !== "the") return null;
    let head = at + 1;
    while (head < tokens.length && head - at <= 3 && !ORGANISATION_HEADS.has(tokens[head]!.lower)) {
      if (!["ADJ", "NOUN", "PROPN"].includes(tokens[head]!.pos)) return null;
      head += 1;
    }
    const verb = tokens[head + 1]?.lower === "now" || tokens[head + 1]?.lower === "still" ? head + 2 : head + 1;
    const view = OWN_VIEWS.has(tokens[verb]?.lemma ?? "") || tokens[verb]?.lemma === "believe";
    if (!ORGANISATION_HEADS.has(tokens[head]?.lower ?? "") || !view) return null;
    // "Darden Restaurants CEO Rick Cardenas said the company": the organisation the sentence names
    // before the reference (the last one of its kind), else the one the text named before.
    const reference = textOf(tokens, at, head, source);
    const named = organisationsIn(tokens.slice(0, at), source);
    const own = resolveOrganisationReference(reference, named, null, named[named.length - 1] ?? null);
    if (own) return { name: own, pronoun: false, organisation: true, affiliation: null, span: person.span };
    return { name: reference, pronoun: true, organisation: true, affiliation: null, span: person.span };
  }

  /** "Rahr's opinion," or "her view," from `at`: the owner as an attribution, or null. */
  function opinionOwner(at: number): Attribution | null {
    const pronoun = OPINION_PRONOUNS[tokens[at]?.lower ?? ""];
    if (pronoun && OPINIONS.has(tokens[at + 1]?.lower ?? "") && tokens[at + 2]?.text === ",") {
      return {
        name: pronoun,
        pronoun: true,
        organisation: pronoun === "it",
        affiliation: null,
        span: spanOf(at - 1, at + 2, null),
      };
    }
    const owner = nameAfter(tokens, at);
    if (!owner || !["'s", "’s"].includes(tokens[owner[1] + 1]?.lower ?? "")) return null;
    // "In Rahr's opinion, ..." opening the sentence, or "..., in Kestrel Bank's view." closing it.
    const after = tokens[owner[1] + 3];
    const closes = after === undefined || (/^[.!?]$/.test(after.text) && owner[1] + 4 >= tokens.length);
    if (!OPINIONS.has(tokens[owner[1] + 2]?.lower ?? "") || (after?.text !== "," && !closes)) return null;
    return found(owner[0], owner[1], at - 1, owner[1] + 3, null, null);
  }

  function scan(from: number): Attribution | null {
    const leadingClauseEnd = leadingClause(tokens);
    // A group nobody names, kept in case no one is named later in the sentence ("Experts predict a
    // busy season, the hurricane outlook states").
    let group: Attribution | null = null;
    for (let i = from; i < tokens.length; i += 1) {
      const token = tokens[i];
      if (!token) continue;
      // "the budget office’s expectation that rates would be lower", "Kestrel's forecast that": the owner's view.
      // "Park's view is that the won will weaken": the same, said with "is".
      const viewIs = ["is", "remains"].includes(tokens[i + 1]?.lower ?? "") && tokens[i + 2]?.lower === "that";
      if (VIEW_NOUNS.has(token.lemma) && (tokens[i + 1]?.lower === "that" || viewIs) && tokens[i - 1]?.lower === "'s") {
        const viewer = viewOwner(tokens, i - 2, source);
        if (viewer) return viewer;
      }
      // "That's the view of analyst firm CCS Insight": whose view the sentence before gave.
      if (i === 0 && ["this", "that"].includes(token.lower)) {
        const viewOf = viewOfAfter(tokens, 1);
        if (viewOf >= 0) {
          const first = afterSourceKind(tokens, tokens[viewOf]?.lower === "the" ? viewOf + 1 : viewOf);
          const last = /^\p{Lu}/u.test(tokens[first]?.text ?? "") ? nameEndAfter(tokens, first) : -1;
          const end = last >= 0 ? wholeNameEnd(tokens, first, last, source) : -1;
          if (end >= first) return found(first, end, 0, end, null, null);
        }
      }
      // "In Rahr's opinion, ...", "In her view, ...": whose opinion the sentence gives.
      if (token.lower === "in" && (i === 0 || tokens[i - 1]?.pos === "PUNCT")) {
        const opinion = opinionOwner(i + 1);
        if (opinion) return opinion;
      }
      // "Based on RealClearPolitics’ predictions, ...", "based on Kestrel Bank's model": the owner's forecast.
      if (token.lower === "based" && tokens[i + 1]?.lower === "on") {
        const owner = possessiveForecastOwner(tokens, i + 2);
        if (owner) return { ...found(owner[0], owner[1], i, owner[2], null, null), organisation: true };
      }
      // "..., per a survey of 28 analysts by Reuters": "per" as "according to", before a document.
      const per =
        token.lower === "per" && tokens[i - 1]?.text === "," && ["a", "an", "the"].includes(tokens[i + 1]?.lower ?? "");
      if (per) {
        const authored = documentAuthorAfter(tokens, i + 1, source);
        if (authored) return { ...found(authored[0], authored[1], i, authored[2], null, null), organisation: true };
      }
      if (token.lower === "according" && tokens[i + 1]?.lower === "to") {
        // "According to him, 80,000 votes will be enough": the person named before.
        const pronoun = tokens[i + 2]?.lower;
        if (pronoun === "him" || pronoun === "her") {
          return { name: pronoun, pronoun: true, affiliation: null, span: spanOf(i, i + 2, null) };
        }
        // "According to Assistant Professor of Political Science at Siena College Jack Collens": a
        // title with its field and institution, then the person's given name and surname.
        const titled = titledPersonAfter(tokens, i + 2);
        if (titled) return found(titled[0], titled[1], i, titled[1], null, null);
        // "according to economists at Capital Economics": the organisation its staff speak for.
        if (STAFF.has(tokens[i + 2]?.lower ?? "") && ["at", "from", "with"].includes(tokens[i + 3]?.lower ?? "")) {
          const staffAt = tokens[i + 4]?.lower === "the" ? i + 5 : i + 4;
          const orgLast = nameEndAfter(tokens, staffAt);
          if (orgLast >= 0) {
            const last = wholeNameEnd(tokens, staffAt, orgLast, source);
            return { ...found(staffAt, last, i, last, null, null), organisation: true };
          }
        }
        // "According to Subramanian’s team": the organisation the team works for, not the person.
        const owner = nameEndAfter(tokens, i + 2);
        const mark = tokens[owner + 1]?.lower;
        if (owner >= 0 && (mark === "'s" || mark === "’s") && tokens[owner + 2]?.lower === "team") {
          const name = textOf(tokens, i + 2, owner + 2, source);
          return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(i, owner + 2, null) };
        }
        // "according to Kestrel Bank chief economist Jan Hollis": the person after the role.
        const person = personAfterRole(tokens, i + 2);
        if (person) {
          const apposition = appositionEnd(tokens, person[1] + 1);
          return found(person[0], person[1], i, apposition >= 0 ? apposition : person[1], null, null);
        }
        // "according to economists surveyed by Bloomberg": the survey's owner.
        const surveyed =
          STAFF.has(tokens[i + 2]?.lower ?? "") &&
          ["surveyed", "polled", "questioned"].includes(tokens[i + 3]?.lower ?? "") &&
          tokens[i + 4]?.lower === "by"
            ? nameEndAfter(tokens, i + 5)
            : -1;
        if (surveyed >= 0) {
          const last = wholeNameEnd(tokens, i + 5, surveyed, source);
          return { ...found(i + 5, last, i, last, null, null), organisation: true };
        }
        // "according to the Cook Political Report": a publication named with a document's word.
        const publication = tokens[i + 2]?.lower === "the" ? i + 3 : -1;
        if (publication > 0) {
          let end = publication;
          while (/^\p{Lu}/u.test(tokens[end + 1]?.text ?? "") && end - publication < 5) end += 1;
          const head = tokens[end]?.lower ?? "";
          if (end - publication >= 2 && DOCUMENT_HEADS.has(head) && !/^\p{Lu}/u.test(tokens[end + 1]?.text ?? "")) {
            return { ...found(publication, end, i, end, null, null), organisation: true };
          }
        }
        const authored = documentAuthorAfter(tokens, i + 2, source);
        if (authored) return { ...found(authored[0], authored[1], i, authored[2], null, null), organisation: true };
        // "according to U.S. and South Korean defense officials", "according to Israeli officials":
        // officials, diplomats or experts of a country are a group nobody names (not the country).
        // "according to a senior Western diplomat": one person, by their description.
        const describedLast = describedPersonEnd(tokens, i + 2);
        if (describedLast >= 0) return describedPerson(i + 2, describedLast, spanOf(i, describedLast, null));
        const officials = officialsAfter(tokens, i + 2);
        if (officials >= 0) {
          group ??= nobody(tokens[officials]!.lower, spanOf(i, officials, null));
          continue;
        }
        // "according to research firm IDC", "according to new research from Gartner Inc.": the
        // name after what it is or what it published.
        const described = describedSourceAfter(tokens, i + 2, source);
        if (described) return { ...found(described[0], described[1], i, described[1], null, null), organisation: true };
        const named = organisationAfter(tokens, i + 2);
        // "according to the institute": a reference back to the organisation named before.
        if (named && !/^\p{Lu}/u.test(tokens[named[0]]!.text)) {
          const name = textOf(tokens, i + 2, named[1], source);
          return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(i, named[2], null) };
        }
        if (named) return found(named[0], named[1], i, named[2], null, null);
        const nameLast = nameEndAfter(tokens, i + 2);
        if (nameLast < 0) continue;
        const apposition = appositionEnd(tokens, nameLast + 1);
        // "According to Westpac Weekly, the bank's chief economist, Luci Ellis, believes ...": the
        // newsletter is where the economist said it; the subject with a verb of her own speaks.
        if (apposition >= 0 && tokens[apposition + 1]?.text === ",") {
          const own = scan(apposition + 2);
          if (own && !own.pronoun) return own;
        }
        return found(
          i + 2,
          nameLast,
          i,
          apposition >= 0 ? apposition : nameLast,
          apposition >= 0 ? [nameLast + 2, apposition] : null,
          null,
        );
      }
      // "the RIA news agency quoted Deputy Foreign Minister Sergei Ryabkov as saying": the person quoted.
      // "Business Insider quotes Goldman Sachs": the tagger may read "quotes" between names as a noun.
      const quotesName = token.pos === "NOUN" && tokens[i - 1]?.pos === "PROPN" && tokens[i + 1]?.pos === "PROPN";
      if ((token.lemma === "quote" || token.lower === "quotes") && (token.pos === "VERB" || quotesName)) {
        // "Jane Smith was quoted by Reuters as saying": the one quoted is the subject, not the outlet.
        if (token.lower === "quoted" && PASSIVE_BE.has(tokens[i - 1]?.lower ?? "") && tokens[i + 1]?.lower === "by") {
          const subjectEnd = i - 2;
          const first =
            subjectEnd >= 0 && tokens[subjectEnd]!.pos === "PROPN" ? nameStartBefore(tokens, subjectEnd) : -1;
          if (first >= 0) return found(first, subjectEnd, first, i, null, null);
          continue;
        }
        const person = personAfterRole(tokens, i + 1) ?? nameAfter(tokens, i + 1);
        if (person && tokens[person[1] + 1]?.lower === "as" && tokens[person[1] + 2]?.lower === "saying") {
          // "Deputy Foreign Minister Sergei Ryabkov": the name starts after the last title word.
          let first = person[0];
          for (let k = person[0]; k < person[1]; k += 1) if (PERSON_TITLES.has(tokens[k]!.lower)) first = k + 1;
          return found(first, person[1], person[0], person[1] + 2, null, null);
        }
        // "Business Insider quotes Goldman Sachs on Friday reiterating its call": the one quoted speaks.
        if (person) {
          let k = person[1] + 1;
          if (tokens[k]?.lower === "on" && CALENDAR.has(tokens[k + 1]?.lower ?? "")) k += 2;
          const speaking = tokens[k];
          if (
            speaking &&
            speaking.lower.endsWith("ing") &&
            (REPORTING.has(speaking.lemma) || REITERATING.has(speaking.lower))
          ) {
            return { ...found(person[0], person[1], person[0], k, null, null), organisation: undefined };
          }
        }
      }
      // "The survey ... was carried out by Focaldata and forecasts that": the document's author.
      if (
        REPORTING.has(token.lemma) &&
        (token.pos === "VERB" || token.pos === "NOUN") &&
        tokens[i - 1]?.lower === "and" &&
        tokens[i + 1]?.lower === "that"
      ) {
        const authored = documentAuthorAfter(tokens, 0, source);
        if (authored && authored[2] === i - 2) {
          return { ...found(authored[0], authored[1], i - 1, i + 1, null, null), organisation: true };
        }
      }
      // "the latest Deloitte report, which estimates": the document's owner, named before it.
      if (
        REPORTING.has(token.lemma) &&
        (token.pos === "VERB" || token.pos === "NOUN") &&
        tokens[i - 1]?.lower === "which" &&
        tokens[i - 2]?.text === "," &&
        DOCUMENT_HEADS.has(tokens[i - 3]?.lower ?? "")
      ) {
        const last = i - 4;
        const first = tokens[last]?.pos === "PROPN" ? nameStartBefore(tokens, last) : -1;
        if (first >= 0) return { ...found(first, last, i - 1, i, null, null), organisation: true };
      }
      // "..., the latest forecast from the Kestrel Institute shows": the document's author.
      if (FINDING.has(token.lemma) && token.pos === "VERB") {
        const document = documentBefore(tokens, i, source);
        if (document) return { ...found(document[0], document[1], document[2], i, null, null), organisation: true };
        // "Gartner’s latest market share report has found": the owner of the document before the verb.
        let head = i - 1;
        while (head > 0 && AUXILIARIES.has(tokens[head]!.lower)) head -= 1;
        const owner = DOCUMENT_HEADS.has(tokens[head]?.lower ?? "") ? ownerBefore(tokens, head, source) : null;
        if (owner && (owner[0] === 0 || tokens[owner[0] - 1]?.pos === "PUNCT")) {
          return { ...found(owner[0], owner[1], owner[0], i, null, null), organisation: true };
        }
      }
      // "the Budget Office estimates that": the tagger reads a verb in -s before "that" as a noun now and then.
      // "The analyst, Ana Berg, comments: “...”": so does a verb in -s before the colon that opens a quotation.
      // A full name or an apposition before it, not one capital word ("Reader comments:").
      const named = tokens[i - 1]?.pos === "PROPN" && tokens[i - 2]?.pos === "PROPN";
      const colon = tokens[i + 1]?.text === ":" && (tokens[i - 1]?.text === "," || named);
      // ", the hurricane outlook states.": a verb in -s ending the sentence after a document or body.
      const trailing =
        token.pos === "NOUN" &&
        token.lower.endsWith("s") &&
        /^[.,!?]$/.test(tokens[i + 1]?.text ?? ".") &&
        tokens[i - 1]?.pos === "NOUN" &&
        (DOCUMENT_HEADS.has(tokens[i - 1]!.lower) || ORGANISATION_HEADS.has(tokens[i - 1]!.lower));
      // "..., claims Armen Petrosyan, an expert", "..., warns Kestrel Bank": a verb in -s turned before
      // its subject, which the tagger may read as a plural noun after the comma.
      const inverted =
        token.pos === "NOUN" &&
        /s$/.test(token.lower) &&
        (tokens[i - 1]?.text === "," || QUOTE_MARKS.has(tokens[i - 1]?.text ?? "")) &&
        tokens[i + 1]?.pos === "PROPN";
      // "The market researcher projects iPads will account for": after a reference to one speaker, a
      // verb in -s the tagger read as a noun, with a forecast's modal close after it.
      const afterReference =
        token.pos === "NOUN" &&
        /s$/.test(token.lower) &&
        organisationReferenceBefore(tokens, i) >= 0 &&
        !["VERB", "AUX", "ADP"].includes(tokens[i + 1]?.pos ?? "") &&
        tokens.slice(i + 2, i + 7).some((next) => MODALS.has(next.lower));
      const verbLike =
        token.pos === "VERB" ||
        trailing ||
        inverted ||
        afterReference ||
        (token.pos === "NOUN" && (tokens[i + 1]?.lower === "that" || colon)) ||
        nounTaggedVerb(tokens, i);
      // "Stoltzfus pointed out": a phrasal verb of saying.
      // "FiveThirtyEight gives Smith a 70% chance of winning", "the model gives it even odds": whoever
      // gives the chances forecasts.
      const givesChances =
        token.lemma === "give" &&
        token.pos === "VERB" &&
        tokens.slice(i + 1, i + 8).some((next) => ["chance", "chances", "odds", "probability"].includes(next.lower));
      const reporting =
        REPORTING.has(token.lemma) || (token.lemma === "point" && tokens[i + 1]?.lower === "out") || givesChances;
      if (!(verbLike && reporting) && !(token.pos === "VERB" && ownsForecastAfter(tokens, i))) continue;
      // "Shortly after Trump announced the measures, Capital Economics told ...": a verb inside a
      // leading clause of time or reason reports nothing the sentence claims.
      if (i < leadingClauseEnd) continue;
      // "the Forecasting Committee", "the forecasting club": an -ing form before a noun names, not reports.
      const beforeIng = ["not", "n't", "never"].includes(tokens[i - 1]?.lower ?? "") ? tokens[i - 2] : tokens[i - 1];
      if (token.lower.endsWith("ing") && !PROGRESSIVE_BE.has(beforeIng?.lower ?? "") && beforeIng?.text !== ",") {
        if (tokens[i + 1]?.pos === "NOUN" || tokens[i + 1]?.pos === "PROPN") continue;
        // "Investors expecting to take a break shouldn't relax": a participle describing its noun.
        if (tokens[i + 1]?.lower === "to") continue;
      }
      const spanLast = token.lemma === "tell" ? audienceEnd(tokens, i) : i;
      // "Barclays kept its forecasts, predicting Brent at $53": the participle's subject is the sentence's.
      if (token.lower.endsWith("ing") && tokens[i - 1]?.text === ",") {
        const opening = openingName(tokens, source);
        // "Industry researcher IHS iSuppli raised its forecast, saying": a firm by what it is called.
        if (opening && describedAsFirm(tokens, opening[0])) {
          return { ...found(opening[0], opening[1], opening[0], spanLast, null, i), organisation: true };
        }
        if (opening) return found(opening[0], opening[1], opening[0], spanLast, null, i);
        continue;
      }
      // "The Bank of Canada raised rates on Wednesday and said inflation will ease": a second verb
      // of the sentence's subject ("Bremmer and Kupchan wrote" is two subjects, read below).
      const beforeAnd = tokens[i - 2];
      if (tokens[i - 1]?.lower === "and" && (beforeAnd?.pos !== "PROPN" || CALENDAR.has(beforeAnd.lower)) && i > 3) {
        const opening = openingName(tokens, source);
        if (opening && opening[1] < i - 2) {
          const organisation = isOrganisation(textOfWords(tokens, opening[0], opening[1])) ? true : undefined;
          return { ...found(opening[0], opening[1], opening[0], opening[1], null, null), span: null, organisation };
        }
      }
      const leader = leaderBefore(tokens, i);
      if (leader) return found(leader[0], leader[1], leader[2], spanLast, null, i);
      const end = subjectEndBefore(tokens, i);
      // "A senior Israeli official said", "Discussing the poll, a local professor said": one person
      // nobody names, opening the clause.
      const described = describedSubjectBefore(tokens, end);
      if (described >= 0) return describedPerson(described, end, spanOf(described, spanLast, i));
      // "A new report from Moody's predicts", "The report, published by Moody's on Monday, says",
      // "A study by researchers at Stanford University finds": the document's author.
      const authored = documentSubjectOwner(tokens, i, source);
      if (authored) return found(authored[0], authored[1], authored[0], spanLast, null, i);
      // "Authorities think", "Experts predict": a group opening the sentence, capitalised, is no
      // one's name (nor the plural of an organisation's word); an attribution later may name someone.
      // "Most analysts expect", "Many economists see": a share of a trade, no organisation's staff.
      if (
        end >= 1 &&
        STAFF.has(tokens[end]!.lower) &&
        QUANTIFIERS.has(tokens[end - 1]!.lower) &&
        (end === 1 || tokens[end - 2]?.pos === "PUNCT")
      ) {
        group ??= nobody(tokens[end]!.lower, spanOf(end - 1, spanLast, i));
        continue;
      }
      // "Despite signs of a tightening race, Republicans are confident": after a leading phrase too.
      const opensClause = end === 0 || tokens[end - 1]?.text === ",";
      if (end >= 0 && tokens[end]!.pos === "PROPN" && GROUPS.has(tokens[end]!.lower) && opensClause) {
        group ??= nobody(tokens[end]!.lower, spanOf(end, spanLast, i));
        continue;
      }
      // "Moody's said", "Sainsbury's expects": a firm named by a possessive, with nothing owned after it.
      if (
        (tokens[end]?.lower === "'s" || tokens[end]?.lower === "’s") &&
        tokens[end - 1]?.pos === "PROPN" &&
        /^\p{Lu}/u.test(tokens[end - 1]!.text) &&
        // "Rating agency Moody's expects": what it is may stand before the name.
        (end === 1 ||
          tokens[end - 2]?.pos === "PUNCT" ||
          (tokens[end - 2]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[end - 2]!.text)))
      ) {
        return { ...found(end - 1, end, end - 1, spanLast, null, i), organisation: true };
      }
      // "The National Association of Home Builders is forecasting", "Bank of America on Thursday said"
      // "A new Gartner study says", "the last IPCC report has said": the document's owner, named
      // before its noun, at the start of the clause.
      if (DOCUMENT_HEADS.has(tokens[end]?.lower ?? "")) {
        let article = end - 1;
        while (article > 0 && ["ADJ", "NOUN", "PROPN"].includes(tokens[article]!.pos)) article -= 1;
        const opens = article === 0 || tokens[article - 1]?.pos === "PUNCT";
        const owned =
          ["a", "an", "the"].includes(tokens[article]?.lower ?? "") && opens
            ? organisationAfter(tokens, article)
            : null;
        if (owned && owned[2] === end)
          return { ...found(owned[0], owned[1], article, spanLast, null, i), organisation: true };
      }
      // "Michael Wilson of Morgan Stanley said", "Economist Jane Doe of the University of Michigan
      // expects": the person before "of" or "at", whether or not the words after it read as a firm.
      // "Jane Smith of Nomura and Tom Berg of Kestrel (both) expect": two people, each of an employer.
      const pair = employedPair(tokens, end, source);
      if (pair) {
        const name = `${textOf(tokens, pair[0], pair[1], source)}; ${textOf(tokens, pair[2], pair[3], source)}`;
        return { name, pronoun: false, affiliation: null, span: spanOf(pair[0], spanLast, i) };
      }
      const employed = personBeforeEmployer(tokens, end, source);
      if (employed) return found(employed[0], employed[1], employed[0], spanLast, [employed[1] + 2, end], i);
      const organisationFirst = organisationEndingAt(tokens, end, source);
      // "Anna Berg of Kestrel Bank said", "Anna Berg at Kestrel Bank expects": the person, not the bank.
      const member = organisationFirst >= 0 ? memberOf(tokens, organisationFirst, end, source) : null;
      if (member) return found(member[0], member[1], member[0], spanLast, [member[1] + 2, end], i);
      // "The unit of IHS Corp. now expects": the firm spoken of before, not its owner.
      if (organisationFirst >= 0 && ownerOfUnit(tokens, organisationFirst)) {
        const article = organisationFirst - 3;
        if (article === 0 || tokens[article - 1]?.pos === "PUNCT") {
          const name = textOf(tokens, article, organisationFirst - 3 + 1, source);
          return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(article, spanLast, i) };
        }
      }
      // "Forecasters with NOAA's Climate Prediction Center are predicting": the owner speaks.
      if (organisationFirst >= 0 && ["'s", "’s", "'", "’"].includes(tokens[organisationFirst - 1]?.lower ?? "")) {
        const ownerEnd = organisationFirst - 2;
        const ownerFirst = organisationEndingAt(tokens, ownerEnd, source);
        const unit = textOf(tokens, organisationFirst, end, source);
        if (ownerFirst >= 0 && !unitNamedApart(tokens, unit, end)) {
          return { ...found(ownerFirst, ownerEnd, ownerFirst, spanLast, null, i), organisation: true };
        }
        // "Moody's Investors Service cut its outlook": a one-word brand's possessive inside the name.
        const brand = tokens[ownerEnd];
        if (
          ownerFirst < 0 &&
          brand?.pos === "PROPN" &&
          /^\p{Lu}/u.test(brand.text) &&
          tokens[ownerEnd - 1]?.pos !== "PROPN" &&
          !isOrganisation(brand.text)
        ) {
          return { ...found(ownerEnd, end, ownerEnd, spanLast, null, i), organisation: true };
        }
      }
      // "the Bank predicted", "the Fund said": an organisation's word alone, capitalised as its
      // short name, refers back to the organisation named before.
      if (
        organisationFirst >= 0 &&
        organisationFirst === end &&
        ORGANISATION_HEADS.has(tokens[end]!.lower) &&
        tokens[end - 1]?.lower === "the"
      ) {
        const name = textOf(tokens, end - 1, end, source);
        return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(end - 1, spanLast, i) };
      }
      if (organisationFirst >= 0) {
        // "The Global Wind Energy Council said": the article goes with the name out of the claim.
        const article = tokens[organisationFirst - 1]?.lower === "the" ? organisationFirst - 1 : organisationFirst;
        return { ...found(organisationFirst, end, article, spanLast, null, i), organisation: true };
      }
      // "Harlow Capital strategists predict"
      const staff = staffOwnerBefore(tokens, end, source);
      if (staff) return { ...found(staff[0], staff[1], staff[0], spanLast, null, i), organisation: true };
      // "Cha said", "Victor Cha told reporters", "analyst Kuo Ming-chi (郭明錤) said"
      const nameFirst = nameStartBefore(tokens, end);
      // "Bremmer and Kupchan wrote": two people, each resolved on its own.
      if (nameFirst >= 2 && tokens[nameFirst - 1]?.lower === "and") {
        const other = nameStartBefore(tokens, nameFirst - 2);
        // "Both Jane Smith and Tom Berg expect": "Both" may open the pair.
        const both = tokens[other - 1]?.lower === "both" && (other === 1 || tokens[other - 2]?.pos === "PUNCT");
        if (other >= 0 && (other === 0 || tokens[other - 1]?.pos === "PUNCT" || both)) {
          const name = `${textOf(tokens, other, nameFirst - 2, source)}; ${textOf(tokens, nameFirst, end, source)}`;
          return { name, pronoun: false, affiliation: null, span: spanOf(other, spanLast, i) };
        }
      }
      // "the Chancellor said", "The Secretary added": a title alone is the person named before.
      if (
        nameFirst >= 0 &&
        nameFirst === end &&
        PERSON_TITLES.has(tokens[end]!.lower) &&
        tokens[end - 1]?.lower === "the" &&
        (end === 1 || tokens[end - 2]?.pos === "PUNCT")
      ) {
        return { name: tokens[end]!.lower, pronoun: true, affiliation: null, span: spanOf(end - 1, spanLast, i) };
      }
      // "Experts in the US are warning": a place after a preposition is no one's name; an
      // attribution later may still name someone.
      const article = tokens[nameFirst - 1]?.lower === "the" ? nameFirst - 1 : nameFirst;
      // "Top medical experts studying the spread of Ebola say": what a common noun is of is no
      // subject ("the spread of Ebola"); a title's "of" is read above ("Secretary of State").
      if (
        nameFirst >= 0 &&
        tokens[article - 1]?.lower === "of" &&
        tokens[article - 2]?.pos === "NOUN" &&
        /^\p{Ll}/u.test(tokens[article - 2]!.text) &&
        !STAFF.has(tokens[article - 2]!.lower) &&
        !PERSON_HEADS.has(tokens[article - 2]!.lower) &&
        !isRoleWord(tokens[article - 2])
      ) {
        continue;
      }
      if (nameFirst >= 0 && PLACE_PREPOSITIONS.has(tokens[article - 1]?.lower ?? "")) {
        const head = tokens[article - 2];
        if (head && GROUPS.has(head.lower) && (article === 2 || tokens[article - 3]?.pos === "PUNCT")) {
          group ??= nobody(head.lower, spanOf(article - 2, spanLast, i));
        }
        continue;
      }
      // "Wall Street expects": a trade, not one organisation.
      if (nameFirst >= 0 && TRADES.has(textOfWords(tokens, nameFirst, end))) {
        group ??= nobody(textOfWords(tokens, nameFirst, end).toLowerCase(), spanOf(nameFirst, spanLast, i));
        continue;
      }
      if (nameFirst >= 0) return found(nameFirst, end, nameFirst, spanLast, null, i);
      // "The CBO’s projections suggested"
      const owner = ownerBefore(tokens, end, source);
      if (owner) return { ...found(owner[0], owner[1], owner[0], spanLast, null, i), organisation: true };
      // "Victor Cha, a professor at Georgetown, said"
      // "Anna Berg, chief economist at X, has warned": a perfect or progressive auxiliary may stand
      // between the apposition's closing comma and the verb.
      let close = i - 1;
      // "..., hasn't dropped his forecast": a negation with the auxiliary.
      // Not a passive: "Indonesia, the largest economy, is projected to grow" credits no one.
      const passive = !token.lower.endsWith("ing") && PASSIVE_BE.has(tokens[i - 1]?.lower ?? "");
      // "..., a pollster with Priorities USA, still predicts": an adverb before the verb, too.
      while (
        !passive &&
        close > 0 &&
        (AUXILIARIES.has(tokens[close]?.lower ?? "") ||
          NEGATIONS.has(tokens[close]?.lower ?? "") ||
          (tokens[close]?.pos === "ADV" && /^\p{Ll}+$/u.test(tokens[close]!.text)))
      ) {
        close -= 1;
      }
      if (tokens[close]?.text === ",") {
        // "Sanjay Chawla, Head, Institutional Research, Emkay Global Financial Services, said": a
        // person opening the sentence, then a title, a unit and an employer, each after a comma.
        const chained = chainedAppositions(tokens, close, source);
        if (chained) return found(chained[0], chained[1], chained[0], spanLast, [chained[1] + 2, close - 1], i);
        // Long appositions ("director of the Center for Unification Strategy at the state-run
        // Institute for National Security Strategy") reach back up to 24 tokens.
        for (let comma = close - 1; comma > 0 && close - comma <= 24; comma -= 1) {
          if (tokens[comma]?.text !== ",") continue;
          // ", where the child was from,": a relative clause closing an apposition; the one before it counts.
          if (RELATIVES.has(tokens[comma + 1]?.lower ?? "") && appositionEnd(tokens, comma) < 0) continue;
          const apposition = appositionEnd(tokens, comma);
          // "Dr. Cameron Kaiser, a health official from Riverside County, where the child was from,
          // said": a relative clause closing the apposition.
          const relative =
            apposition >= 0 &&
            tokens[apposition + 1]?.text === "," &&
            RELATIVES.has(tokens[apposition + 2]?.lower ?? "");
          if (apposition !== close - 1 && !relative) break;
          // "Jane Smith, 45, an economist at Nomura, said": an age between the name and the apposition.
          const aged = /^\d{1,3}$/.test(tokens[comma - 1]?.text ?? "") && tokens[comma - 2]?.text === ",";
          const nameEnd = aged ? comma - 3 : comma - 1;
          const first = nameStartBefore(tokens, nameEnd);
          // "..., an economist in Austin, Texas, said": a place after a preposition is the end of
          // an earlier apposition, not a speaker; the name before that apposition speaks.
          if (first > 0 && tokens[first - 1]?.pos === "ADP") continue;
          if (first >= 0) {
            const attribution = found(first, nameEnd, first, spanLast, [comma + 1, close - 1], i);
            // "Charles Goodhart, ex-member of X, and Manoj Pradhan, ex-director of Y, say": both.
            const earlier = earlierNameWithApposition(tokens, first);
            if (!earlier) return attribution;
            const span = spanOf(earlier[0], spanLast, i);
            const name = `${textOf(tokens, earlier[0], earlier[1], source)}; ${attribution.name}`;
            // Each has an apposition of their own: neither describes the pair.
            return { ...attribution, name, affiliation: null, span };
          }
          // "The finance minister, Anna Berg, said": the name is the apposition, the title before it.
          if (nameEndAfter(tokens, comma + 1) === close - 1) {
            const title = titleStartBefore(tokens, comma - 1);
            if (title >= 0) return found(comma + 1, close - 1, title, spanLast, [title, comma - 1], i);
          }
          break;
        }
      }
      // "“...,” Rose says": a surname that is also a common word ("Rose", "Wolf", "Hope"), capitalised
      // after a closing quote or a comma, is a name whatever the tagger made of it.
      const capital = tokens[i - 1];
      if (
        capital &&
        i >= 2 &&
        /^\p{Lu}\p{Ll}+$/u.test(capital.text) &&
        !NOT_NAMES.has(capital.lower) &&
        !PRONOUNS.has(capital.lower) &&
        (QUOTE_MARKS.has(tokens[i - 2]?.text ?? "") || tokens[i - 2]?.text === ",")
      ) {
        return found(i - 1, i - 1, i - 1, spanLast, null, i);
      }
      const previous = tokens[end];
      // ", they predicted": the two people credited before, if two were (attribution.ts).
      if (previous?.lower === "they" && (end === 0 || tokens[end - 1]?.pos === "PUNCT")) {
        return { name: "they", pronoun: true, affiliation: null, span: spanOf(end, spanLast, i) };
      }
      // ", she said"; "She said the bank will..." at the start of a sentence; "it added" for an organisation.
      if (previous && PRONOUNS.has(previous.lower) && (end === 0 || tokens[end - 1]?.pos === "PUNCT")) {
        const organisation = previous.lower === "it";
        return { name: previous.lower, pronoun: true, organisation, affiliation: null, span: spanOf(end, spanLast, i) };
      }
      // ", strategists have predicted": staff with no article, the organisation's whose staff they were
      // called before, if any (attribution.ts resolves it; a group nobody names otherwise).
      if (
        previous?.pos === "NOUN" &&
        STAFF.has(previous.lower) &&
        (end === 0 || tokens[end - 1]?.pos === "PUNCT") &&
        !QUOTE_MARKS.has(tokens[end - 1]?.text ?? "")
      ) {
        const staff: Attribution = {
          name: previous.lower,
          pronoun: true,
          organisation: true,
          affiliation: null,
          span: spanOf(end, spanLast, i),
        };
        // "Analysts expect ..., according to a review by X": the source named later speaks for them.
        if (tokens.slice(i + 1).some((t, k) => t.lower === "according" && tokens[i + 2 + k]?.lower === "to")) {
          group ??= staff;
          continue;
        }
        return staff;
      }
      // "the bank said", "the report says", "the strategists said": the organisation named before.
      const reference = organisationReferenceBefore(tokens, end + 1);
      // "The good news is that the company believes": after "that", a clause of its own begins.
      const clauseStart = (at: number): boolean =>
        at === 0 || tokens[at - 1]?.pos === "PUNCT" || tokens[at - 1]?.lower === "that";
      if (reference >= 0 && clauseStart(reference)) {
        const name = textOf(tokens, reference, end, source);
        return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(reference, spanLast, i) };
      }
      // "the economist said": the person named before.
      if (
        PERSON_HEADS.has(previous?.lower ?? "") &&
        tokens[end - 1]?.lower === "the" &&
        (end === 1 || tokens[end - 2]?.pos === "PUNCT")
      ) {
        return { name: previous!.lower, pronoun: true, affiliation: null, span: spanOf(end - 1, spanLast, i) };
      }
      // "the firm's chief investment strategist said", "the bank’s chief economist added": a role at
      // the organisation named before, held by the person named before.
      const owned = PERSON_HEADS.has(previous?.lower ?? "") ? roleAtReferenceStart(tokens, end) : -1;
      const held = owned >= 0 ? owned : chiefReferenceStart(tokens, end);
      if (held >= 0) {
        return { name: previous!.lower, pronoun: true, affiliation: null, span: spanOf(held, spanLast, i) };
      }
      // "..., conceded a top Republican strategist", ", said one diplomat": someone nobody names.
      if (
        tokens[i - 1]?.pos === "PUNCT" &&
        SAYING.has(token.lemma) &&
        ["a", "an", "one", "another"].includes(tokens[i + 1]?.lower ?? "") &&
        unnamedPersonAfter(tokens, i + 2)
      ) {
        const last = describedPersonEnd(tokens, i + 1);
        if (last >= 0) return describedPerson(i + 1, last, spanOf(i, last, i));
        return nobody(tokens[i + 1]!.lower, spanOf(i, i + 1, i));
      }
      // ", says a report by Kestrel Bank": the document's author.
      if (
        tokens[i - 1]?.pos === "PUNCT" &&
        SAYING.has(token.lemma) &&
        ["a", "an", "the"].includes(tokens[i + 1]?.lower ?? "")
      ) {
        const authored = documentAuthorAfter(tokens, i + 1, source);
        if (authored) return { ...found(authored[0], authored[1], i, authored[2], null, i), organisation: true };
      }
      // ", said the report", "..., said the 1,000-page report, prepared by ...": the organisation named before.
      if (tokens[i - 1]?.pos === "PUNCT" && SAYING.has(token.lemma)) {
        // ", said the Nordic Fisheries Council", ", said a UN report": named, or its owner named.
        const named = organisationAfter(tokens, i + 1);
        const ending = named ? tokens[named[2] + 1] : undefined;
        // ", said Treasury Secretary Scott Bessent": a title inside the capitals makes them a person's.
        const titledInside = named ? personAfterRole(tokens, i + 1) : null;
        if (named && titledInside && titledInside[1] <= named[1] && titledInside[0] > named[0]) {
          return found(titledInside[0], titledInside[1], i, titledInside[1], null, i);
        }
        if (named && /^\p{Lu}/u.test(tokens[named[0]]!.text) && (!ending || ending.pos === "PUNCT")) {
          // ", said Ada Winter of Kestrel Bank": a person of the organisation, not its name.
          const of = tokens.findIndex((token, k) => k > named[0] + 1 && k < named[1] && token.lower === "of");
          if (
            of > 0 &&
            of - named[0] <= 3 &&
            !isOrganisation(textOfWords(tokens, named[0], of - 1)) &&
            isOrganisation(textOfWords(tokens, of + 1, named[1]))
          ) {
            return found(named[0], of - 1, i, named[2], [of + 1, named[1]], i);
          }
          return { ...found(named[0], named[1], i, named[2], null, i), organisation: true };
        }
        const head = organisationReferenceAfter(tokens, i + 1);
        if (head >= 0) {
          const name = textOf(tokens, i + 1, head, source);
          return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(i, head, i) };
        }
      }
      // ", said Kestrel Bank's chief economist, Jan Hollis", ", said Kestrel chief economist Jan Hollis"
      const titled = tokens[i - 1]?.pos === "PUNCT" ? personAfterRole(tokens, i + 1) : null;
      if (titled) return found(titled[0], titled[1], i, titled[1], null, i);
      // ", said Victor Cha" / "said Cha, a professor at..."
      const nameLast = nameEndAfter(tokens, i + 1);
      // ", says Georgia's climatologist", ", said Britain's finance minister": someone the place
      // or body has, unnamed here; not the place.
      const describesSomeone =
        nameLast >= 0 && /^['’]s$/.test(tokens[nameLast + 1]?.text ?? "") && tokens[nameLast + 2]?.pos === "NOUN";
      if (describesSomeone) return null;
      if (nameLast >= 0 && tokens[i - 1]?.pos === "PUNCT") {
        const apposition = appositionEnd(tokens, nameLast + 1);
        // "Frank Graves, however, said Clinton will win": a name with a verb of its own after it is
        // the reported clause's subject, not a speaker turned after the verb.
        const after = tokens[nameLast + 1];
        if (apposition < 0 && after && (after.pos === "VERB" || after.pos === "AUX" || MODALS.has(after.lower)))
          continue;
        // ", wrote Ian Bremmer, Eurasia Group’s president, and Cliff Kupchan, the firm’s chairman": both.
        const second = secondPersonAfter(tokens, apposition >= 0 ? apposition + 1 : nameLast + 1);
        if (second) {
          const name = `${textOf(tokens, i + 1, nameLast, source)}; ${textOf(tokens, second[0], second[1], source)}`;
          return { name, pronoun: false, affiliation: null, span: spanOf(i, second[2], i) };
        }
        return found(
          i + 1,
          nameLast,
          i,
          apposition >= 0 ? apposition : nameLast,
          apposition >= 0 ? [nameLast + 2, apposition] : null,
          i,
        );
      }
    }
    return group;
  }
}

/**
 * "Jane Smith of Nomura and Tom Berg of Kestrel", ending at `end`: two people, each named before
 * "of" or "at" and their employer, joined by "and" at the clause's start ("Both" may open it).
 * [first, last] of each, or null.
 */
function employedPair(tokens: readonly Token[], end: number, source: string): [number, number, number, number] | null {
  const second = personBeforeEmployer(tokens, end, source, (first) => tokens[first - 1]?.lower === "and");
  if (!second) return null;
  const and = second[0] - 1;
  const clauseStart = (first: number): boolean =>
    first === 0 ||
    tokens[first - 1]?.pos === "PUNCT" ||
    (tokens[first - 1]?.lower === "both" && (first === 1 || tokens[first - 2]?.pos === "PUNCT"));
  const first = personBeforeEmployer(tokens, and - 1, source, clauseStart);
  return first ? [first[0], first[1], second[0], second[1]] : null;
}

/**
 * A document opening the sentence with its author after "by", "from" or "of", as the subject of the
 * verb at `verb`: "A new report from Moody's predicts", "The report, published by Moody's on Monday,
 * says". [first, last] of the author, or null. Between the author and the verb may stand a
 * possessive's "'s", a day ("on Monday") and the comma closing the participle.
 */
function documentSubjectOwner(tokens: readonly Token[], verb: number, source: string): [number, number] | null {
  // Opening the sentence: ", the report by X said" closing it is read elsewhere (and carried on).
  if (verb < 4 || !["a", "an", "the"].includes(tokens[0]!.lower)) return null;
  const owner = documentAuthorAfter(tokens, 0, source);
  if (!owner || owner[1] >= verb) return null;
  const first = owner[0];
  let last = owner[1];
  let k = last + 1;
  // "Moody's": the possessive's "s" is the firm's name's.
  if (["'s", "’s"].includes(tokens[k]?.lower ?? "")) last = k++;
  if (tokens[k]?.lower === "on" && CALENDAR.has(tokens[k + 1]?.lower ?? "")) k += 2;
  if (tokens[k]?.text === ",") k += 1;
  return k === verb || (k < verb && subjectEndBefore(tokens, verb) < k) ? [first, last] : null;
}

const SPOKESPEOPLE = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/**
 * The organisation a spokesperson described from `first` to `last` speaks for, as [first, last] of
 * its name ("a Toyota spokesman", "a spokeswoman for the Bank of Japan") or of its common noun
 * ("a company spokesman", "a ministry spokeswoman"), or null.
 */
function spokespersonFor(tokens: readonly Token[], first: number, last: number): [number, number] | null {
  const head = tokens.findIndex((token, k) => k > first && k <= last && SPOKESPEOPLE.has(token.lower));
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

/** Where a description of one unnamed person ending at `end` opens its clause ("A senior official"), or -1. */
function describedSubjectBefore(tokens: readonly Token[], end: number): number {
  for (let first = end - 1; first >= 0 && end - first <= 16; first -= 1) {
    const opens = first === 0 || tokens[first - 1]?.pos === "PUNCT" || tokens[first - 1]?.lower === "that";
    if (opens && describedPersonEnd(tokens, first) === end) return first;
  }
  return -1;
}

/**
 * A person's name before "of" or "at" and an organisation, ending at `end`: "Anna Berg of Kestrel
 * Bank", "Anna Berg at Kestrel Bank". [first, last] of the name, or null ("Bank of America" and
 * "University of Chicago" hold an organisation's word before "of"; one word is no name).
 */
function memberOf(
  tokens: readonly Token[],
  organisationFirst: number,
  end: number,
  source: string,
): [number, number] | null {
  const isName = (first: number, last: number): boolean =>
    last - first >= 1 &&
    last - first <= 2 &&
    tokens.slice(first, last + 1).every((token) => token.pos === "PROPN" && /^\p{Lu}/u.test(token.text)) &&
    !isOrganisation(textOf(tokens, first, last, source));
  for (let k = organisationFirst + 2; k < end; k += 1) {
    if (tokens[k]?.lower === "of") return isName(organisationFirst, k - 1) ? [organisationFirst, k - 1] : null;
  }
  // "Mario Morales of IDC": the organisation found after "of" (its name alone is one).
  if (tokens[organisationFirst - 1]?.lower === "at" || tokens[organisationFirst - 1]?.lower === "of") {
    const last = organisationFirst - 2;
    const first = nameStartBefore(tokens, last);
    if (first >= 0 && isName(first, last) && (first === 0 || tokens[first - 1]?.pos === "PUNCT")) return [first, last];
  }
  return null;
}

/** Words inside an employer's name after "of" or "at": "the University of Michigan", "Ernst & Young". */
const EMPLOYER_JOINERS = new Set(["the", "of", "and", "&", "for", "de"]);

/**
 * A person named by two or three capitalised words at the clause's start (or after a role word:
 * "Economist Jane Doe"), then "of" or "at" and capitalised words running to `end`: "Michael Wilson
 * of Morgan Stanley", "Jane Doe of the University of Michigan". [first, last] of the person, or null
 * ("Bank of America", "the University of Chicago" and "Governor of the Bank of Japan" name no person
 * before the "of").
 */
function personBeforeEmployer(
  tokens: readonly Token[],
  end: number,
  source: string,
  opening = (first: number): boolean =>
    first === 0 || tokens[first - 1]?.pos === "PUNCT" || isRoleWord(tokens[first - 1]),
): [number, number] | null {
  if (!/^\p{Lu}/u.test(tokens[end]?.text ?? "")) return null;
  let at = end - 1;
  while (at > 1 && end - at <= 10) {
    const token = tokens[at]!;
    if ((token.lower === "of" || token.lower === "at") && /^\p{Lu}/u.test(tokens[at - 1]?.text ?? "")) {
      const last = at - 1;
      const first = nameStartBefore(tokens, last);
      const opens = first >= 0 && opening(first);
      const person =
        first >= 0 &&
        last - first >= 1 &&
        last - first <= 2 &&
        tokens.slice(first, last + 1).every((word) => word.pos === "PROPN" && /^\p{Lu}/u.test(word.text)) &&
        !isOrganisation(textOf(tokens, first, last, source)) &&
        tokens.slice(first, last + 1).every((word) => !PERSON_TITLES.has(word.lower) && !isRoleWord(word));
      if (person && opens) return [first, last];
    } else if (
      !/^\p{Lu}/u.test(token.text) &&
      !EMPLOYER_JOINERS.has(token.lower) &&
      token.text !== "'s" &&
      token.text !== "’s"
    ) {
      return null;
    }
    at -= 1;
  }
  return null;
}

/**
 * "X, apposition, and" before the name at `name`: the earlier person of a pair ("Charles Goodhart,
 * ex-member of the Bank's committee, and Manoj Pradhan, ..., say"), as [first, last], or null.
 */
function earlierNameWithApposition(tokens: readonly Token[], name: number): [number, number] | null {
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
 * An organisation after "according to": "the ITEM forecasting club" (a name and an organisation's
 * head noun), "the Institute", "a draft UN report" (a document: its owner, "UN"). Returns [first,
 * last] of the name and the last token of the words to leave out of the claim, or null.
 */
function organisationAfter(tokens: readonly Token[], at: number): [number, number, number] | null {
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
  // "the Institute for Metals Research": a capitalised name that is an organisation's by its words.
  if (capitalFirst === 0 && capitalLast === last && isOrganisation(textOfWords(tokens, start, last))) {
    return [start, last, last];
  }
  if (DOCUMENT_HEADS.has(head) && capitalFirst >= 0 && capitalLast < last) {
    // "a draft UN report": the document's owner; a person's name ("Lena Park's report") is left to the name rules.
    return [start + capitalFirst, capitalLast, last];
  }
  if (ORGANISATION_HEADS.has(head) && (capitalFirst >= 0 || tokens[at]?.lower === "the")) {
    const first = capitalFirst >= 0 ? start + capitalFirst : start;
    return [first, last, last];
  }
  return null;
}

const ORGANISATION_CONNECTORS = new Set(["of", "for", "on", "and", "&"]);

const textOfWords = (tokens: readonly Token[], first: number, last: number): string =>
  tokens
    .slice(first, last + 1)
    .map((token) => token.text)
    .join(" ");
