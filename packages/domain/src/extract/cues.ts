import { chanceClauseAfter, chanceSize, deniedPredicate, endsPredicate, predicateBe } from "./chances";
import type { Cue } from "./clause-reading";
import {
  expectedOutcome,
  forecastFigure,
  forecastIsFor,
  forecastTaggedNoun,
  nounTaggedVerb,
  passiveForecastFor,
  pastForecastVerb,
  PAST_MARKER_REACH,
  reportedForecast,
  projectedFigureAt,
  revisedForecast,
  seenForecast,
} from "./forecasts";
import { absoluteWith, governedVerb, isPastForm, isVerbLike, reportedPast } from "./grammar";
import { amountAt, changeOfFigure, statedAt } from "./numbers";
import {
  FAVOURITES,
  headedOutcome,
  lookedForOutcome,
  makesFavourite,
  pickedToWin,
  placedOnTrack,
  seenOutcome,
  stateAhead,
  tippedTo,
} from "./outcomes";
import { addresseeBefore, agentBefore, indicatorBefore } from "./subjects";
import { CALENDAR } from "./reporting-words";
import type { Token } from "./tokens";
import {
  ABSOLUTE_PREDICATES,
  BE,
  CHANCE_NOUNS,
  FORECAST_DOCUMENTS,
  FORECAST_FOR_NOUNS,
  PICK_LABELS,
  FORECASTING,
  FORWARD_PREDICATES,
  FUTURE_MODALS,
  NEGATIONS,
  OUTCOMES,
  PASSIVE_FORECASTS,
  PAST_BE,
  PAST_MARKERS,
  PERFECT,
  REVISED_VIEWS,
  SEEMING_SET,
  SPEECH,
  WEATHER_FORECASTERS,
  isHeldCase,
} from "./words";

/**
 * Finding the cues in a clause: modals ("will", "may"), constructions ("is poised to", "risks",
 * "is on track to"), likelihood adverbs and stated percentages, each with its tokens. Whether a cue
 * makes a forecast is decided elsewhere (see rejections.ts).
 */

/** Verbs of a change to come, which an estimate can only be of: "estimated to increase". */
const CHANGES = new Set([
  "increase",
  "rise",
  "fall",
  "grow",
  "reach",
  "decline",
  "drop",
  "double",
  "climb",
  "exceed",
  "top",
  "hit",
  "shrink",
  "surpass",
]);
/** "pencilling in", "penciled in": written into a forecast. */
const PENCILLED = new Set(["pencilling", "penciling", "pencilled", "penciled"]);
/** Verbs that hold something as likely: "sees a recession as likely", "regards a cut as unlikely". */
const REGARDING = new Set(["see", "regard", "view", "consider", "rate"]);
/** Likelihood said as the predicate: "a default is unlikely", "that isn't likely". */
const LIKELIHOOD = new Set(["likely", "unlikely", "probable"]);
/** "is" in the present, before "the most likely". */
const IS_NOW = new Set(["is", "are", "'s", "’s", "remain", "remains"]);
/** What "all but" makes almost certain: "all but assured", "all but guaranteed". */
const ALL_BUT = new Set(["assured", "guaranteed", "inevitable"]);
/** "almost certain", "all but certain": certainty short of "will". */
const ALMOST = new Set(["almost", "virtually", "nearly", "but"]);
const CHANCE_SIZE = new Set([
  "a",
  "real",
  "good",
  "strong",
  "high",
  "fair",
  "even",
  "slim",
  "remote",
  "little",
  "some",
  "every",
  "no",
  "small",
  "significant",
]);

/** Words before "will" the noun: "political will", "free will", "goodwill" written apart. */
const WILL_NOUN_BEFORE = new Set(["political", "free", "good", "ill", "popular", "collective", "sheer", "iron"]);

/** Nouns of a forecast given as a figure: "the median forecast for growth is 0.7%". */
const FIGURE_NOUNS = new Set(["forecast", "projection", "estimate", "prediction"]);

/** What one stands to do: "stand to gain", "stands to lose". */
const STAKES = new Set(["gain", "lose", "benefit", "profit", "suffer", "earn", "make", "win", "reap"]);

/** What prices an outcome: "futures imply", "market pricing implies", "the odds imply". */
const PRICED = new Set(["futures", "markets", "pricing", "odds", "polls", "forecasts", "models", "projections"]);

/**
 * "A Kestrel poll released Monday shows", "the model published on Tuesday has": where the subject
 * before the verb at `verb` ends, past when the indicator came out.
 */
function publishedBefore(tokens: readonly Token[], verb: number): number {
  let i = verb - 1;
  if (CALENDAR.has(tokens[i]?.lower ?? "")) i -= 1;
  if (tokens[i]?.lower === "on") i -= 1;
  return ["released", "published"].includes(tokens[i]?.lower ?? "") && i < verb - 1 ? i - 1 : verb - 1;
}

/** "a better-than-even chance", "a better than even chance": where the size starts, from "even" at `even`. */
function betterThanEven(tokens: readonly Token[], even: number): number {
  if (tokens[even]?.lower !== "even") return even;
  let than = even - 1;
  if (tokens[than]?.text === "-") than -= 1;
  if (tokens[than]?.lower !== "than") return even;
  let better = than - 1;
  if (tokens[better]?.text === "-") better -= 1;
  return tokens[better]?.lower === "better" ? better : even;
}

/** Verbs that read a projection off a poll or a model: "the model shows Smith winning". */
export const SHOWING_PROJECTION = new Set(["shows", "show", "has", "have", "puts", "put", "gives", "give"]);
/** What a poll measures now, not projects: "shows Labour gaining ground", "losing support". */
const TRENDS = new Set(["ground", "support", "momentum", "favour", "favor", "traction", "steam", "over", "back"]);
/** What a projection has someone doing: "winning", "losing 50 seats", "retaining a majority". */
const PROJECTED_OUTCOMES = new Set(["winning", "losing", "taking", "gaining", "securing", "retaining", "keeping"]);

/** What can call for a figure as a forecast: "the forecast calls for 13 storms" (not "the plan"). */
const FORECAST_SUBJECTS_LIST = ["forecast", "outlook", "projection", "prediction", "model", "models", "forecasts"];
const FORECAST_SUBJECTS = new Set(FORECAST_SUBJECTS_LIST);

