import { lookupHedge, readHedge, type HedgeReading } from "../hedges/lexicon";
import type { Cue } from "./clause-reading";
import { SHOWING_PROJECTION } from "./cues";
import { clauseText, documentFound, indexIn, isPastForm, lastIndexOf, reachBack } from "./grammar";
import { CALENDAR } from "./reporting-words";
import type { Token } from "./tokens";
import {
  BE,
  CLAUSE_BREAK,
  FORECASTING,
  NEGATIONS,
  PASSIVE_FORECASTS,
  PAST_MARKERS,
  PICK_LABELS,
  PROJECTED_FIGURES,
  REVISED_VIEWS,
  SEEMING_SET,
  SPEECH,
  SUBJECT_PRONOUNS,
  VIEW_NOUNS,
  VOLITION,
} from "./words";

/**
 * How sure a chosen cue says the forecast is: its hedge words read against the lexicon, with the
 * hedges that govern it from before ("Perhaps", "Chances are"), likelihood adverbs ("will
 * probably"), "I would be surprised if", a belief denied, and "would" in reported speech as "will".
 */

/**
 * Hedges that govern the claim from before it: "Perhaps the coalition will collapse", "I suspect
 * the merger will be blocked". They soften a bare "will", which would otherwise read as certainty.
 */
const GOVERNING_HEDGES = new Set([
  "perhaps",
  "maybe",
  "possibly",
  "I expect",
  "I suspect",
  "we believe",
  "we doubt",
  "a chance",
  "good chance",
  "real possibility",
  "serious possibility",
]);
/** Words that open another clause: a hedge before them governs that clause, not this one. */
const CLAUSE_OPENERS = new Set(["but", "while", "whereas", "although", "though", "yet", ";", ":"]);

/** Words that deny a doubt before it: "no doubt", "little doubt", "don't doubt", "without doubt". */
const NO_DOUBT = new Set(["no", "little", "without", "not", "n't", "n’t", "never"]);

/** The governing hedge written before a "will" cue, or null. */
function governingHedge(tokens: readonly Token[], cue: Cue, source: string): HedgeReading | null {
  let from = cue.first - 1;
  while (from > 0 && !CLAUSE_OPENERS.has(tokens[from - 1]?.lower ?? "")) from -= 1;
  if (from < 0 || from >= cue.first) return null;
  const phrased = framingPhrase(tokens, from, source);
  if (phrased) return phrased;
  // "Analysts doubt that the meeting will change much": whoever doubts, the claim reads as "we doubt".
  // The tagger reads "doubt" before "that" as a noun now and then ("Analysts doubt that").
  const doubts = tokens.slice(from, cue.first).some(
    (token, k, before) =>
      token.lemma === "doubt" &&
      (token.pos === "VERB" ||
        (token.pos === "NOUN" &&
          // "Jane Smith doubts the deal will pass": after a name, "doubts" is its verb.
          (before[k + 1]?.lower === "that" || (token.lower === "doubts" && before[k - 1]?.pos === "PROPN")))),
  );
  // "There is no doubt", "has little doubt", "I don't doubt", "without a doubt": sure, not doubting.
  if (doubts && !tokens.slice(from, cue.first).some((t) => NO_DOUBT.has(t.lower))) {
    return lookupHedge("we doubt");
  }
  const reading = readHedge(clauseText(tokens, from, cue.first - 1, source));
  if (reading && GOVERNING_HEDGES.has(reading.entry.phrase)) return reading;
  // "It is unlikely that the deal will pass", "it's not likely that": a likelihood framing the clause.
  // "It's highly likely the Fed will cut": after "it is", the clause may go without its "that".
  const framed = tokens
    .slice(from, cue.first)
    .some(
      (token, k, before) =>
        LIKELIHOOD_FRAMES.has(token.lower) &&
        (before[k + 1]?.lower === "that" ||
          (itIsBefore(before, k) && ["DET", "PRON", "PROPN", "NOUN"].includes(before[k + 1]?.pos ?? ""))),
    );
  return reading && framed ? reading : null;
}

