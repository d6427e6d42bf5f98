import type { Cue } from "./clause-reading";
import { pastForecastVerb, projectedFigureAt } from "./forecasts";
import {
  absoluteWith,
  governedVerb,
  indexIn,
  documentFound,
  isPastForm,
  isVerbLike,
  lastIndexOf,
  lowerWords,
  CLAUSE_REACH,
  reachBack,
  reportedPast,
  wordsFrom,
} from "./grammar";
import { AGENDA_VERBS, AGENDAS, atFixture, isScheduled, LAUNCHING } from "./schedules";
import type { Token } from "./tokens";
import {
  ABSOLUTE_PREDICATES,
  BE,
  CLAUSE_BREAK,
  FORECASTING,
  FORWARD_PREDICATES,
  NAMED_FUTURE,
  NEGATIONS,
  OUTCOMES,
  PAST_BE,
  PERFECT,
  POSSIBILITY,
  SPEECH,
  SUBJECT_PRONOUNS,
  VIEW_NOUNS,
  VOLITION,
  DASHES,
} from "./words";

/**
 * Why a cue makes no prediction: the past, a perfect, a schedule, a habit, an idiom, a wish, a
 * refusal, an embedded question, a belief ascribed to others, a demand, a claim kept at a distance;
 * and a plan stated as fact ("he said he would resign").
 */