/** A forecast by its noun, showing what it projects: "the projections show inflation falling". */
const FORECAST_NOUNS = new Set([...FORECAST_SUBJECTS_LIST, "projections", "predictions", "outlooks", "estimates"]);
/** Who a survey asks for forecasts: "a survey of economists shows growth slowing". */
const FORECASTERS = new Set(["economists", "analysts", "forecasters", "strategists"]);

/** "a Bloomberg survey of economists", ending at `end`: a poll of forecasters. */
const surveyOfForecasters = (tokens: readonly Token[], end: number): boolean =>
  FORECASTERS.has(tokens[end]?.lower ?? "") &&
  tokens[end - 1]?.lower === "of" &&
  ["survey", "poll"].includes(tokens[end - 2]?.lower ?? "");

/** More changes a forecast can show something making: "inflation easing", "unemployment peaking". */
const SHOWN_CHANGES = new Set(["ease", "slow", "peak", "contract", "expand", "return", "decrease"]);

/** Finds the cues in a clause, in order. */
export function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    const next = tokens[i + 1];
    if (token.pos === "AUX" && (FUTURE_MODALS.has(token.lower) || token.lemma === "will") && token.lower !== "'d") {
      // "the political will to reach a deal", "the will of the people", "free will": the noun.
      const before = tokens[i - 1]?.lower ?? "";
      const noun =
        token.lower === "will" && (WILL_NOUN_BEFORE.has(before) || (before === "the" && tokens[i + 1]?.lower === "of"));
      if (!noun && governedVerb(tokens, i) >= 0) cues.push({ kind: "modal", first: i, last: i });
      continue;
    }
    // "prices should ease by the spring", "tariffs should translate into softer growth": "should"
    // with a verb of outcome and a subject that cannot act predicts; "the Fed should cut" demands.
    if (token.lower === "should" && token.pos === "AUX") {
      const verb = governedVerb(tokens, i);
      const seen = verb >= 0 && seenOutcome(tokens, verb);
      const outcome = verb >= 0 && (OUTCOMES.has(tokens[verb]!.lemma) || seen || stateAhead(tokens, verb));
      // "We should see an increase": the speaker as onlooker, not told what to do.
      if (outcome && (!addresseeBefore(tokens, i) || (seen && tokens[i - 1]?.lower === "we"))) {
        cues.push({ kind: "modal", first: i, last: i });
      }
      continue;
    }
    // "is going to" + verb
    // "is going to", "it's not going to happen" + verb
    if (token.lower === "going" && next?.lower === "to" && isVerbLike(tokens[i + 2])) {
      // "it's only going to get better", "are probably not going to": adverbs and "not" between.
      let be = i - 1;
      while (be > i - 4 && (NEGATIONS.has(tokens[be]?.lower ?? "") || tokens[be]?.pos === "ADV")) be -= 1;
      if (BE.has(tokens[be]?.lower ?? "") && !PAST_BE.has(tokens[be]?.lower ?? "")) {
        cues.push({ kind: "modal", first: be, last: i + 1 });
        continue;
      }
    }
    // "is on track to pass", "on course to": an outcome under way.
    if (
      token.lower === "on" &&
      (next?.lower === "track" || next?.lower === "course" || next?.lower === "pace") &&
      tokens[i + 2]?.lower === "to" &&
      isVerbLike(tokens[i + 3]) &&
      (!PAST_BE.has(tokens[i - 1]?.lower ?? "") || reportedPast(tokens, i - 1))
    ) {
      const be = BE.has(tokens[i - 1]?.lower ?? "") ? i - 1 : i;
      cues.push({ kind: "construction", first: be, last: i + 2 });
      continue;
    }
    // "The contest is shaping up to be a two-horse race": an outcome taking shape.
    if (
      token.lower === "shaping" &&
      next?.lower === "up" &&
      tokens[i + 2]?.lower === "to" &&
      isVerbLike(tokens[i + 3]) &&
      BE.has(tokens[i - 1]?.lower ?? "") &&
      !PAST_BE.has(tokens[i - 1]?.lower ?? "")
    ) {
      cues.push({ kind: "construction", first: i - 1, last: i + 2 });
      continue;
    }
    // "It is only a matter of time before the bank cuts rates": as good as certain.
    if (
      token.lower === "matter" &&
      next?.lower === "of" &&
      tokens[i + 2]?.lower === "time" &&
      ["before", "until"].includes(tokens[i + 3]?.lower ?? "") &&
      tokens[i - 1]?.lower === "a"
    ) {
      const first = tokens[i - 2]?.lower === "only" ? i - 2 : i - 1;
      // In the present only: "It was only a matter of time before ..." tells what happened.
      const be = tokens[first - 1]?.lower ?? "";
      if ((BE.has(be) || be === "'s") && !PAST_BE.has(be)) {
        cues.push({ kind: "construction", first, last: i + 2 });
        continue;
      }
    }
    // "shipping firms stand to gain", "the bank stands to lose": a gain or loss in prospect.
    if (
      token.lemma === "stand" &&
      token.pos === "VERB" &&
      !isPastForm(token) &&
      next?.lower === "to" &&
      STAKES.has(tokens[i + 2]?.lemma ?? "")
    ) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "the country is on the verge of a recession", "on the brink of default": an outcome at hand.
    if (
      token.lower === "on" &&
      next?.lower === "the" &&
      (tokens[i + 2]?.lower === "verge" || tokens[i + 2]?.lower === "brink") &&
      tokens[i + 3]?.lower === "of" &&
      BE.has(tokens[i - 1]?.lower ?? "") &&
      !PAST_BE.has(tokens[i - 1]?.lower ?? "")
    ) {
      cues.push({ kind: "construction", first: i, last: i + 3 });
      continue;
    }
    // "Oil prices are headed higher", "the yen is heading lower": a direction under way.
    if (
      (token.lower === "heading" || token.lower === "headed") &&
      (next?.lower === "higher" || next?.lower === "lower") &&
      BE.has(tokens[i - 1]?.lower ?? "") &&
      !PAST_BE.has(tokens[i - 1]?.lower ?? "")
    ) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "A decision is expected next week", "more job cuts are expected this year": expected with a
    // time or place and no "to" (not "as expected", "than expected", "is to be expected").
    const expectedBe = token.lower === "expected" ? expectedOutcome(tokens, i) : 0;
    if (expectedBe > 0) {
      cues.push({ kind: "construction", first: expectedBe, last: i });
      continue;
    }
    // "We look for accelerated spending growth in 2013", "we look for the Fed to cut in June": an
    // analyst's "we expect" (not "we look for ways to", "looking for a job"): a figure, a year or
    // an infinitive follows.
    if (token.lower === "look" && next?.lower === "for" && ["we", "i"].includes(tokens[i - 1]?.lower ?? "")) {
      const rest = tokens.slice(i + 2, i + 12);
      const ahead = rest.some(
        (t, k) =>
          /^(?:19|20)\d\d$/.test(t.text) ||
          t.text === "%" ||
          t.lower === "next" ||
          (t.lower === "to" && k > 0 && isVerbLike(rest[k + 1])),
      );
      if (ahead && !["ways", "opportunities", "a", "an"].includes(tokens[i + 2]?.lower ?? "")) {
        cues.push({ kind: "construction", first: i - 1, last: i + 1 });
        continue;
      }
    }
    // "Prediction: Chiefs 27, Eagles 24", "Jane Smith's pick: Arsenal to win 2-1", "Our pick: Chiefs
    // by 3": a pick or a prediction set out as a label and a colon, with a score or a result after it.
    if (token.text === ":" && pickLabelBefore(tokens, i) >= 0 && resultAfter(tokens, i + 1)) {
      const label = pickLabelBefore(tokens, i);
      cues.push({ kind: "construction", first: label, last: label });
      continue;
    }
    // "I have Arsenal winning 2-1", "We have the Chiefs taking the title": a pundit's call.
    if (
      token.lower === "have" &&
      (tokens[i - 1]?.lower === "i" || tokens[i - 1]?.lower === "we") &&
      /^\p{Lu}/u.test(tokens[i + 1]?.lower === "the" ? (tokens[i + 2]?.text ?? "") : (tokens[i + 1]?.text ?? "")) &&
      projectedOutcomeWithin(tokens, i + 2, i + 5)
    ) {
      cues.push({ kind: "construction", first: i - 1, last: i });
      continue;
    }
    // "Stocks have further to fall", "the rally has more room to run": a move not over yet.
    if (token.lemma === "have" && !isPastForm(token) && (next?.lower === "further" || next?.lower === "more")) {
      const to = next.lower === "more" && tokens[i + 2]?.lower === "room" ? i + 3 : i + 2;
      if (tokens[to]?.lower === "to" && MOVES_TO_GO.has(tokens[to + 1]?.lemma ?? "")) {
        cues.push({ kind: "construction", first: i, last: to });
        continue;
      }
    }
    // "The worst is yet to come", "More pain is yet to come": what has not come yet, but will ("The
    // details are yet to come" is a schedule).
    if (
      (tokens[i - 1]?.lower === "worst" || tokens[i - 1]?.lower === "best" || tokens[i - 2]?.lower === "more") &&
      BE.has(token.lower) &&
      !PAST_BE.has(token.lower) &&
      next?.lower === "yet" &&
      tokens[i + 2]?.lower === "to" &&
      tokens[i + 3]?.lower === "come"
    ) {
      cues.push({ kind: "construction", first: i, last: i + 3 });
      continue;
    }
    // "Smith is the favourite to win", "the clear favorite to take the title": the chances said of her.
    // "Labour are the favourites to win", "Bookmakers make Labour the clear favourites to win": the
    // same, plural, or made so by those who set the odds.
    if (FAVOURITES.has(token.lower) && next?.lower === "to" && isVerbLike(tokens[i + 2])) {
      const the = tokens[i - 1]?.lower === "the" ? i - 1 : tokens[i - 2]?.lower === "the" ? i - 2 : -1;
      if (the > 0 && BE.has(tokens[the - 1]?.lower ?? "") && !PAST_BE.has(tokens[the - 1]?.lower ?? "")) {
        cues.push({ kind: "construction", first: i, last: i + 1 });
        continue;
      }
      if (madeFavourite(tokens, i)) {
        cues.push({ kind: "construction", first: i, last: i + 1 });
        continue;
      }
    }
    // "Markets are pricing in two rate cuts next year", "a June cut is now fully priced in": what
    // market prices imply.
    const pricingIn = token.lower === "pricing" && next?.lower === "in" && BE.has(tokens[i - 1]?.lower ?? "");
    const pricedIn =
      token.lower === "priced" &&
      next?.lower === "in" &&
      tokens.slice(Math.max(0, i - 3), i).some((t) => t.lower === "is" || t.lower === "are");
    if ((pricingIn || pricedIn) && !PAST_BE.has(tokens[i - 1]?.lower ?? "")) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "Economists are pencilling in two cuts", "the bank has pencilled in a recession": what a
    // forecaster writes into the forecast (the present or the present perfect, not "had").
    if (
      PENCILLED.has(token.lower) &&
      next?.lower === "in" &&
      ["DET", "NUM", "ADJ", "NOUN"].includes(tokens[i + 2]?.pos ?? "")
    ) {
      const before = tokens[i - 1]?.lower ?? "";
      const ing = token.lower.endsWith("ing");
      if ((ing && BE.has(before) && !PAST_BE.has(before)) || (!ing && PERFECT.has(before))) {
        cues.push({ kind: "construction", first: i, last: i + 1 });
        continue;
      }
    }
    // "Investors are bracing for a rate hike next week": an outcome expected, unwelcome.
    if (
      (token.lower === "bracing" || token.lower === "braced") &&
      next?.lower === "for" &&
      BE.has(tokens[i - 1]?.lower ?? "") &&
      !PAST_BE.has(tokens[i - 1]?.lower ?? "") &&
      ["DET", "ADJ", "NUM", "NOUN", "PRON"].includes(tokens[i + 2]?.pos ?? "")
    ) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "Kestrel Bank is telling clients to brace for a recession": told to brace for an outcome.
    if (
      token.lower === "brace" &&
      next?.lower === "for" &&
      tokens[i - 1]?.lower === "to" &&
      headedOutcome(tokens, i + 2)
    ) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "A recession is coming", "a crash is looming": an outcome on its way.
    if (
      (token.lower === "coming" || token.lower === "looming") &&
      presentBeBefore(tokens, i) &&
      headedOutcome(tokens, nounPhraseStart(tokens, i - 2)) &&
      tokens[i + 1]?.lower !== "from" &&
      tokens[i + 1]?.lower !== "up"
    ) {
      cues.push({ kind: "construction", first: i - 1, last: i });
      continue;
    }
    // "The outlook calls for slower growth", "NOAA's forecast calls for 14 to 21 named storms": a
    // forecast's document says what it expects ("the union calls for a strike" demands).
    // "The forecast team is now calling for 10 named storms": its forecasters, in the progressive.
    // "Forecasters at Colorado State are calling for 10 named storms", "Meteorologists call for a
    // wet winter": weather forecasters, whose calls are forecasts ("critics are calling for" demands).
    const forecastTeam =
      (token.lower === "calling" && tokens.slice(Math.max(0, i - 5), i).some((t) => FORECAST_DOCUMENTS.has(t.lower))) ||
      tokens.slice(Math.max(0, i - 6), i).some((t) => WEATHER_FORECASTERS.has(t.lower));
    if (
      token.lemma === "call" &&
      next?.lower === "for" &&
      (FORECAST_DOCUMENTS.has(tokens[i - 1]?.lower ?? "") || forecastTeam || documentWithParticiple(tokens, i)) &&
      ["DET", "ADJ", "NUM", "NOUN"].includes(tokens[i + 2]?.pos ?? "")
    ) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "we're heading for 3C by 2100", "the economy is headed for a recession": an outcome under way.
    if (
      (token.lower === "heading" || token.lower === "headed") &&
      ["for", "towards", "toward"].includes(next?.lower ?? "") &&
      BE.has(tokens[i - 1]?.lower ?? "") &&
      // "said the Tories were heading for their worst result": the past of reported speech.
      (!PAST_BE.has(tokens[i - 1]?.lower ?? "") || reportedPast(tokens, i - 1)) &&
      headedOutcome(tokens, i + 2)
    ) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "the Fed is on track for another cut", "is on course for a record year": an outcome under way.
    if (
      token.lower === "on" &&
      (next?.lower === "track" || next?.lower === "course") &&
      tokens[i + 2]?.lower === "for" &&
      ["DET", "ADJ", "NUM", "NOUN"].includes(tokens[i + 3]?.pos ?? "") &&
      BE.has(tokens[i - 1]?.lower ?? "") &&
      // "told the BBC that Labour was on course for a landslide": the past of reported speech.
      (!PAST_BE.has(tokens[i - 1]?.lower ?? "") || reportedPast(tokens, i - 1))
    ) {
      cues.push({ kind: "construction", first: i - 1, last: i + 2 });
      continue;
    }
    // "placing Earth on track for warming of 7C", "puts the economy on course for a recession".
    if (
      token.lower === "on" &&
      (next?.lower === "track" || next?.lower === "course") &&
      tokens[i + 2]?.lower === "for" &&
      ["DET", "ADJ", "NUM", "NOUN"].includes(tokens[i + 3]?.pos ?? "") &&
      placedOnTrack(tokens, i)
    ) {
      cues.push({ kind: "construction", first: i, last: i + 2 });
      continue;
    }
    // "a default is unlikely.", "that isn't likely": likely and unlikely as the predicate.
    // "A recession next year is all but certain", "victory is almost certain", "a toss-up": so is
    // certainty said with "almost", and even odds.
    // "A cut is all but assured", "a foregone conclusion": the same certainty in other words.
    const nearlyCertain =
      (token.lower === "certain" && ALMOST.has(tokens[i - 1]?.lower ?? "")) ||
      (ALL_BUT.has(token.lower) && tokens[i - 1]?.lower === "but" && tokens[i - 2]?.lower === "all");
    const foregone =
      token.lower === "conclusion" && tokens[i - 1]?.lower === "foregone" && tokens[i - 2]?.lower === "a";
    // "Germany are the most likely team to lift the Cup": the superlative of likelihood after "is
    // the" (the present), before "to" and a verb (after a noun naming who, if any).
    if (
      token.lower === "likely" &&
      tokens[i - 1]?.lower === "most" &&
      tokens[i - 2]?.lower === "the" &&
      IS_NOW.has(tokens[i - 3]?.lower ?? "")
    ) {
      const to = tokens[i + 1]?.pos === "NOUN" ? i + 2 : i + 1;
      if (tokens[to]?.lower === "to" && tokens[to + 1]?.pos === "VERB") {
        cues.push({ kind: "construction", first: i - 1, last: i });
        continue;
      }
    }
    // "It is unlikely for the European Union to impose sanctions": the chances of what follows.
    if (
      LIKELIHOOD.has(token.lower) &&
      next?.lower === "for" &&
      tokens.slice(i + 2, i + 9).some((t) => t.lower === "to")
    ) {
      const be = predicateBe(tokens, i);
      if (be >= 0 && tokens[be - 1]?.lower === "it") {
        cues.push({ kind: "construction", first: be, last: i });
        continue;
      }
    }
    // "Kestrel sees a recession next year as likely", "analysts regard a cut as unlikely": the
    // likelihood of what the verb's object names.
    if (
      LIKELIHOOD.has(token.lower) &&
      tokens[i - 1]?.lower === "as" &&
      endsPredicate(tokens, i + 1) &&
      tokens
        .slice(Math.max(0, i - 10), i - 1)
        .some((t) => REGARDING.has(t.lemma) && (t.pos === "VERB" || t.pos === "NOUN"))
    ) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // wink splits "toss-up" in three: "toss", "-", "up".
    const tossUp = token.lower === "toss" && tokens[i + 1]?.text === "-" && tokens[i + 2]?.lower === "up";
    // "a recession is a coin flip", "is a coin toss": even odds too.
    const coin = (token.lower === "flip" || token.lower === "toss") && tokens[i - 1]?.lower === "coin" ? 1 : 0;
    const evenOdds = (tossUp || token.lower === "tossup" || coin === 1) && tokens[i - 1 - coin]?.lower === "a";
    const last = tossUp ? i + 2 : i;
    // "A rate cut is on the cards", "in the offing": likely, as British and older usage says it.
    const onTheCards =
      (token.lower === "cards" && ["on", "in"].includes(tokens[i - 2]?.lower ?? "")) ||
      (token.lower === "offing" && tokens[i - 2]?.lower === "in");
    const phrased = (foregone || onTheCards) && tokens[i - 1]?.lower === (foregone ? "foregone" : "the");
    if ((LIKELIHOOD.has(token.lower) || nearlyCertain || evenOdds || phrased) && endsPredicate(tokens, last + 1)) {
      const be = predicateBe(
        tokens,
        evenOdds ? i - 1 - coin : phrased ? i - 2 : nearlyCertain && tokens[i - 2]?.lower === "all" ? i - 2 : i,
      );
      if (be >= 0) {
        cues.push({ kind: "construction", first: be, last });
        continue;
      }
    }
    // "the prospects of a deal are remote", "the odds are slim": the chances themselves as subject.
    if (CHANCE_NOUNS.has(token.lemma) || token.lower === "odds") {
      const sized = chanceSize(tokens, i);
      if (sized) {
        cues.push({ kind: "construction", first: sized[0], last: sized[1] });
        i = sized[1];
        continue;
      }
    }
    // "the latest polls point to the Greens winning", "futures point to a cut": indicators forecasting.
    // (The tagger reads "point" after a plural noun as a noun now and then.)
    const pointing = token.lemma === "point" && (token.pos === "VERB" || token.pos === "NOUN");
    if (pointing && next?.lower === "to" && indicatorBefore(tokens, i)) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "Nate Silver's model shows Smith winning", "A poll released Monday shows Labour winning 400
    // seats", "the latest model has Smith winning": a projection read off an indicator ("shows Smith
    // leading" is a measure of now, not a forecast).
    // ("The projections show the Greens winning": the tagger may read "show" as a noun.)
    if (
      SHOWING_PROJECTION.has(token.lower) &&
      (token.pos === "VERB" ||
        token.pos === "AUX" ||
        (token.pos === "NOUN" && token.lemma === "show" && FORECAST_NOUNS.has(tokens[i - 1]?.lower ?? ""))) &&
      // "polls that show Smith winning are skewed": a relative clause says which polls, not what will be.
      tokens[i - 1]?.lower !== "that" &&
      tokens[i - 1]?.lower !== "which" &&
      indicatorBefore(tokens, i, publishedBefore(tokens, i))
    ) {
      const outcome = tokens.slice(i + 2, i + 6).findIndex((t) => PROJECTED_OUTCOMES.has(t.lower));
      const trend = TRENDS.has(tokens[i + 3 + outcome]?.lower ?? "");
      // "shows the Conservatives losing 200 seats": a party named with its article.
      const named =
        /^\p{Lu}/u.test(next?.text ?? "") || (next?.lower === "the" && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? ""));
      if (outcome >= 0 && !trend && named) {
        cues.push({ kind: "construction", first: i, last: i });
        continue;
      }
    }
    // "futures imply two more hikes", "market pricing implies a cut": the same, without "to" (not
    // "the data imply", which reads the present).
    if (
      token.lemma === "imply" &&
      ["DET", "NUM", "ADJ", "NOUN"].includes(next?.pos ?? "") &&
      indicatorBefore(tokens, i) &&
      tokens.slice(Math.max(0, i - 4), i).some((t) => PRICED.has(t.lower))
    ) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // Whether the token is a form of "be", and not a past one ("is", not "was"): several checks
    // below ask, for each token of every clause, so it is looked up once.
    const isBe = BE.has(token.lower);
    const presentBe = isBe && !PAST_BE.has(token.lower);
    // "the dollar is set for its biggest weekly loss", "oil is poised for a third gain".
    if (
      presentBe &&
      (next?.lower === "set" || next?.lower === "poised") &&
      tokens[i + 2]?.lower === "for" &&
      headedOutcome(tokens, i + 3)
    ) {
      cues.push({ kind: "construction", first: i, last: i + 2 });
      continue;
    }
    // "the Federal Reserve looks set for another cut", "seems poised for a record": the same after a linking verb.
    if (
      SEEMING_SET.has(token.lemma) &&
      token.pos === "VERB" &&
      !isPastForm(token) &&
      (next?.lower === "set" || next?.lower === "poised") &&
      tokens[i + 2]?.lower === "for" &&
      headedOutcome(tokens, i + 3)
    ) {
      cues.push({ kind: "construction", first: i, last: i + 2 });
      continue;
    }
    // "we see rates falling", "I don't see the possibility of": a forecast said with "see".
    if (token.lemma === "see" && token.pos === "VERB" && !isPastForm(token)) {
      const seen = seenForecast(tokens, i);
      // "Kestrel Bank sees a 40% chance of recession": the chance it states is the reading, not "sees".
      const chance = tokens.slice(i + 1, i + 7).findIndex((word) => CHANCE_NOUNS.has(word.lemma)) + i + 1;
      const stated = chance > i && tokens.slice(i + 1, chance).some((word) => word.pos === "NUM" || word.text === "%");
      if (seen >= 0 && !stated) {
        cues.push({ kind: "construction", first: i, last: i });
        continue;
      }
    }
    // "rates are not expected to fall", "isn't likely to", "is almost certain not to": the forecast
    // denied (not of the past: "were not expected to"; not "is not about to", a refusal).
    if (presentBe) {
      const denied = deniedPredicate(tokens, i);
      if (denied >= 0) {
        cues.push({ kind: "construction", first: i, last: denied });
        continue;
      }
    }
    // "Over 35 million new cases are predicted in 2050", "demand growth is now projected at around
    // 700,000 b/d": a forecast in the passive with its time or its figure, without "to".
    if (presentBe) {
      const predicate = next?.pos === "ADV" && !NEGATIONS.has(next.lower) ? i + 2 : i + 1;
      if (PASSIVE_FORECASTS.has(tokens[predicate]?.lower ?? "") && passiveForecastFor(tokens, predicate + 1)) {
        cues.push({ kind: "construction", first: i, last: predicate });
        continue;
      }
    }
    // "life expectancy is estimated to increase to 84.95 years": an estimate of a change to come (not
    // "is estimated to be worth", the present).
    if (
      presentBe &&
      next?.lower === "estimated" &&
      tokens[i + 2]?.lower === "to" &&
      CHANGES.has(tokens[i + 3]?.lemma ?? "")
    ) {
      cues.push({ kind: "construction", first: i, last: i + 2 });
      continue;
    }
    // "is poised to", "are likely to", "is set to" + verb
    if (isBe && FORWARD_PREDICATES.has(next?.lower ?? "") && tokens[i + 2]?.lower === "to") {
      if (isVerbLike(tokens[i + 3])) cues.push({ kind: "construction", first: i, last: i + 2 });
      continue;
    }
    // "is all but certain to pass": "all but" (almost) before the predicate.
    if (
      isBe &&
      next?.lower === "all" &&
      tokens[i + 2]?.lower === "but" &&
      tokens[i + 3]?.lower === "certain" &&
      tokens[i + 4]?.lower === "to" &&
      isVerbLike(tokens[i + 5])
    ) {
      cues.push({ kind: "construction", first: i, last: i + 4 });
      continue;
    }
    // "growth looks set to slow", "seems poised to", "appears likely to": the predicate after a linking verb.
    if (
      SEEMING_SET.has(token.lemma) &&
      token.pos === "VERB" &&
      !isPastForm(token) &&
      FORWARD_PREDICATES.has(next?.lower ?? "") &&
      tokens[i + 2]?.lower === "to" &&
      isVerbLike(tokens[i + 3])
    ) {
      cues.push({ kind: "construction", first: i, last: i + 2 });
      continue;
    }
    // "inflation is seen easing to 2%", "rates are seen at 3% by June": the passive of "we see".
    // "It is then seen rising to 90 yen": one adverb may stand between.
    const seenAt = next?.pos === "ADV" && tokens[i + 2]?.lower === "seen" ? i + 2 : i + 1;
    if (
      (token.lower === "is" || token.lower === "are") &&
      tokens[seenAt]?.lower === "seen" &&
      (tokens[seenAt + 1]?.lower.endsWith("ing") ||
        (tokens[seenAt + 1]?.lower === "at" && tokens[seenAt + 2]?.pos === "NUM"))
    ) {
      cues.push({ kind: "construction", first: i, last: seenAt });
      continue;
    }
    // "with the latter predicted to grow slower", "with borrowing in 2027 expected to be lower": a
    // forecast in an absolute phrase, without "is".
    if (ABSOLUTE_PREDICATES.has(token.lower) && next?.lower === "to" && isVerbLike(tokens[i + 2])) {
      const opening = absoluteWith(tokens, i);
      if (opening >= 0) {
        cues.push({ kind: "construction", first: i, last: i + 1 });
        continue;
      }
    }
    // "Washington said no breakthroughs were expected": the reported present of "are expected".
    if (
      PAST_BE.has(token.lower) &&
      next?.lower === "expected" &&
      tokens[i + 2]?.lower !== "to" &&
      tokens.slice(Math.max(0, i - 8), i).some((t) => t.pos === "VERB" && SPEECH.has(t.lemma) && isPastForm(t))
    ) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "is widely expected to", "are now set to", "is still widely expected to": one or two adverbs
    // between "is" and the predicate.
    const adverbs = next?.pos === "ADV" && tokens[i + 2]?.pos === "ADV" ? 2 : 1;
    if (
      isBe &&
      next?.pos === "ADV" &&
      !NEGATIONS.has(next.lower) &&
      !NEGATIONS.has(tokens[i + adverbs]?.lower ?? "") &&
      FORWARD_PREDICATES.has(tokens[i + adverbs + 1]?.lower ?? "") &&
      tokens[i + adverbs + 2]?.lower === "to" &&
      isVerbLike(tokens[i + adverbs + 3])
    ) {
      cues.push({ kind: "construction", first: i, last: i + adverbs + 2 });
      continue;
    }
    // "The drought threatens to push prices higher": a thing threatening is an outcome foreseen; a
    // person or body threatening to act ("the union threatens to strike") states a plan.
    if (
      token.lemma === "threaten" &&
      token.pos === "VERB" &&
      !isPastForm(token) &&
      next?.lower === "to" &&
      isVerbLike(tokens[i + 2]) &&
      !agentBefore(tokens, i)
    ) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "Their forecast for 2027 inflation edged up to 2.6 percent", "the median forecast for growth
    // is 0.7%": a forecast given as its figure.
    if (token.pos === "NOUN" && FIGURE_NOUNS.has(token.lemma) && forecastIsFor(tokens, i)) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    if (token.pos === "NOUN" && FIGURE_NOUNS.has(token.lemma) && ["for", "of", "from"].includes(next?.lower ?? "")) {
      if (forecastFigure(tokens, i)) {
        cues.push({ kind: "construction", first: i, last: i });
        continue;
      }
    }
    // "The ECB's staff projections show inflation falling to 2.1% in 2025", "the forecast has
    // temperatures rising": a forecast showing a change to come ("the data show prices falling"
    // measures now, and a poll's "shows Smith winning" is read above).
    if (
      SHOWING_PROJECTION.has(token.lower) &&
      // "projections show" (the tagger may read "show" as a noun there)
      (token.pos === "VERB" || token.pos === "AUX" || token.pos === "NOUN") &&
      !isPastForm(token) &&
      (FORECAST_NOUNS.has(tokens[i - 1]?.lower ?? "") || surveyOfForecasters(tokens, i - 1)) &&
      tokens
        .slice(i + 2, i + 6)
        .some((t) => t.lower.endsWith("ing") && (CHANGES.has(t.lemma) || SHOWN_CHANGES.has(t.lemma)))
    ) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // "The forecast is for growth of 2% next year", "The median forecast in a Reuters poll was for
    // two cuts": a forecast's figures after "is for".
    // The forecast's noun is the cue ("forecast", "estimate": a forecast's word in the lexicon).
    // "Its central forecast is growth of 1.5%", "Its prediction is a fall of at least 25%": the same,
    // the figure a change's.
    if (BE.has(token.lower) && (next?.lower === "for" || changeOfFigure(tokens, i + 1))) {
      const noun = forecastSubjectBefore(tokens, i);
      // "Our base case is for two cuts", "Its central scenario is for": the view's kind and its noun.
      const held = noun >= 0 && isHeldCase(tokens, noun) ? noun - 1 : noun;
      // "was for" only with a time still ahead ("next year"), and not "Last year's forecast was for".
      // (Each look is bounded: a page-long sentence of "was for" is not read again at each one.)
      const past = PAST_BE.has(token.lower);
      const ahead = (): boolean => tokens.slice(i + 2, i + 16).some((t) => t.lower === "next" || t.lower === "coming");
      const earlier = (): boolean =>
        tokens
          .slice(Math.max(0, noun - PAST_MARKER_REACH), noun + 1)
          .some((t) => ["last", "previous", "earlier", "prior"].includes(t.lower));
      const figure = (): boolean =>
        tokens.slice(i + 2, i + 7).some((t, k) => t.pos === "NUM" || amountAt(tokens, i + 2 + k));
      if (noun >= 0 && figure() && !earlier() && (!past || ahead())) {
        cues.push({ kind: "construction", first: held, last: noun });
        continue;
      }
    }
    // "The city faces a projected $8.2 million budget gap next fiscal year": a figure projected,
    // with a time still ahead.
    if (projectedFigureAt(tokens, i)) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // "The updated forecast calls for 13 to 19 named storms", "the outlook calls for three to five
    // major hurricanes": a forecast stating its figures (a plan's "calls for" is no forecast).
    if (
      token.lemma === "call" &&
      token.pos === "VERB" &&
      !isPastForm(token) &&
      next?.lower === "for" &&
      amountAt(tokens, i + 2) &&
      FORECAST_SUBJECTS.has(tokens[i - 1]?.lower ?? "")
    ) {
      cues.push({ kind: "construction", first: i - 1, last: i + 1 });
      continue;
    }
    // "lowered its forecast for job growth to 695,100", "reiterated its call for gold to fall".
    if (token.pos === "NOUN" && REVISED_VIEWS.has(token.lemma) && revisedForecast(tokens, i)) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // "the bank looks for gold to underperform", "economists are looking for inflation to ease".
    if (token.lemma === "look" && token.pos === "VERB" && !isPastForm(token) && next?.lower === "for") {
      if (lookedForOutcome(tokens, i + 2)) {
        cues.push({ kind: "construction", first: i, last: i + 1 });
        continue;
      }
    }
    // "risks finding", "risk losing"; "at risk of"; "in danger of"
    if (token.lemma === "risk" && token.pos === "VERB" && (next?.lower.endsWith("ing") || next?.lower === "a")) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    if ((token.lower === "at" && next?.lower === "risk") || (token.lower === "in" && next?.lower === "danger")) {
      if (tokens[i + 2]?.lower === "of") cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "analysts expect the bank to cut", "we predict that...": a forecast stated as such (present
    // tense), or reported ("the bank said it expected the group to delay").
    // "the forecasting committee": an -ing form is a forecast only as a verb ("is forecasting",
    // ", predicting Brent at $53").
    // "We're still expecting to have": adverbs, or "not", between the auxiliary and the -ing form.
    // (Only a verb of forecasting is read further: this runs on every token.)
    if (FORECASTING.has(token.lemma)) {
      let ingAt = i - 1;
      while (ingAt > i - 3 && (NEGATIONS.has(tokens[ingAt]?.lower ?? "") || tokens[ingAt]?.pos === "ADV")) ingAt -= 1;
      const beforeIng = tokens[ingAt];
      // "with teams at three banks all predicting rallies": an absolute phrase, not a modifier.
      const modifier =
        token.lower.endsWith("ing") &&
        !BE.has(beforeIng?.lower ?? "") &&
        beforeIng?.text !== "," &&
        absoluteWith(tokens, i, false) < 0;
      if (
        (token.pos === "VERB" || nounTaggedVerb(tokens, i) || forecastTaggedNoun(tokens, i)) &&
        !modifier &&
        (!isPastForm(token) || reportedForecast(tokens, i) || PERFECT.has(tokens[i - 1]?.lower ?? ""))
      ) {
        if (next && next.pos !== "PUNCT") cues.push({ kind: "construction", first: i, last: i });
        continue;
      }
    }
    // "ESPN's Jane Smith picks the Chiefs to win the Super Bowl": a pundit's pick.
    // "Jane Smith picked the Kestrels to win the trophy again": a pick made, with nothing to say it
    // is old ("had picked", "picked ... last year").
    if (
      token.lemma === "pick" &&
      (!isPastForm(token) ||
        (tokens[i - 1]?.lower !== "had" && !tokens.some((word) => PAST_MARKERS.has(word.lower)))) &&
      pickedToWin(tokens, i)
    ) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // "Analysts tip Labour to win", "Kestrel Research tipped capex to surge 11%": a tip.
    if (token.lemma === "tip" && tippedTo(tokens, i)) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // "It predicted a modest pickup next year", "the survey saw the dollar at 82 yen in a month's
    // time": a forecast told in the past tense, kept only with a time ahead (see `rejection`).
    if (pastForecastVerb(tokens, i)) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // "there is a real possibility that", "a slim chance of", "every likelihood that"
    // ("an even chance of": the tagger may read the noun after "even" as a verb.)
    const chanceNoun =
      token.pos === "NOUN" ||
      (token.pos === "VERB" &&
        (["a", "an"].includes(tokens[i - 2]?.lower ?? "") || betterThanEven(tokens, i - 1) !== i - 1));
    if (CHANCE_NOUNS.has(token.lemma) && chanceNoun && CHANCE_SIZE.has(tokens[i - 1]?.lower ?? "")) {
      if (next?.lower === "that" || next?.lower === "of" || chanceClauseAfter(tokens, i)) {
        cues.push({ kind: "construction", first: betterThanEven(tokens, i - 1), last: i });
      }
      continue;
    }
    // "a 60% chance of", "70 per cent probability that": a probability stated in numbers
    if (token.pos === "NUM" && statedAt(tokens, i) !== null) {
      cues.push({ kind: "stated", first: i, last: i });
      continue;
    }
    // "I'd bet on a cut in June", "Jane Smith is betting on a rally": a wager on what will happen.
    if (token.lemma === "bet" && next?.lower === "on" && (token.pos === "VERB" || tokens[i - 1]?.lower === "'d")) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "A cut in June is the most likely outcome", "The most likely scenario is a hung parliament":
    // the outcome a forecaster rates likeliest (in the present: "was the most likely outcome" is history).
    if (token.lower === "most" && mostLikelyOutcome(tokens, i)) {
      cues.push({ kind: "construction", first: i, last: i + 1 });
      continue;
    }
    // "probably", "almost certainly", "very likely" as adverbs with a verb
    if (token.pos === "ADV" && /^(?:probably|likely|certainly|possibly|inevitably)$/.test(token.lower)) {
      if (isVerbLike(next) || isVerbLike(tokens[i - 1])) cues.push({ kind: "certain", first: i, last: i });
    }
  }
  return cues;
}