/**
 * A phrase opening the clause that says how sure the forecast after it is, whatever its modal:
 * "Chances are (that) the Fed will cut" as "likely"; "There's no way the Fed will cut" as "will
 * not"; "My bet is that", "I'd bet", "I'd wager" as "I expect"; "My guess is", "my hunch is" as "I
 * suspect". Each keeps the words written as its phrase. Null for anything else ("the odds are slim
 * that" is read by the size of the chances).
 */
function framingPhrase(tokens: readonly Token[], from: number, source: string): HedgeReading | null {
  const word = (k: number): string => tokens[from + k]?.lower ?? "";
  const as = (entry: string, words: number): HedgeReading | null => {
    const reading = lookupHedge(entry);
    if (!reading) return null;
    const phrase = source.slice(tokens[from]!.start, tokens[from + words - 1]!.end);
    return { ...reading, phrase };
  };
  if ((word(0) === "chances" || word(0) === "odds") && word(1) === "are" && tokens[from + 2]?.pos !== "ADJ") {
    return as("likely", 2);
  }
  if (word(0) === "there" && ["is", "'s"].includes(word(1)) && word(2) === "no" && word(3) === "way") {
    return as("will not", 4);
  }
  if (["my", "our"].includes(word(0)) && word(2) === "is") {
    if (word(1) === "bet") return as("I expect", 3);
    if (word(1) === "guess" || word(1) === "hunch") return as("I suspect", 3);
  }
  if (["i", "we"].includes(word(0))) {
    if (word(1) === "bet") return as("I expect", 2);
    if (word(1) === "'d" && (word(2) === "bet" || word(2) === "wager")) return as("I expect", 3);
  }
  return null;
}

/** Adjectives of likelihood that frame a "that" clause: "it is unlikely that". */
const LIKELIHOOD_FRAMES = new Set([
  "likely",
  "unlikely",
  "certain",
  "probable",
  "improbable",
  "doubtful",
  "inevitable",
]);

/** How the size of the chances reads: "remote" as "remote chance", "slim" as "chances are slight". */
const SIZE_READINGS: Record<string, string> = {
  remote: "remote chance",
  slim: "chances are slight",
  slight: "chances are slight",
  small: "chances are slight",
  low: "chances are slight",
  poor: "chances are slight",
  dim: "chances are slight",
  negligible: "chances are slight",
  bleak: "chances are slight",
  good: "chances are good",
  strong: "chances are good",
  high: "chances are good",
  excellent: "excellent chance",
};
/**
 * "Nobody expects", "no one predicts", "few analysts expect", "none of the banks forecast",
 * "Neither Jane Smith nor Tom Berg expects": a subject that denies the forecast the verb at `verb`
 * states (not "a few analysts expect").
 */
function nobodySubject(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && verb - i <= 8; i -= 1) {
    const token = tokens[i]!;
    if (token.lower === "neither" && tokens.slice(i + 1, verb).some((word) => word.lower === "nor")) return true;
    if (CLAUSE_BREAK.has(token.text) || token.pos === "VERB" || token.pos === "AUX") return false;
    if (verb - i > 5) continue;
    if (token.lower === "nobody" || token.lower === "none" || (token.lower === "no" && i === verb - 2)) return true;
    if (token.lower === "no" && tokens[i + 1]?.lower === "one") return true;
    if (token.lower === "few" && tokens[i - 1]?.lower !== "a") return true;
  }
  return false;
}

const LEADING_BE = /^(?:is|are|am|'s|'re|seems?|looks?|appears?|remains?)\s+/i;

/**
 * Cues whose words the lexicon reads as a whole: "isn't likely", "is on track to", "expects", "are
 * remote, but not impossible", "sees" (read as a stated expectation); null for the others.
 */
