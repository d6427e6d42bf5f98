import { indexIn, isPastForm, isVerbLike, wordsFrom } from "./grammar";
import { hyphenJoined } from "./names";
import { amountAt, levelAt, percentAt } from "./numbers";
import type { Token } from "./tokens";
import { ORGANISATION_HEADS } from "./organisations";
import {
  BE,
  CHANCE_NOUNS,
  CLAUSE_BREAK,
  FORECAST_DOCUMENTS,
  FORECASTING,
  FUTURE_MODALS,
  PAST_MARKERS,
  PERFECT,
  PROJECTED_FIGURES,
  SPEECH,
  SUBJECT_PRONOUNS,
  TIMING_PARTICLES,
  TIMING_VERBS,
} from "./words";
import { CALENDAR } from "./reporting-words";

/**
 * Forecasts said outright with a verb or a noun of forecasting: "is expected next week", "are
 * predicted in 2050", "we see rates falling", "lowered its forecast to 2%", "the forecast is for",
 * "the IMF forecasts", and a forecast told in the past ("it predicted") or reported ("said it expected").
 */

/** Words that may follow "is expected" when it forecasts: a time or a place ("next week", "in the north"). */
const EXPECTED_FOLLOWERS = new Set([
  "next",
  "this",
  "later",
  "soon",
  "shortly",
  "tomorrow",
  "tonight",
  "on",
  "in",
  "by",
  "within",
  "before",
  "during",
  "over",
  "early",
  "from",
  "across",
  "throughout",
]);

/**
 * "A decision is expected next week", "heavy rain is also expected in the north": "expected" as a
 * present passive with no "to" or "that" after it, and a time or place (or nothing) after. The
 * index of its "is"/"are", or 0 when it is not one (its "is" is never the first token).
 */
export function expectedOutcome(tokens: readonly Token[], at: number): number {
  let be = at - 1;
  while (be > 0 && tokens[be]!.pos === "ADV" && /^\p{Ll}/u.test(tokens[be]!.text)) be -= 1;
  // "is", "are": not "is to be expected", "has been expected".
  if (be < 1 || !["is", "are", "'s", "'re"].includes(tokens[be]!.lower)) return 0;
  // "It is expected": the weather's "it" or a dummy subject, read by other rules; "as is expected".
  if (["it", "as", "than", "what"].includes(tokens[be - 1]!.lower)) return 0;
  const next = tokens[at + 1];
  if (next && next.pos !== "PUNCT" && !EXPECTED_FOLLOWERS.has(next.lower)) return 0;
  if (next?.text === ",") return 0;
  return be;
}

/** Words of a time ahead after "in", "by", "for": a year, "next", "the end". */
const TIME_AHEAD = /^(?:(?:19|20)\d\d|next|the|coming|later|fiscal|fy\d*)$/i;

/**
 * After a passive forecast at `at`: "in 2050", "by the end of the decade", "for next year", "at
 * around 700,000 b/d", "at 2.5%": a time ahead or a figure, not a place ("expected in Central India").
 */
export function passiveForecastFor(tokens: readonly Token[], at: number): boolean {
  const preposition = tokens[at]?.lower ?? "";
  if (preposition === "at") {
    const figure = ["around", "about", "roughly", "some", "nearly", "just"].includes(tokens[at + 1]?.lower ?? "")
      ? at + 2
      : at + 1;
    // ("US$41 billion", "A$5 billion": a dollar with its country's letters.)
    return tokens[figure]?.pos === "NUM" || /^(?:[A-Z]{1,3})?[$€£¥]/.test(tokens[figure]?.text ?? "");
  }
  if (!["in", "by", "for"].includes(preposition)) return false;
  const word = tokens[at + 1]?.text ?? "";
  if (word.toLowerCase() === "the")
    return ["end", "coming", "next", "second", "first", "third", "fourth"].includes(tokens[at + 2]?.lower ?? "");
  return TIME_AHEAD.test(word);
}

/** A time ahead right after what is seen: "this year", "next quarter", "in 2027", "by the end of". */
const SEEN_WHEN =
  /^(?:this|next) (?:year|quarter|month|spring|summer|autumn|fall|winter)\b|^(?:in|by|through) (?:(?:mid|early|late|end)-?20\d\d|20\d\d|the (?:coming|next|end|second half|first half))\b/;