/** Outcomes rated: "the most likely outcome", "the most probable scenario". */
const RATED_OUTCOMES = new Set(["outcome", "scenario", "result", "winner", "path"]);
/** Present forms of "be" and its kin before "the most likely outcome". */
const PRESENT_BE = new Set(["is", "'s", "’s", "remains", "looks", "seems", "appears"]);

/**
 * "most" at `at` in "is the most likely outcome" or "The most likely scenario is": "most likely" or
 * "most probable" before an outcome's noun, after "the", with a present "be" before or after it.
 */
function mostLikelyOutcome(tokens: readonly Token[], at: number): boolean {
  if (!["likely", "probable"].includes(tokens[at + 1]?.lower ?? "") || tokens[at - 1]?.lower !== "the") return false;
  if (!RATED_OUTCOMES.has(tokens[at + 2]?.lower ?? "")) return false;
  return PRESENT_BE.has(tokens[at - 2]?.lower ?? "") || PRESENT_BE.has(tokens[at + 3]?.lower ?? "");
}

/**
 * The forecast's noun opening the clause as the subject of "is" at `be` ("The median forecast in a
 * Reuters poll of 40 economists was for"): within its first five words, and no verb between. Its
 * index, or -1.
 */
function forecastSubjectBefore(tokens: readonly Token[], be: number): number {
  let noun = -1;
  for (let k = 0; k < Math.min(be, 8); k += 1) {
    if (isHeldCase(tokens, k) || (FORECAST_FOR_NOUNS.has(tokens[k]!.lower) && tokens[k]!.pos === "NOUN")) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return -1;
  // No verb between (one pass that stops at the first: a long sentence is not copied per "is for").
  for (let k = noun + 1; k < be; k += 1) {
    if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return -1;
  }
  return noun;
}

/** The first word of the noun phrase ending at `end` ("a deep recession"): articles, adjectives, nouns. */
function nounPhraseStart(tokens: readonly Token[], end: number): number {
  let first = end;
  while (first > 0 && end - first < 4 && ["DET", "ADJ", "NOUN"].includes(tokens[first - 1]!.pos)) first -= 1;
  return first;
}

/** Whether a projected outcome ("winning", "taking") stands in [from, to). */
function projectedOutcomeWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k += 1) if (PROJECTED_OUTCOMES.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * The label's noun right before the colon at `colon`, when the label opens the sentence in up to
 * five words (a possessive or "our", "my", "the", "final score"): its index, or -1.
 */
function pickLabelBefore(tokens: readonly Token[], colon: number): number {
  const noun = colon - 1;
  if (noun < 0 || noun > 4 || !PICK_LABELS.has(tokens[noun]!.lower)) return -1;
  for (let k = 0; k < noun; k += 1) {
    const word = tokens[k]!;
    if (!["DET", "PRON", "PROPN", "NOUN", "ADJ", "PART"].includes(word.pos)) return -1;
  }
  return noun;
}

/** After a pick's colon: a score or a margin (a number), or a result ("to win", "beat", "over"). */
function resultAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k - at < 12; k += 1) {
    const word = tokens[k]!;
    if (word.pos === "NUM" || ["win", "wins", "beat", "beats", "defeat", "defeats", "over"].includes(word.lower)) {
      return true;
    }
  }
  return false;
}