function readWholeCue(
  tokens: readonly Token[],
  cue: Cue,
  source: string,
): { hedge: string; reading: HedgeReading | null } | null {
  if (cue.kind !== "construction") return null;
  const words = clauseText(tokens, cue.first, cue.last, source);
  const first = tokens[cue.first];
  // "the polls point to", "futures imply", "the model shows Smith winning": the indicators'
  // forecast, read as a stated expectation.
  if (
    first?.lemma === "point" ||
    first?.lemma === "imply" ||
    first?.lemma === "indicate" ||
    (cue.first === cue.last && SHOWING_PROJECTION.has(first?.lower ?? ""))
  ) {
    return { hedge: words, reading: lookupHedge("expects") };
  }
  // "Prediction: Chiefs 27, Eagles 24", "Our pick: ...": a pick set out, read as a stated expectation;
  // "I have Arsenal winning": as "I expect".
  if (cue.first === cue.last && tokens[cue.first + 1]?.text === ":" && PICK_LABELS.has(first?.lower ?? "")) {
    return { hedge: words, reading: lookupHedge("expects") };
  }
  if (tokens[cue.last]?.lower === "have" && (first?.lower === "i" || first?.lower === "we")) {
    return { hedge: words, reading: lookupHedge("I expect") };
  }
  // "faces a projected $8.2 million gap next year": a figure projected, read as a stated expectation.
  if (cue.first === cue.last && PROJECTED_FIGURES.has(first?.lower ?? "")) {
    return { hedge: words, reading: lookupHedge("expects") };
  }
  if (first?.lemma === "see") {
    const negated = NEGATIONS.has(tokens[cue.first - 1]?.lower ?? "");
    const reading = lookupHedge(negated ? "not expected to" : "expects");
    const from = negated && tokens[cue.first - 2]?.lemma === "do" ? cue.first - 2 : cue.first;
    return { hedge: clauseText(tokens, from, cue.last, source), reading };
  }
  // "analysts predict", "colleagues aren't forecasting": the verb as a stated expectation, negation
  // flipping it; "I expect" is read from the cue onwards, with the first person.
  // "looks set to": the linking verb stays in the hedge, the predicate is read.
  // "isn’t likely to", "are not expected to": the predicate read, then flipped.
  if (BE.has(first?.lower ?? "") && NEGATIONS.has(tokens[cue.first + 1]?.lower ?? "") && cue.last > cue.first + 1) {
    const positive = clauseText(tokens, cue.first + 2, cue.last, source).toLowerCase();
    const reading = lookupHedge(`not ${positive}`) ?? lookupHedge(`not ${positive.replace(/\s+to$/, "")}`);
    if (reading) return { hedge: words.replace(/^(?:is|are|am|'s|'re)\s+/i, ""), reading };
  }
  // "is almost certain not to", "is likely not to": the predicate read, then flipped.
  if (tokens[cue.last]?.lower === "to" && NEGATIONS.has(tokens[cue.last - 1]?.lower ?? "")) {
    const positive = clauseText(tokens, cue.first, cue.last - 2, source)
      .replace(LEADING_BE, "")
      .toLowerCase();
    const reading = lookupHedge(`not ${positive} to`) ?? lookupHedge(`not ${positive}`);
    return reading ? { hedge: words.replace(LEADING_BE, ""), reading } : null;
  }
  // "raised its outlook for growth to 2%", "its year-end target": a view given its figure, read as
  // a stated expectation whatever the noun.
  if (first?.pos === "NOUN" && REVISED_VIEWS.has(first.lemma) && cue.first === cue.last) {
    return { hedge: words, reading: lookupHedge("expects") };
  }
  // "the bank looks for gold to underperform": a stated expectation.
  if (first?.lemma === "look" && tokens[cue.last]?.lower === "for") {
    return { hedge: words, reading: lookupHedge("expects") };
  }
  if (first && SEEMING_SET.has(first.lemma)) {
    const reading = lookupHedge(clauseText(tokens, cue.first + 1, cue.last, source).toLowerCase());
    return reading ? { hedge: words, reading } : null;
  }
  // "inflation is seen easing": the passive of "we see", read as "is expected to"; so is "were
  // expected" reported.
  if (tokens[cue.last]?.lower === "seen" || (tokens[cue.last]?.lower === "expected" && cue.last === cue.first + 1)) {
    return { hedge: words, reading: lookupHedge("is expected to") };
  }
  // "are predicted in 2050", "is now projected at 700,000 b/d", "is estimated to increase": the
  // passive of a stated forecast, read as "is expected to".
  if (
    BE.has(first?.lower ?? "") &&
    (PASSIVE_FORECASTS.has(tokens[cue.last]?.lower ?? "") ||
      (tokens[cue.last]?.lower === "to" && tokens[cue.last - 1]?.lower === "estimated"))
  ) {
    return { hedge: words, reading: lookupHedge("is expected to") };
  }
  if (first && FORECASTING.has(first.lemma)) {
    // "said it expected": the reported present, a stated expectation.
    if (isPastForm(first)) return { hedge: words, reading: lookupHedge("expects") };
    if (SUBJECT_PRONOUNS.has(tokens[cue.first - 1]?.lower ?? "")) return null;
    const negated = NEGATIONS.has(tokens[cue.first - 1]?.lower ?? "") || nobodySubject(tokens, cue.first);
    const reading = lookupHedge(`${negated ? "not " : ""}${first.lower}`);
    return reading ? { hedge: words, reading } : null;
  }
  const size = SIZE_READINGS[tokens[cue.last]?.lower ?? ""];
  if (size) return { hedge: words.replace(LEADING_BE, ""), reading: lookupHedge(size) };
  const whole = words.replace(/\s*,\s*/g, ", ");
  const asWritten = lookupHedge(whole);
  if (asWritten) return { hedge: words, reading: asWritten };
  // "is unlikely" is the hedge "unlikely", "are remote, but not impossible" "remote, but not impossible".
  const reading = lookupHedge(whole.replace(LEADING_BE, ""));
  return reading ? { hedge: words.replace(LEADING_BE, ""), reading } : null;
}