/** Comparatives that make what is seen a change: "we see higher rates". */
const SEEN_CHANGE = new Set(["higher", "lower", "more", "less", "fewer", "faster", "slower", "weaker", "stronger"]);

/** A business's figures it gives guidance for: "sees sales growth of 12%", "sees revenue of $3 billion". */
const GUIDED = new Set([
  "sales",
  "revenue",
  "revenues",
  "earnings",
  "profit",
  "profits",
  "growth",
  "margin",
  "margins",
]);

/** "as likely", "as unlikely" after what is seen: the likelihood is the forecast's word. */
const LIKELIHOODS = new Set(["likely", "unlikely", "probable", "improbable", "possible", "inevitable"]);

/** Events a forecaster sees coming: "sees a recession next year", "we see a rebound in 2027". */
const SEEN_EVENTS = new Set([
  "recession",
  "rebound",
  "recovery",
  "slowdown",
  "downturn",
  "rally",
  "correction",
  "cut",
  "hike",
  "default",
  "surplus",
  "deficit",
  "shortage",
  "glut",
]);

/** Words before "see" that make it no forecast: "as we can see", "to see", "let's see". */
const NOT_FORECAST_SEE = new Set(["can", "could", "to", "will", "would", "may", "might", "let", "'ll", "you"]);

/** States a thing is seen to keep: "sees rates unchanged", "sees the index flat next year". */
const HELD_STATES = new Set(["unchanged", "steady", "flat"]);

/**
 * "we see rates falling", "economists see CPI rising 5.6 percent", "I don't see the possibility of":
 * the index of the -ing verb or chances noun that makes "see" a forecast, or -1.
 */
export function seenForecast(tokens: readonly Token[], see: number): number {
  const before = tokens[see - 1];
  // "The bank continues to see gold at $1,050": a view held on, not a wish to see.
  const heldOn = before?.lower === "to" && tokens[see - 2]?.lemma === "continue";
  if (before && NOT_FORECAST_SEE.has(before.lower) && !heldOn) return -1;
  for (let i = see + 1; i < tokens.length && i - see <= 9; i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (CHANCE_NOUNS.has(token.lemma) && token.pos === "NOUN") {
      return ["of", "that", "for"].includes(tokens[i + 1]?.lower ?? "") ? i : -1;
    }
    if (token.pos === "VERB" && token.lower.endsWith("ing") && i > see + 1) return i;
    // "Chu sees rates on hold until 2026", "sees the index flat next year": the thing, then a state it keeps.
    if (i > see + 1 && (HELD_STATES.has(token.lower) || (token.lower === "on" && tokens[i + 1]?.lower === "hold")))
      return i;
    // "UBS and Goldman Sachs see the index at 5,600 points": the thing, then its level; "sees the
    // yen at 130 by mid-2027": a bare figure, then a time ahead.
    if (token.lower === "at" && i > see + 1 && levelAt(tokens, i + 1)) return i;
    if (token.lower === "at" && i > see + 1 && tokens[i + 1]?.pos === "NUM" && SEEN_WHEN.test(wordsFrom(tokens, i + 2)))
      return i;
    // "sees the populations of 55 countries decreasing": "of" inside what is seen.
    if (token.lower === "of" && i > see + 1 && tokens[i - 1]?.pos === "NOUN") continue;
    // "see gold prices by year-end at $1,050": the time before the level.
    const timeBefore = token.lower === "by" || (token.text === "-" && token.start === tokens[i - 1]?.end);
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"].includes(token.pos) && !timeBefore) break;
  }
  // "they see much higher inflation this year", "the bank sees two cuts next year": an amount or a
  // change, then a time ahead ("sees a recession next year as likely" is read by its likelihood).
  const asLikely = tokens
    .slice(see + 1, see + 14)
    .some((token, k, rest) => token.lower === "as" && LIKELIHOODS.has(rest[k + 1]?.lower ?? ""));
  if (asLikely) return -1;
  let end = see + 1;
  let amount = false;
  // "growth of 2.9% next year": "of" and a percent sign inside the amount.
  const inAmount = (token: Token): boolean =>
    ["DET", "ADJ", "NOUN", "NUM", "ADV", "SYM"].includes(token.pos) ||
    (token.lower === "of" && token.pos === "ADP") ||
    token.text === "-";
  let period = false;
  while (end < tokens.length && end - see <= 8 && inAmount(tokens[end]!)) {
    // "sees a recession next year", "see a rebound by the summer": an event of the economy, too.
    if (tokens[end]!.pos === "NUM" || SEEN_CHANGE.has(tokens[end]!.lower) || SEEN_EVENTS.has(tokens[end]!.lemma)) {
      amount = true;
    }
    // "sees full-year sales of $20 billion", "third-quarter revenue of": the period in the amount.
    const hyphened = tokens[end - 1]?.text === "-" && /^(?:year|quarter)$/.test(tokens[end]!.lower);
    if (hyphened || tokens[end]!.lower === "annual") period = true;
    if (period && tokens[end]!.pos === "NUM") return end;
    // "The company said it sees sales growth of 12%", "sees earnings of $2.10 a share": guidance, a
    // business's figure for the year it is in, needs no time of its own.
    if (tokens[end]!.lower === "of" && GUIDED.has(tokens[end - 1]!.lower) && amountAt(tokens, end + 1)) return end;
    if (SEEN_WHEN.test(wordsFrom(tokens, end))) return amount && end > see + 1 ? end : -1;
    end += 1;
  }
  if (!amount || end === see + 1) return -1;
  return SEEN_WHEN.test(wordsFrom(tokens, end)) ? end : -1;
}

