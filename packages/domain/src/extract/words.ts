/**
 * Word lists that more than one part of the clause reader uses: modals, "be", negations, verbs of
 * forecasting and of speech, forward predicates, verbs of outcome, clause breaks, markers of the past.
 */

export const FUTURE_MODALS = new Set(["will", "'ll", "wo", "shall", "would", "could", "may", "might"]);
export const BE = new Set(["is", "are", "was", "were", "be", "'s", "'re", "am", "been", "being"]);
/** Predicates that point forward: "is poised to", "is likely to", "is set to", "is bound to". */
export const FORWARD_PREDICATES = new Set([
  "poised",
  "set",
  "expected",
  "likely",
  "unlikely",
  "bound",
  "doomed",
  "certain",
  "sure",
  "projected",
  "forecast",
  "predicted",
  "forecasted",
  "anticipated",
  "destined",
  "tipped",
  "favoured",
  "favored",
  "about",
  // "Prices are primed to rise again": as "poised to".
  "primed",
]);
/** Passives of forecasting that may take a time or a figure without "to": "are predicted in 2050". */
export const PASSIVE_FORECASTS = new Set(["predicted", "projected", "forecast", "forecasted"]);

/** A forecast's document, the subject of "calls for": "the outlook calls for slower growth". */
export const FORECAST_DOCUMENTS = new Set([
  "outlook",
  "forecast",
  "forecasts",
  "projection",
  "projections",
  "model",
  "models",
]);

/** Verbs that state a forecast outright: "we expect prices to fall", "analysts predict that...". */
export const FORECASTING = new Set(["expect", "predict", "forecast", "anticipate", "project", "foresee"]);
export const NEGATIONS = new Set(["not", "n't", "n’t", "never"]);
/** The present perfect's auxiliaries: "has predicted" is a forecast that stands, "had predicted" is not. */
export const PERFECT = new Set(["has", "have", "'s", "'ve"]);
/**
 * Nouns of a stated view: the clause after "that" is the view itself ("the bank's expectation that"),
 * owned by whoever holds it (documents.ts and speaker.ts read the owner).
 */
export const VIEW_NOUNS = new Set([
  "expectation",
  "forecast",
  "projection",
  "prediction",
  "estimate",
  "view",
  "assessment",
]);
export const PAST_BE = new Set(["was", "were", "been"]);
/** "a real possibility that", "a slim chance of", "every likelihood that". */
export const CHANCE_NOUNS = new Set(["chance", "possibility", "likelihood", "probability", "risk", "prospect"]);
/** Modals that can carry a will of one's own: "he said he would resign" is a plan. */
export const VOLITION = new Set(["will", "would", "shall", "'ll", "wo"]);
export const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
export const CLAUSE_BREAK = new Set([",", ";", ":", "–", "—", "-", "(", ")", "--"]);

/** Linking verbs before a forward predicate: "looks set to", "seems likely to", "appears poised to". */
export const SEEMING_SET = new Set(["look", "seem", "appear"]);

/** Verbs of an outcome, not an act: what a predictive "should" governs. */
export const OUTCOMES = new Set([
  "rise",
  "fall",
  "ease",
  "slow",
  "decline",
  "drop",
  "increase",
  "grow",
  "improve",
  "recover",
  "rebound",
  "translate",
  "result",
  "weigh",
  "boost",
  "peak",
  "stabilise",
  "stabilize",
  "accelerate",
  "moderate",
  "fade",
  "narrow",
  "widen",
  "shrink",
  "climb",
  "slip",
  "cool",
  "soften",
  "strengthen",
  "weaken",
  "exceed",
  "reach",
  "remain",
  "stay",
  "continue",
  "return",
  // More outcomes, of markets, races, deals and weather: "growth should pick up", "the deal should
  // close in March", "she should win easily", "the storm should weaken by Friday".
  "pick",
  "hit",
  "top",
  "surpass",
  "hold",
  "last",
  "persist",
  "bottom",
  "close",
  "settle",
  "arrive",
  "happen",
  "occur",
  "win",
  "lose",
  "pass",
  "succeed",
  "fail",
  "double",
  "jump",
  "surge",
  "soar",
  "plunge",
  "tumble",
  "dip",
  "edge",
  "level",
  "flatten",
  "outpace",
  "lag",
  "dampen",
  "lift",
  "support",
  "hurt",
  "benefit",
  "come",
  "land",
]);