/** Words of surprise: "I would be surprised if X" says X is unlikely. */
const SURPRISED = new Set(["surprised", "shocked", "astonished", "amazed", "stunned"]);

/**
 * "I would be (absolutely) surprised if the coalition survived": X is unlikely (20); "I wouldn't be
 * surprised if" (or "to see") says X may well happen (55). The hedge as written, up to the word of
 * surprise.
 */
function surprisedIf(
  tokens: readonly Token[],
  cue: Cue,
  source: string,
): { hedge: string; reading: HedgeReading | null } | null {
  if (cue.kind !== "modal" || tokens[cue.first]?.lower !== "would") return null;
  let i = cue.first + 1;
  const negated = NEGATIONS.has(tokens[i]?.lower ?? "");
  if (negated) i += 1;
  if (tokens[i]?.lower !== "be") return null;
  i += 1;
  while (tokens[i]?.pos === "ADV" && i - cue.first < 6) i += 1;
  // "... if X happens", "... to see X happen".
  const to = tokens[i + 1]?.lower === "to" && tokens[i + 2]?.lower === "see";
  if (!SURPRISED.has(tokens[i]?.lower ?? "") || (tokens[i + 1]?.lower !== "if" && !to)) return null;
  // "Nobody would be surprised if": no one's surprise, as "I wouldn't be surprised".
  const before = tokens[cue.first - 1]?.lower ?? "";
  const nobody = before === "nobody" || (before === "one" && tokens[cue.first - 2]?.lower === "no");
  return {
    hedge: clauseText(tokens, nobody ? cue.first - (before === "one" ? 2 : 1) : cue.first, i, source),
    reading: lookupHedge(negated !== nobody ? "may well" : "unlikely"),
  };
}

/**
 * "would bet on a cut", "I'd bet on": a wager on what will happen, as "I expect" (75); denied ("I
 * wouldn't bet on", "Don't bet on a cut", "never bet on") it says the thing is unlikely (25). The
 * hedge as written, from the modal or the denial to "on". Null for any other cue.
 */