/**
 * The forecast noun at `noun` is the subject of a verb that gives it a figure (a percentage or an
 * amount) within the clause, and is no forecast of the past ("last year's forecast for growth").
 */
export function forecastFigure(tokens: readonly Token[], noun: number): boolean {
  const before = tokens.slice(Math.max(0, noun - PAST_MARKER_REACH), noun);
  if (before.some((token) => PAST_MARKERS.has(token.lower) || token.lower === "previous")) return false;
  let verb = -1;
  for (let i = noun + 2; i < tokens.length && i - noun <= 16; i += 1) {
    const token = tokens[i]!;
    if (CLAUSE_BREAK.has(token.text) && token.text !== ",") return false;
    if (verb < 0 && (token.pos === "VERB" || token.pos === "AUX")) verb = i;
    else if (verb >= 0 && token.pos === "NUM" && (percentAt(tokens, i) || tokens[i - 1]?.text === "$")) return true;
  }
  return false;
}

/** What a market target is, as against a goal: "its year-end target", "its price target". */
const MARKET_TARGETS = new Set(["end", "year-end", "price", "index"]);
/** Verbs that set, revise or keep a forecast: "lowered its forecast", "reiterated its call". */
const REVISING = new Set([
  "raise",
  "lift",
  "lower",
  "cut",
  "trim",
  "slash",
  "halve",
  "double",
  "upgrade",
  "downgrade",
  "revise",
  "tweak",
  "boost",
  "increase",
  "reduce",
  "hike",
  "keep",
  "maintain",
  "reiterate",
  "reaffirm",
  "affirm",
  "repeat",
  "stick",
  "drop",
  "pare",
  "nudge",
  "bump",
  "shave",
  "ratchet",
  "mark",
]);

/** A time at `at`: a month or a day, a year, or "the (first|second|...) quarter/half". */
function whenAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  if (!word) return false;
  // ("May", capitalised: the calendar leaves the modal's spelling out.)
  if (CALENDAR.has(word.lower) || word.text === "May" || /^(?:19|20)\d\d$/.test(word.text)) return true;
  return word.lower === "the" && ["quarter", "half"].includes(tokens[at + 2]?.lower ?? "");
}

