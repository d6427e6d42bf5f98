/**
 * The hedge lexicon: words of estimative probability and the published numbers behind them
 * (the published numbers are in docs/hedges.md). Each entry keeps a point value
 * AND an interval, with its source, so users see how soft a reading is.
 *
 * Phrases with no published number are read only with a documented reasoning (source
 * "Hindsight", a wide interval, the reasoning in `basis`): synonyms of a surveyed phrase ("perhaps"
 * as "maybe"), or a placement between surveyed neighbours ("I suspect"). Others ("risks", "would")
 * are deliberately absent: the lexicon does not guess, and the recorder is asked for a number.
 */

export type Interval = readonly [low: number, high: number];

export type HedgeSourceName =
  "Sherman Kent 1964" | "ICD-203" | "CAPphrase" | "HBR 2018" | "Fagen-Ulmschneider" | "Hindsight";

export interface HedgeEntry {
  /** Canonical phrase shown to users. */
  phrase: string;
  /** Other spellings that read the same. */
  variants: readonly string[];
  /**
   * Spellings read only as a whole hedge (`lookupHedge`, the extractor's cue words), never looked
   * for inside a sentence by `readHedge`: they are nouns as often ("the project", "forecasts show").
   */
  wholeOnly?: readonly string[];
  probability: number;
  interval: Interval;
  source: HedgeSourceName;
  /** Why the numbers are what they are, for the tooltip next to the reading. */
  basis: string;
  /** A bare "will": stated with certainty, capped below 1 so log loss stays finite. */
  certainty?: boolean;
}

export interface HedgeReading {
  /** The phrase as found in (or given to) the reader, e.g. "not likely". */
  phrase: string;
  /** The lexicon entry it was read from. */
  entry: HedgeEntry;
  probability: number;
  interval: Interval;
  negated: boolean;
  certainty: boolean;
}

/** Cap for statements made with certainty: 1.0 would make log loss infinite when wrong. */
export const CERTAINTY_CAP = 0.95;