function betOn(
  tokens: readonly Token[],
  cue: Cue,
  source: string,
): { hedge: string; reading: HedgeReading | null } | null {
  let bet = cue.first;
  if (cue.kind === "modal" && VOLITION.has(tokens[bet]?.lower ?? "")) {
    bet += 1;
    if (NEGATIONS.has(tokens[bet]?.lower ?? "")) bet += 1;
  } else if (cue.kind !== "construction") return null;
  if (tokens[bet]?.lemma !== "bet" || tokens[bet + 1]?.lower !== "on") return null;
  // The denial before the wager: "wouldn't", "don't", "do not", "never".
  let first = cue.kind === "modal" ? cue.first : bet;
  const denied =
    tokens.slice(first, bet).some((token) => NEGATIONS.has(token.lower)) || NEGATIONS.has(tokens[bet - 1]?.lower ?? "");
  if (cue.kind === "construction" && NEGATIONS.has(tokens[bet - 1]?.lower ?? "")) {
    first = ["do", "does", "did", "would", "wo"].includes(tokens[bet - 2]?.lower ?? "") ? bet - 2 : bet - 1;
  }
  return { hedge: clauseText(tokens, first, bet + 1, source), reading: lookupHedge(denied ? "unlikely" : "I expect") };
}

/** Adverbs of likelihood that soften a "will": "will probably", "would likely", "likely will". */
const LIKELIHOOD_ADVERBS = new Set(["probably", "likely", "possibly", "perhaps", "certainly", "surely", "definitely"]);

/**
 * "The Fed will likely cut", "prices likely will keep rising", "officials would most likely signal":
 * an adverb of likelihood next to "will" or "would" says how sure the forecast is, not the modal.
 * The hedge as written (modal and adverb) with the adverb's reading, or null.
 */
function likelihoodAdverb(
  tokens: readonly Token[],
  cue: Cue,
  source: string,
): { hedge: string; reading: HedgeReading | null } | null {
  // "probably won't": the adverb found first as a cue of its own, the modal after it.
  if (cue.kind === "certain" && VOLITION.has(tokens[cue.first + 1]?.lower ?? "")) {
    return likelihoodAdverb(tokens, { kind: "modal", first: cue.first + 1, last: cue.first + 1 }, source);
  }
  if (cue.kind !== "modal" || !VOLITION.has(tokens[cue.first]?.lower ?? "")) return null;
  const before = tokens[cue.first - 1];
  if (before && LIKELIHOOD_ADVERBS.has(before.lower)) {
    const first = ["most", "very", "almost"].includes(tokens[cue.first - 2]?.lower ?? "")
      ? cue.first - 2
      : cue.first - 1;
    const adverb = clauseText(tokens, first, cue.first - 1, source).toLowerCase();
    // "probably won't", "likely will not": the adverb's forecast denied ("probably not").
    if (NEGATIONS.has(tokens[cue.last + 1]?.lower ?? "")) {
      const denied = lookupHedge(`${adverb} not`) ?? lookupHedge(`not ${adverb}`);
      if (denied) return { hedge: clauseText(tokens, first, cue.last + 1, source), reading: denied };
    }
    const reading = lookupHedge(adverb);
    if (reading) return { hedge: clauseText(tokens, first, cue.last, source), reading };
  }
  let last = cue.last + 1;
  if (["most", "very", "almost"].includes(tokens[last]?.lower ?? "")) last += 1;
  if (!LIKELIHOOD_ADVERBS.has(tokens[last]?.lower ?? "")) return null;
  const negated = NEGATIONS.has(tokens[last + 1]?.lower ?? "");
  const adverb = clauseText(tokens, cue.last + 1, last, source).toLowerCase();
  const denied = negated ? (lookupHedge(`${adverb} not`) ?? lookupHedge(`not ${adverb}`)) : null;
  const reading = denied ?? lookupHedge(adverb);
  if (!reading) return null;
  return { hedge: clauseText(tokens, cue.first, denied ? last + 1 : last, source), reading };
}

