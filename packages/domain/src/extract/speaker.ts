import { changeOfFigure } from "./numbers";
import { makesFavourite, pickedToWin, tippedTo } from "./outcomes";
import {
  appositionEnd,
  chainedAppositions,
  closedApposition,
  earlierNameWithApposition,
  secondPersonAfter,
} from "./appositions";
import { withBeliefVerb, withoutAside } from "./asides-and-beliefs";
import { type Attribution, textOf, textOfWords } from "./attribution-shape";
import { nounTaggedVerb } from "./clause";
import { closingOutletReport, closingReport, introducedByColon } from "./closing-and-colon";
import { describedPersonEnd } from "./described";
import { indexIn, pluralPresent, singularPresent } from "./grammar";
import {
  afterSourceKind,
  describedSourceAfter,
  documentAuthorAfter,
  FINDINGS,
  findingsOpening,
  documentBefore,
  documentSubjectOwner,
  ownerBefore,
  marketTargetAt,
  ownsForecastAfter,
  PUBLISHING,
  timeAfterParticiple,
  possessiveForecastOwner,
  viewOfAfter,
  viewOwner,
  wholeNameEnd,
  possessiveNameEnd,
} from "./documents";
import {
  isCapitalised,
  isRoleWord,
  nameAfter,
  nameEndAfter,
  nameStartBefore,
  NOT_NAMES,
  openingName,
  personAfterRole,
  titledPersonAfter,
  titleStartBefore,
} from "./names";
import { officialsAfter, organisationAfter, spokespersonFor, unnamedPersonAfter } from "./organisation-speakers";
import {
  describedAsFirm,
  DOCUMENT_HEADS,
  GROUPS,
  isCapitalWord,
  isKnownFirm,
  isOrganisation,
  ORGANISATION_HEADS,
  organisationEndingAt,
  organisationReferenceAfter,
  organisationReferenceBefore,
  organisationsIn,
  ownerOfUnit,
  PERSON_TITLES,
  resolveOrganisationReference,
  STAFF,
  unitNamedApart,
} from "./organisations";
import {
  AUXILIARIES,
  CALENDAR,
  FINDING,
  NEGATIONS,
  PERSON_HEADS,
  QUOTE_MARKS,
  RELATIVES,
  REPORTING,
  SAYING,
} from "./reporting-words";
import {
  chiefReferenceStart,
  describedSubjectBefore,
  partnerBefore,
  roleReferenceAfter,
  employedPair,
  leaderBefore,
  leaderWithoutCommas,
  memberOf,
  personBeforeEmployer,
  roleAtReferenceStart,
  staffOwnerBefore,
  subjectEndBefore,
  beforeDayOrOccasion,
  TRADES,
} from "./speaker-subjects";
import type { Token } from "./tokens";
import {
  BE,
  CHANCE_NOUNS,
  CLAUSE_BREAK,
  DASHES,
  FORECAST_FOR_NOUNS,
  FUTURE_MODALS,
  NAME_TITLES,
  VIEW_NOUNS,
  WEATHER_FORECASTERS,
  isHeldCase,
} from "./words";

/**
 * Quoted experts: "..., said Victor Cha", "Cha said", "according to Victor Cha", "Cha told
 * reporters". A surname alone is resolved to the full name met earlier in the text ("Victor Cha");
 * "he said" to the last person attributed in the same part.
 */

export { appositionEnd, introducedAsPerson } from "./appositions";
export type { Attribution } from "./attribution-shape";
export { hyphenJoined, inLongerTitle, isCapitalised, isParticle, PARTICLES } from "./names";
export { CALENDAR, PERSON_HEADS, REPORTING, SOURCE_KINDS } from "./reporting-words";

const PRONOUNS = new Set(["he", "she", "it"]);
/** Forms of "be" that make a past participle after them a passive: "is projected", "were expected". */
const PASSIVE_BE = new Set(["is", "are", "was", "were"]);

const MODALS = new Set(["will", "would", "could", "may", "might", "should", "won't", "'ll"]);

/** Prepositions of place before a name that is then no subject: "Experts in the US are warning". */
const PLACE_PREPOSITIONS = new Set(["in", "across", "around", "throughout", "outside", "inside"]);

/** Words before a name that make it where something was published: "the journal Nature", "the magazine Wired". */
const VENUES = new Set(["journal", "magazine", "newspaper"]);

const PROGRESSIVE_BE = new Set(["is", "are", "was", "were", "'s", "'re", "be", "been"]);

/** Verbs of an organisation's own outlook: "the company expects", "the bank forecasts". */
const OWN_VIEWS = new Set(["expect", "forecast", "project", "predict", "see", "anticipate", "estimate"]);
/** An organisation's own view in an attribution's words: "the CDC believes", "Kestrel expects". */
const OWN_VIEW_VERBS =
  /^\s+(?:now\s+|still\s+)?(?:believes|expects|forecasts|projects|predicts|anticipates|estimates|sees)\b/;

/** Verbs a document reports with: "the survey shows", "the report found", "the poll revealed". */
const MODELS = new Set(["model", "models"]);

/** What a document does when it forecasts: ", a Kestrel poll of 14 analysts has predicted." */
const FORECASTING_DOCUMENT = new Set(["predict", "forecast", "project", "estimate"]);

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
  const comma = indexIn(tokens, opener + 3, tokens.length, (token) => token.text === ",");
  return comma;
}

/** "in the view of X", "in the opinion of X", "in the estimation of X". */
const VIEW_OF = new Set(["view", "opinion", "words", "estimation", "judgment", "judgement", "assessment"]);

/** Who works with a person named before them: "Jane Smith and her team expect". */
const COLLEAGUES = new Set(["team", "colleagues", "co-authors", "coauthors", "authors", "researchers", "staff"]);

/** Participles of repeating a view: "quotes X reiterating its call". */
const REITERATING = new Set(["reiterating", "repeating", "restating", "saying", "predicting", "warning"]);

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

/**
 * The person a sentence reports, or null when it reports nobody by name. Shapes: "..., said Victor
 * Cha(, a professor at Georgetown)", "Cha said", "Victor Cha, a professor at Georgetown, said",
 * "according to Victor Cha(, head of ...)", "Cha told reporters", "..., she said".
 * `source` is the text the tokens' offsets count in.
 */
export function findAttribution(sentence: readonly Token[], source: string): Attribution | null {
  let tokens = sentence;
  // "So says Jane Smith of Kestrel Bank.", "Or so Jane Smith believes.": whose the view before is.
  const soSays = soSaysName(tokens);
  if (soSays)
    return { name: textOf(tokens, soSays[0], soSays[1], source), pronoun: false, affiliation: null, span: null };
  // "... will become a smaller problem, predicts @RameshPonnuru": a page's line to share, its author's handle.
  const handle = handleAttribution(tokens);
  if (handle) return handle;
  // "Public health experts, including Jane Smith of Harlow University, say": as if the person said it.
  const including = namedInGroup(tokens);
  if (including) tokens = including;
  // "Stocks will rally — or so says Jane Smith": as if "says Jane Smith" closed the sentence.
  const orSo = orSoBefore(tokens);
  if (orSo > 0)
    tokens = [...tokens.slice(0, orSo - 1), { ...tokens[orSo - 1]!, text: ",", lower: "," }, ...tokens.slice(orSo + 2)];
  // "Frank Graves, looking from afar, said": the subject is read as if the aside were not there.
  // "Jane Smith is confident the bill will pass": as if she "believes" it.
  // "Jane Smith, chief economist at Kestrel Bank said": as if the apposition's comma were closed.
  const bare = withoutAside(tokens) ?? closedApposition(tokens, source);
  const believing = withBeliefVerb(bare ?? tokens);
  const read = believing ?? bare;
  const within =
    (read && attributionIn(read, source)) ??
    attributionIn(tokens, source) ??
    introducedByColon(tokens, source) ??
    viewerOpening(tokens, source) ??
    closingDocumentWithTail(tokens, source) ??
    passiveAgent(tokens, source);
  // "..., Reuters reported, citing three sources": the outlet's report (not "citing"'s subject). A
  // bare "..., Reuters reported" is left to what the sentence or the paragraph credits: "X predicted
  // ..., the New York Times reports" is X's, and a digest relays forecasts named before.
  const outlet = closingOutletReport(tokens, source);
  // "..., Goldman Sachs reported.": a bank or a firm, no outlet, reports its own forecast.
  const firmReport = outlet && !outlet.citing && !within && isOrganisation(outlet.attribution.name);
  const single = outlet && (outlet.citing || firmReport) ? outlet.attribution : within;
  // "according to the IMF and the World Bank": both.
  const joint =
    single && (single.organisation || isOrganisation(single.name)) ? jointAfter(single, tokens, source) : null;
  const named = single && joint ? { ...single, name: joint.join("; ") } : single;
  // "Economists expect ..., according to the median of 40 forecasts in a Bloomberg survey": a group
  // nobody names, the poll's owner named.
  const found = withoutCorporateSuffix(
    named && !named.group ? named : (surveyedBy(tokens, source) ?? named),
    tokens,
    source,
  );
  // "The Sunday projections said", "the September survey showed": when a document came out names
  // no one; the document by its kind, as a reference back.
  if (found && !found.pronoun && CALENDAR.has(found.name.toLowerCase())) {
    const at = tokens.findIndex((token) => token.lower === found.name.toLowerCase());
    const kind = tokens[at + 1];
    return kind && DOCUMENT_HEADS.has(kind.lower)
      ? { name: `the ${kind.lower}`, pronoun: true, organisation: true, affiliation: null, span: found.span }
      : null;
  }
  if (found && inForecastCondition(tokens, found)) return null;
  if (found && inCapitalLeadIn(tokens, found, source)) return null;
  // "..., wrote Jane Smith and Peter Chu of Kestrel Bank": two people of one employer, not a firm's name.
  const pair = found ? PAIR_OF_EMPLOYER.exec(found.name) : null;
  if (found && pair && !isOrganisation(pair[1]!) && !isOrganisation(pair[2]!)) {
    return { ...found, name: `${pair[1]}; ${pair[2]}`, organisation: undefined, affiliation: pair[3]! };
  }
  // "the Paris-based IEA said", "New York-based Kestrel Capital": where it is based is no part of the name.
  // ("The Rome-based United Nations agency said": a reference keeps its article.)
  const article = found?.pronoun ? (/^the\s+/i.exec(found.name)?.[0] ?? "") : "";
  const rest = found ? found.name.slice(article.length) : "";
  const based = rest.match(BASED_IN);
  return found && based && based[0].length < rest.length
    ? { ...found, name: article + rest.slice(based[0].length) }
    : found;
}

/**
 * "with the centrist Liberal Democrats expected to run": the name from `first` opens an absolute
 * phrase after "with" (an article and describing words between), and the verb at `verb` is its
 * passive participle before "to".
 */
function passiveAfterWith(tokens: readonly Token[], first: number, verb: number): boolean {
  if (tokens[verb + 1]?.lower !== "to" || !/(?:ed|seen|forecast)$/.test(tokens[verb]!.lower)) return false;
  let i = first - 1;
  while (i >= 0 && first - i <= 3 && (tokens[i]!.pos === "ADJ" || tokens[i]!.lower === "the")) i -= 1;
  return tokens[i]?.lower === "with";
}

/** What a company's legal form adds to its name: "Kestrel, Inc.", "Kestrel Holdings, Ltd.". */
const CORPORATE_SUFFIX = /^(?:Inc|Ltd|LLC|Corp|Co|plc|PLC|AG|SA|NV|GmbH)\.?$/;

/**
 * "Kestrel, Inc. says": the company named before its legal form, not the legal form alone (the
 * comma ends the name the subject's reading takes); "Eli M. Remolona, Jr. said": the person.
 */
function withoutCorporateSuffix(
  found: Attribution | null,
  tokens: readonly Token[],
  source: string,
): Attribution | null {
  const corporate = found !== null && CORPORATE_SUFFIX.test(found.name);
  if (!found || (!corporate && !PERSON_SUFFIX.test(found.name))) return found;
  const suffix = tokens.findIndex((token) => token.text.replace(/\.$/, "") === found.name.replace(/\.$/, ""));
  const last = tokens[suffix - 1]?.text === "," ? suffix - 2 : -1;
  const first = last >= 0 && tokens[last]!.pos === "PROPN" ? nameStartBefore(tokens, last) : -1;
  if (first < 0) return null;
  const span = found.span && { ...found.span, start: Math.min(found.span.start, tokens[first]!.start) };
  // "Eli M. Remolona, Jr. said": the person's name with its suffix, as written.
  if (!corporate) return { ...found, name: textOf(tokens, first, suffix, source), span };
  return { ...found, name: textOf(tokens, first, last, source), organisation: true, span };
}

/** A generation's suffix after a person's name and its comma: "Eli M. Remolona, Jr.". */
const PERSON_SUFFIX = /^(?:Jr|Sr)\.?$/;

