import { lookupHedge, readHedge, type HedgeReading } from "../hedges/lexicon";
import { ORGANISATION_HEADS, STAFF } from "./organisations";
import type { Token } from "./tokens";

/**
 * Whether a clause claims something about the future, and how: its cue ("will", "may well", "is
 * likely to", "risks", "is poised to"), the hedge reading, the condition it hangs on, and the quote
 * trimmed to the claim. General rules over part-of-speech tags and function words; nothing here
 * knows any particular article.
 */

export type CueKind = "modal" | "certain" | "construction" | "outlook" | "stated";

export interface Cue {
  kind: CueKind;
  /** Index (within the clause) of the cue's first and last token. */
  first: number;
  last: number;
}

export interface ClauseReading {
  cue: Cue;
  /** Hedge words as written, from the cue (e.g. "may well", "is poised to", "risks"). */
  hedge: string;
  reading: HedgeReading | null;
  /** A probability written as a number ("a 60% chance"): 0.6. */
  statedProbability: number | null;
  negated: boolean;
  /** Token range (within the clause) of the quote: the claim without lead-ins and asides. */
  quoteFirst: number;
  quoteLast: number;
  conditional: boolean;
  /** Token range of the condition's words, when conditional. */
  condition: [number, number] | null;
  /** Someone's stated plan reported as fact ("Trump said he would..."): not a prediction. */
  statedIntention: boolean;
}