/** The hedge words and the lexicon's reading of them, from the cue onwards. */
export function readCue(
  tokens: readonly Token[],
  cue: Cue,
  source: string,
): { hedge: string; reading: HedgeReading | null } {
  const adverbial = likelihoodAdverb(tokens, cue, source);
  if (adverbial) return adverbial;
  const surprise = surprisedIf(tokens, cue, source) ?? betOn(tokens, cue, source);
  if (surprise) return surprise;
  const whole = readWholeCue(tokens, cue, source);
  if (whole) return whole;
  const found = readCueOnwards(tokens, cue, source);
  if (found.reading?.certainty && !found.reading.negated) {
    const governing = governingHedge(tokens, cue, source);
    if (governing) return { hedge: governing.phrase, reading: governing };
  }
  return found;
}

function readCueOnwards(
  tokens: readonly Token[],
  cue: Cue,
  source: string,
): { hedge: string; reading: HedgeReading | null } {
  // "I expect prices to fall": the first person belongs to the hedge.
  const first =
    SUBJECT_PRONOUNS.has(tokens[cue.first - 1]?.lower ?? "") && cue.kind === "construction" ? cue.first - 1 : cue.first;
  const from = clauseText(tokens, first, tokens.length - 1, source);
  const reading = readHedge(from);
  if (reading && tokens[first]) {
    const at = from.toLowerCase().replace(/[’‘]/g, "'").indexOf(reading.phrase.toLowerCase().replace(/[’‘]/g, "'"));
    // The reading belongs to the cue when it starts within the cue's words ("may well", "is likely")
    // or an adverb right after them ("would probably").
    let windowLast = cue.last;
    while (tokens[windowLast + 1]?.pos === "ADV") windowLast += 1;
    const cueLength = clauseText(tokens, first, windowLast, source).length;
    if (at >= 0 && at <= cueLength) return { hedge: reading.phrase, reading };
  }
  const words = clauseText(tokens, cue.first, cue.last, source);
  return { hedge: words, reading: lookupHedge(words) };
}

/** Verbs of belief a speaker denies to say "probably not": "I don't think", "we do not believe". */
const DENIABLE = new Set(["think", "believe", "suppose", "imagine", "reckon"]);

/**
 * "I don't think rates will fall", "we do not believe the deal will pass": the index of "do" in a
 * denied belief before a modal cue, with nothing but its "that" clause between, or -1.
 */
export function deniedBelief(tokens: readonly Token[], cue: Cue): number {
  if (cue.kind !== "modal" || NEGATIONS.has(tokens[cue.first + 1]?.lower ?? "")) return -1;
  for (let i = cue.first - 1; i >= 1 && cue.first - i <= 12; i -= 1) {
    const token = tokens[i]!;
    if (CLAUSE_BREAK.has(token.text)) return -1;
    if (DENIABLE.has(token.lemma) && NEGATIONS.has(tokens[i - 1]!.lower) && tokens[i - 2]?.lemma === "do") return i - 2;
    // "Nobody thinks the war will end": a belief no one holds.
    if (DENIABLE.has(token.lemma) && token.pos === "VERB" && nobodySubject(tokens, i)) {
      return lastIndexOf(
        tokens,
        (t) => t.lower === "nobody" || t.lower === "no" || t.lower === "few" || t.lower === "none",
        i - 1,
      );
    }
  }
  return -1;
}

/**
 * "Cha said the regime would return": a "would" after a past verb of speech is the speaker's "will"
 * moved into the past by reported speech, and reads as "will". Null for any other cue.
 */