/** A present "is" or "are" right before `at`. */
const presentBeBefore = (tokens: readonly Token[], at: number): boolean =>
  BE.has(tokens[at - 1]?.lower ?? "") && !PAST_BE.has(tokens[at - 1]?.lower ?? "");

/** Moves a price or a trend may have further to make: "further to fall", "more room to run". */
const MOVES_TO_GO = new Set(["fall", "rise", "run", "climb", "drop", "slide", "rally", "decline", "grow", "gain"]);

/** "Bookmakers make Labour the clear favourites": a verb of making within five words before the noun. */
function madeFavourite(tokens: readonly Token[], noun: number): boolean {
  for (let k = noun - 1; k >= 0 && noun - k <= 5; k -= 1) {
    if (tokens[k]!.lemma === "make") return makesFavourite(tokens, k);
  }
  return false;
}

/**
 * "The forecast, released by the Kestrel Institute on Monday, calls for": a forecast's document, then
 * a participle's phrase between commas, right before the verb at `verb`.
 */
function documentWithParticiple(tokens: readonly Token[], verb: number): boolean {
  if (tokens[verb - 1]?.text !== ",") return false;
  for (let comma = verb - 3; comma >= 1 && verb - comma <= 14; comma -= 1) {
    if (tokens[comma]?.text !== ",") continue;
    const participle = tokens[comma + 1];
    return (
      FORECAST_DOCUMENTS.has(tokens[comma - 1]?.lower ?? "") &&
      participle?.pos === "VERB" &&
      /ed$|wn$/.test(participle.lower)
    );
  }
  return false;
}