const NOUN_PHRASE_INNER = new Set(["DET", "PRON", "PART", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * "the panel lowered its forecast for job growth to 695,100", "raised its 2027 shipment forecast to
 * 41 million", "halved its forecast from 5.9% to 2.4%", "reiterated its call for gold to fall to
 * $1,050": a view noun, the object of a verb that sets, revises or keeps it, given a figure ("to" or
 * "at" an amount) or its content ("for X to fall") within the clause. Not a goal ("its hiring
 * target"), nor a view revised with no figure ("raised its forecast for growth").
 */
export function revisedForecast(tokens: readonly Token[], noun: number): boolean {
  const token = tokens[noun]!;
  if (token.lemma === "target" && !MARKET_TARGETS.has(tokens[noun - 1]?.lower ?? "")) return false;
  let verb = -1;
  let timing = false;
  for (let i = noun - 1; i >= 0 && noun - i <= 9; i -= 1) {
    const before = tokens[i]!;
    // ("has a year-end target": "has" read as an auxiliary.)
    const has = before.pos === "AUX" && before.lemma === "have" && token.lemma === "target";
    if (before.pos === "VERB" || (before.pos === "NOUN" && before.lower.endsWith("ed")) || has) {
      verb = i;
      break;
    }
    // "pushed back its forecast for the first cut to September", "brought forward its call": the
    // forecast's timing moved.
    if (TIMING_PARTICLES.has(before.lower) && TIMING_VERBS.has(tokens[i - 1]?.lemma ?? "")) {
      verb = i - 1;
      timing = true;
      break;
    }
    // "its three-month, near-term forecast": a comma between two modifiers.
    // "near-term": a word joined to the next by a hyphen, whatever the tagger made of it.
    const between =
      (before.text === "," && NOUN_PHRASE_INNER.has(tokens[i - 1]?.pos ?? "")) ||
      (tokens[i + 1]?.text === "-" && tokens[i + 1]!.start === before.end);
    if (!NOUN_PHRASE_INNER.has(before.pos) && before.text !== "-" && before.lower !== "year" && !between) return false;
  }
  // "Kestrel Bank has a year-end target of 6,000", "Jane Smith's price target for the stock is $250".
  if (token.lemma === "target" && heldTarget(tokens, noun, verb)) return true;
  if (verb < 0 || !(REVISING.has(tokens[verb]!.lemma) || timing)) return revisedInPassive(tokens, noun);
  for (let i = noun + 1; i < tokens.length && i - noun <= 18; i += 1) {
    const after = tokens[i]!;
    // "its outlook for gross domestic product (GDP) from 1.4% to 2%": past a gloss in brackets.
    if (after.text === "(") {
      const closing = indexIn(tokens, i + 1, i + 7, (t) => t.text === ")");
      if (closing > 0) {
        i = closing;
        continue;
      }
    }
    if (CLAUSE_BREAK.has(after.text) && after.text !== ",") return false;
    if ((after.lower === "to" || after.lower === "at") && amountAt(tokens, i + 1)) return true;
    // "... to September", "to the third quarter", "to 2027": when the forecast now has it happen.
    if (timing && after.lower === "to" && whenAt(tokens, i + 1)) return true;
    // "its call for gold to fall": the content of the view.
    if (after.lower === "to" && isVerbLike(tokens[i + 1]) && tokens.slice(noun + 1, i).some((t) => t.lower === "for")) {
      return true;
    }
    if (after.pos === "VERB" || after.pos === "AUX") return false;
  }
  return false;
}

/** Verbs of holding a market target: "has a year-end target of 6,000", "sets a price target of $250". */
const HOLDING = new Set(["have", "set", "hold", "carry", "put"]);

/**
 * A market target (a year-end, price or index target, at `noun`) and its figure: held with a verb
 * ("has a year-end target of 6,000 for the S&P 500", "set a price target of $250") or owned by a
 * possessive and stated with "is" ("Kestrel's year-end target for the S&P 500 is 6,000"), up to
 * eight words after the noun.
 */
function heldTarget(tokens: readonly Token[], noun: number, verb: number): boolean {
  const held = verb >= 0 && HOLDING.has(tokens[verb]!.lemma);
  const owned = !held && tokens.slice(Math.max(0, noun - 5), noun).some((t) => t.lower === "'s" || t.pos === "PRON");
  if (!held && !owned) return false;
  for (let i = noun + 1; i < tokens.length && i - noun <= 8; i += 1) {
    const after = tokens[i]!;
    if (CLAUSE_BREAK.has(after.text)) return false;
    if (held && (after.lower === "of" || after.lower === "at") && amountAt(tokens, i + 1)) return true;
    if (owned && ["is", "was", "stands"].includes(after.lower)) {
      const at = tokens[i + 1]?.lower === "at" ? i + 2 : i + 1;
      return amountAt(tokens, at);
    }
    if (after.pos === "VERB" || after.pos === "AUX") return false;
  }
  return false;
}

/**
 * "U.S. crude forecasts were raised slightly to $96.23 a barrel", "the growth forecast has been cut
 * to 1.5%": the view revised in the passive, to a figure.
 */
function revisedInPassive(tokens: readonly Token[], noun: number): boolean {
  let i = noun + 1;
  if (!/^(?:was|were|is|are|has|have|had)$/.test(tokens[i]?.lower ?? "")) return false;
  if (tokens[i + 1]?.lower === "been") i += 1;
  i += 1;
  if (tokens[i]?.pos === "ADV") i += 1;
  const verb = tokens[i];
  if (!verb || !REVISING.has(verb.lemma) || !/(?:ed|cut|kept)$/.test(verb.lower)) return false;
  if (tokens[i + 1]?.pos === "ADV") i += 1;
  return (tokens[i + 1]?.lower === "to" || tokens[i + 1]?.lower === "at") && amountAt(tokens, i + 2);
}

/**
 * "The International Monetary Fund forecasts global growth of 3.1%": the tagger reads a verb in -s
 * after a name as a plural noun now and then. A verb when a name stands before it and a noun phrase
 * after ("the Fund's forecasts show" and "forecasts show" stay nouns).
 */
export function nounTaggedVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  // "Kestrel Systems forecast third-quarter revenue of $5 billion": "forecast" is its own past.
  const bare = token?.lower === "forecast";
  if (token?.pos !== "NOUN" || (!bare && (!token.lower.endsWith("s") || token.lower.endsWith("ss")))) return false;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  // "Gartner analysts forecast a robust recovery": a firm's people before the verb.
  const staff = before?.pos === "NOUN" && PEOPLE_OF_A_FIRM.has(before.lower) && tokens[at - 2]?.pos === "PROPN";
  // "The model projects 2.5C of warming": a forecast's document (the tagger may call "model" an adjective).
  // "The CDC's model projects", "the latest YouGov poll projects": its owner's name before it too.
  // "The Kestrel exit poll projects", "the latest opinion poll projects": a kind of poll before it.
  let owner = at - 2;
  while (owner > at - 4 && ["NOUN", "ADJ"].includes(tokens[owner]?.pos ?? "")) owner -= 1;
  const document =
    (FORECAST_DOCUMENTS.has(before?.lower ?? "") || ["poll", "survey"].includes(before?.lower ?? "")) &&
    ["DET", "PART", "PROPN"].includes(tokens[owner]?.pos ?? "");
  // "YouGov projects Labour will win": a clause of its own, its subject a name, its modal close after.
  // "... projects Labour winning 400 seats": the name and what it is seen doing.
  const clause =
    after?.pos === "PROPN" &&
    (tokens.slice(at + 2, at + 6).some((next) => next.pos === "AUX" && FUTURE_MODALS.has(next.lower)) ||
      (tokens[at + 2]?.pos === "VERB" && tokens[at + 2]!.lower.endsWith("ing")));
  // Not before "that": "Harbour Bank forecast that rents would climb" reads its "would" as "will".
  // "The European Commission forecasts growth of 1.3%": a noun and its figure after "of".
  // "Apple forecast revenue growth of 5%", "... revenue growth in the low single digits": two or
  // three nouns of a measure, then its figure.
  let measured = at + 1;
  while (measured < at + 3 && tokens[measured + 1]?.pos === "NOUN") measured += 1;
  const figure =
    after?.pos === "NOUN" &&
    ((tokens[measured + 1]?.lower === "of" && amountAt(tokens, measured + 2)) || digitsAt(tokens, measured + 1));
  // "News 18 forecasts": a channel's number ending its name.
  const channel = before?.pos === "NUM" && /^\d{1,3}$/.test(before.text) && tokens[at - 2]?.pos === "PROPN";
  // "The India Meteorological Department (IMD) forecast ...": the name's abbreviation in brackets.
  const bracketed = before?.text === ")" && tokens[at - 2]?.pos === "PROPN";
  // "forecast above-normal rainfall": what is forecast, described in words joined by hyphens.
  const described = hyphenJoined(tokens, at + 3);
  return (
    (before?.pos === "PROPN" || staff || document || channel || bracketed) &&
    (["DET", "ADJ", "NUM"].includes(after?.pos ?? "") || clause || figure || described) &&
    after?.lower !== "that"
  );
}

/** "in the low single digits", "in the double digits", "in the mid-single digits": a figure in words. */
function digitsAt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.lower !== "in" || tokens[at + 1]?.lower !== "the") return false;
  const rest = tokens
    .slice(at + 2, at + 7)
    .map((token) => token.lower)
    .join(" ");
  return /^(?:(?:low|mid|high|upper|lower)(?: -|-| )?)?(?:single|double|triple) digits\b/.test(rest);
}