/** Nouns of a view held, besides VIEW_NOUNS: "her best guess is that", "the bank's base case is that". */
const HELD_VIEWS = new Set(["scenario", "bet", "guess", "hunch", "belief", "thesis", "conviction", "case"]);

/**
 * The index of the possessive "'s" before the view's noun at `noun`, right before it or before one
 * word that says which view ("base case", "best guess", "central scenario", "latest forecast"), or -1.
 * A "case" is a view only as a "base case".
 */
function viewPossessive(tokens: readonly Token[], noun: number): number {
  if (tokens[noun]!.lemma === "case" && tokens[noun - 1]?.lower !== "base") return -1;
  if (tokens[noun - 1]?.lower === "'s") return noun - 1;
  const word = tokens[noun - 1];
  return tokens[noun - 2]?.lower === "'s" && (word?.pos === "ADJ" || word?.pos === "NOUN") ? noun - 2 : -1;
}

/** Whom a survey asks: "a survey of economists", "its poll of 40 analysts". */
const SURVEYED_PEOPLE = new Set(["economists", "analysts", "strategists", "forecasters", "voters", "executives"]);

/**
 * "Growth is seen averaging 3.1 percent next year by the Kestrel Fund": a forecast in the passive
 * whose agent closes the sentence, after "by" ("by the IMF", "by economists at Kestrel Bank"). Not
 * "to be completed by the end of next year": the agent must be a name running to the sentence's end.
 */
function passiveAgent(tokens: readonly Token[], source: string): Attribution | null {
  let end = tokens.length - 1;
  while (end > 0 && tokens[end]!.pos === "PUNCT") end -= 1;
  let by = end - 1;
  while (by > 0 && end - by <= 8 && tokens[by]!.lower !== "by") by -= 1;
  if (tokens[by]?.lower !== "by") return null;
  // (With no comma between: "..., hurting exports by Kestrel" is another clause's.)
  const passive = tokens.some(
    (token, k) =>
      k < by &&
      PASSIVE_FORECASTS.has(token.lower) &&
      PASSIVE_BE.has(tokens[k - 1]?.lower ?? "") &&
      tokens.slice(k + 1, by).every((word) => word.text !== ","),
  );
  // ("is expected to be approved by the Commission", "expected to rise, driven by OPEC": the agent
  // of another verb.)
  if (
    !passive ||
    tokens[by - 1]?.pos === "VERB" ||
    tokens.slice(0, by).some((t) => t.lower === "be" || t.lower === "been")
  )
    return null;
  let first = tokens[by + 1]?.lower === "the" ? by + 2 : by + 1;
  // "by economists at Kestrel Bank": the employer of the people who forecast.
  if (STAFF.has(tokens[first]?.lower ?? "") && ["at", "from"].includes(tokens[first + 1]?.lower ?? "")) {
    first += tokens[first + 2]?.lower === "the" ? 3 : 2;
  }
  const last = nameEndAfter(tokens, first);
  if (last !== end || !/^\p{Lu}/u.test(tokens[first]?.text ?? "")) return null;
  const name = textOf(tokens, first, last, source);
  if (CALENDAR.has(tokens[first]!.lower)) return null;
  return { name, pronoun: false, organisation: isOrganisation(name) || undefined, affiliation: null, span: null };
}

/**
 * "a new report by Kestrel Intelligence": [first, last] of the author's name ending at `last`, when
 * "by" or "from" and a document's noun stand right before it (an article may open the name), or null.
 */
function authorBeforeWhich(tokens: readonly Token[], last: number): [number, number] | null {
  if (tokens[last]?.pos !== "PROPN") return null;
  const first = nameStartBefore(tokens, last);
  if (first < 0) return null;
  const by = tokens[first - 1]?.lower === "the" ? first - 2 : first - 1;
  if (!["by", "from"].includes(tokens[by]?.lower ?? "") || !DOCUMENT_HEADS.has(tokens[by - 1]?.lower ?? ""))
    return null;
  return [first, last];
}

/** A panel's summary figure: "the median forecast", "the consensus estimate". */
const SUMMARY_FIGURES = new Set(["median", "average", "consensus", "mean"]);

/** Participles of a forecast in the passive: "is seen averaging", "are expected to". */
const PASSIVE_FORECASTS = new Set(["seen", "expected", "forecast", "projected", "predicted", "estimated"]);

/**
 * ", a Kestrel Bank report published on Tuesday said.", ", the Kestrel Institute's quarterly survey
 * of economists shows.": a document closing the sentence with when it came out or whom it asked
 * before its verb. The attribution read as if those words were not there, or null.
 */
function closingDocumentWithTail(tokens: readonly Token[], source: string): Attribution | null {
  let verb = tokens.length - 1;
  while (verb > 0 && tokens[verb]!.pos === "PUNCT") verb -= 1;
  if (!REPORTING.has(tokens[verb]?.lemma ?? "") && tokens[verb]?.lemma !== "show") return null;
  // ", Kestrel Bank's latest outlook, published on Tuesday, shows.": the participle between commas.
  const commaBefore = tokens[verb - 1]?.text === "," ? 1 : 0;
  for (let k = verb - 1 - commaBefore; k > 0 && verb - k <= 9; k -= 1) {
    const token = tokens[k]!;
    if (token.text === ",") {
      if (!commaBefore || !PUBLISHING.has(tokens[k + 1]?.lower ?? "")) return null;
      const time = timeAfterParticiple(tokens, k + 2);
      return k + 2 + time === verb - 1 ? attributionIn([...tokens.slice(0, k), ...tokens.slice(verb)], source) : null;
    }
    let cut = 0;
    if (PUBLISHING.has(token.lower)) cut = 1 + timeAfterParticiple(tokens, k + 1);
    else if (token.lower === "of") {
      const number = tokens[k + 1]?.pos === "NUM" ? 1 : 0;
      cut = SURVEYED_PEOPLE.has(tokens[k + 1 + number]?.lower ?? "") ? 2 + number : 0;
    }
    if (cut > 0 && k + cut === verb) return attributionIn([...tokens.slice(0, k), ...tokens.slice(verb)], source);
  }
  return null;
}

/**
 * "To Jane Smith, a recession looks inevitable": a person's full name (two or three capitalised
 * words) after "To" opening the sentence, then a comma: whose view the sentence gives. ("For Jane
 * Smith, the loss will hurt" may say whom it affects, and is left.)
 */
function viewerOpening(tokens: readonly Token[], source: string): Attribution | null {
  if (tokens[0]?.lower !== "to") return null;
  const last = nameEndAfter(tokens, 1);
  if (last < 2 || last > 3 || tokens[last + 1]?.text !== ",") return null;
  const name = textOf(tokens, 1, last, source);
  return isOrganisation(name) ? null : { name, pronoun: false, affiliation: null, span: null };
}

/** ", economists at Kestrel Bank": staff, "at" or "from", then the name ending at `end` (up to five words). */
function staffAtBefore(tokens: readonly Token[], end: number): boolean {
  for (let k = end - 1; k > 0 && end - k <= 6; k -= 1) {
    if (["at", "from"].includes(tokens[k]!.lower)) return STAFF.has(tokens[k - 1]?.lower ?? "");
    if (tokens[k]!.pos !== "PROPN" && tokens[k]!.lower !== "the") return false;
  }
  return false;
}

/** A forecaster's numbers after "by" and a possessive: "by Kestrel Bank's estimate", "by her reckoning". */
const RECKONINGS = new Set([
  "estimate",
  "estimates",
  "reckoning",
  "calculations",
  "forecast",
  "forecasts",
  "projections",
]);

/** A word in capitals: "HEALTH", "NASA". */
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * "HEALTH OFFICIALS ARE warning that", "ONLINE SHOPPING TO RISE has issued": a newspaper's lead-in of
 * three or more words in capitals opening the sentence; a name found inside it ("HEALTH", "RISE") is
 * only a capitalised word. ("NASA expects" is one such word, and stands.)
 */
function inCapitalLeadIn(tokens: readonly Token[], found: Attribution, source: string): boolean {
  let run = 0;
  while (run < tokens.length && ALL_CAPITALS.test(tokens[run]!.text)) run += 1;
  if (run < 3 || run === tokens.length) return false;
  // Only inside it: "IMF SEES RECESSION: The IMF expects" names the IMF after the lead-in too.
  const at = source.indexOf(found.name, tokens[0]!.start);
  const after = source.indexOf(found.name, tokens[run]!.start);
  return at >= 0 && at < tokens[run - 1]!.end && (after < 0 || after >= tokens[tokens.length - 1]!.end);
}

/** Bodies a country has, named by what they are: "China's commerce ministry", "Japan's finance ministry". */
const COUNTRY_BODIES = new Set(["ministry", "department", "regulator", "cabinet", "parliament", "government"]);

/**
 * From `at`, after a country's possessive: up to three lower-case words ending in a body's noun
 * ("commerce ministry", "foreign ministry", "energy regulator") before the clause ends. The index
 * of that noun, or -1.
 */
function countryBodyEnd(tokens: readonly Token[], at: number): number {
  for (let k = at; k < tokens.length && k - at < 3; k += 1) {
    const token = tokens[k]!;
    if (!/^\p{Ll}/u.test(token.text)) return -1;
    if (COUNTRY_BODIES.has(token.lower)) {
      const next = tokens[k + 1];
      return !next || next.pos === "PUNCT" || next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADV" ? k : -1;
    }
  }
  return -1;
}

/**
 * Before the body's noun at `end`: up to three lower-case words, a possessive's "'s" and a one- or
 * two-word capitalised name opening the clause ("China's commerce ministry"). The name's first
 * index, or -1.
 */
function countryBodyStart(tokens: readonly Token[], end: number): number {
  let k = end - 1;
  while (k > end - 4 && k >= 0 && /^\p{Ll}/u.test(tokens[k]!.text) && tokens[k]!.pos !== "VERB") k -= 1;
  if (!["'s", "’s"].includes(tokens[k]?.lower ?? "") || k === end - 1) return -1;
  let first = k - 1;
  if (first < 0 || !isCapitalised(tokens[first])) return -1;
  if (first > 0 && isCapitalised(tokens[first - 1])) first -= 1;
  return first === 0 || tokens[first - 1]?.pos === "PUNCT" ? first : -1;
}

/** After "has" at `at`: a noun phrase, then "on course" or "on track", or a projected gain or loss. */
function projectionAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < tokens.length && k - at <= 5; k += 1) {
    const token = tokens[k]!;
    if (token.lower === "on" && (tokens[k + 1]?.lower === "course" || tokens[k + 1]?.lower === "track"))
      return k > at + 1;
    if (PROJECTED.has(token.lower)) return k > at + 1;
    if (!["DET", "PROPN", "NOUN", "ADJ"].includes(token.pos)) return false;
  }
  return false;
}

/** A party's projected result after what a poll "has": "has Labour winning 400 seats". */
const PROJECTED = new Set(["winning", "losing", "taking", "gaining", "retaining", "keeping"]);

/**
 * "Jane Smith and her team", "Tom Berg and colleagues", "Jane Smith and her co-authors" ending at
 * `end`: the index of the name's last word, before "and"; else -1.
 */
function colleaguesAfterName(tokens: readonly Token[], end: number): number {
  if (!COLLEAGUES.has(tokens[end]?.lower ?? "")) return -1;
  // "co-authors": the tagger's three tokens.
  let k =
    tokens[end]!.lower === "authors" && tokens[end - 1]?.text === "-" && tokens[end - 2]?.lower === "co"
      ? end - 3
      : end - 1;
  if (tokens[end]!.lower === "authors" && k === end - 1) return -1;
  if (["her", "his", "their"].includes(tokens[k]?.lower ?? "")) k -= 1;
  else if (tokens[end]!.lower !== "colleagues" && k === end - 1) return -1;
  return tokens[k]?.lower === "and" && k >= 2 ? k - 1 : -1;
}

/**
 * "Economists, including Jane Smith of Kestrel Bank, expect", "Several experts, among them Jane
 * Smith, warn": a group opening the sentence, one of its members named between commas, then the
 * verb. The sentence with the member as the subject, or null.
 */
function namedInGroup(tokens: readonly Token[]): Token[] | null {
  for (let comma = 1; comma < 6 && comma < tokens.length; comma += 1) {
    if (tokens[comma]!.text !== ",") continue;
    const head = tokens[comma - 1]!.lower;
    if (!STAFF.has(head) && !GROUPS.has(head)) return null;
    const among = tokens[comma + 1]?.lower === "among" && tokens[comma + 2]?.lower === "them" ? 3 : 0;
    if (tokens[comma + 1]?.lower !== "including" && !among) return null;
    let first = comma + (among || 2);
    while (first < tokens.length && isRoleWord(tokens[first])) first += 1;
    const last = nameEndAfter(tokens, first);
    if (last <= first) return null;
    const close = tokens.findIndex((token, k) => k > last && k - last <= 8 && token.text === ",");
    const verb = tokens[close + 1];
    if (close < 0 || !verb || (verb.pos !== "VERB" && verb.pos !== "AUX")) return null;
    // Not a second member: "including Jane Smith and Tom Berg".
    if (tokens.slice(last + 1, close).some((token) => token.lower === "and")) return null;
    return [...tokens.slice(first, close), ...tokens.slice(close + 1)];
  }
  return null;
}