const FUTURE_MODALS = new Set(["will", "'ll", "wo", "shall", "would", "could", "may", "might"]);
/** Modals that a past reporting verb turns into the past ("he said it could..."): backshift. */
const BACKSHIFTING = new Set(["would", "could", "might"]);
const BE = new Set(["is", "are", "was", "were", "be", "'s", "'re", "am", "been", "being"]);
/** Predicates that point forward: "is poised to", "is likely to", "is set to", "is bound to". */
const FORWARD_PREDICATES = new Set([
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
]);
/** Passives of forecasting that may take a time or a figure without "to": "are predicted in 2050". */
const PASSIVE_FORECASTS = new Set(["predicted", "projected", "forecast", "forecasted"]);
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
function expectedOutcome(tokens: readonly Token[], at: number): number {
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

/** A forecast's document, the subject of "calls for": "the outlook calls for slower growth". */
const FORECAST_DOCUMENTS = new Set([
  "outlook",
  "forecast",
  "forecasts",
  "projection",
  "projections",
  "model",
  "models",
]);
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
/** Words of a time ahead after "in", "by", "for": a year, "next", "the end". */
const TIME_AHEAD = /^(?:(?:19|20)\d\d|next|the|coming|later|fiscal|fy\d*)$/i;

/**
 * After a passive forecast at `at`: "in 2050", "by the end of the decade", "for next year", "at
 * around 700,000 b/d", "at 2.5%": a time ahead or a figure, not a place ("expected in Central India").
 */
function passiveForecastFor(tokens: readonly Token[], at: number): boolean {
  const preposition = tokens[at]?.lower ?? "";
  if (preposition === "at") {
    const figure = ["around", "about", "roughly", "some", "nearly", "just"].includes(tokens[at + 1]?.lower ?? "")
      ? at + 2
      : at + 1;
    return tokens[figure]?.pos === "NUM" || /^[$€£¥]/.test(tokens[figure]?.text ?? "");
  }
  if (!["in", "by", "for"].includes(preposition)) return false;
  const word = tokens[at + 1]?.text ?? "";
  if (word.toLowerCase() === "the")
    return ["end", "coming", "next", "second", "first", "third", "fourth"].includes(tokens[at + 2]?.lower ?? "");
  return TIME_AHEAD.test(word);
}

/** Verbs that state a forecast outright: "we expect prices to fall", "analysts predict that...". */
const FORECASTING = new Set(["expect", "predict", "forecast", "anticipate", "project", "foresee"]);
const NEGATIONS = new Set(["not", "n't", "n’t", "never"]);
/** The present perfect's auxiliaries: "has predicted" is a forecast that stands, "had predicted" is not. */
const PERFECT = new Set(["has", "have", "'s", "'ve"]);
/** Nouns of a stated view: the clause after "that" is the view itself ("the bank's expectation that"). */
const VIEW_NOUNS = new Set(["expectation", "forecast", "projection", "prediction", "estimate", "view", "assessment"]);
const PAST_BE = new Set(["was", "were", "been"]);
/** Likelihood said as the predicate: "a default is unlikely", "that isn't likely". */
const LIKELIHOOD = new Set(["likely", "unlikely", "probable"]);
/** "almost certain", "all but certain": certainty short of "will". */
const ALMOST = new Set(["almost", "virtually", "nearly", "but"]);
/** How big the chances are, said of them: "the prospects are remote", "the odds are slim". */
const CHANCE_SIZES = new Set([
  "moderate",
  "medium",
  "remote",
  "slim",
  "slight",
  "small",
  "low",
  "high",
  "good",
  "strong",
  "dim",
  "poor",
  "excellent",
  "negligible",
  "bleak",
]);
/** "a real possibility that", "a slim chance of", "every likelihood that". */
const CHANCE_NOUNS = new Set(["chance", "possibility", "likelihood", "probability", "risk", "prospect"]);
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
/** Verbs that ask, before an "if" that means "whether": "want to know if", "asked if", "wonders if". */
const ASKING = new Set(["know", "ask", "wonder", "see", "check", "unclear"]);
/** What a source declines to do: "would not comment", "wouldn't say", "would not elaborate". */
const DECLINING = new Set([
  "comment",
  "say",
  "elaborate",
  "discuss",
  "confirm",
  "disclose",
  "specify",
  "speculate",
  "answer",
  "respond",
  "reveal",
  "identify",
  "name",
]);
/** Wh-words that open an embedded question: "how it might unfold", "whether it would hold". */
const EMBEDDED_QUESTION = new Set(["how", "whether", "what", "whom", "why"]);
/** Verbs that report what someone says or plans: with "he/they" after them, a stated intention. */
const STATING = new Set([
  "say",
  "pledge",
  "promise",
  "vow",
  "announce",
  "claim",
  "insist",
  "declare",
  "assure",
  "tell",
  "threaten",
  "swear",
  "intend",
  "plan",
]);
/** Verbs that report a plan as settled ("announced that Nvidia will attend"): whoever the subject. */
const PLANNING = new Set([
  "announce",
  "pledge",
  "promise",
  "vow",
  "plan",
  "intend",
  "confirm",
  "agree",
  "decide",
  "schedule",
]);
const WISHES = new Set(["like", "love", "prefer", "rather", "hate", "welcome"]);
/** Modals that can carry a will of one's own: "he said he would resign" is a plan. */
const VOLITION = new Set(["will", "would", "shall", "'ll", "wo"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
const CLAUSE_BREAK = new Set([",", ";", ":", "–", "—", "-", "(", ")", "--"]);
const DISCOURSE_TAIL = new Set(["however", "though", "therefore", "moreover", "meanwhile", "then", "too", "also"]);
/** "If" in idioms that state no condition: "if history is any guide", "if anything", "even if". */
const NON_CONDITIONAL_IF = [
  /^if (?:history|the past|past experience|precedent) (?:is|are) any guide\b/,
  /^if anything\b/,
  /^if ever\b/,
  /^if only\b/,
  /^if not\b/,
  /^if at all\b/,
];

const isVerbLike = (token: Token | undefined): boolean => token?.pos === "VERB" || token?.pos === "AUX";

/** A past tense or past participle: an inflected verb that is not "-s" or "-ing" ("learned", "said"). */
function isPastForm(token: Token): boolean {
  if (token.pos === "AUX") return token.lower === "was" || token.lower === "were" || token.lower === "had";
  if (token.pos !== "VERB") return false;
  if (token.lower === token.lemma) return false;
  return !token.lower.endsWith("ing") && !(token.lower.endsWith("s") && !token.lower.endsWith("ss"));
}

/** Words before "will" the noun: "political will", "free will", "goodwill" written apart. */
const WILL_NOUN_BEFORE = new Set(["political", "free", "good", "ill", "popular", "collective", "sheer", "iron"]);
/** Marks that open a quotation (an apostrophe, which closes one as often, is not among them). */
const OPENING_QUOTES = new Set(['"', "“", "‘", "«"]);

/**
 * The verb a modal governs, skipping negation, adverbs ("could not be", "may well mirror"), an aside
 * between commas ("could, in time, force") and a short phrase ("will in part reflect").
 */
export function governedVerb(tokens: readonly Token[], modal: number): number {
  const from = modal + 1;
  if (tokens[from]?.text === ",") {
    // Up to eight words: "could, in the view of several brokers, deepen".
    const close = tokens.findIndex((token, at) => at > from && at - from <= 9 && token.text === ",");
    const after = tokens[close + 1];
    // The tagger reads the verb after an aside as a noun now and then ("could, in time, force").
    if (close > from && (isVerbLike(after) || (after?.pos === "NOUN" && /^\p{Ll}/u.test(after.text)))) return close + 1;
    return -1;
  }
  // Quotation marks do not count against the window.
  let limit = modal + 5;
  for (let i = from; i < Math.min(tokens.length, limit); i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (isVerbLike(token)) return i;
    // The tagger now and then reads a verb after a modal as a noun ("could suck in"): a lower-case
    // content word right after a modal is its verb.
    if ((token.pos === "NOUN" || token.pos === "ADJ") && /^\p{Ll}/u.test(token.text)) return i;
    // "growth will slow slightly": a verb of outcome the tagger read as an adverb.
    if (token.pos === "ADV" && OUTCOMES.has(token.lower)) return i;
    if (token.pos === "ADV" || token.pos === "PART") continue;
    // "Clinton will “win pretty comfortably,”": a quotation opening on the governed verb; "would
    // “almost certainly” fall": one closing before it.
    if (OPENING_QUOTES.has(token.text) || token.text === "”" || token.text === "»") {
      limit += 1;
      continue;
    }
    // "will in part reflect", "could in time force", "will by then have": a phrase of two or three words.
    if (token.pos === "ADP" && i === from) {
      for (let j = i + 1; j <= i + 3 && j < tokens.length; j += 1) {
        const word = tokens[j];
        if (!word) break;
        if (j > i + 1 && (word.pos === "VERB" || word.pos === "AUX")) return j;
        if (!["NOUN", "DET", "ADJ", "NUM", "ADV"].includes(word.pos)) break;
      }
    }
    break;
  }
  return -1;
}

const ODDS_NOUNS = new Set(["chance", "probability", "likelihood", "odds", "risk"]);

/** "54%", "54 percent", "54 per cent" at a number token: [54, index of its last token], or null. */
function percentAt(tokens: readonly Token[], at: number): [number, number] | null {
  const text = tokens[at]?.text ?? "";
  const number = Number(text.replace(/%$/, ""));
  if (!Number.isFinite(number) || number < 0 || number > 100) return null;
  if (text.endsWith("%")) return [number, at];
  if (tokens[at + 1]?.text === "%" || tokens[at + 1]?.lower === "percent") return [number, at + 1];
  if (tokens[at + 1]?.lower === "per" && tokens[at + 2]?.lower === "cent") return [number, at + 2];
  return null;
}

/** "60% chance", "60 per cent chance", "60 percent probability" at a number token -> 0.6, else null. */
export function statedPercent(tokens: readonly Token[], at: number): number | null {
  const percent = percentAt(tokens, at);
  if (!percent) return null;
  return ODDS_NOUNS.has(tokens[percent[1] + 1]?.lemma ?? "") ? percent[0] / 100 : null;
}

/** Verbs that put a number on the chances: "rates the probability at", "puts the odds at", "stand at". */
const RATING = new Set(["put", "rate", "place", "peg", "estimate", "see", "give", "set", "stand"]);

/**
 * "rates the probability of a Republican majority at 54 percent", "puts the odds of a recession at
 * 40%", "the chance of a cut is put at 60%": the chances rated with a number, at the number token
 * after "at" -> 0.54, else null.
 */
function ratedPercent(tokens: readonly Token[], at: number): number | null {
  if (tokens[at - 1]?.lower !== "at") return null;
  const percent = percentAt(tokens, at);
  if (!percent) return null;
  const passive = RATING.has(tokens[at - 2]?.lemma ?? "");
  for (let i = at - 2; i >= 0 && at - i <= 14; i -= 1) {
    const token = tokens[i]!;
    if (CLAUSE_BREAK.has(token.text)) return null;
    if (!ODDS_NOUNS.has(token.lemma) && token.lower !== "chances") continue;
    const at = ["DET", "PRON"].includes(tokens[i - 1]?.pos ?? "") ? i - 2 : i - 1;
    const verb = tokens[at];
    // The tagger reads "the model rates the chance" as a noun now and then.
    const asNoun = verb?.pos === "NOUN" && tokens[at + 1]?.pos === "DET" && tokens[at - 1]?.pos === "NOUN";
    return passive || ((verb?.pos === "VERB" || asNoun) && RATING.has(verb!.lemma)) ? percent[0] / 100 : null;
  }
  return null;
}

/** The stated probability at a "stated" cue's number: "a 60% chance", "puts the odds at 40%". */
const statedAt = (tokens: readonly Token[], at: number): number | null =>
  statedPercent(tokens, at) ?? ratedPercent(tokens, at);

/** The index of the odds noun after a stated percentage ("60% chance" -> "chance"). */
function oddsNounAt(tokens: readonly Token[], at: number): number {
  for (let i = at + 1; i < Math.min(tokens.length, at + 4); i += 1) {
    if (ODDS_NOUNS.has(tokens[i]?.lemma ?? "")) return i;
  }
  return at;
}

/**
 * Words that may close a likelihood predicate: "is unlikely.", "is likely, given...", "is unlikely
 * before June", "a recession is likely within two years".
 */
const PREDICATE_FOLLOWERS = new Set([
  "as",
  "because",
  "given",
  "since",
  "before",
  "until",
  "unless",
  "if",
  "in",
  "by",
  "within",
  "over",
  "during",
  "through",
  "at",
  "after",
  "later",
  "this",
  "next",
  "any",
  "anytime",
  "soon",
  "now",
  "either",
  "anymore",
]);

/** Whether a likelihood adjective ends its predicate here ("is unlikely." but not "is likely to"). */
function endsPredicate(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (!next) return true;
  if (next.pos === "PUNCT") return next.text !== "-" || tokens[at + 1] === undefined;
  return PREDICATE_FOLLOWERS.has(next.lower);
}

/** The present-tense "is"/"seems" a likelihood adjective is the predicate of ("[is] extremely unlikely"), or -1. */
function predicateBe(tokens: readonly Token[], adjective: number): number {
  for (let i = adjective - 1; i >= 0 && adjective - i <= 4; i -= 1) {
    const token = tokens[i];
    if (!token) break;
    if (BE.has(token.lower) || ["seem", "look", "appear", "remain"].includes(token.lemma)) {
      return PAST_BE.has(token.lower) || token.lower === "be" || isPastForm(token) ? -1 : i;
    }
    if (token.pos === "ADV" || NEGATIONS.has(token.lower) || token.text === "[" || token.text === "]") continue;
    break;
  }
  return -1;
}

/**
 * "the prospects of a deal are remote(, but not impossible)", "the odds are slim": from the chances
 * noun at `noun`, the range [be, size] (the size word, or the "but not impossible" after it), or null.
 */
/**
 * A past verb of speech reports the words around `at`: before it ("said that") or after a comma
 * ("..., the survey said").
 */
function reportedPast(tokens: readonly Token[], at: number): boolean {
  const speech = (token: Token): boolean => token.pos === "VERB" && SPEECH.has(token.lemma) && isPastForm(token);
  if (tokens.slice(Math.max(0, at - 10), at).some(speech)) return true;
  const comma = tokens.findIndex((token, i) => i > at && token.text === ",");
  return comma > 0 && tokens.slice(comma + 1, comma + 6).some(speech);
}

function chanceSize(tokens: readonly Token[], noun: number): [number, number] | null {
  const before = tokens[noun - 1];
  if (tokens[noun]?.pos !== "NOUN" || (before && !["DET", "ADJ", "PRON", "PUNCT"].includes(before.pos))) return null;
  for (let be = noun + 1; be < tokens.length && be - noun <= 8; be += 1) {
    const token = tokens[be];
    // "the chance of a third-party upset": a hyphen inside a word breaks no clause.
    if (token?.text === "-" && token.start === tokens[be - 1]?.end && tokens[be + 1]?.start === token.end) continue;
    if (!token || CLAUSE_BREAK.has(token.text)) return null;
    if (!BE.has(token.lower)) {
      // "the likelihood of it occurring was moderate": a gerund inside the "of" phrase.
      const gerund = token.pos === "VERB" && token.lower.endsWith("ing") && tokens[noun + 1]?.lower === "of";
      if (isVerbLike(token) && !gerund) return null;
      continue;
    }
    // "The survey said that the likelihood ... was low", "..., was moderate, the survey said": the
    // reported present.
    if (PAST_BE.has(token.lower) && !reportedPast(tokens, noun)) return null;
    let size = be + 1;
    while (
      tokens[size]?.pos === "ADV" ||
      NEGATIONS.has(tokens[size]?.lower ?? "") ||
      /^[“"‘']$/.test(tokens[size]?.text ?? "")
    ) {
      size += 1;
    }
    if (!CHANCE_SIZES.has(tokens[size]?.lower ?? "")) return null;
    const tail = tokens.slice(size + 1, size + 5).map((t) => t.lower);
    const notImpossible = tail[0] === "," && tail[1] === "but" && tail[2] === "not" && tail[3] === "impossible";
    return [be, notImpossible ? size + 4 : size];
  }
  return null;
}

/** Linking verbs before a forward predicate: "looks set to", "seems likely to", "appears poised to". */
const SEEMING_SET = new Set(["look", "seem", "appear"]);
/** A time ahead right after what is seen: "this year", "next quarter", "in 2027", "by the end of". */
const SEEN_WHEN =
  /^(?:this|next) (?:year|quarter|month|spring|summer|autumn|fall|winter)\b|^(?:in|by|through) (?:20\d\d|the (?:coming|next|end|second half|first half))\b/;
/** Comparatives that make what is seen a change: "we see higher rates". */
const SEEN_CHANGE = new Set(["higher", "lower", "more", "less", "fewer", "faster", "slower", "weaker", "stronger"]);

/** Words before "see" that make it no forecast: "as we can see", "to see", "let's see". */
const NOT_FORECAST_SEE = new Set(["can", "could", "to", "will", "would", "may", "might", "let", "'ll", "you"]);

/**
 * "we see rates falling", "economists see CPI rising 5.6 percent", "I don't see the possibility of":
 * the index of the -ing verb or chances noun that makes "see" a forecast, or -1.
 */
function seenForecast(tokens: readonly Token[], see: number): number {
  const before = tokens[see - 1];
  if (before && NOT_FORECAST_SEE.has(before.lower)) return -1;
  for (let i = see + 1; i < tokens.length && i - see <= 6; i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (CHANCE_NOUNS.has(token.lemma) && token.pos === "NOUN") {
      return ["of", "that", "for"].includes(tokens[i + 1]?.lower ?? "") ? i : -1;
    }
    if (token.pos === "VERB" && token.lower.endsWith("ing") && i > see + 1) return i;
    // "UBS and Goldman Sachs see the index at 5,600 points": the thing, then its level.
    if (token.lower === "at" && i > see + 1 && levelAt(tokens, i + 1)) return i;
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"].includes(token.pos)) break;
  }
  // "they see much higher inflation this year", "the bank sees two cuts next year": an amount or a
  // change, then a time ahead.
  let end = see + 1;
  let amount = false;
  // "growth of 2.9% next year": "of" and a percent sign inside the amount.
  const inAmount = (token: Token): boolean =>
    ["DET", "ADJ", "NOUN", "NUM", "ADV", "SYM"].includes(token.pos) ||
    (token.lower === "of" && token.pos === "ADP") ||
    token.text === "-";
  let period = false;
  while (end < tokens.length && end - see <= 8 && inAmount(tokens[end]!)) {
    if (tokens[end]!.pos === "NUM" || SEEN_CHANGE.has(tokens[end]!.lower)) amount = true;
    // "sees full-year sales of $20 billion", "third-quarter revenue of": the period in the amount.
    const hyphened = tokens[end - 1]?.text === "-" && /^(?:year|quarter)$/.test(tokens[end]!.lower);
    if (hyphened || tokens[end]!.lower === "annual") period = true;
    if (period && tokens[end]!.pos === "NUM") return end;
    if (SEEN_WHEN.test(wordsFrom(tokens, end))) return amount && end > see + 1 ? end : -1;
    end += 1;
  }
  if (!amount || end === see + 1) return -1;
  return SEEN_WHEN.test(wordsFrom(tokens, end)) ? end : -1;
}

/** What can point to an outcome: polls, forecasts, models, markets. */
const INDICATORS = new Set([
  "poll",
  "polls",
  "polling",
  "forecast",
  "forecasts",
  "model",
  "models",
  "data",
  "indicator",
  "indicators",
  "survey",
  "surveys",
  "futures",
  "markets",
  "odds",
  "projections",
]);

/** An indicator as the subject of "point(s) to" at `verb`, a few words before it, in the present. */
function indicatorBefore(tokens: readonly Token[], verb: number): boolean {
  if (isPastForm(tokens[verb]!)) return false;
  let words = 0;
  for (let i = verb - 1; i >= 0 && words < 4; i -= 1) {
    const token = tokens[i]!;
    // "Most forecasts, including our own model, currently point to": an aside between commas.
    if (token.text === ",") {
      const opening = lastIndexOf(tokens, (t) => t.text === ",", i - 1);
      if (opening < 0 || i - opening > 12) break;
      i = opening;
      continue;
    }
    if (INDICATORS.has(token.lower)) return true;
    if (!["ADV", "ADJ", "NOUN", "DET"].includes(token.pos)) break;
    words += 1;
  }
  return false;
}

/** Who can threaten to act: people, and bodies named or by their head noun. */
const AGENT_PRONOUNS = new Set(["i", "you", "he", "she", "we", "they", "who"]);

/** The subject before the verb at `verb` (past adverbs) is a person or a body that can act. */
function agentBefore(tokens: readonly Token[], verb: number): boolean {
  let i = verb - 1;
  while (i >= 0 && tokens[i]!.pos === "ADV") i -= 1;
  const subject = tokens[i];
  if (!subject) return true;
  return (
    subject.pos === "PROPN" ||
    AGENT_PRONOUNS.has(subject.lower) ||
    ORGANISATION_HEADS.has(subject.lower) ||
    STAFF.has(subject.lower)
  );
}

/** Those advice is given to: "investors should remain cautious", "we should return". */
const ADDRESSEES = new Set([
  "investors",
  "consumers",
  "voters",
  "people",
  "governments",
  "government",
  "leaders",
  "policymakers",
  "lawmakers",
  "officials",
  "companies",
  "firms",
  "savers",
  "buyers",
  "borrowers",
  "parents",
  "everyone",
]);

/**
 * The subject before "should" at `modal` (past adverbs) is someone advice is given to: a personal
 * pronoun or a noun of people. Things ("prices", "tariffs", the tagger's "Tariffs") and
 * organisations with a verb of outcome ("Barclays should recover") are not.
 */
function addresseeBefore(tokens: readonly Token[], modal: number): boolean {
  let i = modal - 1;
  while (i >= 0 && tokens[i]!.pos === "ADV") i -= 1;
  const subject = tokens[i];
  return subject !== undefined && (AGENT_PRONOUNS.has(subject.lower) || ADDRESSEES.has(subject.lower));
}

/** Verbs of an outcome, not an act: what a predictive "should" governs. */
const OUTCOMES = new Set([
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

/** Nouns of a forecast given as a figure: "the median forecast for growth is 0.7%". */
const FIGURE_NOUNS = new Set(["forecast", "projection", "estimate", "prediction"]);

/**
 * The forecast noun at `noun` is the subject of a verb that gives it a figure (a percentage or an
 * amount) within the clause, and is no forecast of the past ("last year's forecast for growth").
 */
function forecastFigure(tokens: readonly Token[], noun: number): boolean {
  if (tokens.slice(0, noun).some((token) => PAST_MARKERS.has(token.lower) || token.lower === "previous")) return false;
  let verb = -1;
  for (let i = noun + 2; i < tokens.length && i - noun <= 16; i += 1) {
    const token = tokens[i]!;
    if (CLAUSE_BREAK.has(token.text) && token.text !== ",") return false;
    if (verb < 0 && (token.pos === "VERB" || token.pos === "AUX")) verb = i;
    else if (verb >= 0 && token.pos === "NUM" && (percentAt(tokens, i) || tokens[i - 1]?.text === "$")) return true;
  }
  return false;
}

/** Nouns of a view that a verb may revise to a figure: "raised its forecast for growth to 2%". */
const REVISED_VIEWS = new Set(["forecast", "outlook", "projection", "estimate", "prediction", "call", "target"]);
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
const NOUN_PHRASE_INNER = new Set(["DET", "PRON", "PART", "ADJ", "NOUN", "PROPN", "NUM"]);

/** An amount at `at`: "2%", "$5,000", "610,000", "around $1,050", "£58.3 billion". */
function amountAt(tokens: readonly Token[], at: number): boolean {
  let i = at;
  if (["around", "about", "roughly", "nearly", "almost", "some", "just"].includes(tokens[i]?.lower ?? "")) i += 1;
  if (tokens[i]?.pos === "SYM" || /^[$£€¥]$/.test(tokens[i]?.text ?? "")) i += 1;
  return tokens[i]?.pos === "NUM" && /\d/.test(tokens[i]!.text);
}

/** Units of a level a price, a rate or an index stands at: "at 5,600 points", "at 1.5%". */
const LEVEL_UNITS = new Set(["percent", "per", "%", "points", "bps", "basis", "yen", "euros", "dollars", "pounds"]);

/**
 * A level at `at`: an amount in money, a percentage, points, or a figure with a decimal or a
 * thousands separator ("at $1,050", "at 5,600 points", "at 1.36"), not a count ("at 10 sites").
 */
function levelAt(tokens: readonly Token[], at: number): boolean {
  if (!amountAt(tokens, at)) return false;
  const number = tokens.findIndex((token, k) => k >= at && token.pos === "NUM");
  const money = tokens.slice(at, number).some((token) => token.pos === "SYM" || /^[$£€¥]$/.test(token.text));
  return money || /[.,]/.test(tokens[number]!.text) || LEVEL_UNITS.has(tokens[number + 1]?.lower ?? "");
}

/**
 * "the panel lowered its forecast for job growth to 695,100", "raised its 2027 shipment forecast to
 * 41 million", "halved its forecast from 5.9% to 2.4%", "reiterated its call for gold to fall to
 * $1,050": a view noun, the object of a verb that sets, revises or keeps it, given a figure ("to" or
 * "at" an amount) or its content ("for X to fall") within the clause. Not a goal ("its hiring
 * target"), nor a view revised with no figure ("raised its forecast for growth").
 */
function revisedForecast(tokens: readonly Token[], noun: number): boolean {
  const token = tokens[noun]!;
  if (token.lemma === "target" && !MARKET_TARGETS.has(tokens[noun - 1]?.lower ?? "")) return false;
  let verb = -1;
  for (let i = noun - 1; i >= 0 && noun - i <= 9; i -= 1) {
    const before = tokens[i]!;
    if (before.pos === "VERB" || (before.pos === "NOUN" && before.lower.endsWith("ed"))) {
      verb = i;
      break;
    }
    // "its three-month, near-term forecast": a comma between two modifiers.
    // "near-term": a word joined to the next by a hyphen, whatever the tagger made of it.
    const between =
      (before.text === "," && NOUN_PHRASE_INNER.has(tokens[i - 1]?.pos ?? "")) ||
      (tokens[i + 1]?.text === "-" && tokens[i + 1]!.start === before.end);
    if (!NOUN_PHRASE_INNER.has(before.pos) && before.text !== "-" && before.lower !== "year" && !between) return false;
  }
  if (verb < 0 || !REVISING.has(tokens[verb]!.lemma)) return revisedInPassive(tokens, noun);
  for (let i = noun + 1; i < tokens.length && i - noun <= 18; i += 1) {
    const after = tokens[i]!;
    // "its outlook for gross domestic product (GDP) from 1.4% to 2%": past a gloss in brackets.
    if (after.text === "(") {
      const closing = tokens.findIndex((t, k) => k > i && k - i <= 6 && t.text === ")");
      if (closing > 0) {
        i = closing;
        continue;
      }
    }
    if (CLAUSE_BREAK.has(after.text) && after.text !== ",") return false;
    if ((after.lower === "to" || after.lower === "at") && amountAt(tokens, i + 1)) return true;
    // "its call for gold to fall": the content of the view.
    if (after.lower === "to" && isVerbLike(tokens[i + 1]) && tokens.slice(noun + 1, i).some((t) => t.lower === "for")) {
      return true;
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
  const document = FORECAST_DOCUMENTS.has(before?.lower ?? "") && tokens[at - 2]?.pos === "DET";
  // "YouGov projects Labour will win": a clause of its own, its subject a name, its modal close after.
  const clause =
    after?.pos === "PROPN" &&
    tokens.slice(at + 2, at + 6).some((next) => next.pos === "AUX" && FUTURE_MODALS.has(next.lower));
  // Not before "that": "Harbour Bank forecast that rents would climb" reads its "would" as "will".
  return (
    (before?.pos === "PROPN" || staff || document) &&
    (["DET", "ADJ", "NUM"].includes(after?.pos ?? "") || clause) &&
    after?.lower !== "that"
  );
}

/** A firm's people, who forecast for it: "Gartner analysts forecast a recovery". */
const PEOPLE_OF_A_FIRM = new Set(["analysts", "economists", "strategists", "forecasters", "researchers"]);

/** What one stands to do: "stand to gain", "stands to lose". */
const STAKES = new Set(["gain", "lose", "benefit", "profit", "suffer", "earn", "make", "win", "reap"]);

/** What an economy, a market or a race is headed or set for, as against a place: "a recession", "a gain". */
const HEADED_OUTCOMES = new Set([
  "recession",
  "slowdown",
  "downturn",
  "slump",
  "crash",
  "default",
  "defeat",
  "victory",
  "win",
  "loss",
  "landslide",
  "majority",
  "record",
  "showdown",
  "crisis",
  "collapse",
  "shutdown",
  "deficit",
  "surplus",
  "recovery",
  "rebound",
  "boom",
  "war",
  "stalemate",
  "deadlock",
  "runoff",
  "trouble",
  "disaster",
  "gain",
  "rise",
  "fall",
  "decline",
  "drop",
  "rally",
  "cut",
  "hike",
  "increase",
]);

/** What prices an outcome: "futures imply", "market pricing implies", "the odds imply". */
const PRICED = new Set(["futures", "markets", "pricing", "odds", "polls", "forecasts", "models", "projections"]);

/**
 * The noun phrase from `at` after "heading for" is an outcome: an amount ("3C", "a 10% fall") or a
 * noun of outcome within a few words ("a long recession"), not a place ("the square", "Rotterdam").
 */
function headedOutcome(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i - at < 5; i += 1) {
    const token = tokens[i]!;
    if (token.pos === "NUM" || HEADED_OUTCOMES.has(token.lemma)) return true;
    // "its biggest October gain": a month or a name among the modifiers.
    if (!["DET", "ADJ", "NOUN", "ADV", "PRON", "PROPN"].includes(token.pos)) return false;
  }
  return false;
}

/** Predicates of an absolute phrase that forecast: "with the latter predicted to grow". */
const ABSOLUTE_PREDICATES = new Set([
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

/**
 * The index of "with" opening an absolute phrase whose predicate is at `at` ("with borrowing in
 * 2027 expected to be lower"): a noun phrase between, prepositions and figures allowed, no verb;
 * -1 otherwise.
 */
export function absoluteWith(tokens: readonly Token[], at: number, comma = true): number {
  // Without the comma before "with", a list of names may stand between ("with teams at A, B and C
  // all predicting").
  for (let i = at - 1; i >= 0 && at - i <= (comma ? 9 : 16); i -= 1) {
    const before = tokens[i]!;
    if (before.lower === "with") return i > 0 && (!comma || tokens[i - 1]?.text === ",") && i + 1 < at ? i : -1;
    const listed = !comma && before.text === "," && tokens[i - 1]?.pos === "PROPN";
    if (
      BE.has(before.lower) ||
      before.pos === "VERB" ||
      before.pos === "AUX" ||
      (CLAUSE_BREAK.has(before.text) && !listed)
    ) {
      return -1;
    }
  }
  return -1;
}

/**
 * The index of "to" in a forward predicate denied after "is" at `be`: "is not expected to", "isn't
 * likely to", "is almost certain not to", "is likely not to" (an adverb allowed before the
 * predicate), followed by a verb; -1 otherwise.
 */
function deniedPredicate(tokens: readonly Token[], be: number): number {
  let i = be + 1;
  const before = NEGATIONS.has(tokens[i]?.lower ?? "");
  if (before) i += 1;
  if (tokens[i]?.pos === "ADV" && !NEGATIONS.has(tokens[i]!.lower)) i += 1;
  const predicate = tokens[i]?.lower ?? "";
  if (!FORWARD_PREDICATES.has(predicate) || predicate === "about") return -1;
  i += 1;
  const after = NEGATIONS.has(tokens[i]?.lower ?? "");
  if (after) i += 1;
  if (before === after || tokens[i]?.lower !== "to" || !isVerbLike(tokens[i + 1])) return -1;
  return i;
}

/** Nouns of time that make "forecasts a year ago" a noun phrase, not a verb and its object. */
const TIME_NOUNS = new Set(["year", "month", "week", "day", "quarter", "decade", "time", "while"]);

/**
 * "For 2018, the firm forecasts 1.8 percent growth", "the polls forecast a stronger yen": "forecast"
 * or "forecasts" tagged as a noun after a subject ("the" and a noun, or a plural noun), before a
 * noun phrase that is no time ("the bank's forecasts a year ago" stays a noun).
 */
function forecastTaggedNoun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.pos !== "NOUN" || (token.lower !== "forecast" && token.lower !== "forecasts")) return false;
  const before = tokens[at - 1];
  // "the firm forecasts": the tagger reads "firm" as an adjective there.
  const the = tokens[at - 2]?.lower === "the";
  if (before?.pos !== "NOUN" && !(before?.pos === "ADJ" && the)) return false;
  const subject = token.lower === "forecast" ? before.pos === "NOUN" && /[^s]s$/.test(before.lower) : the;
  if (!subject || tokens[at - 2]?.pos === "PART") return false;
  const after = tokens[at + 1];
  if (!["DET", "ADJ", "NUM"].includes(after?.pos ?? "") || after?.lower === "that") return false;
  return !tokens.slice(at + 1, at + 4).some((t) => TIME_NOUNS.has(t.lemma));
}

/** Words before a past forecasting verb that make it no forecast of the speaker's: "had", "than", "as". */
const NOT_PAST_FORECAST = new Set(["had", "than", "as", "'d"]);

/**
 * "It predicted a modest pickup", "the forecasters projected a deficit of 4%", "the survey saw the
 * dollar at 82 yen": a forecasting verb in the past tense (not reported speech, nor the present
 * perfect, which `findCues` reads already) with an object; "saw" only with an amount after "at".
 */
function pastForecastVerb(tokens: readonly Token[], at: number): boolean {
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
 * "That should see sales total $221.6bn", "we should see an increase in earnings": "see" at `see`
 * with an outcome after it (a noun phrase and a verb, or a noun of change), not "see a doctor".
 */
function seenOutcome(tokens: readonly Token[], see: number): boolean {
  if (tokens[see]?.lemma !== "see") return false;
  for (let i = see + 1; i < tokens.length && i - see <= 6; i += 1) {
    const token = tokens[i]!;
    if (HEADED_OUTCOMES.has(token.lemma) && token.pos === "NOUN") return true;
    // "sales total $221.6bn": the tagger reads the verb before an amount as an adjective or a noun.
    const beforeAmount = ["NOUN", "ADJ"].includes(token.pos) && /^\p{Ll}/u.test(token.text) && amountAt(tokens, i + 1);
    if (i > see + 1 && (token.pos === "VERB" || beforeAmount)) return tokens[i - 1]?.pos === "NOUN";
    if (!["DET", "ADJ", "NOUN", "NUM"].includes(token.pos)) return false;
  }
  return false;
}

/** Verbs that put something on a course: "placing Earth on track for", "puts the economy on course". */
const PLACING = new Set(["place", "put", "set", "keep", "leave"]);

/** A verb of placing stands before "on track" at `on`, its object between (a noun phrase). */
function placedOnTrack(tokens: readonly Token[], on: number): boolean {
  for (let i = on - 1; i >= 0 && on - i <= 5; i -= 1) {
    const token = tokens[i]!;
    if (PLACING.has(token.lemma) && token.pos === "VERB") return i < on - 1;
    if (!["DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"].includes(token.pos)) return false;
  }
  return false;
}

/**
 * "The median forecast in the new survey is for output to grow 1.5% in 2027": a forecast noun, then
 * "is for" and its content (a subject, "to" and a verb); not a forecast of the past ("Last year's
 * forecast was for").
 */
function forecastIsFor(tokens: readonly Token[], noun: number): boolean {
  if (tokens.slice(0, noun).some((token) => PAST_MARKERS.has(token.lower) || token.lower === "previous")) return false;
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

/** What can call for a figure as a forecast: "the forecast calls for 13 storms" (not "the plan"). */
const FORECAST_SUBJECTS = new Set(["forecast", "outlook", "projection", "prediction", "model", "models", "forecasts"]);

/** Verbs of a figure staying where it was: "the forecast remains at $17.50". */
const STAYING = new Set(["remain", "stay", "stand"]);

/** Outcomes one looks for, beyond `OUTCOMES`: "looks for gold to underperform", "for the Fed to cut". */
const LOOKED_OUTCOMES = new Set([
  "underperform",
  "outperform",
  "cut",
  "hike",
  "tighten",
  "win",
  "lose",
  "rally",
  "fail",
]);

/**
 * From `at` (after "look for"): a noun phrase, "to" and a verb of outcome ("gold to underperform
 * platinum"), not a purpose ("partners to help it expand").
 */
function lookedForOutcome(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i < tokens.length && i - at <= 5; i += 1) {
    const token = tokens[i]!;
    if (token.lower === "to") {
      const verb = tokens[i + 1];
      return i > at && !!verb && (OUTCOMES.has(verb.lemma) || LOOKED_OUTCOMES.has(verb.lemma));
    }
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(token.pos)) return false;
  }
  return false;
}

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
      const outcome = verb >= 0 && (OUTCOMES.has(tokens[verb]!.lemma) || seen);
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
      (next?.lower === "track" || next?.lower === "course") &&
      tokens[i + 2]?.lower === "to" &&
      isVerbLike(tokens[i + 3]) &&
      !PAST_BE.has(tokens[i - 1]?.lower ?? "")
    ) {
      const be = BE.has(tokens[i - 1]?.lower ?? "") ? i - 1 : i;
      cues.push({ kind: "construction", first: be, last: i + 2 });
      continue;
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
    // "Smith is the favourite to win", "the clear favorite to take the title": the chances said of her.
    if (
      (token.lower === "favourite" || token.lower === "favorite") &&
      next?.lower === "to" &&
      isVerbLike(tokens[i + 2])
    ) {
      const the = tokens[i - 1]?.lower === "the" ? i - 1 : tokens[i - 2]?.lower === "the" ? i - 2 : -1;
      if (the > 0 && BE.has(tokens[the - 1]?.lower ?? "") && !PAST_BE.has(tokens[the - 1]?.lower ?? "")) {
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
    // "The outlook calls for slower growth", "NOAA's forecast calls for 14 to 21 named storms": a
    // forecast's document says what it expects ("the union calls for a strike" demands).
    // "The forecast team is now calling for 10 named storms": its forecasters, in the progressive.
    const forecastTeam =
      token.lower === "calling" && tokens.slice(Math.max(0, i - 5), i).some((t) => FORECAST_DOCUMENTS.has(t.lower));
    if (
      token.lemma === "call" &&
      next?.lower === "for" &&
      (FORECAST_DOCUMENTS.has(tokens[i - 1]?.lower ?? "") || forecastTeam) &&
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
      !PAST_BE.has(tokens[i - 1]?.lower ?? "") &&
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
      !PAST_BE.has(tokens[i - 1]?.lower ?? "")
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
    const nearlyCertain = token.lower === "certain" && ALMOST.has(tokens[i - 1]?.lower ?? "");
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
    // wink splits "toss-up" in three: "toss", "-", "up".
    const tossUp = token.lower === "toss" && tokens[i + 1]?.text === "-" && tokens[i + 2]?.lower === "up";
    const evenOdds = (tossUp || token.lower === "tossup") && tokens[i - 1]?.lower === "a";
    const last = tossUp ? i + 2 : i;
    if ((LIKELIHOOD.has(token.lower) || nearlyCertain || evenOdds) && endsPredicate(tokens, last + 1)) {
      const be = predicateBe(tokens, evenOdds ? i - 1 : nearlyCertain && tokens[i - 2]?.lower === "all" ? i - 2 : i);
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
    // "the dollar is set for its biggest weekly loss", "oil is poised for a third gain".
    if (
      BE.has(token.lower) &&
      !PAST_BE.has(token.lower) &&
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
      if (seen >= 0) {
        cues.push({ kind: "construction", first: i, last: i });
        continue;
      }
    }
    // "rates are not expected to fall", "isn't likely to", "is almost certain not to": the forecast
    // denied (not of the past: "were not expected to"; not "is not about to", a refusal).
    if (BE.has(token.lower) && !PAST_BE.has(token.lower)) {
      const denied = deniedPredicate(tokens, i);
      if (denied >= 0) {
        cues.push({ kind: "construction", first: i, last: denied });
        continue;
      }
    }
    // "Over 35 million new cases are predicted in 2050", "demand growth is now projected at around
    // 700,000 b/d": a forecast in the passive with its time or its figure, without "to".
    if (BE.has(token.lower) && !PAST_BE.has(token.lower)) {
      const predicate = next?.pos === "ADV" && !NEGATIONS.has(next.lower) ? i + 2 : i + 1;
      if (PASSIVE_FORECASTS.has(tokens[predicate]?.lower ?? "") && passiveForecastFor(tokens, predicate + 1)) {
        cues.push({ kind: "construction", first: i, last: predicate });
        continue;
      }
    }
    // "life expectancy is estimated to increase to 84.95 years": an estimate of a change to come (not
    // "is estimated to be worth", the present).
    if (
      BE.has(token.lower) &&
      !PAST_BE.has(token.lower) &&
      next?.lower === "estimated" &&
      tokens[i + 2]?.lower === "to" &&
      CHANGES.has(tokens[i + 3]?.lemma ?? "")
    ) {
      cues.push({ kind: "construction", first: i, last: i + 2 });
      continue;
    }
    // "is poised to", "are likely to", "is set to" + verb
    if (BE.has(token.lower) && FORWARD_PREDICATES.has(next?.lower ?? "") && tokens[i + 2]?.lower === "to") {
      if (isVerbLike(tokens[i + 3])) cues.push({ kind: "construction", first: i, last: i + 2 });
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
      BE.has(token.lower) &&
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
      FORECASTING.has(token.lemma) &&
      !modifier &&
      (!isPastForm(token) || reportedForecast(tokens, i) || PERFECT.has(tokens[i - 1]?.lower ?? ""))
    ) {
      if (next && next.pos !== "PUNCT") cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // "It predicted a modest pickup next year", "the survey saw the dollar at 82 yen in a month's
    // time": a forecast told in the past tense, kept only with a time ahead (see `rejection`).
    if (pastForecastVerb(tokens, i)) {
      cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // "there is a real possibility that", "a slim chance of", "every likelihood that"
    if (CHANCE_NOUNS.has(token.lemma) && token.pos === "NOUN" && CHANCE_SIZE.has(tokens[i - 1]?.lower ?? "")) {
      if (next?.lower === "that" || next?.lower === "of" || chanceClauseAfter(tokens, i)) {
        cues.push({ kind: "construction", first: i - 1, last: i });
      }
      continue;
    }
    // "a 60% chance of", "70 per cent probability that": a probability stated in numbers
    if (token.pos === "NUM" && statedAt(tokens, i) !== null) {
      cues.push({ kind: "stated", first: i, last: i });
      continue;
    }
    // "probably", "almost certainly", "very likely" as adverbs with a verb
    if (token.pos === "ADV" && /^(?:probably|likely|certainly|possibly|inevitably)$/.test(token.lower)) {
      if (isVerbLike(next) || isVerbLike(tokens[i - 1])) cues.push({ kind: "certain", first: i, last: i });
    }
  }
  return cues;
}

/**
 * "There's a good chance inflation falls below 2%": after "there is" and the chances, a clause
 * with no "that" (a subject, then its finite verb or modal within four words).
 */
function chanceClauseAfter(tokens: readonly Token[], noun: number): boolean {
  const article = ["a", "an", "every", "some"].includes(tokens[noun - 2]?.lower ?? "") ? noun - 2 : noun - 1;
  const be = tokens[article - 1]?.lower ?? "";
  if (!["is", "'s", "was"].includes(be) || tokens[article - 2]?.lower !== "there") return false;
  if (!["DET", "PRON", "PROPN", "NOUN"].includes(tokens[noun + 1]?.pos ?? "")) return false;
  for (let at = noun + 2; at <= noun + 5 && at < tokens.length; at += 1) {
    const word = tokens[at]!;
    if (word.pos === "PUNCT") return false;
    if (word.pos === "AUX" || (word.pos === "VERB" && !word.lower.endsWith("ing"))) return true;
  }
  return false;
}

/**
 * "Goldman Sachs said that it expected the group to delay", "Bank of America said it expected":
 * reported speech moves the forecasting verb into the past; the forecast is the speaker's now. The
 * verb at `verb` follows a pronoun subject, after a past verb of speech in the same clause; "had
 * expected" (an expectation overtaken) is not this.
 */
function reportedForecast(tokens: readonly Token[], verb: number): boolean {
  // "Most economists expected a cut next week, according to a survey": the survey reports it now.
  const according = tokens.findIndex((token, i) => i > verb && token.lower === "according");
  if (according > 0 && tokens[according - 1]?.text === "," && tokens[according + 1]?.lower === "to") {
    return tokens[verb - 1]?.lower !== "had" && !tokens.slice(0, verb).some((t) => PAST_MARKERS.has(t.lower));
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

/**
 * Why a cue does not make the clause a prediction, or null when it does. `dated`: the clause names
 * a time after the publication date ("in the coming months", "by 2027"), so a modal after a past
 * verb looks forward from the past to a future still open ("the report cited factors that might
 * cast a pall over the industry in the coming months"), not back at the past.
 */
export function rejection(tokens: readonly Token[], cue: Cue, dated = false): string | null {
  const token = tokens[cue.first];
  if (!token) return "no cue";
  // "The sanctions were expected to bring them closer": an expectation of the past, unless reported
  // ("officials said the talks were expected to end") or looking to a time still ahead.
  if (
    cue.kind === "construction" &&
    PAST_BE.has(token.lower) &&
    FORWARD_PREDICATES.has(tokens[cue.last - 1]?.lower ?? "") &&
    tokens[cue.last]?.lower === "to" &&
    !dated &&
    !reportedPast(tokens, cue.first)
  ) {
    return "past";
  }
  // "The company predicted a loss": a forecast told in the past holds only for a time still ahead.
  if (cue.kind === "construction" && cue.first === cue.last && !dated && pastForecastVerb(tokens, cue.first)) {
    return "past";
  }
  if (cue.kind === "modal" && token.pos === "AUX") {
    const verb = governedVerb(tokens, cue.first);
    const governed = tokens[verb];
    // "may have caused", "would have been able": a statement about the past ("would have to" is not).
    // "will have been shut down by 2030" is the future perfect, a forecast.
    // "could have a similar impact", "may have an effect": "have" as the verb itself (a determiner
    // or adjective after it, no participle) is no perfect.
    const owning = /^(?:a|an|the|no|some|any|more|less|little|much|many|few|its|their|his|her)$/.test(
      tokens[verb + 1]?.lower ?? "",
    );
    if (governed?.lower === "have" && tokens[verb + 1]?.lower !== "to" && token.lemma !== "will" && !owning) {
      return "perfect";
    }
    // "Some will say I am too gloomy", "critics will point to the profits": an objection anticipated.
    if (OBJECTING.has(governed?.lemma ?? "") && OBJECTORS.has(tokens[cue.first - 1]?.lower ?? "")) return "objection";
    // "A sensible investor would trim her holdings": advice put as what the prudent would do.
    if (
      token.lower === "would" &&
      PRUDENT.has(tokens[cue.first - 2]?.lower ?? "") &&
      tokens[cue.first - 3]?.lower === "a"
    ) {
      return "advice";
    }
    // "That would represent a 3 percent move", "Such a steep fall would be the worst year since
    // 2008", "which would be the group's fifth increase": what a forecast or a fact would amount to.
    if (HYPOTHETICAL.has(token.lower) && amountsTo(tokens, cue.first, verb)) return "comparison";
    // "which would ostensibly produce revenue": a claim the article keeps at a distance.
    if (DISTANCING.has(tokens[cue.first + 1]?.lower ?? "")) return "disowned";
    // "would like to", "would rather": a wish.
    if (token.lower === "would" && WISHES.has(governed?.lemma ?? "")) return "wish";
    // "He would not comment on the talks", "she wouldn't say when": a refusal reported, not a forecast.
    if (
      token.lower === "would" &&
      DECLINING.has(governed?.lemma ?? "") &&
      tokens.slice(cue.first + 1, verb).some((t) => NEGATIONS.has(t.lower))
    ) {
      return "refusal";
    }
    // "The question will be whether...": a statement about what is uncertain, not a forecast.
    if (governed?.lemma === "be" && EMBEDDED_QUESTION.has(tokens[verb + 1]?.lower ?? "")) return "question frame";
    // "Part of the reason may be that...", "one explanation could be that": an explanation offered.
    if (governed?.lemma === "be" && isExplanation(tokens, cue.first, verb)) return "explanation";
    // "The Fed will hold its next meeting on Oct. 29-30": a fixture of the calendar, not a forecast.
    // "Smith said the talks would resume on Monday": the same in reported speech.
    if ((token.lower === "will" || token.lower === "would") && isScheduled(tokens, governed, verb)) return "schedule";
    // "Apple will unveil the phone at its September event": a launch at a fixture is a plan.
    if (token.lower === "will" && LAUNCHING.has(governed?.lemma ?? "") && atFixture(tokens, verb)) return "schedule";
    // "Each year, thousands of tourists will visit", "prices will usually rise in spring": habit, not
    // a forecast, unless a year or "next" is named ("every year, the gap will widen until 2030").
    // "I generally think X will": an adverb before another verb is that verb's, not the modal's.
    const ownStart = lastIndexOf(tokens, (t) => t.pos === "VERB", cue.first - 1) + 1;
    if (HABITUAL.test(lowerWords(tokens, ownStart, verb)) && !NAMED_FUTURE.test(lowerWords(tokens, 0, tokens.length))) {
      return "habitual";
    }
    // "lawmakers' to-do list will include", "the summit's agenda will feature": what is planned.
    if (AGENDA_VERBS.has(governed?.lemma ?? "") && AGENDAS.has(tokens[cue.first - 1]?.lower ?? "")) return "schedule";
    // "most drivers will tell you", "I will eat my words", "the two could not differ more": idioms.
    if (verb >= 0 && IDIOMS.test(wordsFrom(tokens, verb))) return "idiom";
    // "I may be wrong", "he could be mistaken": a speaker hedging his own view, not a forecast.
    if (
      POSSIBILITY.has(token.lower) &&
      SUBJECT_PRONOUNS.has(tokens[cue.first - 1]?.lower ?? "") &&
      /^be (?:wrong|mistaken)\b/.test(wordsFrom(tokens, verb))
    ) {
      return "idiom";
    }
    // "For there to be a runoff, three candidates would have to combine for 22%": a requirement.
    if (requirementFrame(tokens, cue, governed, verb)) return "requirement";
  }
  // "In 2019, analysts predicted that the merger would fail": a forecast made in a past the clause
  // names, with no date ahead to keep it open.
  if (!dated && distantPastForecast(tokens, cue)) return "past forecast";
  // "Our model correctly suggested that Biden would win": a forecast already judged, so settled.
  if (
    BACKSHIFTING.has(token.lower) &&
    tokens.slice(0, cue.first).some((t, k) => SETTLED.has(t.lower) && isPastForm(tokens[k + 1] ?? t))
  ) {
    return "past forecast";
  }
  let complement = false;
  for (let i = cue.first - 1; i >= 0; i -= 1) {
    const before = tokens[i];
    if (!before) break;
    // "Critics claim the plan will fail", "have claimed the cuts will pay for themselves": a claim
    // reported at a distance, which the article does not make its own.
    // (Not "jobless claims will rise": the noun as the subject.)
    const claimed = before.lower === "claimed" || ["DET", "PRON"].includes(tokens[i + 1]?.pos ?? "");
    if (before.lemma === "claim" && i < cue.first - 1 && claimed && !sourceClaimed(tokens, i)) return "claim";
    // Skip an aside between dashes: "the United States—despite its own tumult—might bring".
    if (DASHES.has(before.text)) {
      const opening = lastIndexOf(tokens, (t) => DASHES.has(t.text), i - 1);
      if (opening >= 0 && i - opening < 12) {
        i = opening;
        continue;
      }
    }
    if (CLAUSE_BREAK.has(before.text)) break;
    // "tempered by the office's expectation that rates would be lower": the modal states the view,
    // whatever the tense of the sentence around the noun.
    if (before.lower === "that" && tokens[i - 1]?.pos === "NOUN" && VIEW_NOUNS.has(tokens[i - 1]!.lemma)) break;
    // "concerned about what could happen ... and expressed doubts that the militias will stop": a
    // "that" after a noun or a verb opens a clause of its own, which a wh-word before it does not govern.
    if (before.lower === "that" && ["NOUN", "VERB"].includes(tokens[i - 1]?.pos ?? "")) complement = true;
    if (EMBEDDED_QUESTION.has(before.lower) && !complement) return "embedded question";
    // "Investors want to know if rates will fall", "she asked if the deal would hold": "if" as "whether".
    if (before.lower === "if" && ASKING.has(tokens[i - 1]?.lemma ?? "") && !complement) return "embedded question";
    // "Folks still seem to think there are going to be runoffs": a belief ascribed to others.
    if (BELIEF.has(before.lemma) && tokens[i - 1]?.lower === "to" && SEEMING.has(tokens[i - 2]?.lemma ?? "")) {
      return "ascribed belief";
    }
    // "the talks that Washington hopes will avert a war", "we hope prices will fall": a hope.
    if (HOPING.has(before.lemma) && (before.pos === "VERB" || tokens[i + 1]?.lower === "that")) return "hope";
    // "Many voters still believe prices will fall": what the public believes, not anyone's forecast.
    if (LAY_BELIEF.has(before.lemma) && laySubjectBefore(tokens, i)) return "ascribed belief";
    // "a guarantee that Ukraine would never be allowed to join": the terms of a demand or promise.
    // Not "the emissions guaranteeing that outcome will": a verb before "that", which points at a noun.
    if (before.lower === "that" && tokens[i - 1]?.pos === "NOUN" && DEMAND_NOUNS.has(tokens[i - 1]!.lemma)) {
      return "demand";
    }
    // "prepared in the event that there may be an escalation", "in case", "so that": a contingency.
    if (isContingency(tokens, i)) return "contingency";
    // "That is not to say the road will be smooth": a claim disowned, not made.
    if (before.lower === "say" && tokens[i - 1]?.lower === "to" && tokens[i - 2]?.lower === "not") return "disowned";
    if (!BACKSHIFTING.has(token.lower)) continue;
    // "learned that he could not": the past. "Cha said the regime could": Cha's forecast, kept.
    // A past belief stays past even with a date ahead: "we previously assumed it would weigh in 2026".
    const waived = dated && !BELIEF.has(before.lemma);
    // "BCA has predicted that shares could fall": the present perfect of a forecast holds it now.
    const standing = FORECASTING.has(before.lemma) && PERFECT.has(tokens[i - 1]?.lower ?? "");
    // "Smith said she believed rates would fall": a belief reported with the speech around it is
    // the speaker's now, as "said it expected" is.
    const reportedBelief =
      BELIEF.has(before.lemma) &&
      ["he", "she", "it", "they", "we", "i"].includes(tokens[i - 1]?.lower ?? "") &&
      tokens.slice(0, i - 1).some((word) => SPEECH.has(word.lemma) && isPastForm(word));
    if (
      isPastForm(before) &&
      !BE.has(tokens[i - 1]?.lower ?? "") &&
      !SPEECH.has(before.lemma) &&
      !waived &&
      !standing &&
      !reportedBelief
    ) {
      // "quoted Ryabkov as saying it was entirely possible the talks could end": reported speech
      // moves the whole of what was said into the past.
      if (tokens.slice(0, cue.first).some((word, k) => word.lower === "saying" && tokens[k - 1]?.lower === "as")) {
        continue;
      }
      return "past";
    }
    // "..., hinting that X might": a participle reporting a past main clause.
    if (
      before.lower === "that" &&
      tokens[i - 1]?.lower.endsWith("ing") &&
      REPORTING_ING.has(tokens[i - 1]?.lemma ?? "")
    ) {
      if (tokens.slice(0, i - 1).some(isPastForm)) return "past";
    }
  }
  return null;
}

/** Modals of a hypothesis: "would", "could", "might". */
const HYPOTHETICAL = new Set(["would", "could", "might"]);
/** Verbs of equivalence: what something would be, represent or amount to. */
const AMOUNTING = new Set(["be", "represent", "mark", "equate", "amount", "constitute"]);
/** Words of rank and record: "the first", "the fifth straight", "the most since". */
const RANKS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "last",
  "most",
  "least",
  "worst",
  "best",
  "since",
  "record",
]);
/** Nouns that point back at an outcome just named: "the result would be". */
const RESULT_NOUNS = new Set(["result", "outcome", "upshot", "effect"]);

/**
 * The subject of the modal at `modal` points back ("That", "This", ", which", "Such a steep fall",
 * "the result") and its verb at `verb` says what that would amount to ("be" with a noun phrase, not
 * a passive or a predicate of likelihood; "represent", "mark", ...): a comparison or an evaluation
 * under the forecast before it, not a forecast of its own.
 */
function amountsTo(tokens: readonly Token[], modal: number, verb: number): boolean {
  const governed = tokens[verb];
  if (!governed || !AMOUNTING.has(governed.lemma)) return false;
  if (governed.lemma === "be") {
    let k = verb + 1;
    while (tokens[k]?.pos === "ADV") k += 1;
    const complement = tokens[k];
    if (!complement || !["DET", "ADJ", "NOUN", "NUM", "PRON"].includes(complement.pos)) return false;
    // A rank or a record, not an evaluation ("would be a mistake" may be the writer's forecast):
    // "the worst year since 2008", "the group's fifth straight increase", "the first cut in years".
    const rest = tokens.slice(k, k + 8);
    const ranked = rest.some(
      (t) => RANKS.has(t.lower) || (t.pos === "ADJ" && /(?:est)$/.test(t.lower) && t.lower !== "honest"),
    );
    if (!ranked) return false;
  }
  const subject = tokens[modal - 1]?.lower ?? "";
  if (subject === "that" || subject === "this") return modal === 1 || CLAUSE_BREAK.has(tokens[modal - 2]?.text ?? "");
  if (subject === "which") return tokens[modal - 2]?.text === ",";
  if (RESULT_NOUNS.has(subject) && tokens[modal - 2]?.lower === "the") return true;
  for (let i = modal - 1; i >= 0 && modal - i <= 9; i -= 1) {
    const before = tokens[i]!;
    if (before.lower === "such") return i === 0 || CLAUSE_BREAK.has(tokens[i - 1]?.text ?? "");
    if (before.pos === "VERB" || before.pos === "AUX" || CLAUSE_BREAK.has(before.text)) return false;
  }
  return false;
}

/**
 * "He also claimed that the election may...", "Silver claimed that": a source the article quotes,
 * in the simple past with "that", says what it foresees (not "critics claim", "have claimed").
 */
function sourceClaimed(tokens: readonly Token[], claim: number): boolean {
  if (tokens[claim]?.lower !== "claimed" || tokens[claim + 1]?.lower !== "that") return false;
  let subject = claim - 1;
  if (tokens[subject]?.pos === "ADV") subject -= 1;
  const token = tokens[subject];
  if (!token || PERFECT.has(token.lower) || token.lower === "had") return false;
  return token.lower === "he" || token.lower === "she" || token.pos === "PROPN";
}

/** Adverbs that judge a forecast already: "correctly predicted", "wrongly suggested". */
const SETTLED = new Set(["correctly", "rightly", "accurately", "wrongly", "incorrectly", "mistakenly"]);

/** Verbs of presenting something to the public on an occasion. */
const LAUNCHING = new Set(["unveil", "launch", "present", "showcase", "debut", "introduce"]);
/** Occasions things are launched at: "at its September event", "at the trade fair". */
const OCCASIONS = new Set(["event", "conference", "fair", "show", "summit", "keynote", "expo", "meeting", "launch"]);

/** "at its September event", "at the annual trade fair" within a few words after the verb. */
function atFixture(tokens: readonly Token[], verb: number): boolean {
  const at = tokens.findIndex((token, i) => i > verb && i - verb <= 6 && token.lower === "at");
  if (at < 0) return false;
  return tokens.slice(at + 1, at + 6).some((token) => OCCASIONS.has(token.lower));
}

/** Words that make a modal habitual: "each year", "every summer", "usually", "typically". */
const HABITUAL =
  /\b(?:(?:each|every) (?:year|day|week|month|summer|winter|spring|autumn|fall|morning|night|time)|usually|typically|generally|often|always|sometimes)\b/;

/** A time ahead named by its year or as "next": what keeps a habitual-looking modal a forecast. */
const NAMED_FUTURE = /\b(?:20\d\d|next|coming)\b/;

/** The clause's words from `from` to before `to`, lower case. */
const lowerWords = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((token) => token.lower)
    .join(" ");

/** What a plan lists, as the subject of "will include": "the agenda", "the to-do list". */
const AGENDAS = new Set(["agenda", "list", "schedule", "calendar", "programme", "program", "itinerary", "docket"]);
const AGENDA_VERBS = new Set(["include", "feature", "cover"]);

/** Verbs of objecting, and those who object, as a writer anticipates them: "critics will argue". */
const OBJECTING = new Set(["say", "argue", "point", "object", "counter", "insist", "complain", "claim", "protest"]);
const OBJECTORS = new Set(["some", "critics", "they", "sceptics", "skeptics", "others", "opponents", "detractors"]);
/** "a sensible investor would", "a prudent government would": what the wise would do is advice. */
const PRUDENT = new Set(["sensible", "smart", "prudent", "wise", "rational", "reasonable", "responsible"]);

/** Adverbs by which an article keeps a claim at a distance. */
const DISTANCING = new Set(["ostensibly", "supposedly", "allegedly", "purportedly", "reportedly"]);

/** Words that place a clause in a settled past: "years ago", "last year", "in 2019", "at the time". */
const DISTANT_PAST =
  /\b(?:years? ago|decades? ago|last (?:year|decade)|in (?:late |early |mid-?)?(?:19|20)\d\d|back in|at the time|previously|in the past)\b/;

/**
 * A backshifted modal or a past forecasting verb under a past-form verb of saying or forecasting, in
 * a clause that names a settled past before the cue.
 */
function distantPastForecast(tokens: readonly Token[], cue: Cue): boolean {
  const cueToken = tokens[cue.first];
  if (!cueToken) return false;
  const backshifted = cue.kind === "modal" && BACKSHIFTING.has(cueToken.lower);
  if (!backshifted && !(FORECASTING.has(cueToken.lemma) && isPastForm(cueToken))) return false;
  // "with borrowing in 2016/17 expected to be lower": the year is the forecast's; only a past named
  // before "with" is the forecast's own ("In 2019, the bank cut its estimates, with growth ...").
  const opening = ABSOLUTE_PREDICATES.has(cueToken.lower) ? absoluteWith(tokens, cue.first) : -1;
  if (opening >= 0) {
    return DISTANT_PAST.test(
      tokens
        .slice(0, opening)
        .map((token) => token.lower)
        .join(" "),
    );
  }
  const reported = tokens.slice(0, cue.first + 1).some(
    (token, i) =>
      ((token.pos === "VERB" && isPastForm(token) && (SPEECH.has(token.lemma) || FORECASTING.has(token.lemma))) ||
        // "the bank forecast that": the past that looks like the present, tagged as a noun now and then.
        (token.lower === "forecast" && tokens[i + 1]?.lower === "that")) &&
      !PERFECT.has(tokens[i - 1]?.lower ?? ""),
  );
  if (!reported) return false;
  const lead = tokens
    .slice(0, cue.first)
    .map((token) => token.lower)
    .join(" ");
  return DISTANT_PAST.test(lead);
}

const DASHES = new Set(["–", "—", "--"]);
/** Verbs of the calendar: what institutions hold, publish and meet on a set day. */
const SCHEDULED = new Set([
  "hold",
  "convene",
  "host",
  "publish",
  "release",
  "meet",
  "announce",
  "resume",
  "begin",
  "start",
  "open",
  "reconvene",
]);
/** What is held or published on a set day: "its next policy meeting", "the results", "a hearing". */
const FIXTURES = new Set([
  "meeting",
  "meetings",
  "summit",
  "session",
  "conference",
  "hearing",
  "vote",
  "results",
  "data",
  "figures",
  "decision",
  "talks",
  "election",
  "ceremony",
  "report",
  "budget",
  "minutes",
  "outlook",
  "forecast",
  "forecasts",
  "survey",
  "update",
]);
/** A thing starting: "take effect", "go into effect", "come into force", "go on sale", "open to the public". */
const STARTING =
  /^(?:take effect|takes effect|go into effect|come into force|enter into force|go on sale|open to the public|take place)\b/;
const DAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/;

/**
 * "will hold its next policy meeting on Oct. 29-30", "will publish the figures on Friday": a verb
 * of the calendar whose object is a fixture, on a named day or date.
 */
function isScheduled(tokens: readonly Token[], governed: Token | undefined, verb: number, passive = false): boolean {
  // "The election will be held on April 12": the passive's participle is the verb of the calendar.
  if (governed?.lemma === "be" && SCHEDULED.has(tokens[verb + 1]?.lemma ?? "") && isPastForm(tokens[verb + 1]!)) {
    return isScheduled(tokens, tokens[verb + 1], verb + 1, true);
  }
  // "The law will take effect on January 1", "tickets will go on sale on Friday": the date a thing
  // starts on, fixed already.
  const starting = STARTING.test(lowerWords(tokens, verb, Math.min(tokens.length, verb + 4)));
  if (starting) {
    const dated = tokens
      .slice(verb + 2, verb + 8)
      .some(
        (token, k, rest) =>
          (token.lower === "on" || token.lower === "from") && DAY_OR_MONTH.test(rest[k + 1]?.lower ?? ""),
      );
    if (dated) return true;
  }
  if (!governed || !SCHEDULED.has(governed.lemma)) return false;
  const rest = tokens.slice(verb + 1, verb + 9);
  // "on Friday", "in early August": a day or a month named.
  const on = rest.findIndex(
    (token, k) =>
      (token.lower === "on" && DAY_OR_MONTH.test(rest[k + 1]?.lower ?? "")) ||
      // "Negotiators will convene today in Vienna": the day itself.
      ((token.lower === "today" || token.lower === "tomorrow" || token.lower === "tonight") && !passive) ||
      // "An updated outlook will be released in early August": a month only for what is published,
      // in the passive ("Talks will resume in May" stays a forecast).
      (token.lower === "in" &&
        passive &&
        (governed.lemma === "publish" || governed.lemma === "release") &&
        DAY_OR_MONTH.test(
          (/^(?:early|mid|late)$/.test(rest[k + 1]?.lower ?? "") ? rest[k + 2] : rest[k + 1])?.lower ?? "",
        )),
  );
  if (on < 0) return false;
  // "The talks will resume on Monday": the fixture as the subject, right before the modal.
  const subject = tokens.slice(Math.max(0, verb - 3), verb).some((token) => FIXTURES.has(token.lower));
  const gathering = governed.lemma === "meet" || governed.lemma === "convene" || governed.lemma === "reconvene";
  return gathering || subject || rest.slice(0, on).some((token) => FIXTURES.has(token.lower));
}
/** Idioms and habitual uses after a modal: no claim about the future. */
const IDIOMS =
  /^(?:tell you\b|eat (?:my|his|her|their|our|your) words|differ more|be more different|care less|agree more|have you believe|be the first to|appear to\b|seem to\b|be (?:attributed|ascribed|put down) to\b|be explained by\b)/;
const BELIEF = new Set(["think", "believe", "expect", "assume", "imagine"]);
const HOPING = new Set(["hope", "wish", "pray"]);
const SEEMING = new Set(["seem", "appear"]);
/** Verbs of belief, hope and fear that a public holds: "voters fear", "people think". */
const LAY_BELIEF = new Set(["think", "believe", "assume", "fear", "hope", "worry", "feel"]);
/** The public, as against forecasters: its beliefs are reported, not forecasts made. */
const LAY_PEOPLE = new Set([
  "people",
  "folks",
  "voters",
  "consumers",
  "households",
  "residents",
  "citizens",
  "americans",
  "britons",
  "shoppers",
  "drivers",
  "parents",
  "fans",
  "customers",
  "respondents",
  "locals",
]);

/** The belief verb at `verb` has the public as its subject: "many voters (still) believe". */
function laySubjectBefore(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && verb - i <= 3; i -= 1) {
    const token = tokens[i];
    if (!token) break;
    if (LAY_PEOPLE.has(token.lower)) return true;
    if (token.pos !== "ADV" && token.pos !== "AUX" && !NEGATIONS.has(token.lower)) break;
  }
  return false;
}
/** Nouns whose "that" clause states terms, not a forecast: "a guarantee that X would never...". */
const DEMAND_NOUNS = new Set([
  "guarantee",
  "demand",
  "assurance",
  "promise",
  "pledge",
  "commitment",
  "condition",
  "request",
  "insistence",
  "requirement",
]);

/** Nouns that offer an explanation: "part of the reason may be that". */
const EXPLAINING = new Set(["reason", "explanation", "cause", "answer", "factor", "culprit"]);

/** "Part of the reason may be that...", "the explanation could be because": not a forecast. */
function isExplanation(tokens: readonly Token[], modal: number, verb: number): boolean {
  const after = tokens[verb + 1]?.lower ?? "";
  if (after !== "that" && after !== "because" && after !== "the") return false;
  for (let i = modal - 1; i >= 0 && modal - i <= 6; i -= 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAK.has(token.text)) break;
    if (EXPLAINING.has(token.lemma)) return true;
  }
  return false;
}

/** The clause's words from one token on, lower case, apostrophes straightened. */
function wordsFrom(tokens: readonly Token[], from: number): string {
  return tokens
    .slice(from, from + 6)
    .map((token) => token.lower)
    .join(" ");
}

/** "in the event that", "in case", "lest", "so that", "in order that" ending at `at`. */
function isContingency(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  const back = (n: number) => tokens[at - n]?.lower;
  if (word === "lest") return true;
  if (word === "case" && back(1) === "in") return true;
  if (word === "that" && (back(1) === "so" || (back(1) === "order" && back(2) === "in"))) return true;
  if (word === "event" && back(1) === "the" && back(2) === "in") return true;
  return word === "that" && back(1) === "event" && back(2) === "the" && back(3) === "in";
}

/**
 * "For there to be a runoff, X would have to combine...", "For Graham to win they would need...": a
 * clause that opens with "For ... to <verb>" and whose modal is "have to" or "need" states what a
 * result requires, not what will happen.
 */
function requirementFrame(tokens: readonly Token[], cue: Cue, governed: Token | undefined, verb: number): boolean {
  const requires = (governed?.lemma === "have" && tokens[verb + 1]?.lower === "to") || governed?.lemma === "need";
  if (!requires) return false;
  // "X would need just 30% of the undecideds to avoid a runoff": what a goal takes.
  if (governed?.lemma === "need" && tokens[verb + 1]?.lower !== "to") {
    const to = tokens.findIndex((token, at) => at > verb + 1 && token.lower === "to" && isVerbLike(tokens[at + 1]));
    if (to > 0 && tokens.slice(verb + 1, to).every((token) => !isVerbLike(token))) return true;
  }
  const opening = tokens[0]?.lower === "for" ? 0 : tokens[1]?.lower === "for" && tokens[0]?.pos === "CCONJ" ? 1 : -1;
  if (opening < 0) return false;
  return tokens.slice(opening + 1, cue.first).some((token, k, rest) => token.lower === "to" && isVerbLike(rest[k + 1]));
}
/**
 * Verbs of speech: "Cha said the regime could return" is Cha's forecast. Verbs of belief in the past
 * are not ("in 2012 investors believed Greece would exit" reports an old belief).
 */
const SPEECH = new Set([
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
]);
const JOINERS = new Set(["and", "but", "or", "while", "whereas", "yet"]);
const REPORTING_ING = new Set(["hint", "suggest", "say", "claim", "add", "note", "insist", "signal", "argue", "imply"]);

function lastIndexOf(tokens: readonly Token[], test: (token: Token) => boolean, from: number): number {
  for (let i = from; i >= 0; i -= 1) {
    const token = tokens[i];
    if (token && test(token)) return i;
  }
  return -1;
}

/** Linking verbs of an outlook without a modal: "ties seem bleak, at least until 2027". */
const LINKING = new Set(["seem", "appear", "look", "remain"]);

/**
 * An outlook with no modal ("the prospects seem bleak, at least until Yoon leaves office in 2027"):
 * a linking verb with an adjective, in a clause that also carries a deadline. The caller checks the
 * deadline; this finds the cue.
 */
export function readOutlook(tokens: readonly Token[], source: string): ClauseReading | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    // "we're heading for 3C by 2100", "the economy is headed toward recession next year"
    if (
      (token?.lower === "heading" || token?.lower === "headed") &&
      ["for", "towards", "toward"].includes(tokens[i + 1]?.lower ?? "") &&
      BE.has(tokens[i - 1]?.lower ?? "") &&
      !PAST_BE.has(tokens[i - 1]?.lower ?? "")
    ) {
      return outlookReading(tokens, { kind: "outlook", first: i, last: i + 1 }, source);
    }
    if (!token || token.pos !== "VERB" || !LINKING.has(token.lemma)) continue;
    let adjective = -1;
    for (let j = i + 1; j < Math.min(tokens.length, i + 3); j += 1) {
      if (tokens[j]?.pos === "ADJ") adjective = j;
      else if (tokens[j]?.pos !== "ADV") break;
    }
    if (adjective < 0) continue;
    return outlookReading(tokens, { kind: "outlook", first: i, last: adjective }, source);
  }
  return null;
}

function outlookReading(tokens: readonly Token[], cue: Cue, source: string): ClauseReading {
  const { conditional, condition, leadEnd } = findCondition(tokens, cue);
  return {
    cue,
    hedge: clauseText(tokens, cue.first, cue.last, source),
    reading: null,
    statedProbability: null,
    negated: false,
    quoteFirst: leadEnd,
    quoteLast: trimTail(tokens, cue),
    conditional,
    condition,
    statedIntention: false,
  };
}

/**
 * The modal at `cue` governs a verb of outcome ("slow", "rise", "fall"...) whose subject is no
 * pronoun (an agent's plan: "it will close"): "announced that global growth will slow".
 */
function announcedOutcome(tokens: readonly Token[], cue: Cue): boolean {
  const verb = tokens[governedVerb(tokens, cue.first)];
  const subject = tokens[cue.first - 1];
  if (!verb || !OUTCOMES.has(verb.lemma) || !subject) return false;
  return subject.pos !== "PRON" && !SUBJECT_PRONOUNS.has(subject.lower);
}

/**
 * "Trump said he would...", "they pledged they will...", "China has announced that Nvidia will
 * attend": a plan reported as fact, not a forecast.
 */
function isStatedIntention(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.kind !== "modal" || !VOLITION.has(tokens[cue.first]?.lemma ?? "")) return false;
  for (let i = cue.first - 1; i >= 0; i -= 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAK.has(token.text)) break;
    // "The IMF announced that global growth will slow": an outcome announced is a forecast, not a plan.
    if (token.pos === "VERB" && PLANNING.has(token.lemma) && tokens[i + 1]?.lower === "that") {
      return !announcedOutcome(tokens, cue);
    }
  }
  const subject = tokens[cue.first - 1];
  // "I'll go ahead and tease...", "I will argue that": the writer's own plan. "I will be surprised" stays.
  if (subject?.lower === "i" && tokens[cue.first]?.lower !== "would") {
    const verb = tokens[governedVerb(tokens, cue.first)];
    if (verb && !["be", "have", "need"].includes(verb.lemma)) return true;
  }
  // "The company has said it will close the plant": its plan, as it stated it.
  if (!subject || !(SUBJECT_PRONOUNS.has(subject.lower) || subject.lower === "it")) return false;
  for (let i = cue.first - 2; i >= 0; i -= 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAK.has(token.text)) break;
    if (token.pos === "VERB" && STATING.has(token.lemma)) return true;
  }
  return false;
}

const NEGATING_FRAME =
  /^(?:a mistake|wrong|naive|foolish|premature|unwise) to (?:assume|think|expect|believe|conclude|say|suggest)$/;

/**
 * "It would be a mistake to assume X will...": the claim is the opposite of X. Returns the index of
 * the frame's last token ("assume"), or -1 when there is no such frame.
 */
function negatingFrameEnd(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]?.lemma !== "be") continue;
    for (const length of [3, 4]) {
      const words = tokens.slice(i + 1, i + 1 + length).map((token) => token.lower);
      if (NEGATING_FRAME.test(words.join(" "))) return i + length;
    }
  }
  return -1;
}

function clauseText(tokens: readonly Token[], first: number, last: number, source: string): string {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return source.slice(start, end);
}

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

/** The governing hedge written before a "will" cue, or null. */
function governingHedge(tokens: readonly Token[], cue: Cue, source: string): HedgeReading | null {
  let from = cue.first - 1;
  while (from > 0 && !CLAUSE_OPENERS.has(tokens[from - 1]?.lower ?? "")) from -= 1;
  if (from < 0 || from >= cue.first) return null;
  const phrased = framingPhrase(tokens, from, source);
  if (phrased) return phrased;
  // "Analysts doubt that the meeting will change much": whoever doubts, the claim reads as "we doubt".
  // The tagger reads "doubt" before "that" as a noun now and then ("Analysts doubt that").
  const doubts = tokens
    .slice(from, cue.first)
    .some(
      (token, k, before) =>
        token.lemma === "doubt" && (token.pos === "VERB" || (token.pos === "NOUN" && before[k + 1]?.lower === "that")),
    );
  if (doubts && tokens[from]?.lower !== "no" && !tokens.slice(from, cue.first).some((t) => t.lower === "no")) {
    return lookupHedge("we doubt");
  }
  const reading = readHedge(clauseText(tokens, from, cue.first - 1, source));
  if (reading && GOVERNING_HEDGES.has(reading.entry.phrase)) return reading;
  // "It is unlikely that the deal will pass", "it's not likely that": a likelihood framing the clause.
  const framed = tokens
    .slice(from, cue.first)
    .some((token, k, before) => LIKELIHOOD_FRAMES.has(token.lower) && before[k + 1]?.lower === "that");
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
 * "Nobody expects", "no one predicts", "few analysts expect", "none of the banks forecast": a
 * subject that denies the forecast the verb at `verb` states (not "a few analysts expect").
 */
function nobodySubject(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= 0 && verb - i <= 5; i -= 1) {
    const token = tokens[i]!;
    if (token.lower === "nobody" || token.lower === "none" || (token.lower === "no" && i === verb - 2)) return true;
    if (token.lower === "no" && tokens[i + 1]?.lower === "one") return true;
    if (token.lower === "few" && tokens[i - 1]?.lower !== "a") return true;
    if (CLAUSE_BREAK.has(token.text) || token.pos === "VERB" || token.pos === "AUX") return false;
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
  // "the polls point to", "futures imply": the indicators' forecast, read as a stated expectation.
  if (first?.lemma === "point" || first?.lemma === "imply" || first?.lemma === "indicate") {
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
 * surprised if" says X may well happen (55). The hedge as written, up to the word of surprise.
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
  if (!SURPRISED.has(tokens[i]?.lower ?? "") || tokens[i + 1]?.lower !== "if") return null;
  return { hedge: clauseText(tokens, cue.first, i, source), reading: lookupHedge(negated ? "may well" : "unlikely") };
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
function readCue(tokens: readonly Token[], cue: Cue, source: string): { hedge: string; reading: HedgeReading | null } {
  const adverbial = likelihoodAdverb(tokens, cue, source);
  if (adverbial) return adverbial;
  const surprise = surprisedIf(tokens, cue, source);
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

/**
 * Reads one clause; null when it makes no claim about the future. `dated`: the clause names a time
 * after the publication date (see `rejection`).
 */
export function readClause(tokens: readonly Token[], source: string, dated = false): ClauseReading | null {
  const frameEnd = negatingFrameEnd(tokens);
  const conditionEnd = leadingConditionEnd(tokens);
  // Cues inside a leading "if ..." belong to the condition, not to the claim.
  const cues = findCues(tokens).filter((cue) => cue.first > frameEnd && cue.first > conditionEnd);
  let chosen: Cue | null = null;
  let statedIntention = false;
  for (const cue of cues) {
    if (rejection(tokens, cue, dated) !== null) continue;
    if (isStatedIntention(tokens, cue)) {
      statedIntention = true;
      continue;
    }
    chosen = cue;
    break;
  }
  if (!chosen) return null;
  chosen = possibilityReported(tokens, chosen, dated) ?? chosen;

  const statedProbability = chosen.kind === "stated" ? statedAt(tokens, chosen.first) : null;
  // "a 60% chance" up to its odds noun; "(puts the odds) at 40%" up to the percent sign.
  const statedLast = (at: number): number =>
    statedPercent(tokens, at) !== null ? oddsNounAt(tokens, at) : (percentAt(tokens, at)?.[1] ?? at);
  let { hedge, reading: plain } =
    chosen.kind === "stated"
      ? { hedge: clauseText(tokens, chosen.first, statedLast(chosen.first), source), reading: null }
      : readCue(tokens, chosen, source);
  // "there is a possibility that the market could pull back": the lexicon has no number for the
  // noun, the modal of its clause says how likely.
  if (!plain && CHANCE_NOUNS.has(tokens[chosen.last]?.lemma ?? "") && tokens[chosen.last + 1]?.lower === "that") {
    const inner = findCues(tokens).find(
      (cue) => cue.kind === "modal" && cue.first > chosen!.last && POSSIBILITY.has(tokens[cue.first]?.lower ?? ""),
    );
    const read = inner && rejection(tokens, inner, dated) === null ? readCue(tokens, inner, source) : null;
    if (read?.reading) {
      const there = tokens[chosen.first - 2]?.lower === "there" && BE.has(tokens[chosen.first - 1]?.lower ?? "");
      hedge = `${there ? clauseText(tokens, chosen.first - 2, chosen.last, source) : hedge} ... ${read.hedge}`;
      plain = read.reading;
    }
  }
  const flipped = frameEnd >= 0;
  let reading = plain ?? reportedWill(tokens, chosen);
  if (flipped && plain) reading = lookupHedge(`not ${plain.entry.phrase}`) ?? plain;
  let negated = reading?.negated ?? flipped;
  let hedgeWords = hedge;
  // "I don't think rates will fall": a belief denied, read as "unlikely".
  const denial = deniedBelief(tokens, chosen);
  if (denial >= 0 && !negated) {
    reading = lookupHedge("unlikely");
    negated = true;
    hedgeWords = `${clauseText(tokens, denial, denial + 2, source)} ... ${hedge}`;
  }

  const { conditional, condition, leadEnd } = findCondition(tokens, chosen);
  // "The IMF cut its estimates, with the latter predicted to grow slower": the forecast is the phrase.
  const absolute = ABSOLUTE_PREDICATES.has(tokens[chosen.first]?.lower ?? "") ? absoluteWith(tokens, chosen.first) : -1;
  const quoteFirst = Math.max(leadEnd, absolute);
  const quoteLast = trimTail(tokens, chosen);
  return {
    cue: chosen,
    hedge: hedgeWords,
    reading,
    statedProbability,
    negated,
    quoteFirst,
    quoteLast,
    conditional,
    condition,
    statedIntention,
  };
}

/** Verbs of belief a speaker denies to say "probably not": "I don't think", "we do not believe". */
const DENIABLE = new Set(["think", "believe", "suppose", "imagine", "reckon"]);

/**
 * "I don't think rates will fall", "we do not believe the deal will pass": the index of "do" in a
 * denied belief before a modal cue, with nothing but its "that" clause between, or -1.
 */
function deniedBelief(tokens: readonly Token[], cue: Cue): number {
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

/** Modals of possibility: after "predict that" they, not the verb, say how sure the forecast is. */
const POSSIBILITY = new Set(["could", "may", "might"]);

/**
 * "BCA has predicted that shares could fall 27%": the forecasting verb reports, the modal in its
 * "that" clause says how likely the fall is, and is the hedge. The modal's cue, or null.
 */
function possibilityReported(tokens: readonly Token[], chosen: Cue, dated: boolean): Cue | null {
  if (chosen.kind !== "construction" || !FORECASTING.has(tokens[chosen.first]?.lemma ?? "")) return null;
  if (tokens[chosen.last + 1]?.lower !== "that") return null;
  const inner = findCues(tokens).find(
    (cue) => cue.kind === "modal" && cue.first > chosen.last && POSSIBILITY.has(tokens[cue.first]?.lower ?? ""),
  );
  if (!inner || tokens.slice(chosen.last + 2, inner.first).some((token) => CLAUSE_BREAK.has(token.text))) return null;
  return rejection(tokens, inner, dated) === null ? inner : null;
}

/**
 * "Cha said the regime would return": a "would" after a past verb of speech is the speaker's "will"
 * moved into the past by reported speech, and reads as "will". Null for any other cue.
 */
function reportedWill(tokens: readonly Token[], cue: Cue): HedgeReading | null {
  if (cue.kind !== "modal" || tokens[cue.first]?.lower !== "would") return null;
  const asWill = (): HedgeReading | null =>
    NEGATIONS.has(tokens[cue.first + 1]?.lower ?? "") ? lookupHedge("will not") : lookupHedge("will");
  for (let i = cue.first - 1; i >= 0; i -= 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAK.has(token.text)) break;
    if (token.pos === "VERB" && SPEECH.has(token.lemma) && isPastForm(token)) return asWill();
    // "was quoted as saying rates would fall", "..., saying the bank would cut": speech as a participle.
    if (token.lower === "saying" && (tokens[i - 1]?.lower === "as" || tokens[i - 1]?.text === ",")) return asWill();
    // "Goldman Sachs forecast that prices would recover": a forecasting verb reports a forecast in
    // either tense ("forecast" and "forecasts" alike), unless an expectation overtaken ("had expected").
    if (isForecastReport(tokens, i)) return asWill();
    // "the office's expectation that rates would be lower": the view's own "will".
    if (token.lower === "that" && tokens[i - 1]?.pos === "NOUN" && VIEW_NOUNS.has(tokens[i - 1]!.lemma)) {
      return asWill();
    }
  }
  // "Prices would fall further, according to Carver": an attribution after the claim reports it too.
  const according = tokens.findIndex((token, i) => i > cue.first && token.lower === "according");
  if (according > 0 && tokens[according - 1]?.text === "," && tokens[according + 1]?.lower === "to") return asWill();
  // "X would cause Y, Kuo said": the attribution after the claim, past a comma, reports it the same way.
  const comma = tokens.findIndex((token, i) => i > cue.first && token.text === ",");
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
  const asNoun = token.pos === "NOUN" && tokens[at + 1]?.lower === "that" && tokens[at - 1]?.pos === "PROPN";
  if (token.pos !== "VERB" && !asNoun) return false;
  const before = tokens[at - 1]?.lower ?? "";
  if (before === "had" || before === "previously" || BE.has(before)) return false;
  return !tokens.slice(0, at).some((earlier) => earlier.pos === "NUM" || PAST_MARKERS.has(earlier.lower));
}

/** Verbs whose "would" clause is a forecast in any tense; "expect" in the past is often overtaken. */
const REPORTED_FORECASTING = new Set(["forecast", "predict", "project", "estimate"]);
const PAST_MARKERS = new Set(["ago", "last", "earlier", "previously", "once"]);

/**
 * Index of an "if"/"unless" that opens the clause, after at most a conjunction or adverb ("But if",
 * "And even if"), or -1.
 */
function leadingIf(tokens: readonly Token[]): number {
  for (let i = 0; i < Math.min(tokens.length, 4); i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (token.lower === "if" || token.lower === "unless") return i;
    if (token.pos !== "CCONJ" && token.pos !== "ADV" && token.text !== ",") break;
  }
  return -1;
}

/** Index of the comma (or "then") that closes a leading "If ...", or -1. */
function leadingConditionEnd(tokens: readonly Token[]): number {
  const at = leadingIf(tokens);
  if (at < 0) return -1;
  for (let i = at + 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token?.text === "," || token?.lower === "then") return i;
  }
  return -1;
}

interface ConditionFound {
  conditional: boolean;
  condition: [number, number] | null;
  /** First token of the quote: after a lead-in that is not part of the claim. */
  leadEnd: number;
}

function findCondition(tokens: readonly Token[], cue: Cue): ConditionFound {
  const lower = tokens.map((token) => token.lower);
  // Leading "If X, Y will ..." (also "But if", "And if"); "even if" concedes rather than conditions.
  const ifAt = leadingIf(tokens);
  if (ifAt >= 0 && ifAt < cue.first) {
    const rest = lower.slice(ifAt).join(" ");
    const idiom = NON_CONDITIONAL_IF.some((pattern) => pattern.test(rest));
    const concessive = lower[ifAt - 1] === "even";
    let end = -1;
    for (let i = cue.first - 1; i > ifAt; i -= 1) {
      if (lower[i] === "then") {
        end = i;
        break;
      }
    }
    if (end < 0) {
      for (let i = cue.first - 1; i > ifAt; i -= 1) {
        if (tokens[i]?.text === ",") {
          end = i;
          break;
        }
      }
    }
    if (end > ifAt + 1) {
      let last = end - 1;
      while (last > ifAt && (tokens[last]?.text === "," || DISCOURSE_TAIL.has(lower[last] ?? ""))) last -= 1;
      const leadEnd = end + 1;
      if (idiom) return { conditional: false, condition: null, leadEnd };
      if (concessive) return { conditional: false, condition: null, leadEnd: 0 };
      return { conditional: true, condition: [ifAt + 1, last], leadEnd: 0 };
    }
  }
  // Trailing "Y will ... if X" / "unless X" / "as long as X" / "provided that X".
  for (let i = cue.last + 1; i < tokens.length; i += 1) {
    const word = lower[i];
    const opens =
      ((word === "if" || word === "unless") && lower[i - 1] !== "even" && lower[i - 1] !== "as") ||
      (word === "as" && lower[i + 1] === "long" && lower[i + 2] === "as") ||
      (word === "provided" && lower[i + 1] === "that");
    if (!opens) continue;
    const start = word === "as" ? i + 3 : word === "provided" ? i + 2 : i + 1;
    // The condition ends where a new clause joins: ", and a new fight ... is almost certain".
    let last = tokens.length - 1;
    for (let j = start + 1; j < tokens.length; j += 1) {
      if ((tokens[j]?.text === "," || tokens[j]?.text === ";") && JOINERS.has(lower[j + 1] ?? "")) {
        last = j - 1;
        break;
      }
    }
    while (last > start && tokens[last]?.pos === "PUNCT") last -= 1;
    if (last >= start) return { conditional: true, condition: [start, last], leadEnd: leadIn(tokens, cue) };
  }
  return { conditional: false, condition: null, leadEnd: leadIn(tokens, cue) };
}

/** Tags a subject noun phrase starts with (an adverbial lead-in starts with ADP, ADV, SCONJ...). */
const NOUN_PHRASE_START = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"]);

/**
 * A short lead-in before a comma that carries no verb ("In exchange,", "In short,", "However,") is
 * not part of the claim; the quote starts after it.
 */
function leadIn(tokens: readonly Token[], cue: Cue): number {
  for (let i = 0; i < Math.min(cue.first, 5); i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (token.text === ",") {
      // A subject interrupted by an aside is no lead-in: "The finance minister, Anna Berg, said...",
      // "Officials, speaking on condition of anonymity, said...", "Inflation, said Cha, will...".
      const interrupted = tokens.slice(i + 1, cue.first).some((later) => later.text === ",");
      if (interrupted && NOUN_PHRASE_START.has(tokens[0]?.pos ?? "")) return 0;
      // "For 2028, the firm forecasts 1.8 percent growth", "Next year, prices will": the time the
      // forecast is for belongs to the claim.
      if (NAMED_FUTURE.test(lowerWords(tokens, 0, i))) return 0;
      return i + 1;
    }
    if (isVerbLike(token) || CLAUSE_BREAK.has(token.text)) return 0;
  }
  return 0;
}

/**
 * An aside after a dash that holds no cue of its own ("... meaningless – just like his North Korea
 * diplomacy") and the closing punctuation are left out of the quote.
 */
function trimTail(tokens: readonly Token[], cue: Cue): number {
  let last = tokens.length - 1;
  for (let i = cue.last + 1; i < tokens.length; i += 1) {
    const text = tokens[i]?.text;
    if (text === "–" || text === "—" || text === "--") {
      const aside = tokens.slice(i + 1);
      if (findCues(aside).length === 0 && i - 1 > cue.last) {
        last = i - 1;
        break;
      }
    }
  }
  while (last > cue.last && /^[.!;:,]$/.test(tokens[last]?.text ?? "")) last -= 1;
  return last;
}
