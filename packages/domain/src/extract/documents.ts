import { type Attribution, textOf, textOfWords } from "./attribution-shape";
import { singularForms } from "./grammar";
import { hyphenJoined, nameEndAfter, nameStartBefore } from "./names";
import {
  DOCUMENT_HEADS,
  isOrganisation,
  organisationEndingAt,
  organisationReferenceBefore,
  STAFF,
} from "./organisations";
import { CALENDAR, POSSESSIVES, PUBLISHED, SOURCE_KINDS } from "./reporting-words";
import { DAYS_NEAR, subjectEndBefore } from "./speaker-subjects";
import type { Token } from "./tokens";
import { isHeldCase, TIMING_PARTICLES, TIMING_VERBS, VIEW_NOUNS } from "./words";

/**
 * Documents and their owners: "the CBO's projections", "a report by the Norland Institute", "a
 * Wirenews poll of 40 economists showed", a source after "according to" ("research firm IDC"), a
 * forecast the subject revises as its own, and the owner of a stated view ("the bank's expectation").
 */

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
  "scenario",
  "scenarios",
  "outlook",
]);

/**
 * "RealClearPolitics’ predictions", "Kestrel Bank's latest forecast", "Kestrel Bank's baseline
 * scenario" starting at `at`: [first, last] of the owner's capitalised name and the index of the
 * forecast noun (one of `nouns`), or null.
 */
export function possessiveForecastOwner(
  tokens: readonly Token[],
  at: number,
  nouns: ReadonlySet<string> = FORECAST_NOUNS,
): [number, number, number] | null {
  let last = at - 1;
  while (last + 1 < tokens.length && last - at < 4 && /^\p{Lu}/u.test(tokens[last + 1]!.text)) last += 1;
  if (last < at || !["'s", "’s", "'", "’"].includes(tokens[last + 1]?.lower ?? "")) return null;
  let noun = last + 2;
  while (noun < tokens.length && noun - last <= 4 && tokens[noun]?.pos === "ADJ") noun += 1;
  // "baseline scenario", "central forecast": a noun describing the forecast noun after it.
  if (!nouns.has(tokens[noun]?.lower ?? "") && tokens[noun]?.pos === "NOUN") noun += 1;
  return nouns.has(tokens[noun]?.lower ?? "") ? [at, last, noun] : null;
}

const describing = (token: Token | undefined): boolean => token?.pos === "ADJ" || token?.pos === "NOUN";

/** A hyphen inside a word ("long-range"): written with no space either side, between two words. */
const joinedHyphen = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]?.text === "-" &&
  tokens[at - 1]?.end === tokens[at]!.start &&
  tokens[at + 1]?.start === tokens[at]!.end &&
  describing(tokens[at - 1]);

/**
 * The owner of a document or of the people speaking for an organisation: "The CBO’s projections
 * suggested", "Morgan Stanley's economists wrote". [first, last] of the owner's name, or null.
 */