/** Last words of a document's own name: "World Economic Outlook", "Global Financial Stability Report". */
const DOCUMENT_TITLES = new Set(["outlook", "report", "survey", "review", "monitor", "bulletin", "forecast"]);

/**
 * A document's capitalised name at [first, last] after its owner's possessive and words describing
 * it ("the IMF's latest World Economic Outlook"): [first, last] of the owner, or null.
 */
function titledDocumentOwner(
  tokens: readonly Token[],
  first: number,
  last: number,
  source: string,
): [number, number] | null {
  if (last === first || !DOCUMENT_TITLES.has(tokens[last]!.lower)) return null;
  let k = first - 1;
  while (k > 0 && /^\p{Ll}/u.test(tokens[k]!.text) && tokens[k]!.pos === "ADJ") k -= 1;
  if (!["'s", "’s"].includes(tokens[k]?.lower ?? "")) return null;
  const ownerEnd = k - 1;
  const organisation = organisationEndingAt(tokens, ownerEnd, source);
  const ownerFirst = organisation >= 0 ? organisation : nameStartBefore(tokens, ownerEnd);
  return ownerFirst >= 0 ? [ownerFirst, ownerEnd] : null;
}

/** A social-media handle that spells a name in capitals: "@RameshPonnuru", "@JaneMSmith" is not read. */
const HANDLE_NAME = /^@((?:\p{Lu}\p{Ll}+){2,3})$/u;

/**
 * "... writes @RameshPonnuru", "... predicts @JaneSmith." closing the sentence: the verb of saying,
 * then a handle whose capitals spell a first name and a surname. The name, spelled out, or null.
 */
function handleAttribution(tokens: readonly Token[]): Attribution | null {
  let end = tokens.length - 1;
  while (end > 0 && tokens[end]!.pos === "PUNCT") end -= 1;
  const handle = HANDLE_NAME.exec(tokens[end]?.text ?? "");
  const verb = tokens[end - 1];
  if (!handle || !verb || !REPORTING.has(verb.lemma) || end < 3) return null;
  const name = handle[1]!.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
  return { name, pronoun: false, affiliation: null, span: { start: verb.start, end: tokens[end]!.end } };
}

/** An organisation's name from `at` to a comma (up to eight words). */
function organisationBeforeComma(tokens: readonly Token[], at: number, source: string): boolean {
  const comma = indexIn(tokens, at + 1, at + 9, (token) => token.text === ",");
  if (comma <= at) return false;
  // (The capitalised "Per" may be read into the name: "Per Counterpoint Research".)
  const first = organisationEndingAt(tokens, comma - 1, source);
  return first === at || (first === at - 1 && isOrganisation(textOf(tokens, at, comma - 1, source)));
}

/** Verbs of a view held, closing "Or so Jane Smith believes.". */
const HELD_BELIEFS = new Set(["believe", "think", "reckon", "hope", "expect", "argue"]);

/**
 * "So says Jane Smith of Kestrel Bank.", "Or so Jane Smith believes.", "Or so says Kestrel Bank.": a
 * sentence opening with "so" (or "or so") that only says whose the view before it is. [first, last]
 * of the name, or null.
 */
function soSaysName(tokens: readonly Token[]): [number, number] | null {
  const so = tokens[0]?.lower === "or" ? 1 : 0;
  if (tokens[so]?.lower !== "so") return null;
  const verb = tokens[so + 1];
  // "So says X": the verb first.
  if (verb && REPORTING.has(verb.lemma) && verb.pos !== "NOUN") {
    // "So suggests Kestrel Bank's chief strategist Jane Smith": the person after the employer's role.
    const person = personAfterRole(tokens, so + 2);
    if (person) return person;
    const last = nameEndAfter(tokens, so + 2);
    return last >= so + 2 ? [so + 2, last] : null;
  }
  // "Or so Jane Smith believes.": the name, then the verb closing the sentence.
  const last = so === 1 ? nameEndAfter(tokens, so + 1) : -1;
  const closing = tokens[last + 1];
  if (last < so + 1 || !closing || !(REPORTING.has(closing.lemma) || HELD_BELIEFS.has(closing.lemma))) return null;
  return tokens.slice(last + 2).every((token) => token.pos === "PUNCT") ? [so + 1, last] : null;
}

/** The index of "or" in ", or so says" / "— or so says", or -1. */
function orSoBefore(tokens: readonly Token[]): number {
  for (let k = 1; k < tokens.length - 2; k += 1) {
    if (tokens[k]!.lower !== "or" || tokens[k + 1]!.lower !== "so") continue;
    const before = tokens[k - 1]!.text;
    if ((before === "," || DASHES.has(before)) && REPORTING.has(tokens[k + 2]!.lemma)) return k;
  }
  return -1;
}

/** Lower-case words that make a trade's staff a government's: "government forecasters", "federal economists". */
const OF_GOVERNMENT = new Set(["government", "federal", "state"]);

/**
 * "The median forecast of 40 economists polled by Reuters was for growth of 2.1%": with no other
 * attribution, the survey's owner speaks for its panel wherever the panel stands in the sentence.
 */
function surveyedBy(tokens: readonly Token[], source: string): Attribution | null {
  for (let i = 1; i + 2 < tokens.length; i += 1) {
    // "Most economists in a Reuters poll expect", "respondents to the Kestrel Bank survey", "the
    // median of 40 forecasts in a Bloomberg survey": the poll's owner, named before its noun.
    if ((tokens[i]!.lower === "in" || tokens[i]!.lower === "to") && ["a", "an", "the"].includes(tokens[i + 1]!.lower)) {
      let first = i + 2;
      while (first < tokens.length && first - i < 5 && tokens[first]!.pos === "ADJ") first += 1;
      let last = first - 1;
      // (Not "in a June survey": a month is when, not whose.)
      const owner = (token: Token): boolean => /^\p{Lu}/u.test(token.text) && !CALENDAR.has(token.lower);
      while (last + 1 < tokens.length && last - first < 4 && owner(tokens[last + 1]!)) last += 1;
      if (last >= first && POLLS.has(tokens[last + 1]?.lower ?? "")) {
        const name = textOf(tokens, first, last, source);
        return { name, pronoun: false, organisation: true, affiliation: null, span: null };
      }
    }
    if (!SURVEYED.has(tokens[i]!.lower) || tokens[i + 1]!.lower !== "by" || !STAFF.has(tokens[i - 1]!.lower)) continue;
    const first = tokens[i + 2]!.lower === "the" ? i + 3 : i + 2;
    const last = nameEndAfter(tokens, first);
    if (last < 0) continue;
    const end = wholeNameEnd(tokens, first, last, source);
    return {
      name: textOf(tokens, first, end, source),
      pronoun: false,
      organisation: true,
      affiliation: null,
      span: null,
    };
  }
  return null;
}
const SURVEYED = new Set(["polled", "surveyed", "questioned"]);
const POLLS = new Set(["poll", "survey"]);

/** Conjunctions after which a clause with its own subject begins: "after the company said". */
const CLAUSE_OPENING = new Set(["after", "as", "because", "since", "when", "while", "before", "once", "although"]);

/** Words opening a clause of time or condition: "when", "once", "after", "before", "until", "unless". */
const CONDITION_OPENERS = new Set(["when", "once", "after", "before", "until", "unless", "if"]);

/**
 * "The report will be proved false when Health Secretary Jane Smith admits ...", "Markets will rally
 * after Fed chair Jane Smith says rates have peaked": a speaker inside a clause of time or condition
 * that follows a modal is part of what is foreseen, not who foresees it. (Its subject comes right
 * after the opener, with at most a title or an article between; a closing ", X said" is not inside.)
 */
function inForecastCondition(tokens: readonly Token[], found: Attribution): boolean {
  if (!found.span || found.pronoun) return false;
  const first = tokens.findIndex((token) => token.start >= found.span!.start);
  if (first <= 0) return false;
  let opener = first - 1;
  while (opener > 0 && first - opener <= 5 && ["PROPN", "NOUN", "ADJ", "DET"].includes(tokens[opener]!.pos)) {
    opener -= 1;
  }
  if (!CONDITION_OPENERS.has(tokens[opener]?.lower ?? "")) return false;
  for (let i = opener - 1; i >= 0 && !CLAUSE_BREAK.has(tokens[i]!.text); i -= 1) {
    if (FUTURE_MODALS.has(tokens[i]!.lower)) return true;
  }
  return false;
}

/** "Jane Smith and Peter Chu of Kestrel Bank": two names of two or three words each, and an employer. */
const PAIR_OF_EMPLOYER =
  /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}) and (\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}) (?:of|at|from) (\p{Lu}.+)$/u;