/** A firm's people, who forecast for it: "Gartner analysts forecast a recovery". */
const PEOPLE_OF_A_FIRM = new Set(["analysts", "economists", "strategists", "forecasters", "researchers"]);

/** Nouns of time that make "forecasts a year ago" a noun phrase, not a verb and its object. */
const TIME_NOUNS = new Set(["year", "month", "week", "day", "quarter", "decade", "time", "while"]);

/**
 * "For 2018, the firm forecasts 1.8 percent growth", "the polls forecast a stronger yen": "forecast"
 * or "forecasts" tagged as a noun after a subject ("the" and a noun, or a plural noun), before a
 * noun phrase that is no time ("the bank's forecasts a year ago" stays a noun).
 */
export function forecastTaggedNoun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.pos !== "NOUN" || (token.lower !== "forecast" && token.lower !== "forecasts")) return false;
  const before = tokens[at - 1];
  // "the firm forecasts": the tagger reads "firm" as an adjective there.
  const the = tokens[at - 2]?.lower === "the";
  if (before?.pos !== "NOUN" && !(before?.pos === "ADJ" && the)) return false;
  // "The company forecast a full-year profit", "the drugmaker forecast sales of $2 billion": an
  // organisation by its kind, in the singular, then the verb's own past.
  const organisation = the && before.pos === "NOUN" && ORGANISATION_HEADS.has(before.lower);
  const subject =
    token.lower === "forecast" ? (before.pos === "NOUN" && /[^s]s$/.test(before.lower)) || organisation : the;
  if (!subject || tokens[at - 2]?.pos === "PART") return false;
  const after = tokens[at + 1];
  // "... forecast sales of $2 billion": a noun and its figure after "of".
  const figure = after?.pos === "NOUN" && tokens[at + 2]?.lower === "of" && amountAt(tokens, at + 3);
  if ((!["DET", "ADJ", "NUM"].includes(after?.pos ?? "") && !figure) || after?.lower === "that") return false;
  return !tokens.slice(at + 1, at + 4).some((t) => TIME_NOUNS.has(t.lemma));
}