export function reportedWill(tokens: readonly Token[], cue: Cue): HedgeReading | null {
  if (cue.kind !== "modal" || tokens[cue.first]?.lower !== "would") return null;
  const asWill = (): HedgeReading | null =>
    NEGATIONS.has(tokens[cue.first + 1]?.lower ?? "") ? lookupHedge("will not") : lookupHedge("will");
  for (let i = cue.first - 1; i >= reachBack(cue.first); i -= 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAK.has(token.text)) break;
    if (token.pos === "VERB" && SPEECH.has(token.lemma) && isPastForm(token)) return asWill();
    // "The poll showed that the coalition would win 285 seats": what the poll found, as "said".
    if (token.pos === "VERB" && isPastForm(token) && documentFound(tokens, i)) return asWill();
    // "was quoted as saying rates would fall", "..., saying the bank would cut": speech as a participle.
    if (token.lower === "saying" && (tokens[i - 1]?.lower === "as" || tokens[i - 1]?.text === ",")) return asWill();
    // "Goldman Sachs forecast that prices would recover": a forecasting verb reports a forecast in
    // either tense ("forecast" and "forecasts" alike), unless an expectation overtaken ("had expected").
    if (isForecastReport(tokens, i)) return asWill();
    // "Reuters reported that the bank would cut": a report of what someone will do, as "said".
    if (token.lower === "reported" && token.pos === "VERB" && tokens[i + 1]?.lower === "that") return asWill();
    // "the office's expectation that rates would be lower": the view's own "will".
    if (token.lower === "that" && tokens[i - 1]?.pos === "NOUN" && VIEW_NOUNS.has(tokens[i - 1]!.lemma)) {
      return asWill();
    }
  }
  // "Prices would fall further, according to Carver": an attribution after the claim reports it too.
  const according = indexIn(tokens, cue.first + 1, tokens.length, (token) => token.lower === "according");
  if (according > 0 && tokens[according - 1]?.text === "," && tokens[according + 1]?.lower === "to") return asWill();
  // "X would cause Y, Kuo said": the attribution after the claim, past a comma, reports it the same way.
  const comma = indexIn(tokens, cue.first + 1, tokens.length, (token) => token.text === ",");
  if (comma < 0) return null;
  for (let i = comma + 1; i < tokens.length && i - comma <= 6; i += 1) {
    const token = tokens[i]!;
    if (token.pos === "VERB" && SPEECH.has(token.lemma) && isPastForm(token)) {
      return tokens.slice(i + 1).some((t) => t.pos === "VERB" || t.pos === "AUX") ? null : asWill();
    }
  }
  return null;
}

/**
 * "forecast that", "predicts", "projected" at `at`: a verb stating a forecast, with "that" or a noun
 * subject before it, not "had expected" or "expected" used of the past ("Last year analysts expected").
 */
function isForecastReport(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token || !REPORTED_FORECASTING.has(token.lemma)) return false;
  // The tagger reads "forecast that" as a noun now and then ("Goldman Sachs forecast that").
  // "OPEC forecast on Monday that": a day between the verb and its "that".
  const that = tokens[at + 1]?.lower === "on" && CALENDAR.has(tokens[at + 2]?.lower ?? "") ? at + 3 : at + 1;
  const asNoun = token.pos === "NOUN" && tokens[that]?.lower === "that" && tokens[at - 1]?.pos === "PROPN";
  if (token.pos !== "VERB" && !asNoun) return false;
  const before = tokens[at - 1]?.lower ?? "";
  if (before === "had" || before === "previously" || BE.has(before)) return false;
  return !tokens.slice(0, at).some((earlier) => earlier.pos === "NUM" || PAST_MARKERS.has(earlier.lower));
}

/** Verbs whose "would" clause is a forecast in any tense; "expect" in the past is often overtaken. */
const REPORTED_FORECASTING = new Set(["forecast", "predict", "project", "estimate"]);

/** "it is", "it's", "it is highly": before the word at `at`, past one adverb. */
function itIsBefore(tokens: readonly Token[], at: number): boolean {
  const be = tokens[at - 1]?.pos === "ADV" ? at - 2 : at - 1;
  return ["is", "'s", "was"].includes(tokens[be]?.lower ?? "") && tokens[be - 1]?.lower === "it";
}