export function ownerBefore(tokens: readonly Token[], end: number, source: string): [number, number] | null {
  const head = tokens[end];
  if (!head || head.pos !== "NOUN") return null;
  const model = head.lower === "model" || head.lower === "models";
  // "Bank of America’s strategy team": a team is spoken of by its owner (below, after a possessive).
  // "UBS's chief investment office expects", "the bank's research arm": a unit of the owner, in lower case.
  const team = TEAM_HEADS.has(head.lower);
  // "The Office for National Statistics' figures suggest": its numbers.
  const data = DATA_HEADS.has(head.lower);
  if (!(
    DOCUMENT_HEADS.has(head.lower) ||
    DOCUMENT_HEADS.has(head.lemma) ||
    STAFF.has(head.lower) ||
    model ||
    team ||
    data ||
    // "Kestrel Bank's central scenario is for": a view held likeliest.
    isHeldCase(tokens, end)
  )) {
    return null;
  }
  let i = end - 1;
  // "Gartner’s latest market share report": up to four words describing the document ("long-range"
  // joined by its hyphen counts as one).
  for (let words = 0; i >= 0 && words < 4; i -= 1) {
    if (joinedHyphen(tokens, i)) continue;
    if (!describing(tokens[i])) break;
    words += 1;
  }
  // "YouGov's latest MRP model", "the Bank of Japan's quarterly Tankan survey": the document's own
  // name in capitals, after the owner's possessive.
  if (
    /^\p{Lu}{2,}$/u.test(tokens[i]?.text ?? "") ||
    (tokens[i]?.pos === "PROPN" && /^\p{Lu}\p{Ll}/u.test(tokens[i]!.text))
  ) {
    let k = i - 1;
    while (k >= 0 && tokens[k]?.pos === "ADJ") k -= 1;
    if (["'s", "’s"].includes(tokens[k]?.lower ?? "")) i = k;
  }
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
  // "Kestrel's", and "Capital Economics'": a plural's possessive is its apostrophe alone.
  const pluralPossessive = /^['’]$/.test(tokens[i]?.text ?? "") && /s$/.test(tokens[i - 1]?.text ?? "");
  if (tokens[i]?.lower !== "'s" && tokens[i]?.lower !== "’s" && !pluralPossessive) return null;
  const ownerEnd = i - 1;
  const organisation = organisationEndingAt(tokens, ownerEnd, source);
  const first = organisation >= 0 ? organisation : nameStartBefore(tokens, ownerEnd);
  return first >= 0 ? [first, ownerEnd] : null;
}

/** A hyphen at `at` written with no space on either side: "TV-CNX". */
const hyphenJoins = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]?.text === "-" && tokens[at - 1]?.end === tokens[at]!.start && tokens[at + 1]?.start === tokens[at]!.end;

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
export function ownsForecastAfter(tokens: readonly Token[], verb: number): boolean {
  // "CCS Insight has downgraded expectations in every market": revising with no possessive.
  if (REVISING_VERBS.has(tokens[verb]?.lemma ?? "") && OWN_FORECASTS.has(tokens[verb + 1]?.lower ?? "")) return true;
  // "pushed back its forecast", "brought forward its call": the forecast's timing moved.
  const moved = TIMING_VERBS.has(tokens[verb]?.lemma ?? "") && TIMING_PARTICLES.has(tokens[verb + 1]?.lower ?? "");
  // "stands by its prediction that", "sticks to its forecast that": the forecast held to.
  const held = HOLDING_TO.get(tokens[verb]?.lemma ?? "") === tokens[verb + 1]?.lower;
  const at = moved || held ? verb + 2 : verb + 1;
  if (PUBLISHING_VERBS.has(tokens[verb]?.lemma ?? "") && publishedForecast(tokens, verb + 1)) return true;
  // "Kestrel Bank has a year-end target of 6,000": a market target held.
  if (TARGET_HOLDING.has(tokens[verb]?.lemma ?? "") && ["a", "an"].includes(tokens[verb + 1]?.lower ?? ""))
    return marketTargetAt(tokens, verb + 2) >= 0;
  if (!POSSESSIVES.has(tokens[at]?.lower ?? "") || tokens[at]?.lower === "our") return false;
  for (let k = at + 1; k <= at + 5 && k < tokens.length; k += 1) {
    const word = tokens[k]!;
    if (OWN_FORECASTS.has(word.lower)) return true;
    // "maintained its view that rates will fall": a view, with what it holds after "that".
    if (word.lower === "view" && tokens[k + 1]?.lower === "that") return true;
    if (!["ADJ", "NOUN", "NUM", "PROPN"].includes(word.pos) && word.text !== "-") return false;
  }
  return false;
}

/** Verbs of holding to a forecast, with their particle: "stands by", "sticks to", "holds to". */
const HOLDING_TO = new Map([
  ["stand", "by"],
  ["stick", "to"],
  ["hold", "to"],
]);

/** Verbs of holding a market target: "has a year-end target", "set a price target". */
const TARGET_HOLDING = new Set(["have", "set"]);
/** What makes a target a market forecast: "year-end target", "price target", "index target". */
const MARKET_TARGET_WORDS = new Set(["end", "year-end", "price", "index"]);

/**
 * From `at`, up to four words naming a market target ("year-end target", "12-month price
 * target"): the index of "target", or -1.
 */
export function marketTargetAt(tokens: readonly Token[], at: number): number {
  for (let k = at; k < tokens.length && k - at <= 4; k += 1) {
    const word = tokens[k]!;
    if (word.lemma === "target") return MARKET_TARGET_WORDS.has(tokens[k - 1]?.lower ?? "") ? k : -1;
    if (!["ADJ", "NOUN", "NUM"].includes(word.pos) && word.text !== "-") return -1;
  }
  return -1;
}

/** Verbs of putting out a forecast or a warning: "issued a warning that", "released projections showing". */
const PUBLISHING_VERBS = new Set([
  "issue",
  "publish",
  "release",
  "unveil",
  "offer",
  "make",
  "present",
  "deliver",
  "sound",
]);