/** Words before a past forecasting verb that make it no forecast of the speaker's: "had", "than", "as". */
const NOT_PAST_FORECAST = new Set(["had", "than", "as", "'d"]);

/**
 * "It predicted a modest pickup", "the forecasters projected a deficit of 4%", "the survey saw the
 * dollar at 82 yen": a forecasting verb in the past tense (not reported speech, nor the present
 * perfect, which `findCues` reads already) with an object; "saw" only with an amount after "at".
 */
export function pastForecastVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at]!;
  if (token.pos !== "VERB" || !isPastForm(token)) return false;
  const before = tokens[at - 1];
  if (before && (NOT_PAST_FORECAST.has(before.lower) || BE.has(before.lower) || PERFECT.has(before.lower))) {
    return false;
  }
  const after = tokens[at + 1];
  if (!["DET", "ADJ", "NUM", "ADV", "NOUN", "SYM"].includes(after?.pos ?? "")) return false;
  if (token.lower === "saw") {
    for (let i = at + 1; i < tokens.length && i - at <= 5; i += 1) {
      if (tokens[i]!.lower === "at" && amountAt(tokens, i + 1)) return true;
      if (!["DET", "ADJ", "NOUN", "PROPN"].includes(tokens[i]!.pos)) return false;
    }
    return false;
  }
  return FORECASTING.has(token.lemma) && !reportedForecast(tokens, at);
}

/**
 * "The median forecast in the new survey is for output to grow 1.5% in 2027": a forecast noun, then
 * "is for" and its content (a subject, "to" and a verb); not a forecast of the past ("Last year's
 * forecast was for").
 */