export const HEDGE_LEXICON: readonly HedgeEntry[] = [
  {
    phrase: "will",
    variants: [
      "is going to",
      "are going to",
      "going to",
      "'s going to",
      "'re going to",
      "am going to",
      "shall",
      "will certainly",
      "is certain to",
      "are certain to",
    ],
    // "it'll rebound", "we’ll see cuts": the contracted "will", and "certainly" as the cue's adverb
    // ("prices certainly rise"), read only as a whole cue.
    // "is bound to", "is doomed to", "looks inevitable": certainty, as "is certain to".
    wholeOnly: [
      "'ll",
      "certainly",
      "is bound to",
      "are bound to",
      "bound to",
      "is doomed to",
      "are doomed to",
      "doomed to",
      // "A recession looks inevitable": certainty, read after a linking verb.
      "inevitable",
    ],
    probability: CERTAINTY_CAP,
    interval: [CERTAINTY_CAP, 1],
    source: "CAPphrase",
    basis: "CAPphrase median 100 (IQR 99-100); the point is capped at 0.95 and flagged as stated with certainty",
    certainty: true,
  },
  {
    phrase: "almost certain",
    variants: [
      "almost certainly",
      "virtually certain",
      "nearly certain",
      // "The bank is almost sure to cut", "it is only a matter of time before": the same certainty.
      "almost sure to",
      "is almost sure to",
      "are almost sure to",
      "only a matter of time",
      "a matter of time",
    ],
    probability: 0.95,
    interval: [0.9, 0.98],
    source: "CAPphrase",
    basis: "CAPphrase median 95 (IQR 90-98); Kent 93 +- 6; ICD-203 95-99",
  },
  {
    // "All but" means almost: "a recession is all but certain".
    phrase: "all but certain",
    variants: ["all but inevitable", "all but assured", "all but guaranteed", "a foregone conclusion"],
    probability: 0.95,
    interval: [0.9, 0.98],
    source: "Hindsight",
    basis: "a synonym of 'almost certain': CAPphrase median 95 (IQR 90-98)",
  },
  {
    phrase: "highly likely",
    variants: ["very likely", "with high probability", "highly probable", "very probably"],
    probability: 0.9,
    interval: [0.8, 0.9],
    source: "CAPphrase",
    basis: "CAPphrase median 90 (IQR 80-90); ICD-203 80-95; HBR 80 (75-90)",
  },
  {
    phrase: "likely",
    // "A rate cut is on the cards", "in the offing": British and older ways of saying "likely".
    variants: ["probably", "most likely", "on the cards", "in the cards", "in the offing"],
    probability: 0.75,
    interval: [0.67, 0.8],
    source: "CAPphrase",
    basis: "CAPphrase median 75 (IQR 67-80); Kent 75 +- 12; ICD-203 55-80; HBR 70 (60-75)",
  },
  {
    phrase: "probable",
    variants: [],
    probability: 0.75,
    interval: [0.65, 0.8],
    source: "CAPphrase",
    basis: "CAPphrase median 75 (IQR 65-80)",
  },
  {
    phrase: "very good chance",
    variants: [
      "a very good chance",
      "an excellent chance",
      "excellent chance",
      // "There is every chance the talks will collapse": read as "a very good chance".
      "every chance",
      "every likelihood",
    ],
    probability: 0.8,
    interval: [0.75, 0.85],
    source: "CAPphrase",
    basis:
      "CAPphrase median 80 (IQR 75-85); Fagen-Ulmschneider 80 (75-90); 'excellent chance' has no survey and is read the same",
  },
  {
    phrase: "we believe",
    variants: ["I believe"],
    probability: 0.75,
    interval: [0.65, 0.85],
    source: "Fagen-Ulmschneider",
    basis: "Fagen-Ulmschneider survey median 75 (IQR 65-85); Kent lists 'we believe' under 'probable' (75 +- 12)",
  },
  {
    // A stated expectation is a belief about the future: read as "we believe", not as certainty.
    phrase: "I expect",
    variants: ["we expect", "I fully expect", "we fully expect"],
    // "We look for growth of 2% in 2024": analysts' "we expect".
    wholeOnly: ["we look for", "I look for"],
    probability: 0.75,
    interval: [0.65, 0.85],
    source: "Hindsight",
    basis:
      "no survey; a stated expectation read as 'we believe' (Fagen-Ulmschneider median 75, IQR 65-85; Kent's 'probable' group, 75 +- 12, holds 'we believe' and 'we estimate')",
  },
  {
    // Someone else's stated forecast ("analysts expect", "is expected to", "Gartner predicted"): read
    // as "I expect". The forecast verbs are journalism's ways of saying the same expectation.
    phrase: "is expected to",
    variants: [
      "widely expected to",
      "is widely expected to",
      "are widely expected to",
      "expected to",
      "are expected to",
      "projected to",
      "is projected to",
      "are projected to",
      "tipped to",
      "is tipped to",
      "are tipped to",
      "favoured to",
      "is favoured to",
      "are favoured to",
      "favored to",
      "is favored to",
      "are favored to",
      "forecast to",
      "is forecast to",
      "are forecast to",
      "predicted to",
      "is predicted to",
      "are predicted to",
      "forecasted to",
      "is forecasted to",
      "are forecasted to",
      "anticipated to",
      "is anticipated to",
      "are anticipated to",
    ],
    wholeOnly: [
      "expect",
      "expects",
      "predict",
      "predicts",
      "predicted",
      "forecast",
      "forecasts",
      "project",
      "projects",
      "anticipate",
      "anticipates",
      "foresee",
      "foresees",
      "estimate",
      "estimates",
      "expecting",
      "predicting",
      "forecasting",
      "projecting",
      "anticipating",
      // "ESPN's Jane Smith picks the Chiefs to win": a pundit's pick (read only before "to win").
      "picks",
      "pick",
      // "Jane Smith picked the Kestrels to win": a pick made, with nothing to say it is old.
      "picked",
      // "Analysts tip Labour to win", "tipped capex to surge": a tip (read only before "to" and a verb).
      "tip",
      "tips",
      "tipped",
      // "The outlook calls for slower growth": a forecast's document says what it expects (the
      // extractor reads it only after a forecast's noun: "calls for" alone is a demand).
      "calls for",
      "call for",
      "calling for",
      // "Smith is the favourite to win": as "favoured to".
      "favourite to",
      "favorite to",
      "favourites to",
      "favorites to",
      // "Markets are pricing in two cuts": what prices imply, as a forecast stated.
      "pricing in",
      "priced in",
      // "A decision is expected next week": the passive with no "to".
      "is expected",
      "are expected",
      "is also expected",
      "are also expected",
      "is now expected",
      "are now expected",
      // "I'd bet on a cut in June", "Jane Smith is betting on a rally": a wager, as "I expect".
      "bet on",
      "bets on",
      "betting on",
      // "Our base case is for two cuts this year", "Its central scenario is for growth of 1%": the
      // forecast a forecaster holds likeliest, given as its figures.
      "base case",
      "central case",
      "central scenario",
      "baseline scenario",
      // "Investors are bracing for a rate hike": an expectation of something unwelcome.
      "bracing for",
      "brace for",
      "braced for",
      // "Economists are pencilling in two cuts": what a forecaster writes into the forecast.
      "pencilling in",
      "penciling in",
      "pencilled in",
      "penciled in",
    ],
    probability: 0.75,
    interval: [0.65, 0.85],
    source: "Hindsight",
    basis:
      "no survey; a forecast stated as an expectation, read as 'I expect' and 'we believe' (Fagen-Ulmschneider median 75, IQR 65-85; Kent's 'probable' group, 75 +- 12, holds 'we estimate' and 'we believe')",
  },
  {
    phrase: "good chance",
    // "a high chance", "a high risk": the extractor already reads "chances are high" as "good".
    variants: [
      "a good chance",
      "chances are good",
      "the chances are good",
      "high chance",
      "a high chance",
      "high risk",
      "a high risk",
      "high likelihood",
      "a high likelihood",
      "strong likelihood",
      "a strong likelihood",
      // "a strong chance", "a decent chance": read as "a good chance".
      "strong chance",
      "a strong chance",
      "decent chance",
      "a decent chance",
    ],
    probability: 0.75,
    interval: [0.63, 0.87],
    source: "Sherman Kent 1964",
    basis:
      "Kent lists 'chances are good' under 'probable', 75 +- 12; between CAPphrase 'better than even' (60) and 'very good chance' (80)",
  },
  {
    // Journalism's "is poised to", "is set to", "is on track to": an outcome expected and already under way.
    phrase: "is poised to",
    variants: [
      "on track for",
      "is on track for",
      "are on track for",
      "on course for",
      "is on course for",
      "are poised to",
      "poised to",
      "is set to",
      "are set to",
      "set to",
      "is on track to",
      "are on track to",
      "on track to",
      "set for",
      "is set for",
      "are set for",
      "poised for",
      "is poised for",
      "are poised for",
      "is on course to",
      "are on course to",
      "on course to",
      "is on pace to",
      "are on pace to",
      "on pace to",
      "is primed to",
      "are primed to",
      "primed to",
      "is shaping up to",
      "are shaping up to",
      "shaping up to",
      "stand to",
      "stands to",
      "on the verge of",
      "on the brink of",
      "heading for",
      "headed for",
      "heading towards",
      "headed towards",
      "heading toward",
      "headed toward",
    ],
    // "Oil prices are headed higher": the direction under way, read as "heading for".
    // "Stocks have further to fall", "the rally has more room to run", "the worst is yet to come":
    // a move under way, not over (read only as the extractor finds them, before "to" and a verb).
    wholeOnly: [
      "headed higher",
      "headed lower",
      "heading higher",
      "heading lower",
      "has further to",
      "have further to",
      "has more room to",
      "have more room to",
      "is yet to come",
      "are yet to come",
      // "A recession is coming", "a crash is looming": an outcome on its way.
      "is coming",
      "are coming",
      "is looming",
      "are looming",
    ],
    probability: 0.75,
    interval: [0.6, 0.9],
    source: "Hindsight",
    basis:
      "no survey; news usage for an outcome expected and already under way, read as 'likely' (CAPphrase median 75) with a wider interval (60-90)",
  },
  {
    phrase: "serious possibility",
    variants: [
      "a serious possibility",
      "strong possibility",
      "a strong possibility",
      "distinct possibility",
      "a distinct possibility",
    ],
    probability: 0.66,
    interval: [0.45, 0.8],
    source: "HBR 2018",
    basis: "HBR 2018 median 66 (IQR 45-80); 'strong' and 'distinct possibility' have no survey and are read the same",
  },
  {
    phrase: "better than even",
    variants: ["better-than-even", "a better than even chance", "better than even chance", "better-than-even chance"],
    probability: 0.6,
    interval: [0.55, 0.6],
    source: "CAPphrase",
    basis: "CAPphrase median 60 (IQR 55-60); Fagen-Ulmschneider 60 (55-60)",
  },
  {
    phrase: "I suspect",
    variants: ["we suspect"],
    probability: 0.6,
    interval: [0.5, 0.75],
    source: "Hindsight",
    basis:
      "no survey; a belief held on less than 'we believe' (75): placed at 'better than even' (CAPphrase 60), interval from even to 'we believe'",
  },
  {
    phrase: "real possibility",
    variants: ["realistic possibility", "realistic"],
    probability: 0.6,
    interval: [0.4, 0.75],
    source: "CAPphrase",
    basis: "CAPphrase median 60 (IQR 40-75); HBR 60 (40-70); UK PHIA 40-50",
  },
  {
    phrase: "even chance",
    variants: ["about even", "fifty-fifty", "50-50", "toss-up", "coin flip", "coin toss", "as likely as not"],
    probability: 0.5,
    interval: [0.45, 0.55],
    source: "ICD-203",
    basis: "ICD-203 45-55; Kent 50 +- 10; CAPphrase 50",
  },
  {
    phrase: "maybe",
    variants: [],
    probability: 0.5,
    interval: [0.4, 0.5],
    source: "HBR 2018",
    basis: "HBR 2018 median 50 (IQR 40-50)",
  },
  {
    phrase: "perhaps",
    variants: [],
    probability: 0.5,
    interval: [0.4, 0.5],
    source: "Hindsight",
    basis: "no survey of 'perhaps'; read as its synonym 'maybe' (HBR 2018 median 50, IQR 40-50)",
  },
  {
    // "possible" alone is left out: Kent kept it for what has no assignable probability.
    phrase: "possibly",
    variants: [],
    probability: 0.45,
    interval: [0.25, 0.5],
    source: "HBR 2018",
    basis: "HBR 2018 median 45 (IQR 25-50)",
  },
  {
    phrase: "a chance",
    variants: ["there is a chance", "there's a chance", "some chance", "there is some chance", "there's some chance"],
    probability: 0.4,
    interval: [0.25, 0.5],
    source: "Hindsight",
    basis: "no survey; a chance of unstated size, read like 'could' and 'might' (CAPphrase median 40, IQR 25-50)",
  },
  {
    // Predictive "should" ("prices should ease by spring"), which the extractor takes only with a
    // verb of outcome and a subject that cannot act; normative "should" is no forecast at all.
    phrase: "should",
    variants: [],
    wholeOnly: ["should"],
    probability: 0.7,
    interval: [0.6, 0.85],
    source: "Hindsight",
    basis:
      "no survey; predictive 'should' states what is probable (dictionaries gloss it 'probably will'): read as 'probably' (CAPphrase 'likely' 75, IQR 67-80) a little lower, for the duty it also carries, with a wider interval",
  },
  {
    phrase: "may well",
    variants: ["might well", "could well"],
    probability: 0.55,
    interval: [0.4, 0.7],
    source: "Hindsight",
    basis: "no survey; placed above plain 'may' (40) as docs/hedges.md advises, with a wide interval",
  },
  {
    phrase: "may",
    variants: [],
    probability: 0.4,
    interval: [0.3, 0.51],
    source: "CAPphrase",
    basis: "CAPphrase median 40 (IQR 30-51)",
  },
  {
    phrase: "might",
    variants: [],
    probability: 0.4,
    interval: [0.25, 0.5],
    source: "CAPphrase",
    basis: "CAPphrase median 40 (IQR 25-50); HBR 40 (20-50)",
  },
  {
    phrase: "could",
    variants: [],
    probability: 0.4,
    interval: [0.25, 0.5],
    source: "CAPphrase",
    basis: "CAPphrase median 40 (IQR 25-50)",
  },
  {
    phrase: "unlikely",
    variants: ["probably not", "improbable"],
    probability: 0.2,
    interval: [0.1, 0.25],
    source: "CAPphrase",
    basis: "CAPphrase median 20 (IQR 10-25); Kent 30 +- 10; ICD-203 20-45; HBR 20 (10-25)",
  },
  {
    phrase: "we doubt",
    variants: ["I doubt"],
    probability: 0.2,
    interval: [0.1, 0.3],
    source: "Fagen-Ulmschneider",
    basis: "Fagen-Ulmschneider survey median 20 (IQR 10-30); Kent lists 'we doubt' under 'probably not' (30 +- 10)",
  },
  {
    phrase: "little chance",
    variants: ["slight chance", "a slight chance", "chances are slight", "the chances are slight"],
    probability: 0.1,
    interval: [0.05, 0.15],
    source: "CAPphrase",
    basis: "CAPphrase median 10 (IQR 5-15) for both 'little chance' and 'chances are slight'",
  },
  {
    phrase: "highly unlikely",
    variants: ["very unlikely"],
    probability: 0.05,
    interval: [0.05, 0.1],
    source: "CAPphrase",
    basis: "CAPphrase median 5 (IQR 5-10); ICD-203 'very unlikely' 5-20",
  },
  {
    phrase: "remote, but not impossible",
    variants: ["remote but not impossible"],
    probability: 0.05,
    interval: [0.01, 0.1],
    source: "Hindsight",
    basis: "docs/hedges.md: about 1-10",
  },
  {
    // Litotes: a denied impossibility asserts a real but small chance, not its complement (~98%).
    phrase: "not impossible",
    variants: ["not out of the question", "cannot be ruled out", "can't be ruled out"],
    probability: 0.15,
    interval: [0.05, 0.35],
    source: "Hindsight",
    basis:
      "no survey; litotes read as 'possible but unlikely', between 'remote' (5) and 'unlikely' (20), with a wide interval",
  },
  {
    phrase: "remote chance",
    variants: ["remote", "remote possibility", "slim chance"],
    probability: 0.05,
    interval: [0.03, 0.1],
    source: "CAPphrase",
    basis: "CAPphrase median 5 (IQR 3-10); ICD-203 1-5",
  },
  {
    phrase: "almost no chance",
    variants: ["almost certainly not", "virtually no chance"],
    probability: 0.02,
    interval: [0.01, 0.05],
    source: "CAPphrase",
    basis: "CAPphrase median 2 (IQR 1-5); Kent 7 +- 5; ICD-203 1-5",
  },
];