/** What is put out with its content after it: "a forecast that", "new projections showing". */
const PUT_OUT = new Set([
  ...OWN_FORECASTS,
  "warning",
  "warnings",
  "note",
  "report",
  "statement",
  "assessment",
  "analysis",
  "update",
  "bulletin",
  "prognosis",
]);

/** Words that open what a published forecast says: "that", "showing", "predicting", "saying", ":". */
const PUBLISHED_CONTENT = new Set([
  "that",
  "showing",
  "predicting",
  "saying",
  "warning",
  "forecasting",
  "projecting",
  ":",
]);

/** Verbs of a relative clause that gives a document's content: "a note that said", "a report that predicts". */
const CONTENT_VERBS = new Set([
  "say",
  "predict",
  "show",
  "forecast",
  "project",
  "expect",
  "warn",
  "suggest",
  "estimate",
]);

/**
 * After a verb of putting out at `at`: an article or adjectives, a published forecast's noun, up to
 * four words of time, place or audience ("on Tuesday", "to clients"), then what it says ("that",
 * "showing", ":"; ", predicting" is read with the participles). "The IMF issued a warning on
 * Tuesday that growth will slow", "The CBO released new projections showing", "Jane Smith made a
 * bold call on Monday: ...". A plan
 * ("released a statement announcing the merger") says nothing of what will happen, and is left to
 * the cues.
 */