const BASED_IN = /^(?:\p{Lu}[\p{L}.']*\s)*\p{Lu}[\p{L}.']*-based\s+/u;

/** "is that", "remains that" at `at`: a view said with "is" (a function: read only after a noun of a view). */
const viewIs = (tokens: readonly Token[], at: number): boolean =>
  ["is", "remains"].includes(tokens[at]?.lower ?? "") && tokens[at + 1]?.lower === "that";

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
  // "The agency now sees demand rising, the IEA said": a reference opening the sentence is the one
  // the closing name names.
  const closerNames = closing > 0 && first !== null && opens && first.pronoun && closingNamed(closing, first);
  if (closerNames) return closerNames;
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
  return first && !first.organisation && !first.group
    ? (organisationReported(first) ?? personReported(first) ?? first)
    : first;

  /**
   * The closing report's speaker from `closing` when a name (not a reference, a group or a
   * description) of the kind `reference` refers to: "The association expects ..., Yun said" is the
   * association's view, which Yun reports.
   */
  function closingNamed(closing: number, reference: Attribution): Attribution | null {
    const closer = scan(closing);
    if (!closer || closer.pronoun || closer.group || closer.described) return null;
    const organisation = closer.organisation === true || isOrganisation(closer.name);
    return organisation === (reference.organisation === true) ? closer : null;
  }

  /**
   * "Colin Wu said that Markus Thielen, the chief researcher of Matrixport, believes that Bitcoin
   * may reach $45,000", "Wu wrote that Thielen predicts": a person relaying another's view gives
   * the other's (their name, apposition and a verb of a view held, right after the verb of saying).
   */
  function personReported(person: Attribution): Attribution | null {
    if (!person.span) return null;
    let at = tokens.findIndex((token) => token.start >= person.span!.end);
    if (at < 0) return null;
    if (tokens[at - 1]?.lower !== "that" && !SAYING.has(tokens[at - 1]?.lemma ?? "")) return null;
    if (tokens[at]?.lower === "that") at += 1;
    const last = nameEndAfter(tokens, at);
    if (last <= at) return null;
    const apposition = tokens[last + 1]?.text === "," ? appositionEnd(tokens, last + 1) : -1;
    let verb = apposition >= 0 && tokens[apposition + 1]?.text === "," ? apposition + 2 : last + 1;
    if (["now", "still", "also"].includes(tokens[verb]?.lower ?? "")) verb += 1;
    const view = tokens[verb];
    if (!view || !(OWN_VIEWS.has(view.lemma) || view.lemma === "believe" || view.lemma === "think")) return null;
    if (!/s$/.test(view.lower) || isOrganisation(textOf(tokens, at, last, source))) return null;
    return found(
      at,
      last,
      tokens.findIndex((token) => token.start >= person.span!.start),
      verb,
      null,
      null,
    );
  }

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
      // "Kestrel Bank's year-end target for the S&P 500 is 6,000": a market target's owner.
      if (token.lemma === "target" && tokens[i - 1]?.pos === "NOUN") {
        const possessive = indexIn(tokens, Math.max(0, i - 5), i, (t) => t.lower === "'s");
        const target = possessive > 0 ? marketTargetAt(tokens, possessive + 1) : -1;
        const owner = target === i ? viewOwner(tokens, possessive - 1, source) : null;
        if (owner) return owner;
      }
      // "Jane Smith's base case is that", "Kestrel's best guess is that": a word between.
      if (
        (VIEW_NOUNS.has(token.lemma) || HELD_VIEWS.has(token.lemma)) &&
        (tokens[i + 1]?.lower === "that" || viewIs(tokens, i + 1))
      ) {
        const possessive = viewPossessive(tokens, i);
        const viewer = possessive > 0 ? viewOwner(tokens, possessive - 1, source) : null;
        if (viewer) return viewer;
      }
      // "That's the view of analyst firm CCS Insight": whose view the sentence before gave.
      // "Inflation will fall to 2% — that's the word from Kestrel Bank.": the same after a dash,
      // closing the sentence (the words from the dash are the attribution's).
      const afterDash = i > 2 && DASHES.has(tokens[i - 1]!.text);
      if ((i === 0 || afterDash) && ["this", "that"].includes(token.lower)) {
        // "That, at least, is the view of X": past a short aside between commas.
        const aside = tokens[i + 1]?.text === "," ? indexIn(tokens, i + 2, i + 7, (t) => t.text === ",") : -1;
        const viewOf = viewOfAfter(tokens, aside > 0 ? aside + 1 : i + 1);
        if (viewOf >= 0) {
          const first = afterSourceKind(tokens, tokens[viewOf]?.lower === "the" ? viewOf + 1 : viewOf);
          const last = /^\p{Lu}/u.test(tokens[first]?.text ?? "") ? nameEndAfter(tokens, first) : -1;
          const end = last >= 0 ? wholeNameEnd(tokens, first, last, source) : -1;
          // (Then the sentence's end, or an apposition: ", chief economist at Kestrel Bank.")
          const closes = !afterDash || end + 1 >= tokens.length || /^[.!,]$/.test(tokens[end + 1]!.text);
          if (end >= first && closes) return found(first, end, afterDash ? i - 1 : 0, end, null, null);
        }
      }
      // "In Rahr's opinion, ...", "In her view, ...": whose opinion the sentence gives.
      if (token.lower === "in" && (i === 0 || tokens[i - 1]?.pos === "PUNCT")) {
        const opinion = opinionOwner(i + 1);
        if (opinion) return opinion;
      }
      // "Under Kestrel Bank's baseline scenario, ...", "In the IMF's latest forecast, ...": a forecast
      // opening the sentence, whose owner states what follows.
      if ((token.lower === "in" || token.lower === "under") && i === 0) {
        const owner = possessiveForecastOwner(tokens, 1);
        if (owner && tokens[owner[2] + 1]?.text === ",")
          return { ...found(owner[0], owner[1], 0, owner[2] + 1, null, null), organisation: true };
      }
      // "By Kestrel Bank's estimate, ...", "..., by Kestrel Bank's reckoning.": whose estimate it is,
      // opening the sentence or closing it after a comma.
      if (token.lower === "by" && (i === 0 || tokens[i - 1]?.text === ",")) {
        const owner = possessiveForecastOwner(tokens, i + 1, RECKONINGS);
        const after = owner ? tokens[owner[2] + 1]?.text : undefined;
        if (owner && (i === 0 ? after === "," : after === undefined || /^[.!]$/.test(after))) {
          return { ...found(owner[0], owner[1], i, owner[2], null, null), organisation: true };
        }
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
      // ", per Kestrel Analytics.": "per" before a name, as "according to".
      // Only a name that ends the sentence: ", per U.N. calculations," credits a figure.
      // "Per the Congressional Budget Office, the deficit will", ", per the CBO.": with "the", opening
      // the sentence too ("Per Hansson said" opens with a name: only "the" makes "Per" a preposition).
      const perThe = token.lower === "per" && tokens[i + 1]?.lower === "the" && isCapitalised(tokens[i + 2]);
      // "Per Counterpoint Research, foldable shipments will double": an organisation's name and a comma.
      const perOrganisation =
        i === 0 && token.lower === "per" && isCapitalised(tokens[1]) && organisationBeforeComma(tokens, 1, source);
      const perName =
        token.lower === "per" &&
        (perOrganisation ||
          (tokens[i - 1]?.text === "," && isCapitalised(tokens[i + 1]) && endsWithName(tokens, i + 1)) ||
          (perThe && tokens[i - 1]?.text === "," && endsWithName(tokens, i + 2, true)) ||
          (perThe && i === 0));
      // "in the view of Jane Smith", "in the opinion of X": as "according to".
      const viewOf =
        token.lower === "in" &&
        tokens[i + 1]?.lower === "the" &&
        VIEW_OF.has(tokens[i + 2]?.lower ?? "") &&
        tokens[i + 3]?.lower === "of";
      // "As per the IMF, growth will slow", "..., as per a report by X": as "according to".
      const asPer = token.lower === "as" && tokens[i + 1]?.lower === "per";
      if ((token.lower === "according" && tokens[i + 1]?.lower === "to") || asPer || perName || viewOf) {
        let at = perName ? i + 1 : viewOf ? i + 4 : i + 2;
        // "according to the findings of a new poll by X": the document the findings are of.
        const findings = tokens[at]?.lower === "the" ? at + 1 : at;
        if (FINDINGS.has(tokens[findings]?.lower ?? "") && tokens[findings + 1]?.lower === "of") at = findings + 2;
        // "according to the median forecast of a Reuters poll": the poll the figure comes from.
        const figure = SUMMARY_FIGURES.has(tokens[findings]?.lower ?? "") ? findings + 1 : -1;
        if (
          figure > 0 &&
          /^(?:forecast|estimate|projection)s?$/.test(tokens[figure]?.lower ?? "") &&
          ["of", "in", "from"].includes(tokens[figure + 1]?.lower ?? "") &&
          ["a", "an", "the"].includes(tokens[figure + 2]?.lower ?? "")
        ) {
          at = figure + 2;
        }
        // "According to him, 80,000 votes will be enough": the person named before.
        const pronoun = tokens[at]?.lower;
        if (pronoun === "him" || pronoun === "her") {
          return { name: pronoun, pronoun: true, affiliation: null, span: spanOf(i, at, null) };
        }
        // "According to Assistant Professor of Political Science at Siena College Jack Collens": a
        // title with its field and institution, then the person's given name and surname.
        const titled = titledPersonAfter(tokens, at);
        if (titled) return found(titled[0], titled[1], i, titled[1], null, null);
        // "according to economists at Capital Economics": the organisation its staff speak for.
        if (STAFF.has(tokens[at]?.lower ?? "") && ["at", "from", "with"].includes(tokens[at + 1]?.lower ?? "")) {
          const staffAt = tokens[at + 2]?.lower === "the" ? at + 3 : at + 2;
          const orgLast = nameEndAfter(tokens, staffAt);
          if (orgLast >= 0) {
            const last = wholeNameEnd(tokens, staffAt, orgLast, source);
            return { ...found(staffAt, last, i, last, null, null), organisation: true };
          }
        }
        // "According to Subramanian’s team": the organisation the team works for, not the person.
        const owner = nameEndAfter(tokens, at);
        const mark = tokens[owner + 1]?.lower;
        if (owner >= 0 && (mark === "'s" || mark === "’s") && tokens[owner + 2]?.lower === "team") {
          const name = textOf(tokens, at, owner + 2, source);
          return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(i, owner + 2, null) };
        }
        // "according to Kestrel Bank's Jane Smith": the person, of the employer named before them.
        const owned = personAfterOwner(tokens, at);
        if (owned) return found(owned[2], owned[3], i, owned[3], [owned[0], owned[1]], null);
        // "according to Kestrel Bank chief economist Jan Hollis": the person after the role.
        const person = personAfterRole(tokens, at);
        if (person) {
          const apposition = appositionEnd(tokens, person[1] + 1);
          return found(person[0], person[1], i, apposition >= 0 ? apposition : person[1], null, null);
        }
        // "according to the Bank's Governor", "according to the central bank's governor": the
        // person who holds the role, named before.
        const roleHead = roleReferenceAfter(tokens, at);
        if (roleHead >= 0) {
          const span = spanOf(i, roleHead, null);
          return { name: tokens[roleHead]!.lower, pronoun: true, roleOnly: true, affiliation: null, span };
        }
        // "according to economists surveyed by Bloomberg": the survey's owner.
        const surveyed =
          STAFF.has(tokens[at]?.lower ?? "") &&
          ["surveyed", "polled", "questioned"].includes(tokens[at + 1]?.lower ?? "") &&
          tokens[at + 2]?.lower === "by"
            ? nameEndAfter(tokens, at + 3)
            : -1;
        if (surveyed >= 0) {
          const last = wholeNameEnd(tokens, at + 3, surveyed, source);
          return { ...found(at + 3, last, i, last, null, null), organisation: true };
        }
        // "according to the Cook Political Report": a publication named with a document's word.
        const publication = tokens[at]?.lower === "the" ? at + 1 : -1;
        if (publication > 0) {
          let end = publication;
          while (/^\p{Lu}/u.test(tokens[end + 1]?.text ?? "") && end - publication < 5) end += 1;
          const head = tokens[end]?.lower ?? "";
          if (end - publication >= 2 && DOCUMENT_HEADS.has(head) && !/^\p{Lu}/u.test(tokens[end + 1]?.text ?? "")) {
            return { ...found(publication, end, i, end, null, null), organisation: true };
          }
        }
        const authored = documentAuthorAfter(tokens, at, source);
        if (authored) return { ...found(authored[0], authored[1], i, authored[2], null, null), organisation: true };
        // "according to U.S. and South Korean defense officials", "according to Israeli officials":
        // officials, diplomats or experts of a country are a group nobody names (not the country).
        // "according to a senior Western diplomat": one person, by their description.
        const describedLast = describedPersonEnd(tokens, at);
        if (describedLast >= 0) return describedPerson(at, describedLast, spanOf(i, describedLast, null));
        const officials = officialsAfter(tokens, at);
        if (officials >= 0) {
          group ??= nobody(tokens[officials]!.lower, spanOf(i, officials, null));
          continue;
        }
        // "according to research firm IDC", "according to new research from Gartner Inc.": the
        // name after what it is or what it published.
        const described = describedSourceAfter(tokens, at, source);
        if (described) return { ...found(described[0], described[1], i, described[1], null, null), organisation: true };
        const named = organisationAfter(tokens, at);
        // "according to the institute": a reference back to the organisation named before.
        if (named && !/^\p{Lu}/u.test(tokens[named[0]]!.text)) {
          const name = textOf(tokens, at, named[1], source);
          return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(i, named[2], null) };
        }
        if (named) return found(named[0], named[1], i, named[2], null, null);
        let nameLast = nameEndAfter(tokens, at);
        if (nameLast < 0) continue;
        // "according to Moody's Analytics", "Moody's Investors Service": a name with a possessive
        // inside it (a person after the possessive, "Kestrel Bank's Jane Smith", was read above).
        nameLast = possessiveNameEnd(tokens, nameLast);
        // "according to Jane Smith and Tom Berg, inflation will": both, when the second name ends the phrase.
        const partnerLast = tokens[nameLast + 1]?.lower === "and" ? nameEndAfter(tokens, nameLast + 2) : -1;
        if (partnerLast >= 0 && /^[,.;:]$/.test(tokens[partnerLast + 1]?.text ?? ".")) {
          const name = `${textOf(tokens, at, nameLast, source)}; ${textOf(tokens, nameLast + 2, partnerLast, source)}`;
          return { name, pronoun: false, affiliation: null, span: spanOf(i, partnerLast, null) };
        }
        const apposition = appositionEnd(tokens, nameLast + 1);
        // "According to Westpac Weekly, the bank's chief economist, Luci Ellis, believes ...": the
        // newsletter is where the economist said it; the subject with a verb of her own speaks.
        if (apposition >= 0 && tokens[apposition + 1]?.text === ",") {
          const own = scan(apposition + 2);
          if (own && !own.pronoun) return own;
        }
        // "According to Reuters, Peter Wittig said a deal would": the outlet reports the person
        // who speaks with a verb of their own (not a group: "..., analysts said" keeps the outlet).
        if (apposition < 0 && tokens[nameLast + 1]?.text === ",") {
          const own = scan(nameLast + 2);
          if (own && !own.pronoun && !own.group) return own;
        }
        return found(
          at,
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
        // "Jane Smith was quoted by Reuters as saying", "was quoted as saying", "was quoted in the
        // Financial Times as saying": the one quoted is the subject, not the outlet.
        if (token.lower === "quoted" && PASSIVE_BE.has(tokens[i - 1]?.lower ?? "") && quotedSaying(tokens, i)) {
          const subjectEnd = i - 2;
          const first =
            subjectEnd >= 0 && tokens[subjectEnd]!.pos === "PROPN" ? nameStartBefore(tokens, subjectEnd) : -1;
          if (first >= 0) return found(first, subjectEnd, first, i, null, null);
          // "One U.S. defense official was quoted by Fox as saying": one person nobody names.
          const described = subjectEnd >= 0 ? describedSubjectBefore(tokens, subjectEnd) : -1;
          if (described >= 0) return describedPerson(described, subjectEnd, spanOf(described, i, null));
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
      // "a new report by Kestrel Intelligence, which found sales could hit $44 billion": the author
      // named after the document's noun, before "which".
      if (
        (REPORTING.has(token.lemma) || FINDING.has(token.lemma)) &&
        (token.pos === "VERB" || token.pos === "NOUN") &&
        tokens[i - 1]?.lower === "which" &&
        tokens[i - 2]?.text === ","
      ) {
        const author = authorBeforeWhich(tokens, i - 3);
        if (author) return { ...found(author[0], author[1], i - 1, i, null, null), organisation: true };
      }
      // "..., the latest forecast from the Kestrel Institute shows": the document's author.
      // "Kestrel's forecast is for growth of 2%", "The median forecast in a Reuters poll was for":
      // the forecast's owner, or the poll's it came from.
      if (BE.has(token.lower) && (tokens[i + 1]?.lower === "for" || changeOfFigure(tokens, i + 1)) && i <= 14) {
        // ("Kestrel Bank's central scenario is for": a view held likeliest, by its kind and noun.)
        const noun = tokens.slice(0, i).findIndex((t, k) => FORECAST_FOR_NOUNS.has(t.lower) || isHeldCase(tokens, k));
        const owner = noun > 0 ? ownerBefore(tokens, noun, source) : null;
        if (owner) return { ...found(owner[0], owner[1], owner[0], noun, null, null), organisation: true };
        const poll = noun >= 0 ? pollInside(tokens, noun + 1, i) : null;
        if (poll) return { ...found(poll[0], poll[1], noun, poll[1] + 1, null, null), organisation: true };
      }
      // "Kestrel's forecast calls for a 3% rise", "Kestrel's latest projections show" (the tagger may
      // read "show" after a document's plural as a noun).
      const callsFor = token.lemma === "call" && tokens[i + 1]?.lower === "for";
      // (", new reports from Kestrel show.": the same closing the sentence.)
      const findingNoun =
        token.pos === "NOUN" &&
        FINDING.has(token.lemma) &&
        (DOCUMENT_HEADS.has(tokens[i - 1]?.lower ?? "") ||
          i === tokens.length - 1 ||
          tokens[i + 1]?.text === "." ||
          // "Estimates released by the Kestrel Institute show (that) the": not "the show that aired"
          // (and a document must open the clause, below).
          (tokens[i - 1]?.pos !== "DET" && (tokens[i + 1]?.lower === "that" || tokens[i + 1]?.pos === "DET")));
      // "A new Kestrel Research poll has Labour on course for a majority", "the poll has Smith
      // winning": what a document "has" is a finding too.
      const hasProjection = token.lemma === "have" && projectionAfter(tokens, i);
      // ", a Kestrel poll of 14 analysts has predicted.": a document that forecasts, closing the
      // sentence (its auxiliary left before the document's words).
      const documentForecasts =
        token.pos === "VERB" && FORECASTING_DOCUMENT.has(token.lemma) && (tokens[i + 1]?.text ?? ".") === ".";
      if (
        hasProjection ||
        documentForecasts ||
        ((FINDING.has(token.lemma) || callsFor) && (token.pos === "VERB" || findingNoun))
      ) {
        let verb = i;
        while (verb > 2 && AUXILIARIES.has(tokens[verb - 1]!.lower)) verb -= 1;
        const document = documentBefore(tokens, verb, source);
        if (document) return { ...found(document[0], document[1], document[2], i, null, null), organisation: true };
        // "Gartner’s latest market share report has found": the owner of the document before the verb.
        let head = i - 1;
        while (head > 0 && AUXILIARIES.has(tokens[head]!.lower)) head -= 1;
        // "YouGov's latest model shows": a model, as a document.
        const documentHead = DOCUMENT_HEADS.has(tokens[head]?.lower ?? "") || MODELS.has(tokens[head]?.lower ?? "");
        const owner = documentHead ? ownerBefore(tokens, head, source) : null;
        // "The Kestrel Institute's forecast calls for": the owner's article opens the clause.
        let ownerStart = owner && tokens[owner[0] - 1]?.lower === "the" ? owner[0] - 1 : (owner?.[0] ?? -1);
        // ", findings of financial media outlet Kestrel Network's survey show": what the survey
        // found, and what its owner is, before it.
        if (owner) ownerStart = findingsOpening(tokens, ownerStart);
        if (owner && (ownerStart === 0 || tokens[ownerStart - 1]?.pos === "PUNCT")) {
          return { ...found(owner[0], owner[1], ownerStart, i, null, null), organisation: true };
        }
      }
      // "Stoltzfus pointed out": a phrasal verb of saying.
      // "FiveThirtyEight gives Smith a 70% chance of winning", "the model gives it even odds": whoever
      // gives the chances forecasts.
      // ("with Brazil given a 20% chance": who is given them, after a participle with no "has".)
      const passiveGiven = token.lower === "given" && !["has", "have", "had"].includes(tokens[i - 1]?.lower ?? "");
      const givesChances =
        (token.lemma === "give" &&
          token.pos === "VERB" &&
          !passiveGiven &&
          tokens.slice(i + 1, i + 8).some(isChanceWord)) ||
        setsChances(tokens, i);
      // "As Jane Smith put it,": a way of saying.
      const putIt = token.lemma === "put" && tokens[i + 1]?.lower === "it" && tokens[i + 2]?.text === ",";
      // "Jane Smith went on to say that": the subject of "went" says it.
      const wentOn =
        token.lemma === "go" &&
        tokens[i + 1]?.lower === "on" &&
        tokens[i + 2]?.lower === "to" &&
        SAYING.has(tokens[i + 3]?.lemma ?? "");
      // "Kestrel Bank has pencilled in a recession": what the subject writes into its forecast
      // (the tagger may read the participle as an adjective).
      const pencilled = /^pencil+(?:ed|ing)$/.test(token.lower) && tokens[i + 1]?.lower === "in";
      const reporting =
        putIt ||
        wentOn ||
        REPORTING.has(token.lemma) ||
        (token.lemma === "point" && tokens[i + 1]?.lower === "out") ||
        // "Tom Berg agrees (with Jane Smith) that prices will rise": his view too ("agreed" is a deal).
        token.lower === "agrees" ||
        pencilled ||
        (token.lower === "agree" && token.pos === "VERB") ||
        givesChances ||
        reportsThat(tokens, i) ||
        staffFindThat(tokens, i) ||
        pickedToWin(tokens, i) ||
        tippedTo(tokens, i) ||
        makesFavourite(tokens, i) ||
        forecastersCall(tokens, i) ||
        participleReadAsNoun(tokens, i);
      // How the word is tagged is read only for a reporting word (this runs on every token).
      if (!reporting && !((token.pos === "VERB" || token.lower === "has") && ownsForecastAfter(tokens, i))) continue;
      // "the Budget Office estimates that": the tagger reads a verb in -s before "that" as a noun now and then.
      // "The analyst, Ana Berg, comments: “...”": so does a verb in -s before the colon that opens a quotation.
      // A full name or an apposition before it, not one capital word ("Reader comments:").
      const named = tokens[i - 1]?.pos === "PROPN" && tokens[i - 2]?.pos === "PROPN";
      const colon = tokens[i + 1]?.text === ":" && (tokens[i - 1]?.text === "," || named);
      // ", the hurricane outlook states.": a verb in -s ending the sentence after a document or body.
      // ", a new forecast by Kestrel Research claims.": after a document's author too.
      // ", the Kestrel Institute forecast (on Tuesday).": the past of "forecast", read as a noun.
      const forecastPast =
        token.lower === "forecast" &&
        token.pos === "NOUN" &&
        tokens[i - 1]?.pos === "PROPN" &&
        (/^[.!]$/.test(tokens[i + 1]?.text ?? ".") ||
          (tokens[i + 1]?.lower === "on" && CALENDAR.has(tokens[i + 2]?.lower ?? ""))) &&
        closingName(tokens, i);
      // ", Kestrel Bank economists estimate.", ", economists at Kestrel Bank estimate.": a verb of a
      // view the tagger read as a noun, ending the sentence after an organisation's staff.
      const staffClosing =
        token.pos === "NOUN" &&
        REPORTING.has(token.lemma) &&
        /^[.!]$/.test(tokens[i + 1]?.text ?? ".") &&
        (STAFF.has(tokens[i - 1]?.lower ?? "") || (tokens[i - 1]?.pos === "PROPN" && staffAtBefore(tokens, i - 1)));
      const trailing =
        forecastPast ||
        staffClosing ||
        (token.pos === "NOUN" &&
          token.lower.endsWith("s") &&
          /^[.,!?]$/.test(tokens[i + 1]?.text ?? ".") &&
          ((tokens[i - 1]?.pos === "NOUN" &&
            (DOCUMENT_HEADS.has(tokens[i - 1]!.lower) || ORGANISATION_HEADS.has(tokens[i - 1]!.lower))) ||
            (tokens[i - 1]?.pos === "PROPN" &&
              REPORTING.has(token.lemma) &&
              (documentBefore(tokens, i, source) !== null || closingName(tokens, i)))));
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
        pencilled ||
        trailing ||
        inverted ||
        afterReference ||
        (token.pos === "NOUN" && (tokens[i + 1]?.lower === "that" || colon)) ||
        nounTaggedVerb(tokens, i);
      if (
        !(verbLike && reporting) &&
        !((token.pos === "VERB" || token.lower === "has") && ownsForecastAfter(tokens, i))
      )
        continue;
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
      // ", assuming current agreements remain in place": a condition, nobody's report.
      if (token.lower === "assuming") continue;
      // "Barclays kept its forecasts, predicting Brent at $53": the participle's subject is the sentence's.
      if (token.lower.endsWith("ing") && tokens[i - 1]?.text === ",") {
        const opening = openingName(tokens, source);
        // "Industry researcher IHS iSuppli raised its forecast, saying": a firm by what it is called.
        if (opening && describedAsFirm(tokens, opening[0])) {
          return { ...found(opening[0], opening[1], opening[0], spanLast, null, i), organisation: true };
        }
        if (opening) return found(opening[0], opening[1], opening[0], spanLast, null, i);
        // "Forecasters at Kestrel Bank moved the race, saying": the organisation its staff speak for.
        const employer = staffAtOpening(tokens, source);
        if (employer) return { ...found(employer[0], employer[1], 0, spanLast, null, i), organisation: true };
        // "Projections published by the WHO have focused on the worst cases, concluding that": the
        // document's author (not "Projections", a capitalised word opening the sentence).
        const authored = documentAuthorAfter(tokens, 0, source);
        if (authored && authored[2] < i) {
          return { ...found(authored[0], authored[1], 0, spanLast, null, i), organisation: true };
        }
        // "Canalys offers a lower estimate, predicting": one capitalised word and its verb open the
        // sentence, so the word is the subject the participle goes with.
        const single = singleWordSubject(tokens);
        if (single >= 0) return found(single, single, single, spanLast, null, i);
        continue;
      }
      // "The Bank of Canada raised rates on Wednesday and said inflation will ease": a second verb
      // of the sentence's subject ("Bremmer and Kupchan wrote" is two subjects, read below).
      // "Jane Smith disagrees with Tom Berg and expects": a name before "and" ends the first verb's
      // object when the opening name has a verb of its own before it.
      // "... and is predicting", "... and has said": the auxiliary between.
      // ("and is expected to" is a passive: nobody's report.)
      const auxiliary = tokens[i - 1]?.lower ?? "";
      const progressive = PROGRESSIVE_BE.has(auxiliary) && token.lower.endsWith("ing");
      // "Kestrel Bank cut rates on Monday but predicted that": "but" joins the verbs as well.
      const andAt = SECOND_VERB_JOINS.has(tokens[i - 1]?.lower ?? "")
        ? i - 1
        : progressive || ["has", "have", "had"].includes(auxiliary)
          ? i - 2
          : -1;
      const beforeAnd = tokens[andAt - 1];
      const secondVerb = andAt > 2 && SECOND_VERB_JOINS.has(tokens[andAt]?.lower ?? "");
      const opening = secondVerb ? openingName(tokens, source) : null;
      const objectBefore =
        beforeAnd?.pos === "PROPN" &&
        opening !== null &&
        tokens.slice(opening[1] + 1, andAt - 1).some((word) => word.pos === "VERB" && !word.lower.endsWith("ing"));
      if (secondVerb && (beforeAnd?.pos !== "PROPN" || CALENDAR.has(beforeAnd.lower) || objectBefore)) {
        if (opening && opening[1] < andAt - 1) {
          const organisation = isOrganisation(textOfWords(tokens, opening[0], opening[1])) ? true : undefined;
          return { ...found(opening[0], opening[1], opening[0], opening[1], null, null), span: null, organisation };
        }
        // "Fivethirtyeight had the race close but pegged": a one-word name and its first verb.
        if (!opening && singleWordSubject(tokens) === 0) return { ...found(0, 0, 0, 0, null, null), span: null };
        // "The German automaker had record sales last year and is predicting": an organisation
        // referred to by its kind, opening the sentence with a verb of its own.
        const firstVerb = indexIn(tokens, 1, andAt, (t) => t.pos === "VERB" || t.pos === "AUX");
        if (!opening && firstVerb > 0 && organisationReferenceBefore(tokens, firstVerb) === 0) {
          const name = textOf(tokens, 0, firstVerb - 1, source);
          return { name, pronoun: true, organisation: true, affiliation: null, span: null };
        }
      }
      const leader = leaderBefore(tokens, i);
      if (leader) return found(leader[0], leader[1], leader[2], spanLast, null, i);
      const leading = leaderWithoutCommas(tokens, i);
      if (leading) return found(leading[0], leading[1], 0, spanLast, null, i);
      const end = subjectEndBefore(tokens, i);
      // "The Bank expects": the organisation named before, its kind capitalised (resolved in attribution.ts).
      if (
        end >= 1 &&
        tokens[end]!.pos === "PROPN" &&
        ORGANISATION_HEADS.has(tokens[end]!.lower) &&
        tokens[end - 1]!.lower === "the" &&
        (end === 1 || tokens[end - 2]?.pos === "PUNCT")
      ) {
        const name = `the ${tokens[end]!.lower}`;
        return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(end - 1, spanLast, i) };
      }
      // "In a Reuters poll, 30 of 45 economists said": the poll opening the sentence speaks for its panel.
      const panelOwner = PANEL.has(tokens[end]?.lower ?? "") ? pollOpening(tokens) : null;
      if (panelOwner) return { ...found(panelOwner[0], panelOwner[1], 0, spanLast, null, i), organisation: true };
      // "Her team expects", "His colleagues predict" opening a sentence: the person "she" or "he" is.
      if (
        end >= 1 &&
        COLLEAGUES.has(tokens[end]!.lower) &&
        ["her", "his"].includes(tokens[end - 1]!.lower) &&
        (end === 1 || tokens[end - 2]?.pos === "PUNCT")
      ) {
        const pronoun = OPINION_PRONOUNS[tokens[end - 1]!.lower]!;
        return { name: pronoun, pronoun: true, affiliation: null, span: spanOf(end - 1, spanLast, i) };
      }
      // "Jane Smith and her team expect", "Tom Berg and his colleagues predict", "Jane Smith and
      // colleagues project", "Smith and her co-authors expect": the person named.
      const withColleagues = colleaguesAfterName(tokens, end);
      if (withColleagues >= 0) {
        const first = nameStartBefore(tokens, withColleagues);
        if (first >= 0 && first < withColleagues && (first === 0 || tokens[first - 1]?.pos === "PUNCT")) {
          return found(first, withColleagues, first, spanLast, null, i);
        }
      }
      // "A senior Israeli official said", "Discussing the poll, a local professor said": one person
      // nobody names, opening the clause.
      const described = describedSubjectBefore(tokens, end);
      if (described >= 0) return describedPerson(described, end, spanOf(described, spanLast, i));
      // "A new report from Moody's predicts", "The report, published by Moody's on Monday, says",
      // "A study by researchers at Stanford University finds": the document's author.
      const authored = documentSubjectOwner(tokens, i, source);
      if (authored?.length === 4) {
        const joint = `${textOf(tokens, authored[0], authored[1], source)}; ${textOf(tokens, authored[2], authored[3], source)}`;
        return { ...found(authored[0], authored[1], authored[0], spanLast, null, i), name: joint };
      }
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
          (tokens[end - 2]?.pos === "NOUN" && /^\p{Ll}/u.test(tokens[end - 2]!.text))) &&
        !ownedParticiple(tokens, i)
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
        // "NASA and the National Oceanic and Atmospheric Administration predict": two organisations.
        const joint = jointOrganisations(tokens, organisationFirst, end, i, source);
        if (joint) {
          const name = joint.names.join("; ");
          return {
            name,
            pronoun: false,
            organisation: true,
            affiliation: null,
            span: spanOf(joint.first, spanLast, i),
          };
        }
        // "The Global Wind Energy Council said": the article goes with the name out of the claim.
        const article = tokens[organisationFirst - 1]?.lower === "the" ? organisationFirst - 1 : organisationFirst;
        return { ...found(organisationFirst, end, article, spanLast, null, i), organisation: true };
      }
      // "Harlow Capital strategists predict"
      const staff = staffOwnerBefore(tokens, end, source);
      if (staff) return { ...found(staff[0], staff[1], staff[0], spanLast, null, i), organisation: true };
      // "Cha said", "Victor Cha told reporters", "analyst Kuo Ming-chi (郭明錤) said"
      const nameFirst = nameStartBefore(tokens, end);
      // "Bremmer and Kupchan wrote", "Both Jane Smith and Tom Berg expect", "Nomura economists Jane
      // Smith and Tom Berg expect": two people, each resolved on its own.
      const partner = nameFirst >= 2 ? partnerBefore(tokens, nameFirst) : null;
      // "Procter and Gamble expects": a verb of one subject makes it one name.
      if (partner && singularPresent(token) && tokens[nameFirst - 1]?.lower === "and") {
        return found(partner[0], end, partner[0], spanLast, null, i);
      }
      if (partner) {
        // "Jane Smith, Peter Chu and Tom Berg all expect": a third before a comma.
        const thirdLast = tokens[partner[0] - 1]?.text === "," ? partner[0] - 2 : -1;
        const third = thirdLast > 0 ? nameStartBefore(tokens, thirdLast) : -1;
        const listed =
          third >= 0 &&
          third < thirdLast &&
          (third === 0 || tokens[third - 1]?.pos === "PUNCT") &&
          !isOrganisation(textOf(tokens, third, thirdLast, source));
        const first = listed ? `${textOf(tokens, third, thirdLast, source)}; ` : "";
        const name = `${first}${textOf(tokens, partner[0], partner[1], source)}; ${textOf(tokens, nameFirst, end, source)}`;
        return { name, pronoun: false, affiliation: null, span: spanOf(listed ? third : partner[0], spanLast, i) };
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
      // "The Bank of Canada's Governor warned": a title after its organisation's possessive is the
      // title's holder, as "the Governor" is (no one called "Governor").
      // "Kestrel Bank's Chief Economist warned": the same with a title of two words.
      let titleFirst = nameFirst >= 0 && isRoleWord(tokens[end]) ? end : -1;
      while (titleFirst > 0 && end - titleFirst < 2 && isRoleWord(tokens[titleFirst - 1])) titleFirst -= 1;
      if (titleFirst > 0 && (tokens[titleFirst - 1]?.lower === "'s" || tokens[titleFirst - 1]?.lower === "’s")) {
        const ownerFirst = organisationEndingAt(tokens, titleFirst - 2, source);
        const article = tokens[ownerFirst - 1]?.lower === "the" ? ownerFirst - 1 : ownerFirst;
        if (ownerFirst >= 0 && (article === 0 || tokens[article - 1]?.pos === "PUNCT")) {
          const name = textOfWords(tokens, titleFirst, end).toLowerCase();
          return { name, pronoun: true, affiliation: null, span: spanOf(article, spanLast, i) };
        }
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
      // "Scientists writing in the journal Nature said": where they published, not who speaks.
      if (nameFirst >= 0 && VENUES.has(tokens[nameFirst - 1]?.lower ?? "")) continue;
      // "Wall Street expects": a trade, not one organisation.
      if (nameFirst >= 0 && TRADES.has(textOfWords(tokens, nameFirst, end))) {
        group ??= nobody(textOfWords(tokens, nameFirst, end).toLowerCase(), spanOf(nameFirst, spanLast, i));
        continue;
      }
      // "The IMF's latest World Economic Outlook projects": a document's own name, its owner's.
      const documentOwner = nameFirst >= 0 ? titledDocumentOwner(tokens, nameFirst, end, source) : null;
      if (documentOwner) {
        return {
          ...found(documentOwner[0], documentOwner[1], documentOwner[0], spanLast, null, i),
          organisation: true,
        };
      }
      // "..., with the centrist Liberal Democrats expected to run the Tories close": an absolute
      // phrase, a forecast about the party in the passive, not the party's.
      if (nameFirst >= 0 && passiveAfterWith(tokens, nameFirst, i)) continue;
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
      // ("Malaysia, which had a weak year, is also projected to grow": an adverb may stand between.)
      let be = i - 1;
      while (be > 0 && tokens[be]?.pos === "ADV" && /^\p{Ll}+$/u.test(tokens[be]!.text)) be -= 1;
      const passive = !token.lower.endsWith("ing") && PASSIVE_BE.has(tokens[be]?.lower ?? "");
      // "..., a pollster with Priorities USA, still predicts": an adverb before the verb, too.
      // "..., a think tank in London, last week said", "..., on Monday predicted": when, too.
      while (!passive && close > 0) {
        const word = tokens[close]!;
        if (
          AUXILIARIES.has(word.lower) ||
          NEGATIONS.has(word.lower) ||
          (word.pos === "ADV" && /^\p{Ll}+$/u.test(word.text))
        ) {
          close -= 1;
        } else if (timeAfterParticiple(tokens, close - 1) === 2) close -= 2;
        else if (beforeDayOrOccasion(tokens, close) < close) close = beforeDayOrOccasion(tokens, close);
        else break;
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
          // "Germany's ambassador to the United Nations, Peter Wittig, said": the body a title is to,
          // with a name for the apposition, is the end of the title; the name speaks.
          const beforeName = tokens[first - 1]?.pos === "DET" ? first - 2 : first - 1;
          if (first > 0 && tokens[beforeName]?.pos === "ADP") {
            // (Not "Jane Smith, an economist in Austin, Texas, said": the title opens the clause, and
            // the name after it has two words at least.)
            const head = tokens[beforeName - 1]?.pos === "NOUN" ? beforeName - 1 : -1;
            const named = nameEndAfter(tokens, comma + 1) === close - 1 && close - 1 > comma + 1;
            const title = head >= 0 && named ? titleStartBefore(tokens, head) : -1;
            if (title >= 0 && tokens[title - 1]?.text !== ",") {
              return found(comma + 1, close - 1, title, spanLast, [title, comma - 1], i);
            }
            if (tokens[first - 1]?.pos === "ADP") continue;
          }
          if (first >= 0) {
            const attribution = found(first, nameEnd, first, spanLast, [comma + 1, close - 1], i);
            // "Charles Goodhart, ex-member of X, and Manoj Pradhan, ex-director of Y, say": both.
            // "Jane Smith and Tom Berg, economists at Nomura, say": the apposition describes both.
            const partner = partnerBefore(tokens, first);
            if (partner && !earlierNameWithApposition(tokens, first)) {
              const name = `${textOf(tokens, partner[0], partner[1], source)}; ${attribution.name}`;
              return { ...attribution, name, affiliation: null, span: spanOf(partner[0], spanLast, i) };
            }
            const earlier = earlierNameWithApposition(tokens, first);
            if (!earlier) return attribution;
            const span = spanOf(earlier[0], spanLast, i);
            const name = `${textOf(tokens, earlier[0], earlier[1], source)}; ${attribution.name}`;
            // Each has an apposition of their own: neither describes the pair.
            return { ...attribution, name, affiliation: null, span };
          }
          // "The finance minister, Anna Berg, said": the name is the apposition, the title before it.
          // "The study's lead author, Dr. Jane Smith of the University of Leeds, said": with a
          // title before the name and the employer after it.
          const nameFirst = NAME_TITLES.has(tokens[comma + 1]?.lower ?? "") ? comma + 2 : comma + 1;
          const nameLast = nameEndAfter(tokens, nameFirst);
          const employed =
            nameLast > nameFirst &&
            ["of", "at", "from"].includes(tokens[nameLast + 1]?.lower ?? "") &&
            nameLast + 2 < close &&
            tokens
              .slice(nameLast + 2, close)
              .every((token) => /^\p{Lu}/u.test(token.text) || ["the", "of", "for", "and", "&"].includes(token.lower));
          if (nameLast === close - 1 || employed) {
            const title = titleStartBefore(tokens, comma - 1);
            if (title >= 0) return found(nameFirst, nameLast, title, spanLast, [title, comma - 1], i);
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
      // "The pair expect", "The two economists predict", "Both expect": the two people named before.
      const together = pairReferenceBefore(tokens, end);
      if (together >= 0) {
        return { name: "they", pronoun: true, affiliation: null, span: spanOf(together, spanLast, i) };
      }
      // ", she said"; "She said the bank will..." at the start of a sentence; "it added" for an organisation.
      // ("And he's now predicting": a conjunction opening the sentence.)
      const opensAt = end === 0 || tokens[end - 1]?.pos === "PUNCT" || (end === 1 && tokens[0]?.pos === "CCONJ");
      if (previous && PRONOUNS.has(previous.lower) && opensAt) {
        const organisation = previous.lower === "it";
        return { name: previous.lower, pronoun: true, organisation, affiliation: null, span: spanOf(end, spanLast, i) };
      }
      // ", strategists have predicted": staff with no article, the organisation's whose staff they were
      // called before, if any (attribution.ts resolves it; a group nobody names otherwise).
      // ", government forecasters said Wednesday": a government's staff, as the agency's.
      const governmental = OF_GOVERNMENT.has(tokens[end - 1]?.text ?? "") ? 1 : 0;
      const staffStart = end - governmental;
      if (
        previous?.pos === "NOUN" &&
        STAFF.has(previous.lower) &&
        (staffStart === 0 || tokens[staffStart - 1]?.pos === "PUNCT") &&
        !QUOTE_MARKS.has(tokens[staffStart - 1]?.text ?? "")
      ) {
        const staff: Attribution = {
          name: governmental ? `${tokens[end - 1]!.lower} ${previous.lower}` : previous.lower,
          pronoun: true,
          organisation: true,
          affiliation: null,
          span: spanOf(staffStart, spanLast, i),
        };
        // "Analysts expect ..., according to a review by X": the source named later speaks for them.
        if (tokens.slice(i + 1).some((t, k) => t.lower === "according" && tokens[i + 2 + k]?.lower === "to")) {
          group ??= staff;
          continue;
        }
        return staff;
      }
      // "China's commerce ministry said", "..., Japan's finance ministry said": a body the country has.
      const country = COUNTRY_BODIES.has(tokens[end]?.lower ?? "") ? countryBodyStart(tokens, end) : -1;
      if (country >= 0) {
        const name = textOf(tokens, country, end, source);
        return { name, pronoun: false, organisation: true, affiliation: null, span: spanOf(country, spanLast, i) };
      }
      // "the bank said", "the report says", "the strategists said": the organisation named before.
      const reference = organisationReferenceBefore(tokens, end + 1);
      // "The good news is that the company believes": after "that", a clause of its own begins.
      // "Shares rose 5% after the company said it expects": after a subordinating conjunction too.
      const clauseStart = (at: number): boolean =>
        at === 0 ||
        tokens[at - 1]?.pos === "PUNCT" ||
        tokens[at - 1]?.lower === "that" ||
        CLAUSE_OPENING.has(tokens[at - 1]?.lower ?? "");
      if (reference >= 0 && clauseStart(reference)) {
        const name = textOf(tokens, reference, end, source);
        return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(reference, spanLast, i) };
      }
      // "the economist said": the person named before.
      if (
        PERSON_HEADS.has(previous?.lower ?? "") &&
        tokens[end - 1]?.lower === "the" &&
        (end === 1 || tokens[end - 2]?.pos === "PUNCT" || CLAUSE_OPENING.has(tokens[end - 2]?.lower ?? ""))
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
      // (", predicts the IMF.", ", forecasts the International Energy Agency.": a verb of forecasting
      // after a comma, the name closing the sentence.)
      const invertedView = tokens[i - 1]?.text === "," && INVERTED_VIEWS.has(token.lower);
      if (tokens[i - 1]?.pos === "PUNCT" && (SAYING.has(token.lemma) || invertedView)) {
        // ", said Nomura's Tom Berg": the person, of the employer named before them.
        const owned = personAfterOwner(tokens, i + 1);
        if (owned) return found(owned[2], owned[3], i, owned[3], [owned[0], owned[1]], i);
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
          const of = indexIn(tokens, named[0] + 2, named[1], (token) => token.lower === "of");
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
      // ", said the economist", ", says Georgia's climatologist": the person named before with that role.
      const roleHead =
        tokens[i - 1]?.pos === "PUNCT" && SAYING.has(token.lemma) ? roleReferenceAfter(tokens, i + 1) : -1;
      if (roleHead >= 0) {
        const span = spanOf(i, roleHead, i);
        return { name: tokens[roleHead]!.lower, pronoun: true, roleOnly: true, affiliation: null, span };
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
      // ", said China's commerce ministry", ", says Japan's finance ministry": a body the country has,
      // named by what it is.
      const body = describesSomeone ? countryBodyEnd(tokens, nameLast + 2) : -1;
      if (body >= 0 && tokens[i - 1]?.pos === "PUNCT") {
        const name = textOf(tokens, i + 1, body, source);
        return { name, pronoun: false, organisation: true, affiliation: null, span: spanOf(i, body, i) };
      }
      if (describesSomeone) return null;
      // "The official, speaking on condition of anonymity, told Reuters": who is told is no speaker.
      // Nor is who is given the chances: "The model, built by X, gives Harris a 60% chance".
      if (nameLast >= 0 && tokens[i - 1]?.pos === "PUNCT" && token.lemma !== "tell" && token.lemma !== "give") {
        const apposition = appositionEnd(tokens, nameLast + 1);
        // "Frank Graves, however, said Clinton will win": a name with a verb of its own after it is
        // the reported clause's subject, not a speaker turned after the verb.
        const after = tokens[nameLast + 1];
        if (apposition < 0 && after && (after.pos === "VERB" || after.pos === "AUX" || MODALS.has(after.lower)))
          continue;
        // "Analysts at Harlow Capital, who rate the stock a buy, expect Kestrel to beat estimates": the
        // name is the object of a view, what is expected of it after "to"; no speaker turned after the verb.
        if (apposition < 0 && after?.lower === "to" && !SAYING.has(token.lemma)) continue;
        // ", wrote Kestrel Bank economists led by Jane Smith": the leader, as when they open the sentence.
        const staff = STAFF.has(after?.lower ?? "") ? nameLast + 1 : -1;
        if (
          staff > 0 &&
          ["led", "headed"].includes(tokens[staff + 1]?.lower ?? "") &&
          tokens[staff + 2]?.lower === "by"
        ) {
          let leader = staff + 3;
          while (leader < tokens.length && isRoleWord(tokens[leader])) leader += 1;
          const leaderLast = nameEndAfter(tokens, leader);
          if (leaderLast > leader) return found(leader, leaderLast, i, leaderLast, null, i);
        }
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
 * "Forecasters at Colorado State University are calling for 10 named storms": forecasters' call is
 * their forecast, and who they are the speaker ("critics are calling for" demands, and is no one's).
 */
function forecastersCall(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (token.lemma !== "call" || tokens[at + 1]?.lower !== "for") return false;
  // "The Colorado State University forecast team is now calling for": its forecasters, as a team.
  const team = (k: number): boolean =>
    tokens[k]?.lower === "team" && ["forecast", "forecasting"].includes(tokens[k - 1]?.lower ?? "");
  for (let k = Math.max(0, at - 6); k < at; k += 1) {
    if (WEATHER_FORECASTERS.has(tokens[k]!.lower) || team(k)) return true;
  }
  return false;
}

/**
 * "Bloomberg's Mark Gurman reports that Apple will", "Jane Smith reported that": a person's report
 * of what will happen, theirs; and "maintains that". Only after a full name: "Shares fell on reports
 * that the company will cut jobs" credits no one, and an outlet's "Reuters reported that" is read
 * as before.
 */
function reportsThat(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  // "Kestrel Bank maintains that rates will fall": a view kept ("has maintained a lead" keeps no view).
  if (token.lemma === "maintain" && tokens[at + 1]?.lower === "that") return true;
  if (token.lemma !== "report" || tokens[at + 1]?.lower !== "that") return false;
  return tokens[at - 1]?.pos === "PROPN" && tokens[at - 2]?.pos === "PROPN";
}

/**
 * "Researchers at the University of Leeds found that", "A team led by Jane Smith finds that": what
 * people of a trade find is their view (a document's finding is read elsewhere).
 */
function staffFindThat(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]!.lemma !== "find" || tokens[at + 1]?.lower !== "that") return false;
  // The people open the sentence ("A survey of economists found that" is the survey's finding).
  let head = ["a", "an", "the"].includes(tokens[0]?.lower ?? "") ? 1 : 0;
  while (head < 3 && tokens[head]?.pos === "ADJ") head += 1;
  return head < at && (STAFF.has(tokens[head]!.lower) || tokens[head]!.lower === "team");
}

/** The chances a forecaster gives or sets: "gives it a 60% chance", "puts the odds at 35%". */
const isChanceWord = (token: Token): boolean => CHANCE_NOUNS.has(token.lemma) || token.lower === "odds";

/** Verbs that set the chances at a number: "puts", "pegged", "raised ... to", "cut ... to". */
const CHANCE_SETTERS = new Set([
  "put",
  "peg",
  "place",
  "set",
  "assign",
  "raise",
  "lower",
  "cut",
  "lift",
  "increase",
  "reduce",
]);

/**
 * "Goldman Sachs puts the odds of a recession at 35%", "Kestrel Bank raised the probability of a
 * recession to 45%", "pegged her chance of winning at 69 per cent": the verb's subject gives the
 * chances, when a chance word follows it and "at" or "to" and a number close the phrase ("Tariffs
 * raise the risk of a recession" sets no number: a cause, not a forecaster).
 */
function setsChances(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (!CHANCE_SETTERS.has(token.lemma) || token.pos !== "VERB") return false;
  const noun = tokens.slice(at + 1, at + 5).findIndex(isChanceWord);
  if (noun < 0) return false;
  // "puts the chances that waters will heat to El Nino levels by December at 70 percent": the
  // clause after "that" says what of; its verbs are its own.
  const what = tokens[at + 2 + noun]?.lower === "that";
  for (let k = at + 2 + noun; k < tokens.length && k - at <= 20; k += 1) {
    // "the odds of a Labour win at 80%": a verb's form after an article or a name is a noun.
    // "her chance of winning at 69%": a gerund after "of".
    const asNoun =
      ["DET", "ADJ", "PROPN", "NOUN"].includes(tokens[k - 1]!.pos) ||
      (tokens[k - 1]!.lower === "of" && tokens[k]!.lower.endsWith("ing"));
    if (tokens[k]!.text === "," || (tokens[k]!.pos === "VERB" && !asNoun && !what)) return false;
    if (tokens[k]!.lower === "at" && tokens[k + 1]?.pos === "NUM") return true;
    if (tokens[k]!.lower === "to" && tokens[k + 1]?.pos === "NUM" && !what) return true;
  }
  return false;
}

/**
 * After "quoted" at `at`: "by Reuters as saying", "as saying", "saying", "in the Financial Times as
 * saying" (up to ten words with no comma before the saying), so that "was quoted by Reuters" alone
 * still reads as the outlet quoting.
 */
function quotedSaying(tokens: readonly Token[], at: number): boolean {
  if (tokens[at + 1]?.lower === "by") return true;
  for (let i = at + 1; i < tokens.length && i - at <= 10; i += 1) {
    const token = tokens[i]!;
    if (token.lower === "saying") return true;
    if (token.pos === "PUNCT" || token.pos === "VERB" || token.pos === "AUX") return false;
  }
  return false;
}

/** Words for two people together: "the pair", "the duo" (and "the two", read with them). */
const PAIRS = new Set(["pair", "duo"]);

/**
 * "The pair", "the duo", "The two economists", "Both" ending at `end` and opening the sentence: the
 * index of its first token, or -1.
 */
function pairReferenceBefore(tokens: readonly Token[], end: number): number {
  const token = tokens[end];
  if (!token) return -1;
  if (end === 0 && token.lower === "both") return 0;
  if (PAIRS.has(token.lower) || token.lower === "two") {
    // "The highly-respected duo": what the two are said to be, between.
    let the = end - 1;
    while (
      the > 0 &&
      end - the <= 4 &&
      (tokens[the]!.pos === "ADJ" || tokens[the]!.pos === "ADV" || tokens[the]!.text === "-")
    )
      the -= 1;
    if (tokens[the]?.lower === "the") return opensClause(tokens, the);
  }
  if ((STAFF.has(token.lower) || PERSON_NOUNS_PLURAL.has(token.lower)) && tokens[end - 1]?.lower === "two") {
    return tokens[end - 2]?.lower === "the" ? opensClause(tokens, end - 2) : -1;
  }
  return -1;
}

/** `first` when it opens the sentence or follows a punctuation mark; else -1. */
function opensClause(tokens: readonly Token[], first: number): number {
  return first === 0 || tokens[first - 1]?.pos === "PUNCT" ? first : -1;
}

/** People by kind, in the plural, after "the two": "the two men", "the two leaders". */
const PERSON_NOUNS_PLURAL = new Set(["men", "women", "leaders", "experts", "authors", "executives", "officials"]);

/**
 * "Forecasters at Kestrel Bank", "Election analysts from the Norland Institute" opening the sentence
 * (up to two words describing the staff first): [first, last] of the organisation, or null.
 */
function staffAtOpening(tokens: readonly Token[], source: string): [number, number] | null {
  const staff = tokens.slice(0, 3).findIndex((token) => STAFF.has(token.lower));
  if (staff < 0 || !["at", "from", "with"].includes(tokens[staff + 1]?.lower ?? "")) return null;
  const first = tokens[staff + 2]?.lower === "the" ? staff + 3 : staff + 2;
  const last = nameEndAfter(tokens, first);
  if (last < 0) return null;
  const whole = wholeNameEnd(tokens, first, last, source);
  return isOrganisation(textOf(tokens, first, whole, source)) ? [first, whole] : null;
}

/** Words joining a subject's second verb to its first: "raised rates and said", "cut rates but predicted". */
const SECOND_VERB_JOINS = new Set(["and", "but"]);

/** Forms of "be" and "have" that follow a subject: "losses were", "deficits have". */
const FINITE_BE_HAVE = new Set(["is", "are", "was", "were", "has", "have", "had"]);

/**
 * "Labour's expected losses were trimmed", "Moody's projected deficits are": a participle after a
 * possessive describing the noun it owns, which a form of "be" or "have" follows (the noun is the
 * subject), so nothing is reported. ("Moody's forecast growth will slow" may report, and is kept.)
 */
function ownedParticiple(tokens: readonly Token[], verb: number): boolean {
  const noun = tokens[verb + 1];
  return (
    /(?:ed|forecast)$/.test(tokens[verb]!.lower) &&
    noun?.pos === "NOUN" &&
    FINITE_BE_HAVE.has(tokens[verb + 2]?.lower ?? "")
  );
}

/**
 * The index of a one-word name that opens the sentence as the subject of its first verb ("Canalys
 * offers", "Zorvex has"), or -1: a capitalised proper noun, neither a group nor a day, right before
 * a verb.
 */
function singleWordSubject(tokens: readonly Token[]): number {
  const first = tokens[0];
  const verb = tokens[1];
  if (!isCapitalised(first) || NOT_NAMES.has(first!.lower) || CALENDAR.has(first!.lower)) return -1;
  return verb?.pos === "VERB" || verb?.pos === "AUX" ? 0 : -1;
}

/**
 * ", warning that prices could fall": a participle of saying after a comma and before "that", which
 * the tagger read as a noun ("warning", "cautioning").
 */
function participleReadAsNoun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (token.pos !== "NOUN" || !token.lower.endsWith("ing") || tokens[at - 1]?.text !== ",") return false;
  if (tokens[at + 1]?.lower !== "that") return false;
  const stem = token.lower.slice(0, -3);
  return REPORTING.has(stem) || REPORTING.has(`${stem}e`);
}

/**
 * "Nomura's Tom Berg", "Kestrel Bank’s Jane Smith": a person's full name after the possessive of
 * who they work for, from `at`. [first, last] of the employer's name, then of the person's; or
 * null (not "Nomura's Global Markets Research", a unit of it).
 */
const NOT_PERSON_WORDS = new Set([
  "index",
  "monitor",
  "update",
  "bulletin",
  "economic",
  "global",
  "research",
  "data",
  "markets",
]);

function personAfterOwner(tokens: readonly Token[], at: number): [number, number, number, number] | null {
  const start = tokens[at]?.lower === "the" ? at + 1 : at;
  let mark = start;
  while (mark - start < 5 && isCapitalised(tokens[mark])) mark += 1;
  if (mark === start || !/^['’]s?$/.test(tokens[mark]?.text ?? "")) return null;
  const last = nameEndAfter(tokens, mark + 1);
  if (last <= mark + 1 || last - mark > 3 || isOrganisation(textOfWords(tokens, mark + 1, last))) return null;
  // "Kestrel's Economic Outlook", "the IMF's World Economic Outlook": a document, its owner's.
  const words = tokens.slice(mark + 1, last + 1);
  if (
    words.some(
      (word) =>
        DOCUMENT_HEADS.has(word.lower) || ORGANISATION_HEADS.has(word.lower) || NOT_PERSON_WORDS.has(word.lower),
    )
  )
    return null;
  return [start, mark - 1, mark + 1, last];
}

/**
 * ", Jane Smith estimates.", ", Kestrel Bank forecasts.": a name of up to four capitalised words
 * between the comma and the verb at `verb` that ends the sentence.
 */
function closingName(tokens: readonly Token[], verb: number): boolean {
  let first = verb - 1;
  while (first > 0 && verb - first < 4 && isCapitalised(tokens[first - 1])) first -= 1;
  // ", the Kestrel Institute forecasts.": "the" before the name.
  const comma = tokens[first - 1]?.lower === "the" ? first - 2 : first - 1;
  return tokens[comma]?.text === "," && isCapitalised(tokens[first]);
}

/** Who answers a poll: "economists", "respondents", "voters". */
const PANEL = new Set([
  ...STAFF,
  "respondents",
  "panelists",
  "panellists",
  "participants",
  "voters",
  "firms",
  "executives",
]);

/** "In a Reuters poll, ...", "In the latest Kestrel survey, ...": [first, last] of the poll's owner, or null. */
function pollOpening(tokens: readonly Token[]): [number, number] | null {
  if (tokens[0]?.lower !== "in") return null;
  const comma = tokens.slice(0, 8).findIndex((token) => token.text === ",");
  const noun = comma - 1;
  if (comma < 0 || !POLL_NOUNS.has(tokens[noun]?.lower ?? "")) return null;
  const first = capitalisedRunBefore(tokens, noun, 1);
  return first < noun ? [first, noun - 1] : null;
}

/** "in a Reuters poll", "in the Kestrel survey" between `from` and `to`: [first, last] of the owner, or null. */
function pollInside(tokens: readonly Token[], from: number, to: number): [number, number] | null {
  for (let i = from; i < to; i += 1) {
    if (!POLL_NOUNS.has(tokens[i]!.lower)) continue;
    const first = capitalisedRunBefore(tokens, i, from);
    if (first < i && ["a", "an", "the"].includes(tokens[first - 1]?.lower ?? "")) return [first, i - 1];
  }
  return null;
}

const POLL_NOUNS = new Set(["poll", "survey"]);

/** Where the capitalised words right before `at` start (no earlier than `floor`): the poll's owner. */
function capitalisedRunBefore(tokens: readonly Token[], at: number, floor: number): number {
  let first = at;
  while (first > floor && isCapitalised(tokens[first - 1])) first -= 1;
  return first;
}

/** The capitalised words from `at` run to the sentence's end (up to six of them, then its stop). */
function endsWithName(tokens: readonly Token[], at: number, anyCapital = false): boolean {
  let i = at;
  // After "the", an organisation's capitalised words, whatever the tagger made of them ("Office").
  const capital = (token: Token | undefined): boolean =>
    anyCapital ? /^\p{Lu}/u.test(token?.text ?? "") : isCapitalised(token);
  while (i < tokens.length && i - at < 6 && capital(tokens[i])) i += 1;
  // ", per Jane Smith of Kestrel Bank.": where the person works, after the name.
  if (i > at && ["of", "at"].includes(tokens[i]?.lower ?? "")) {
    const employer = tokens[i + 1]?.lower === "the" ? i + 2 : i + 1;
    let k = employer;
    while (k < tokens.length && k - employer < 6 && /^\p{Lu}/u.test(tokens[k]!.text)) k += 1;
    if (k > employer) i = k;
  }
  return i === tokens.length || (i === tokens.length - 1 && /^[.!?]$/.test(tokens[i]!.text));
}

/**
 * Two organisations speaking together, for the organisation found at [first, end] before the verb at
 * `verb`: "NASA and the National Oceanic and Atmospheric Administration predict", "The IMF and the
 * World Bank expect" (a second "the" after "and"), "Kestrel Research and Harlow Associates expect"
 * (a verb of several subjects, an organisation on either side of "and"), "Kestrel Bank and Harlow
 * Capital said" (an organisation's word ending each side). Not "the National Oceanic and Atmospheric
 * Administration", "Procter and Gamble expects", "the Department of Health and Human Services
 * said" or "the Centre for Economics and Business Research said" (one body's name, with "of" or "for"
 * before its "and"). Each name and where the pair starts, or null.
 */
function jointOrganisations(
  tokens: readonly Token[],
  first: number,
  end: number,
  verb: number,
  source: string,
): { names: [string, string]; first: number } | null {
  const opens = (at: number): number => {
    const article = tokens[at - 1]?.lower === "the" ? at - 1 : at;
    return article === 0 || tokens[article - 1]?.pos === "PUNCT" ? article : -1;
  };
  const verbToken = tokens[verb];
  if (!verbToken || singularPresent(verbToken)) return null;
  // "NASA and the National Oceanic ...", "NASA as well as the ...": "and the" before the organisation found.
  // "UBS and Goldman Sachs see": "and" alone before it, after another organisation.
  const article = tokens[first - 1]?.lower === "the" ? 1 : 0;
  const joiner =
    tokens[first - 1 - article]?.lower === "and"
      ? 1
      : AS_WELL_AS.every((word, k) => tokens[first - 3 - article + k]?.lower === word)
        ? 3
        : 0;
  if (joiner > 0) {
    const partnerEnd = first - 1 - article - joiner;
    const partnerFirst = organisationEndingAt(tokens, partnerEnd, source);
    const start = partnerFirst >= 0 ? opens(partnerFirst) : -1;
    if (start < 0) return null;
    return {
      names: [textOf(tokens, partnerFirst, partnerEnd, source), textOf(tokens, first, end, source)],
      first: start,
    };
  }
  // "Kestrel Bank and Harlow Capital said": "and" inside what was read as one name.
  const start = opens(first);
  if (start < 0) return null;
  const split = splitJointName(textOf(tokens, first, end, source), pluralPresent(verbToken));
  return split ? { names: split, first: start } : null;
}

/**
 * One name read over "and" split into two organisations: "Kestrel Bank and Harlow Capital" (an
 * organisation's word ending each side), or with `several` (a verb of several subjects) when either
 * side reads as an organisation. Not "Centre for Economics and Business Research" ("of", "for" or
 * "on" before the "and": one body's name) nor "National Oceanic and Atmospheric Administration".
 */
function splitJointName(name: string, several: boolean): [string, string] | null {
  const words = name.split(/\s+/);
  const and = words.indexOf("and");
  if (and < 1 || and === words.length - 1 || words.slice(0, and).some((word) => NAME_JOINERS.has(word))) return null;
  const left = words.slice(0, and).join(" ");
  const right = words.slice(and + 1).join(" ");
  if (right.split(" ").includes("and")) return null;
  const headed = (side: string): boolean =>
    isOrganisation(side.split(" ").at(-1) ?? "") || ACRONYM_NAME.test(side) || isKnownFirm(side);
  const both = headed(left) && headed(right);
  const either = isOrganisation(left) || isOrganisation(right);
  return both || (several && either) ? [left, right] : null;
}

/**
 * An organisation credited after "according to" or "by", and a second one after "and" closing the
 * phrase: "according to the IMF and the World Bank", "analysis by Populus and Hanover published on
 * Friday", "according to Kestrel Bank and Harlow Capital". The two names, or null.
 */
function jointAfter(found: Attribution, tokens: readonly Token[], source: string): [string, string] | null {
  const split = splitJointName(found.name, false);
  if (split) return split;
  const from = found.span?.start ?? tokens[0]?.start ?? 0;
  const at = source.indexOf(found.name, from);
  if (at < 0) return null;
  let k = tokens.findIndex((token) => token.end === at + found.name.length);
  const credited = tokens
    .slice(Math.max(0, k - 12), k)
    .some((token) => token.lower === "according" || token.lower === "by");
  if (k < 0 || !credited || tokens[k + 1]?.lower !== "and") return null;
  k += tokens[k + 2]?.lower === "the" ? 3 : 2;
  // "by Populus and public affairs company Hanover": what the second is, before its name.
  k = afterSourceKind(tokens, k);
  let last = k;
  while (isCapitalWord(tokens[last + 1]) && last - k < 5) last += 1;
  const next = tokens[last + 1];
  const closes = !next || next.pos === "PUNCT" || CLOSING_VERBS.has(next.lower);
  if (!isCapitalWord(tokens[k]) || !closes || PERSON_TITLES.has(tokens[k]!.lower)) return null;
  return [found.name, textOf(tokens, k, last, source)];
}

/** Words after a second name that end the credit: "by Populus and Hanover published on Friday". */
const CLOSING_VERBS = new Set(["published", "released", "said", "says", "showed", "shows", "found"]);

const ACRONYM_NAME = /^\p{Lu}{2,6}$/u;
const AS_WELL_AS = ["as", "well", "as"];

/** "Centre for Economics and Business Research": a name with one of these before its "and" is one body's. */
const NAME_JOINERS = new Set(["of", "for", "on"]);

/** Verbs of forecasting that may come before their subject, closing a sentence: ", predicts the IMF." */
const INVERTED_VIEWS = new Set([
  "predicts",
  "predicted",
  "forecasts",
  "estimates",
  "estimated",
  "reckons",
  "projects",
  "expects",
]);