const normalise = (phrase: string): string => phrase.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

const LEAD_IN = /^(?:there|it)\s*(?:is|'s|was|remains|seems)\s+/;
const ARTICLE = /^(?:a|an)\s+/;
const NEGATION = /^(?:not|never|no|won't|will not|cannot|can't|couldn't|wouldn't|isn't|aren't)\s+/;

const byPhrase = new Map<string, HedgeEntry>();
const wholeOnly = new Map<string, HedgeEntry>();
for (const entry of HEDGE_LEXICON) {
  for (const phrase of [entry.phrase, ...entry.variants]) byPhrase.set(normalise(phrase), entry);
  for (const phrase of entry.wholeOnly ?? []) wholeOnly.set(normalise(phrase), entry);
}

/** Contracted or fused negations of a lexicon phrase: "won't" is "will" negated. */
const willEntry = HEDGE_LEXICON.find((entry) => entry.phrase === "will");
const NEGATED_FORMS = new Map<string, HedgeEntry>(
  willEntry
    ? [
        "won't",
        "will not",
        "will never",
        "is not going to",
        "are not going to",
        "not going to",
        "'s not going to",
        "'re not going to",
        "isn't going to",
        "aren't going to",
      ].map((form) => [form, willEntry])
    : [],
);

function reading(phrase: string, entry: HedgeEntry, negated: boolean): HedgeReading {
  if (!negated) {
    return {
      phrase,
      entry,
      probability: entry.probability,
      interval: entry.interval,
      negated,
      certainty: entry.certainty === true,
    };
  }
  // A negated hedge predicts the opposite claim with the same confidence: P(not X) = 1 - P(X).
  const probability = round(1 - entry.probability);
  const interval: Interval = [round(1 - entry.interval[1]), round(1 - entry.interval[0])];
  return { phrase, entry, probability, interval, negated, certainty: entry.certainty === true };
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * The reading of one hedge phrase as a whole ("likely", "not likely", "will not"), or null when
 * the lexicon does not know it. Never guesses.
 */
export function lookupHedge(phrase: string): HedgeReading | null {
  const written = normalise(phrase);
  // "There is a real possibility", "a real possibility", "it is likely": the phrase after its lead-in.
  const wanted =
    [written, written.replace(LEAD_IN, ""), written.replace(LEAD_IN, "").replace(ARTICLE, "")].find(
      (form) => byPhrase.has(form) || wholeOnly.has(form) || NEGATED_FORMS.has(form) || NEGATION.test(form),
    ) ?? written;
  const direct = byPhrase.get(wanted) ?? wholeOnly.get(wanted);
  if (direct) return reading(phrase.trim(), direct, false);
  const negatedForm = NEGATED_FORMS.get(wanted);
  if (negatedForm) return reading(phrase.trim(), negatedForm, true);
  const negation = NEGATION.exec(wanted);
  if (negation) {
    const rest = wanted.slice(negation[0].length);
    const entry = byPhrase.get(rest) ?? wholeOnly.get(rest);
    if (entry) return reading(phrase.trim(), entry, true);
  }
  return null;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Longest phrases first, so "may well" wins over "may" and "highly likely" over "likely".
const allPhrases = [...byPhrase.keys(), ...NEGATED_FORMS.keys()].sort((a, b) => b.length - a.length);
const hedgePattern = new RegExp(
  `\\b(?:(not|never|won't|will not|cannot|can't)\\s+(?:be\\s+)?)?(${allPhrases.map(escape).join("|")})(?![\\w-])`,
  "gi",
);

/**
 * Finds the hedge in a sentence and reads it. The first hedge wins: it usually governs the main
 * clause ("X may foreshadow how Europe will be ignored" is a "may"). At each position the longest
 * phrase wins ("may well" over "may"). Returns null when the sentence holds no known hedge.
 */
export function readHedge(sentence: string): HedgeReading | null {
  const text = sentence.replace(/[’‘]/g, "'");
  for (const match of text.matchAll(hedgePattern)) {
    const [whole, negation, phrase] = match;
    if (!phrase) continue;
    const fused = NEGATED_FORMS.get(normalise(phrase));
    const entry = fused ?? byPhrase.get(normalise(phrase));
    if (!entry) continue;
    const negated = fused !== undefined || negation !== undefined || isNegatedAfter(text, match.index + whole.length);
    return reading(whole.trim(), entry, negated);
  }
  return null;
}

/** "will not", "may not", "could never": negation right after the modal. */
function isNegatedAfter(text: string, end: number): boolean {
  return /^\s+(?:not|never)\b/i.test(text.slice(end)) || /^n't\b/i.test(text.slice(end));
}