function publishedForecast(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if (["a", "an", "the", "its", "their", "his", "her", "new", "fresh"].includes(tokens[k]?.lower ?? "")) k += 1;
  while (k < tokens.length && k - at < 4 && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV")) k += 1;
  if (!PUT_OUT.has(tokens[k]?.lower ?? "") || tokens[k]!.pos !== "NOUN") return false;
  for (let n = k + 1; n < tokens.length && n - k <= 5; n += 1) {
    const word = tokens[n]!;
    // "a note that said": a relative clause that says what the note does.
    if (PUBLISHED_CONTENT.has(word.lower))
      return word.lower !== "that" || tokens[n + 1]?.pos !== "VERB" || CONTENT_VERBS.has(tokens[n + 1]!.lemma);
    if (word.pos === "VERB" || word.pos === "AUX" || word.pos === "PUNCT") return false;
  }
  return false;
}

/** Verbs of revising a forecast: "has downgraded expectations", "raised forecasts". */
const REVISING_VERBS = new Set(["raise", "cut", "lower", "downgrade", "upgrade", "revise", "trim", "lift"]);

/**
 * "the latest forecast from X" ending right before the verb at `verb`: [first, last] of the
 * organisation's name and the first token of the document's words, or null.
 */
export function documentBefore(
  tokens: readonly Token[],
  verb: number,
  source: string,
): [number, number, number] | null {
  // (Twenty words: "An opinion poll released by the Intel Research Solutions (IRS) on Tuesday, July 5, revealed".)
  for (let at = verb - 2; at >= 0 && verb - at <= 20; at -= 1) {
    // ", CVoter exit poll showed": no article, the owner right after the comma.
    // (Not after a hyphen inside a name: "The India TV-CNX opinion poll".)
    const bare =
      at > 0 && tokens[at - 1]?.pos === "PUNCT" && tokens[at]?.pos === "PROPN" && !hyphenJoins(tokens, at - 1)
        ? at - 1
        : -1;
    // ", two new reports by Fitch show", ", new reports from Kestrel show": documents with no article.
    // "Estimates released by the Kestrel Institute show": the same opening the sentence.
    const plural =
      (at === 0 ? isPluralDocument(tokens[at]!.lower) : tokens[at - 1]?.pos === "PUNCT") &&
      (tokens[at]?.pos === "NUM" || tokens[at]?.pos === "ADJ" || isPluralDocument(tokens[at]!.lower));
    if (bare < 0 && !plural && !["the", "a", "an"].includes(tokens[at]?.lower ?? "")) continue;
    // ", the findings of a survey by Kestrel show": what the survey found, before it.
    const opening = bare < 0 ? findingsOpening(tokens, at) : at;
    if (bare < 0 && opening > 0 && tokens[opening - 1]?.pos !== "PUNCT") continue;
    const article = bare >= 0 ? bare : at;
    // "a Wirenews poll of 40 economists showed": the owner named before the document's noun.
    let owner = article + 1;
    // "A new Kestrel poll", "the latest Kestrel Research survey": words describing it first.
    while (owner < verb - 2 && ["ADJ", "PROPN"].includes(tokens[owner]!.pos) && /^\p{Ll}/u.test(tokens[owner]!.text))
      owner += 1;
    const ownerStart = owner;
    // ("The India TV-CNX opinion poll": a hyphen with no space joins one name.)
    while (
      owner < verb &&
      ((/^\p{Lu}/u.test(tokens[owner]!.text) && tokens[owner]!.pos === "PROPN") ||
        (owner > ownerStart && hyphenJoins(tokens, owner) && /^\p{Lu}/u.test(tokens[owner + 1]?.text ?? "")))
    )
      owner += 1;
    const ownerEnd = owner;
    // "CVoter exit poll", "Gartner's market share report": a kind of document before its noun.
    while (
      owner < verb &&
      owner - ownerEnd < 3 &&
      tokens[owner]!.pos === "NOUN" &&
      !DOCUMENT_HEADS.has(tokens[owner]!.lower) &&
      !(bare >= 0 && DATA_HEADS.has(tokens[owner]!.lower))
    ) {
      owner += 1;
    }
    // ", CME data show", ", LSEG data showed": a closing source's figures, its name after the comma.
    const data = bare >= 0 && DATA_HEADS.has(tokens[owner]?.lower ?? "");
    if (ownerEnd > ownerStart && (DOCUMENT_HEADS.has(tokens[owner]?.lower ?? "") || data)) {
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
      if (rest === verb) return [ownerStart, ownerEnd - 1, article === bare ? article + 1 : article];
    }
    if (bare >= 0) continue;
    const authored = documentAuthorAfter(tokens, at, source);
    // "The poll, conducted by Ipsos, shows": the comma closing the participle's phrase, then the verb.
    const until = tokens[verb - 1]?.text === "," ? verb - 1 : verb;
    if (
      authored &&
      authored[2] <= verb - 1 &&
      tokens.slice(afterWhenAndClient(tokens, authored[2] + 1), until).every((t) => /^(?:\p{Lu}|['’]s?$)/u.test(t.text))
    ) {
      return [authored[0], authored[1], opening];
    }
  }
  return null;
}

/** What a document found, said before it: "the findings of a new poll", "results of X's survey". */
export const FINDINGS = new Set(["findings", "results"]);

/**
 * "(the) findings of (financial media outlet) Kestrel Network's survey": the index of the words
 * saying what was found, before the owner's name at `start` (up to three words in lower case
 * saying what the owner is, between), or `start` when none stand there.
 */
export function findingsOpening(tokens: readonly Token[], start: number): number {
  let i = start - 1;
  while (i >= 0 && start - i <= 3 && /^\p{Ll}/u.test(tokens[i]!.text) && ["NOUN", "ADJ"].includes(tokens[i]!.pos)) {
    i -= 1;
  }
  if (tokens[i]?.lower !== "of" || !FINDINGS.has(tokens[i - 1]?.lower ?? "")) return start;
  return tokens[i - 2]?.lower === "the" ? i - 2 : i - 1;
}

/** What a source's figures are called: "CME data show", "LSEG figures showed". */
const DATA_HEADS = new Set(["data", "figures", "numbers", "statistics"]);

/** People or a unit of an organisation, spoken of by its owner: "the bank's strategy team", "UBS's investment office". */
const TEAM_HEADS = new Set(["team", "teams", "office", "unit", "arm", "division", "desk"]);

export const PUBLISHING = new Set([
  "released",
  "published",
  "conducted",
  "compiled",
  "commissioned",
  "issued",
  "prepared",
  "produced",
  "authored",
]);

/** Phrasal verbs of making a document: "carried out by", "put together by", "drawn up by". */
const PUBLISHING_PHRASES = new Map([
  ["carried", "out"],
  ["put", "together"],
  ["drawn", "up"],
]);

/** How many tokens a participle of publishing takes at `at` ("released": 1, "carried out": 2), or 0. */
function publishingLength(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.lower ?? "";
  if (PUBLISHING.has(word)) return 1;
  return PUBLISHING_PHRASES.get(word) === tokens[at + 1]?.lower ? 2 : 0;
}

/**
 * "A poll released by Kestrel Research on Tuesday revealed", "A survey conducted by Kestrel for the
 * Daily Mirror showed": past the day it came out and the client it was made for, from `at`.
 */
function afterWhenAndClient(tokens: readonly Token[], at: number): number {
  let i = at;
  // "by the Intel Research Solutions (IRS) on Tuesday": the name's short form in brackets.
  if (tokens[i]?.text === "(" && tokens[i + 2]?.text === ")") i += 3;
  if (tokens[i]?.lower === "on" && CALENDAR.has(tokens[i + 1]?.lower ?? "")) i += 2;
  else if (CALENDAR.has(tokens[i]?.lower ?? "")) i += 1;
  // "on Tuesday, July 5": the date after the day, and its number.
  const dated = (token: Token | undefined): boolean => CALENDAR.has(token?.lower ?? "") || token?.pos === "NUM";
  if (i > at) {
    while (dated(tokens[i]) || (tokens[i]?.text === "," && dated(tokens[i + 1]))) i += 1;
  }
  if (tokens[i]?.lower === "for" && /^(?:the|\p{Lu}.*)$/u.test(tokens[i + 1]?.text ?? "")) {
    i += tokens[i + 1]?.lower === "the" ? 2 : 1;
  }
  return i;
}

/** Whether the word at `at` is joined to the next by a hyphen with no space: "long-term". */
const joinedToNext = (tokens: readonly Token[], at: number): boolean => hyphenJoined(tokens, at + 2);

/**
 * How many tokens the words describing a document take at `at`, before its noun: a word joined by
 * hyphens ("constituency-by-constituency", "long-term", "first-ever"), an adverb and a participle
 * ("closely watched", "widely followed"), a day's possessive ("Tuesday's"), or a participle
 * ("updated"); 0 when none is there.
 */
function describingLength(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token || !/^[\p{L}\d]/u.test(token.text)) return 0;
  if (joinedToNext(tokens, at)) {
    let end = at + 2;
    while (joinedToNext(tokens, end)) end += 2;
    return end - at + 1;
  }
  if (token.pos === "ADV" && token.lower.endsWith("ly") && tokens[at + 1]?.lower.endsWith("ed")) return 2;
  if (CALENDAR.has(token.lower) && /^['’]s$/.test(tokens[at + 1]?.text ?? "")) return 2;
  if (token.pos === "VERB" && token.lower.endsWith("ed") && tokens[at + 1]?.pos === "NOUN") return 1;
  return 0;
}

/** Whom a note is written to: "a note to clients". */
const AUDIENCES = new Set(["clients", "investors", "customers", "subscribers"]);

/** "on Tuesday", "last week", "this month" at `at`: how many tokens the time takes, or 0. */
export function timeAfterParticiple(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.lower ?? "";
  const next = tokens[at + 1]?.lower ?? "";
  // "on Tuesday", "on March 3": a day, and the day's number after a month.
  if (word === "on" && CALENDAR.has(next)) return /^\d{1,2}$/.test(tokens[at + 2]?.text ?? "") ? 3 : 2;
  if ((word === "last" || word === "this") && PERIODS.has(next)) return 2;
  // "in November", "in 2026", "in March 2026": a month or a year.
  if (word === "in" && (CALENDAR.has(next) || /^(?:19|20)\d\d$/.test(next))) {
    return CALENDAR.has(next) && /^(?:19|20)\d\d$/.test(tokens[at + 2]?.text ?? "") ? 3 : 2;
  }
  // "earlier this month", "late last week".
  if ((word === "earlier" || word === "late" || word === "early") && ["this", "last"].includes(next)) {
    return PERIODS.has(tokens[at + 2]?.lower ?? "") ? 3 : 0;
  }
  // "yesterday", "today".
  if (DAYS_NEAR.has(word)) return 1;
  return 0;
}

const PERIODS = new Set(["week", "month", "year", "quarter"]);

/**
 * "according to a report by the Norland Institute", "a survey from Kestrel Analytics": the
 * document's author after "by"/"from"/"of". [first, last] of the name and the last token to leave
 * out of the claim, or null.
 */
export function documentAuthorAfter(
  tokens: readonly Token[],
  at: number,
  source: string,
): [number, number, number] | null {
  let i = at;
  // "two new reports by Fitch": a number of documents, with no article.
  if (["the", "a", "an"].includes(tokens[i]?.lower ?? "") || tokens[i]?.pos === "NUM") i += 1;
  // ("Estimates released by ...": the tagger may read a capitalised plural opening the sentence as a name.)
  let described = -1;
  const documentWord = (k: number): boolean =>
    tokens[k]?.pos === "ADJ" ||
    tokens[k]?.pos === "NOUN" ||
    (k === 0 && isPluralDocument(tokens[k]!.lower)) ||
    (k === described && isAuthoredWork(tokens[k]!.lower));
  // "a constituency-by-constituency estimate", "a closely watched survey", "Tuesday's report": what
  // describes the document, whatever the tagger made of its words.
  for (let skipped = describingLength(tokens, i); skipped > 0 && i - at < 8; skipped = describingLength(tokens, i)) {
    if (isAuthoredWork(tokens[i]!.lower) && !joinedToNext(tokens, i)) break;
    i += skipped;
    described = i;
  }
  // "the third-quarter Survey of Professional Forecasters released by": a document's own name, not
  // its author after "of" (left to the rules for names).
  if (described > 0 && /^\p{Lu}/u.test(tokens[described]?.text ?? "")) return null;
  while (i < tokens.length && i - at < 9 && documentWord(i)) {
    // "a survey released by Bloomberg News", "a report published by the Norland Institute".
    // "The poll, conducted by Ipsos, shows": the participle between commas.
    const commaBefore = tokens[i + 1]?.text === "," && publishingLength(tokens, i + 2) > 0 ? 1 : 0;
    const publishing = publishingLength(tokens, i + 1 + commaBefore);
    let participle = publishing > 0 ? publishing + commaBefore : 0;
    // "a forecast published on Tuesday by Kestrel Bank": when, between the participle and "by".
    if (participle) participle += timeAfterParticiple(tokens, i + 1 + participle);
    // "a research note to clients from Kestrel Bank": to whom, before its author.
    const audience =
      !participle &&
      tokens[i + 1]?.lower === "to" &&
      AUDIENCES.has(tokens[i + 2]?.lower ?? "") &&
      ["from", "by"].includes(tokens[i + 3]?.lower ?? "");
    if (audience) participle = 2;
    // "The forecast, from the International Energy Agency, shows": its author between commas.
    const between = !participle && tokens[i + 1]?.text === "," && ["from", "by"].includes(tokens[i + 2]?.lower ?? "");
    // "a survey of analysts by Wirenews", "a poll of 1,200 voters by X": whom it asked, then its owner.
    if (!participle && isAuthoredWork(tokens[i]!.lower) && tokens[i + 1]?.lower === "of") {
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
    const by = tokens[i + 1 + participle + (between ? 1 : 0)]?.lower ?? "";
    if (
      isAuthoredWork(tokens[i]!.lower) &&
      (participle && !audience ? by === "by" : ["by", "from", "of"].includes(by))
    ) {
      let first = i + 2 + participle + (between ? 1 : 0);
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
      // "a note from Kestrel Bank's Jane Smith": the person who wrote it, of the organisation.
      if (last >= 0 && ["'s", "’s"].includes(tokens[last + 1]?.lower ?? "")) {
        const personLast = nameEndAfter(tokens, last + 2);
        if (
          personLast > last + 2 &&
          personLast - last <= 4 &&
          !isOrganisation(textOfWords(tokens, last + 2, personLast))
        ) {
          return [last + 2, personLast, personLast];
        }
        // "a poll released by Germany's Kestrel newspaper": the outlet of a place, called what it is.
        const outlet = personLast >= last + 2 ? tokens[personLast + 1] : undefined;
        if (outlet && (SOURCE_KINDS.has(outlet.lower) || OUTLET_KINDS.has(outlet.lower))) {
          return [last + 2, personLast, personLast + 1];
        }
      }
      return last >= 0 ? [first, last, last] : null;
    }
    i += 1;
  }
  return null;
}
/** What an outlet is, after its name: "Germany's Kestrel newspaper". */
const OUTLET_KINDS = new Set([
  "newspaper",
  "daily",
  "tabloid",
  "broadcaster",
  "magazine",
  "network",
  "channel",
  "weekly",
]);

/** What a source publishes, before "from" or "by" and its name: "new research from Gartner", "estimates by X". */
const SOURCE_WORKS = new Set([
  "research",
  "projection",
  "prediction",
  "predictions",
  "outlook",
  "data",
  "figures",
  "estimates",
  "estimate",
  "forecast",
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
export function afterSourceKind(tokens: readonly Token[], at: number): number {
  // "pollsters Populus and Hanover": the kind in the plural, for two names.
  const kind = tokens
    .slice(at, at + 3)
    .findIndex((t) => SOURCE_KINDS.has(t.lower) || SOURCE_KINDS.has(t.lower.replace(/s$/, "")));
  if (kind < 0 || !tokens.slice(at, at + kind + 1).every((t) => /^\p{Ll}/u.test(t.text))) return at;
  return at + kind + 1;
}

/**
 * After "according to" at `at`: up to four lower-case words that say what the source is ("research
 * firm", "market tracker") or what it published, with "from" or "by" ("new research from",
 * "estimates by"), then the source's capitalised name. [first, last] of the name, or null (a
 * person's role is left to personAfterRole: "according to political analyst Jon Ekdahl").
 */
export function describedSourceAfter(tokens: readonly Token[], at: number, source: string): [number, number] | null {
  let i = at;
  if (["the", "a", "an"].includes(tokens[i]?.lower ?? "")) i += 1;
  const start = i;
  while (i < tokens.length && i - start < 4 && /^\p{Ll}/u.test(tokens[i]!.text) && tokens[i]!.pos !== "ADP") i += 1;
  if (i === start) return null;
  let kindAt = i - 1;
  let by = i;
  // "research released Thursday by Gartner", "new figures published on Monday by X": when it came out.
  const placed = PUBLISHED.has(tokens[kindAt]!.lower) || CONTAINED.has(tokens[kindAt]!.lower);
  if (placed && kindAt > start && SOURCE_WORKS.has(tokens[kindAt - 1]!.lower)) {
    kindAt -= 1;
    if (tokens[by]?.lower === "on" && CALENDAR.has(tokens[by + 1]?.lower ?? "")) by += 2;
    else if (CALENDAR.has(tokens[by]?.lower ?? "")) by += 1;
  }
  const kind = tokens[kindAt]!.lower;
  let first = i;
  if (SOURCE_WORKS.has(kind) && ["from", "by"].includes(tokens[by]?.lower ?? "")) {
    first = tokens[by + 1]?.lower === "the" ? by + 2 : by + 1;
    // "a projection from analytical firm Canalys": what the author is, before its name.
    first = afterSourceKind(tokens, first);
  } else if (SOURCE_WORKS.has(kind) && tokens[by]?.lower === "in") {
    // "according to a forecast (included) in the International Energy Agency's annual outlook": the
    // owner of the document it stands in.
    first = tokens[by + 1]?.lower === "the" ? by + 2 : by + 1;
    let owner = first;
    while (owner < tokens.length && owner - first < 6 && /^\p{Lu}/u.test(tokens[owner]!.text)) owner += 1;
    return owner > first && ["'s", "’s"].includes(tokens[owner]?.lower ?? "") ? [first, owner - 1] : null;
  } else if (!SOURCE_KINDS.has(kind)) return null;
  if (!/^\p{Lu}/u.test(tokens[first]?.text ?? "")) return null;
  const last = wholeNameEnd(tokens, first, nameEndAfter(tokens, first), source);
  return last >= first ? [first, last] : null;
}

/** Where a work stands: "a forecast included in X's outlook", "figures contained in X's report". */
const CONTAINED = new Set(["included", "contained"]);

/**
 * The last token of the name starting at `first`: an organisation's whole name where one starts there
 * ("the Intergovernmental Panel on Climate Change", up to eight tokens), else `last`, the end of the
 * capitalised run.
 */
export function wholeNameEnd(tokens: readonly Token[], first: number, last: number, source: string): number {
  for (let end = Math.min(tokens.length - 1, first + 7); end > last; end -= 1) {
    if (organisationEndingAt(tokens, end, source) === first) return end;
  }
  return possessiveNameEnd(tokens, last);
}

/**
 * "Moody's Analytics", "Moody's Investors Service": a name with a possessive inside it, the
 * capitalised words after "'s" closing the phrase (before punctuation or a lower-case word). The
 * index of its last token, or `last` (the end of the name before the possessive) when there is none.
 */
export function possessiveNameEnd(tokens: readonly Token[], last: number): number {
  if (!/^['’]s$/.test(tokens[last + 1]?.lower ?? "")) return last;
  let end = last + 1;
  while (end - last < 4 && /^\p{Lu}[\p{Ll}]/u.test(tokens[end + 1]?.text ?? "") && tokens[end + 1]?.pos === "PROPN")
    end += 1;
  const after = tokens[end + 1];
  if (end === last + 1 || (after && !/^[,.;:]$/.test(after.text))) return last;
  // Not "Kestrel Bank's Jane Smith" (a person of the organisation) or "Kestrel's Economic Outlook"
  // (a document of it): one word that is no document's, or words an organisation's name ends with.
  const words = textOfWords(tokens, last + 2, end);
  if (end === last + 2)
    return isDocumentHead(tokens[end]!.lower) || FORECAST_NOUNS.has(tokens[end]!.lower) ? last : end;
  return isOrganisation(words) ? end : last;
}

/**
 * "'s the view of", "is the forecast of", "was the verdict from" from `at` (after "That"/"This"):
 * the index of the first token after "of" or "from", or -1.
 */
export function viewOfAfter(tokens: readonly Token[], at: number): number {
  const be = ["'s", "’s", "is", "was"].includes(tokens[at]?.lower ?? "") ? at + 1 : -1;
  if (be < 0 || tokens[be]?.lower !== "the") return -1;
  // "the latest forecast of", "the consensus view of": one word saying which view.
  const noun =
    ["also", "latest"].includes(tokens[be + 1]?.lower ?? "") || tokens[be + 1]?.pos === "ADJ" ? be + 2 : be + 1;
  const word = tokens[noun]?.lower ?? "";
  // "That's the bet of Jane Smith", "That's the prediction from Kestrel Bank".
  const view = VIEW_NOUNS.has(word) || VIEWS_CREDITED.has(word);
  return view && ["of", "from"].includes(tokens[noun + 1]?.lower ?? "") ? noun + 2 : -1;
}

/** Views a sentence after a forecast credits, besides VIEW_NOUNS: "That's the verdict of", "the call from". */
const VIEWS_CREDITED = new Set([
  "verdict",
  "call",
  "conclusion",
  "takeaway",
  "message",
  "bet",
  "thinking",
  "outlook",
  "warning",
  "reckoning",
  // "That's the word from Kestrel Bank".
  "word",
]);

/**
 * The owner of a view ending at `end` (before "’s"): an organisation or person by name ("Kestrel
 * Analytics’s forecast"), or a reference back ("the budget office’s expectation"). No words are
 * left out of the claim: the view is part of it.
 */
export function viewOwner(tokens: readonly Token[], end: number, source: string): Attribution | null {
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

/**
 * A document opening the sentence with its author after "by", "from" or "of", as the subject of the
 * verb at `verb`: "A new report from Moody's predicts", "The report, published by Moody's on Monday,
 * says". [first, last] of the author (and of a second after "and": "by Populus and Hanover"), or
 * null. Between the author and the verb may stand a possessive's "'s", a day ("on Monday") and the
 * comma closing the participle.
 */
export function documentSubjectOwner(
  tokens: readonly Token[],
  verb: number,
  source: string,
): [number, number] | [number, number, number, number] | null {
  // Opening the sentence: ", the report by X said" closing it is read elsewhere (and carried on).
  // "Estimates released by the Kestrel Institute show": documents in the plural need no article.
  const bare = isPluralDocument(tokens[0]!.lower) && PUBLISHING.has(tokens[1]?.lower ?? "");
  if (verb < 4 || !(bare || ["a", "an", "the"].includes(tokens[0]!.lower))) return null;
  const owner = documentAuthorAfter(tokens, 0, source);
  if (!owner || owner[1] >= verb) return null;
  const first = owner[0];
  let last = owner[1];
  let k = last + 1;
  // "Moody's": the possessive's "s" is the firm's name's.
  if (["'s", "’s"].includes(tokens[k]?.lower ?? "")) last = k++;
  // "The research, put together by Populus and public affairs company Hanover, predicts": a second author.
  let second: [number, number] | null = null;
  if (tokens[k]?.lower === "and") {
    const secondFirst = afterSourceKind(tokens, tokens[k + 1]?.lower === "the" ? k + 2 : k + 1);
    const secondLast = nameEndAfter(tokens, secondFirst);
    if (secondLast >= secondFirst) {
      second = [secondFirst, secondLast];
      k = secondLast + 1;
    }
  }
  if (tokens[k]?.lower === "on" && CALENDAR.has(tokens[k + 1]?.lower ?? "")) k += 2;
  if (tokens[k]?.text === ",") k += 1;
  if (k !== verb && !(k < verb && subjectEndBefore(tokens, verb) < k)) return null;
  return second ? [first, last, ...second] : [first, last];
}

/** Documents in the plural, which need no article: "reports", "studies", "projections" (not "analysis"). */
const isPluralDocument = (word: string): boolean => /(?<!i)s$/.test(word) && isDocumentHead(word);

/**
 * What an author's name may follow with "by" or "from": a document ("a report by"), or a figure
 * worked out ("an estimate by", "a projection from", "the latest tally by", "a simulation by"),
 * which is no document a reference back ("the report") could mean.
 */
const isAuthoredWork = (word: string): boolean =>
  isDocumentHead(word) || WORKED_OUT.has(word) || singularForms(word).some((singular) => WORKED_OUT.has(singular));
const WORKED_OUT = new Set(["estimate", "projection", "tally", "simulation", "calculation"]);

/** A document's noun, or its plural: "report", "reports", "studies", "analyses". */
function isDocumentHead(word: string): boolean {
  return DOCUMENT_HEADS.has(word) || singularForms(word).some((singular) => DOCUMENT_HEADS.has(singular));
}