export function forecastIsFor(tokens: readonly Token[], noun: number): boolean {
  // (The thirty words before the noun only: a page-long sentence of forecasts is read once.)
  const before = tokens.slice(Math.max(0, noun - PAST_MARKER_REACH), noun);
  if (before.some((token) => PAST_MARKERS.has(token.lower) || token.lower === "previous")) return false;
  for (let i = noun + 1; i < tokens.length && i - noun <= 8; i += 1) {
    const token = tokens[i]!;
    // "The silver-price forecast remains at $17.50 an ounce": the forecast's figure, kept.
    if (STAYING.has(token.lemma) && tokens[i + 1]?.lower === "at" && amountAt(tokens, i + 2)) return true;
    if ((token.lower === "is" || token.lower === "are") && tokens[i + 1]?.lower === "for") {
      for (let j = i + 2; j < tokens.length && j - i <= 10; j += 1) {
        if (tokens[j]!.lower === "to" && isVerbLike(tokens[j + 1])) return j > i + 2;
        // "inflation-adjusted": a hyphen inside a word breaks no clause.
        const inWord = tokens[j]!.text === "-" && tokens[j]!.start === tokens[j - 1]?.end;
        if (CLAUSE_BREAK.has(tokens[j]!.text) && !inWord) return false;
      }
      return false;
    }
    if (CLAUSE_BREAK.has(token.text) || isVerbLike(token)) return false;
  }
  return false;
}

/** How far before a forecast's noun a word placing it in the past is looked for. */
export const PAST_MARKER_REACH = 30;

/** Verbs of a figure staying where it was: "the forecast remains at $17.50". */
const STAYING = new Set(["remain", "stay", "stand"]);

/**
 * "Goldman Sachs said that it expected the group to delay", "Bank of America said it expected":
 * reported speech moves the forecasting verb into the past; the forecast is the speaker's now. The
 * verb at `verb` follows a pronoun subject, after a past verb of speech in the same clause; "had
 * expected" (an expectation overtaken) is not this.
 */
export function reportedForecast(tokens: readonly Token[], verb: number): boolean {
  // "Most economists expected a cut next week, according to a survey": the survey reports it now.
  // (Within forty words after the verb, and thirty before it: a page-long sentence is read once.)
  let according = -1;
  for (let i = verb + 1; i < tokens.length && i - verb <= 40; i += 1) {
    if (tokens[i]!.lower === "according") {
      according = i;
      break;
    }
  }
  if (according > 0 && tokens[according - 1]?.text === "," && tokens[according + 1]?.lower === "to") {
    const before = tokens.slice(Math.max(0, verb - PAST_MARKER_REACH), verb);
    return tokens[verb - 1]?.lower !== "had" && !before.some((t) => PAST_MARKERS.has(t.lower));
  }
  const subject = tokens[verb - 1]?.lower ?? "";
  if (!SUBJECT_PRONOUNS.has(subject) && subject !== "it") return false;
  for (let i = verb - 2; i >= 0 && verb - i <= 10; i -= 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAK.has(token.text)) return false;
    if (token.pos === "VERB" && SPEECH.has(token.lemma) && isPastForm(token)) return true;
  }
  return false;
}

const ARTICLES = new Set(["a", "an", "the"]);

/**
 * "projected" (or "expected", "forecast") after an article at `at`, then a figure within four words ("$8.2 million
 * budget gap", "deficit of $2 billion"), then a time still ahead within ten ("next fiscal year",
 * "in the coming year", "by 2030"). "The projected deficit last year was $2 billion" sets none.
 */
export function projectedFigureAt(tokens: readonly Token[], at: number): boolean {
  if (!PROJECTED_FIGURES.has(tokens[at]?.lower ?? "") || !ARTICLES.has(tokens[at - 1]?.lower ?? "")) return false;
  let figure = -1;
  for (let k = at + 1; k < tokens.length && k - at <= 5; k += 1) {
    if (amountAt(tokens, k)) {
      figure = k;
      break;
    }
    if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return false;
  }
  if (figure < 0) return false;
  for (let k = figure + 1; k < tokens.length && k - figure <= 10; k += 1) {
    const word = tokens[k]!;
    if (word.lower === "next" || word.lower === "coming") return true;
    if (word.lower === "by" && /^20\d\d$/.test(tokens[k + 1]?.text ?? "")) return true;
    if (word.lower === "last" || word.lower === "ago") return false;
  }
  return false;
}