/** Modals that a past reporting verb turns into the past ("he said it could..."): backshift. */
const BACKSHIFTING = new Set(["would", "could", "might"]);
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
const WISHES = new Set(["like", "love", "prefer", "rather", "hate", "welcome"]);

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
  // ("faces a projected $8.2 million gap next year": a participle before a figure, no verb in the past.)
  if (
    cue.kind === "construction" &&
    cue.first === cue.last &&
    !dated &&
    pastForecastVerb(tokens, cue.first) &&
    !projectedFigureAt(tokens, cue.first)
  ) {
    return "past";
  }
  // "So predicts Jane Smith.", "Kestrel Bank expects as much.", "Jane Smith predicts so, too.": a
  // sentence that only credits the forecast before it (which takes its speaker), with none of its own.
  if (
    cue.kind === "construction" &&
    cue.first === cue.last &&
    FORECASTING.has(token.lemma) &&
    onlyCredits(tokens, cue.first)
  ) {
    return "credit";
  }
  // "She has forecast the housing market for 20 years", "Kestrel has been predicting the weather
  // since 1990": what someone has done for a time, not a forecast.
  if (
    cue.kind === "construction" &&
    cue.first === cue.last &&
    FORECASTING.has(token.lemma) &&
    forecastingForYears(tokens, cue.first)
  ) {
    return "habit";
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
    // "you will find the report online", "Readers will remember the crisis", "As we will see, ...":
    // the writer addressing the reader, or the article's own course.
    if (addressesReader(tokens, cue.first, governed)) return "reader";
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
    const verbBefore = lastIndexOf(tokens, (t) => t.pos === "VERB", cue.first - 1, reachBack(cue.first));
    const ownStart = verbBefore >= 0 ? verbBefore + 1 : reachBack(cue.first);
    const around = lowerWords(tokens, reachBack(cue.first), Math.min(tokens.length, cue.first + CLAUSE_REACH));
    if (HABITUAL.test(lowerWords(tokens, ownStart, verb)) && !NAMED_FUTURE.test(around)) {
      return "habitual";
    }
    // "lawmakers' to-do list will include", "the summit's agenda will feature": what is planned.
    if (AGENDA_VERBS.has(governed?.lemma ?? "") && AGENDAS.has(tokens[cue.first - 1]?.lower ?? "")) return "schedule";
    // "most drivers will tell you", "I will eat my words", "the two could not differ more": idioms.
    if (verb >= 0 && IDIOMS.test(wordsFrom(tokens, verb))) return "idiom";
    // "Only time will tell", "Boys will be boys", "Accidents will happen", "That will do for now".
    if (SAYINGS.test(lowerWords(tokens, Math.max(0, cue.first - 1), Math.min(tokens.length, cue.first + 4)))) {
      return "idiom";
    }
    // "I would argue that the policy has failed", "we would say": an opinion softened, not a forecast
    // (the clause after it is read on its own).
    if (
      token.lower === "would" &&
      (tokens[cue.first - 1]?.lower === "i" || tokens[cue.first - 1]?.lower === "we") &&
      SOFTENED_OPINION.has(governed?.lemma ?? "")
    ) {
      return "opinion";
    }
    // "When I was young, my father would take us fishing": "would" of a habit in a past the
    // sentence opens with.
    if (token.lower === "would" && pastWhenOpening(tokens, cue.first)) return "habitual";
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
  // "A year ago, OPEC forecast that oil would hit $80 by 2020": when the forecast was made, said
  // outright, makes it an old forecast, whatever time ahead it names (a year may be the target's).
  if (distantPastForecast(tokens, cue, dated ? MADE_IN_THE_PAST : DISTANT_PAST)) return "past forecast";
  // "Our model correctly suggested that Biden would win": a forecast already judged, so settled.
  if (
    BACKSHIFTING.has(token.lower) &&
    tokens
      .slice(reachBack(cue.first), cue.first)
      .some((t, k) => SETTLED.has(t.lower) && isPastForm(tokens[reachBack(cue.first) + k + 1] ?? t))
  ) {
    return "past forecast";
  }
  let complement = false;
  for (let i = cue.first - 1; i >= reachBack(cue.first); i -= 1) {
    const before = tokens[i];
    if (!before) break;
    // "Critics claim the plan will fail", "have claimed the cuts will pay for themselves": a claim
    // reported at a distance, which the article does not make its own.
    // (Not "jobless claims will rise": the noun as the subject.)
    const claimed = before.lower === "claimed" || ["DET", "PRON"].includes(tokens[i + 1]?.pos ?? "");
    if (before.lemma === "claim" && i < cue.first - 1 && claimed && !sourceClaimed(tokens, i)) return "claim";
    // Skip an aside between dashes: "the United States—despite its own tumult—might bring".
    if (DASHES.has(before.text)) {
      const opening = lastIndexOf(tokens, (t) => DASHES.has(t.text), i - 1, i - 12);
      if (opening >= 0 && i - opening < 12) {
        i = opening;
        continue;
      }
    }
    if (CLAUSE_BREAK.has(before.text)) break;
    // "the coalition led by Prime Minister Jane Smith could win 285 seats": a participle and its
    // agent after a noun describe the subject; the modal's tense is not theirs.
    if (isPastForm(before) && tokens[i + 1]?.lower === "by" && tokens[i - 1]?.pos === "NOUN") continue;
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
    // "A senior official who spoke on condition of anonymity told Reuters the deal would collapse":
    // the verb of speech governs the modal; past verbs before it are its speaker's description.
    // (Not "had said": a report of an older view, read below.)
    if (
      before.pos === "VERB" &&
      SPEECH.has(before.lemma) &&
      isPastForm(before) &&
      tokens[i - 1]?.lower !== "had" &&
      tokens.slice(i + 1, cue.first).every((word) => !isPastForm(word) || SPEECH.has(word.lemma))
    ) {
      break;
    }
    // "A new study published in Nature suggests that the Gulf Stream could collapse": a verb of
    // speech in the present governs the modal; a past participle before it describes its subject.
    if (
      before.pos === "VERB" &&
      SPEECH.has(before.lemma) &&
      /s$/.test(before.lower) &&
      !isPastForm(before) &&
      tokens.slice(i + 1, cue.first).every((word) => !isPastForm(word))
    ) {
      break;
    }
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
    // "The poll published on Saturday showed that X would win": what the poll found governs the
    // modal, as speech does; the participle before it describes the poll.
    if (isPastForm(before) && documentFound(tokens, i)) break;
    if (
      isPastForm(before) &&
      !BE.has(tokens[i - 1]?.lower ?? "") &&
      !SPEECH.has(before.lemma) &&
      !waived &&
      !standing &&
      !reportedBelief &&
      !documentFound(tokens, i)
    ) {
      // "quoted Ryabkov as saying it was entirely possible the talks could end": reported speech
      // moves the whole of what was said into the past.
      const from = reachBack(cue.first);
      if (
        tokens.slice(from, cue.first).some((word, k) => word.lower === "saying" && tokens[from + k - 1]?.lower === "as")
      ) {
        continue;
      }
      return "past";
    }
    // "..., hinting that X might": a participle reporting a past main clause. (Not "was quoted as
    // saying that a deal could come": the speech reported, as "as saying a deal could" is, above.)
    if (
      before.lower === "that" &&
      tokens[i - 1]?.lower.endsWith("ing") &&
      REPORTING_ING.has(tokens[i - 1]?.lemma ?? "") &&
      tokens[i - 2]?.lower !== "as"
    ) {
      // ("made the remarks at a forum, saying that the North could test a missile": speech reported
      // after a past clause of speaking, as "said that" is; the main clause says who spoke.)
      const speaking =
        SPOKEN_ING.has(tokens[i - 1]!.lemma) &&
        tokens[i - 2]?.text === "," &&
        tokens.slice(0, i - 2).some((word) => isPastForm(word) && SPEAKING_CLAUSE.has(word.lemma));
      if (!speaking && tokens.slice(0, i - 1).some(isPastForm)) return "past";
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

/** What may follow a verb that only credits the forecast before it: "as much", "so", "too". */
const CREDIT_TAIL = new Set(["so", "as", "much", "too", "also", "well", ",", ".", "!"]);

/**
 * Whether the sentence around the verb at `verb` says no more than that someone holds the view
 * before it: "So predicts Jane Smith of Kestrel Bank." (opening "So" or "Or so"), or nothing but
 * "so", "as much" or "too" after the verb ("Kestrel Bank expects as much."); or that it introduces
 * a list: "Kestrel Bank expects the following in 2025:".
 */
function onlyCredits(tokens: readonly Token[], verb: number): boolean {
  const so = tokens[0]?.lower === "so" ? 1 : tokens[0]?.lower === "or" && tokens[1]?.lower === "so" ? 2 : 0;
  // (Not the imperative "So expect a tight race": the verb inverted before a name.)
  if (so > 0 && verb === so) return /s$/.test(tokens[verb]!.lower) && /^\p{Lu}/u.test(tokens[verb + 1]?.text ?? "");
  // "Kestrel Bank expects the following in 2025:": a list's introduction, the forecasts under it.
  if (tokens[verb + 1]?.lower === "the" && tokens[verb + 2]?.lower === "following") {
    return tokens.slice(verb + 3).every((token) => token.text !== "." && token.pos !== "VERB");
  }
  return verb > 0 && tokens.slice(verb + 1).every((token) => CREDIT_TAIL.has(token.lower));
}

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

/** Words that make a modal habitual: "each year", "every summer", "usually", "typically". */
const HABITUAL =
  /\b(?:(?:each|every) (?:year|day|week|month|summer|winter|spring|autumn|fall|morning|night|time)|usually|typically|generally|often|always|sometimes)\b/;

/** Verbs of objecting, and those who object, as a writer anticipates them: "critics will argue". */
const OBJECTING = new Set(["say", "argue", "point", "object", "counter", "insist", "complain", "claim", "protest"]);
/** Whom a writer addresses: "you will find", "Readers will remember". */
const READERS = new Set(["you", "readers", "viewers", "listeners"]);
/** What a reader is told they will do: find a link, remember, notice. */
const READER_VERBS = new Set(["find", "notice", "recall", "remember", "know", "need", "want", "learn", "read", "hear"]);

/**
 * "you will find the report online", "Readers will remember the crisis of 2008", "As we will see,
 * the data tell another story": a modal whose subject is the reader (or "we" after "as", the
 * article's course), with a verb of reading, finding or remembering (not "you will see prices rise").
 */
function addressesReader(tokens: readonly Token[], modal: number, governed: Token | undefined): boolean {
  if (!governed) return false;
  const subject = tokens[modal - 1]?.lower ?? "";
  if (READERS.has(subject) && READER_VERBS.has(governed.lemma)) return true;
  return (
    tokens[modal - 2]?.lower === "as" &&
    (subject === "we" || subject === "you") &&
    ["see", "discuss", "explain", "show"].includes(governed.lemma) &&
    tokens[modal + 2]?.text === ","
  );
}

const OBJECTORS = new Set(["some", "critics", "they", "sceptics", "skeptics", "others", "opponents", "detractors"]);
/** "a sensible investor would", "a prudent government would": what the wise would do is advice. */
const PRUDENT = new Set(["sensible", "smart", "prudent", "wise", "rational", "reasonable", "responsible"]);

/** Adverbs by which an article keeps a claim at a distance. */
const DISTANCING = new Set(["ostensibly", "supposedly", "allegedly", "purportedly", "reportedly"]);

/** Words that place a clause in a settled past: "years ago", "last year", "in 2019", "at the time". */
const DISTANT_PAST =
  /\b(?:years? ago|decades? ago|last (?:year|decade)|in (?:late |early |mid-?)?(?:19|20)\d\d|back in|at the time|previously|in the past)\b/;

/** When a forecast was made, said outright: no year, which may be the forecast's target. */
const MADE_IN_THE_PAST = /\b(?:years? ago|decades? ago|months ago|a year earlier|back in|at the time|previously)\b/;

/**
 * A backshifted modal or a past forecasting verb under a past-form verb of saying or forecasting, in
 * a clause that names a settled past before the cue (`past`: the words that name it).
 */
function distantPastForecast(tokens: readonly Token[], cue: Cue, past: RegExp): boolean {
  const cueToken = tokens[cue.first];
  if (!cueToken) return false;
  const backshifted = cue.kind === "modal" && BACKSHIFTING.has(cueToken.lower);
  if (!backshifted && !(FORECASTING.has(cueToken.lemma) && isPastForm(cueToken))) return false;
  // "with borrowing in 2016/17 expected to be lower": the year is the forecast's; only a past named
  // before "with" is the forecast's own ("In 2019, the bank cut its estimates, with growth ...").
  const opening = ABSOLUTE_PREDICATES.has(cueToken.lower) ? absoluteWith(tokens, cue.first) : -1;
  if (opening >= 0) {
    return past.test(
      tokens
        .slice(0, opening)
        .map((token) => token.lower)
        .join(" "),
    );
  }
  const from = reachBack(cue.first);
  const reported = tokens.slice(from, cue.first + 1).some(
    (token, k) =>
      ((token.pos === "VERB" && isPastForm(token) && (SPEECH.has(token.lemma) || FORECASTING.has(token.lemma))) ||
        // "the bank forecast that": the past that looks like the present, tagged as a noun now and then.
        (token.lower === "forecast" && tokens[from + k + 1]?.lower === "that")) &&
      !PERFECT.has(tokens[from + k - 1]?.lower ?? ""),
  );
  if (!reported) return false;
  const lead = tokens
    .slice(from, cue.first)
    .map((token) => token.lower)
    .join(" ");
  return past.test(lead);
}

/** Sayings with a modal: "time will tell", "boys will be boys", "accidents will happen", "that will do". */
const SAYINGS = /^(?:(?:only )?time (?:will|would) tell|boys will be boys|accidents will happen|that will do)\b/;
/** What "I would" softens: "I would argue", "I would say", "we would suggest". */
const SOFTENED_OPINION = new Set(["argue", "say", "suggest", "contend", "add", "point"]);

/**
 * "When I was young, my father would take us fishing": the sentence opens with "When" and a clause
 * in the past ("was", "were", "lived") closed by a comma before the modal at `modal`.
 */
function pastWhenOpening(tokens: readonly Token[], modal: number): boolean {
  if (tokens[0]?.lower !== "when") return false;
  const comma = indexIn(tokens, 1, modal, (token) => token.text === ",");
  if (comma < 0) return false;
  for (let k = 1; k < comma; k += 1) {
    const token = tokens[k]!;
    if (PAST_BE.has(token.lower) || (token.pos === "VERB" && isPastForm(token))) return true;
  }
  return false;
}

/** Idioms and habitual uses after a modal: no claim about the future. */
const IDIOMS =
  /^(?:tell you\b|eat (?:my|his|her|their|our|your) words|differ more|be more different|care less|agree more|have you believe|be the first to|appear to\b|seem to\b|be (?:attributed|ascribed|put down) to\b|be explained by\b|be (?:interesting|fascinating|worth watching) to (?:see|watch)\b|be (?:(?:closely|keenly|carefully|watching) )?watch(?:ed|ing)\b|differ from\b|be updated (?:as|when|if|with)\b|remain (?:closed|shut|in place|in force) until further notice\b)/;
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
    const to = indexIn(
      tokens,
      verb + 2,
      tokens.length,
      (token, at) => token.lower === "to" && isVerbLike(tokens[at + 1]),
    );
    if (to > 0 && tokens.slice(verb + 1, to).every((token) => !isVerbLike(token))) return true;
  }
  const opening = tokens[0]?.lower === "for" ? 0 : tokens[1]?.lower === "for" && tokens[0]?.pos === "CCONJ" ? 1 : -1;
  if (opening < 0) return false;
  return tokens.slice(opening + 1, cue.first).some((token, k, rest) => token.lower === "to" && isVerbLike(rest[k + 1]));
}

/** Of REPORTING_ING, the verbs of speech itself: "..., saying that", "..., adding that". */
const SPOKEN_ING = new Set(["say", "add", "note", "argue"]);
/** Past verbs of a clause that tells of someone speaking: "made the remarks", "spoke", "told reporters". */
const SPEAKING_CLAUSE = new Set(["make", "speak", "tell", "write", "address"]);
const REPORTING_ING = new Set(["hint", "suggest", "say", "claim", "add", "note", "insist", "signal", "argue", "imply"]);

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
export function isStatedIntention(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.kind !== "modal" || !VOLITION.has(tokens[cue.first]?.lemma ?? "")) return false;
  for (let i = cue.first - 1; i >= reachBack(cue.first); i -= 1) {
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
  // "Tom Berg says they will rise": what prices or rates will do is no one's plan.
  if (subject.lower === "they" || subject.lower === "it") {
    const verb = tokens[governedVerb(tokens, cue.first)];
    if (verb && LEVEL_CHANGES.has(verb.lemma)) return false;
  }
  for (let i = cue.first - 2; i >= 0; i -= 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAK.has(token.text)) break;
    if (token.pos === "VERB" && STATING.has(token.lemma)) return true;
  }
  return false;
}