/** Nouns of a view that a verb may revise to a figure: "raised its forecast for growth to 2%". */
export const REVISED_VIEWS = new Set(["forecast", "outlook", "projection", "estimate", "prediction", "call", "target"]);

/** Predicates of an absolute phrase that forecast: "with the latter predicted to grow". */
export const ABSOLUTE_PREDICATES = new Set([
  "expected",
  "predicted",
  "forecast",
  "forecasted",
  "projected",
  "anticipated",
  "likely",
  "set",
  "poised",
  "tipped",
]);

/** A time ahead named by its year or as "next": what keeps a habitual-looking modal a forecast. */
export const NAMED_FUTURE = /\b(?:20\d\d|next|coming)\b/;

/**
 * Verbs of speech: "Cha said the regime could return" is Cha's forecast. Verbs of belief in the past
 * are not ("in 2012 investors believed Greece would exit" reports an old belief).
 */
export const SPEECH = new Set([
  "say",
  "tell",
  "warn",
  "predict",
  "argue",
  "add",
  "note",
  "write",
  "explain",
  "caution",
  "suggest",
  "comment",
  "contend",
  "forecast",
  "estimate",
  "observe",
  // Asserting a view against another: "Smith countered that the labour market would weaken".
  "counter",
  "insist",
  "maintain",
  "reckon",
  "concede",
  "acknowledge",
  "stress",
  "reiterate",
  "assert",
]);

/** Modals of possibility: after "predict that" they, not the verb, say how sure the forecast is. */
export const POSSIBILITY = new Set(["could", "may", "might"]);
export const PAST_MARKERS = new Set(["ago", "last", "earlier", "previously", "once"]);

/** Academic and courtesy titles before a name, as a byline or an apposition writes them: "Dr. Jane Smith". */
export const NAME_TITLES = new Set([
  "dr",
  "dr.",
  "prof",
  "prof.",
  "professor",
  "mr",
  "mr.",
  "ms",
  "ms.",
  "mrs",
  "mrs.",
]);

/** A forecast's nouns that may open "... is for <figure>": "Kestrel's forecast is for growth of 2%". */
export const FORECAST_FOR_NOUNS = new Set([
  "forecast",
  "forecasts",
  "estimate",
  "estimates",
  "outlook",
  "projection",
  "projections",
  "prediction",
  "predictions",
]);

/** Moving a forecast's timing: "pushed back", "brought forward", "moved up", "pulled forward". */
export const TIMING_VERBS = new Set(["push", "bring", "move", "pull"]);
export const TIMING_PARTICLES = new Set(["back", "forward", "up"]);

/** Dashes that open or close an aside: "– at the latest –". */
export const DASHES = new Set(["–", "—", "--"]);
/** Weather forecasters, whose "calling for" is a forecast, never a demand. */
export const WEATHER_FORECASTERS = new Set(["forecasters", "forecaster", "meteorologists", "meteorologist"]);

/** Participles that make a figure a forecast before it: "a projected $8.2 million gap next year". */
export const PROJECTED_FIGURES = new Set(["projected", "expected", "forecast", "anticipated", "predicted"]);

/** Labels of a pick before a colon: "Prediction:", "Our pick:", "Final score prediction:" ("The tip:" may be advice). */
export const PICK_LABELS = new Set(["prediction", "predictions", "pick", "picks", "projection", "forecast"]);

/** A forecast held likeliest, by its kind and noun: "base case", "central scenario", "baseline scenario". */
const HELD_CASES = new Set(["case", "scenario"]);
const HELD_CASE_KINDS = new Set(["base", "central", "baseline"]);

/** Whether the token at `at` is the noun of "base case", "central scenario" or "baseline scenario". */
export const isHeldCase = (tokens: readonly { lower: string }[], at: number): boolean =>
  HELD_CASES.has(tokens[at]?.lower ?? "") && HELD_CASE_KINDS.has(tokens[at - 1]?.lower ?? "");