/** Changes of a level, which no one plans: "they will rise", "it will weaken" (not "it will close"). */
const LEVEL_CHANGES = new Set([
  "rise",
  "fall",
  "grow",
  "decline",
  "drop",
  "increase",
  "decrease",
  "ease",
  "slow",
  "climb",
  "weaken",
  "strengthen",
  "shrink",
  "widen",
  "narrow",
  "peak",
  "rebound",
  "recover",
  "soar",
  "plunge",
  "jump",
  "surge",
  "tumble",
  "dip",
  "double",
  "fade",
  "cool",
  "soften",
  "accelerate",
  "moderate",
  "slip",
]);

/** Lengths of time a practice has gone on for: "for 20 years", "for decades", "for many months". */
const SPANS = new Set(["years", "decades", "months", "generations"]);

/**
 * A verb of forecasting in the perfect ("has forecast", "have been predicting") whose clause says
 * for how long, or since when: "for 20 years", "for decades", "since 1990", "since the 1990s".
 */
function forecastingForYears(tokens: readonly Token[], verb: number): boolean {
  const before = tokens[verb - 1]?.lower ?? "";
  const perfect = PERFECT.has(before) || (before === "been" && PERFECT.has(tokens[verb - 2]?.lower ?? ""));
  if (!perfect) return false;
  for (let i = verb + 1; i < tokens.length && i - verb <= 20 && !CLAUSE_BREAK.has(tokens[i]!.lower); i += 1) {
    const word = tokens[i]!.lower;
    // "has predicted for years that the dollar will collapse": the forecast after "that" stands.
    if (word === "that") return false;
    // Not "for the next five years", "for years to come": a span still ahead.
    const span = tokens.slice(i + 1, i + 5);
    const ahead =
      span.some((next) => next.lower === "next" || next.lower === "coming") ||
      span.some((next, k) => next.lower === "to" && span[k + 1]?.lower === "come");
    if (word === "for" && !ahead && span.slice(0, 3).some((next) => SPANS.has(next.lower))) return true;
    if (word === "since" && /^(?:\d{4}s?|the)$/.test(tokens[i + 1]?.lower ?? "")) return true;
  }
  return false;
}
