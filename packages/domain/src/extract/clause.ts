import { lookupHedge, readHedge, type HedgeReading } from "../hedges/lexicon";
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
  "certain",
  "sure",
  "slated",
  "projected",
  "forecast",
  "predicted",
  "destined",
  "due",
  "about",
]);
/** Verbs that state a forecast outright: "we expect prices to fall", "analysts predict that...". */
const FORECASTING = new Set(["expect", "predict", "forecast", "anticipate", "project"]);
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

/** The verb a modal governs, skipping negation and adverbs ("could not be", "may well mirror"). */
function governedVerb(tokens: readonly Token[], modal: number): number {
  for (let i = modal + 1; i < Math.min(tokens.length, modal + 5); i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (isVerbLike(token)) return i;
    // The tagger now and then reads a verb after a modal as a noun ("could suck in"): a lower-case
    // content word right after a modal is its verb.
    if ((token.pos === "NOUN" || token.pos === "ADJ") && /^\p{Ll}/u.test(token.text)) return i;
    if (token.pos === "ADV" || token.pos === "PART") continue;
    break;
  }
  return -1;
}

const ODDS_NOUNS = new Set(["chance", "probability", "likelihood", "odds", "risk"]);

/** "60% chance", "60 per cent chance", "60 percent probability" at a number token -> 0.6, else null. */
export function statedPercent(tokens: readonly Token[], at: number): number | null {
  const number = Number((tokens[at]?.text ?? "").replace(/%$/, ""));
  if (!Number.isFinite(number) || number < 0 || number > 100) return null;
  let i = at + 1;
  if (tokens[at]?.text.endsWith("%")) i = at + 1;
  else if (tokens[i]?.text === "%" || tokens[i]?.lower === "percent") i += 1;
  else if (tokens[i]?.lower === "per" && tokens[i + 1]?.lower === "cent") i += 2;
  else return null;
  return ODDS_NOUNS.has(tokens[i]?.lemma ?? "") ? number / 100 : null;
}

/** The index of the odds noun after a stated percentage ("60% chance" -> "chance"). */
function oddsNounAt(tokens: readonly Token[], at: number): number {
  for (let i = at + 1; i < Math.min(tokens.length, at + 4); i += 1) {
    if (ODDS_NOUNS.has(tokens[i]?.lemma ?? "")) return i;
  }
  return at;
}

/** Finds the cues in a clause, in order. */
export function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    const next = tokens[i + 1];
    if (token.pos === "AUX" && (FUTURE_MODALS.has(token.lower) || token.lemma === "will") && token.lower !== "'d") {
      if (governedVerb(tokens, i) >= 0) cues.push({ kind: "modal", first: i, last: i });
      continue;
    }
    // "is going to" + verb
    if (
      token.lower === "going" &&
      next?.lower === "to" &&
      isVerbLike(tokens[i + 2]) &&
      BE.has(tokens[i - 1]?.lower ?? "")
    ) {
      cues.push({ kind: "modal", first: i - 1, last: i + 1 });
      continue;
    }
    // "is poised to", "are likely to", "is set to" + verb
    if (BE.has(token.lower) && FORWARD_PREDICATES.has(next?.lower ?? "") && tokens[i + 2]?.lower === "to") {
      if (isVerbLike(tokens[i + 3])) cues.push({ kind: "construction", first: i, last: i + 2 });
      continue;
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
    // "analysts expect the bank to cut", "we predict that...": a forecast stated as such (present tense).
    if (token.pos === "VERB" && FORECASTING.has(token.lemma) && !isPastForm(token)) {
      if (next && next.pos !== "PUNCT") cues.push({ kind: "construction", first: i, last: i });
      continue;
    }
    // "there is a real possibility that", "a slim chance of", "every likelihood that"
    if (CHANCE_NOUNS.has(token.lemma) && token.pos === "NOUN" && CHANCE_SIZE.has(tokens[i - 1]?.lower ?? "")) {
      if (next?.lower === "that" || next?.lower === "of") cues.push({ kind: "construction", first: i - 1, last: i });
      continue;
    }
    // "a 60% chance of", "70 per cent probability that": a probability stated in numbers
    if (token.pos === "NUM" && statedPercent(tokens, i) !== null) {
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

/** Why a cue does not make the clause a prediction, or null when it does. */
export function rejection(tokens: readonly Token[], cue: Cue): string | null {
  const token = tokens[cue.first];
  if (!token) return "no cue";
  if (cue.kind === "modal" && token.pos === "AUX") {
    const verb = governedVerb(tokens, cue.first);
    const governed = tokens[verb];
    // "may have caused", "would have been able": a statement about the past ("would have to" is not).
    if (governed?.lower === "have" && tokens[verb + 1]?.lower !== "to") return "perfect";
    // "would like to", "would rather": a wish.
    if (token.lower === "would" && WISHES.has(governed?.lemma ?? "")) return "wish";
    // "The question will be whether...": a statement about what is uncertain, not a forecast.
    if (governed?.lemma === "be" && EMBEDDED_QUESTION.has(tokens[verb + 1]?.lower ?? "")) return "question frame";
  }
  for (let i = cue.first - 1; i >= 0; i -= 1) {
    const before = tokens[i];
    if (!before) break;
    // Skip an aside between dashes: "the United States—despite its own tumult—might bring".
    if (DASHES.has(before.text)) {
      const opening = lastIndexOf(tokens, (t) => DASHES.has(t.text), i - 1);
      if (opening >= 0 && i - opening < 12) {
        i = opening;
        continue;
      }
    }
    if (CLAUSE_BREAK.has(before.text)) break;
    if (EMBEDDED_QUESTION.has(before.lower)) return "embedded question";
    // "That is not to say the road will be smooth": a claim disowned, not made.
    if (before.lower === "say" && tokens[i - 1]?.lower === "to" && tokens[i - 2]?.lower === "not") return "disowned";
    if (!BACKSHIFTING.has(token.lower)) continue;
    // "learned that he could not": the past. "Cha said the regime could": Cha's forecast, kept.
    if (isPastForm(before) && !BE.has(tokens[i - 1]?.lower ?? "") && !SPEECH.has(before.lemma)) return "past";
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

const DASHES = new Set(["–", "—", "--"]);
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
    if (!token || token.pos !== "VERB" || !LINKING.has(token.lemma)) continue;
    let adjective = -1;
    for (let j = i + 1; j < Math.min(tokens.length, i + 3); j += 1) {
      if (tokens[j]?.pos === "ADJ") adjective = j;
      else if (tokens[j]?.pos !== "ADV") break;
    }
    if (adjective < 0) continue;
    const cue: Cue = { kind: "outlook", first: i, last: adjective };
    const { conditional, condition, leadEnd } = findCondition(tokens, cue);
    return {
      cue,
      hedge: clauseText(tokens, i, adjective, source),
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
  return null;
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
    if (token.pos === "VERB" && PLANNING.has(token.lemma) && tokens[i + 1]?.lower === "that") return true;
  }
  const subject = tokens[cue.first - 1];
  if (!subject || !SUBJECT_PRONOUNS.has(subject.lower)) return false;
  for (let i = cue.first - 2; i >= 0; i -= 1) {
    const token = tokens[i];
    if (!token || CLAUSE_BREAK.has(token.text)) break;
    if (token.pos === "VERB" && STATING.has(token.lemma)) return true;
  }
  return false;
}

const NEGATING_FRAME =
  /^(?:a mistake|wrong|naive|foolish|premature|unwise) to (?:assume|think|expect|believe|conclude)$/;

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
  const reading = readHedge(clauseText(tokens, from, cue.first - 1, source));
  return reading && GOVERNING_HEDGES.has(reading.entry.phrase) ? reading : null;
}

/** The hedge words and the lexicon's reading of them, from the cue onwards. */
function readCue(tokens: readonly Token[], cue: Cue, source: string): { hedge: string; reading: HedgeReading | null } {
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

/** Reads one clause; null when it makes no claim about the future. */
export function readClause(tokens: readonly Token[], source: string): ClauseReading | null {
  const frameEnd = negatingFrameEnd(tokens);
  const conditionEnd = leadingConditionEnd(tokens);
  // Cues inside a leading "if ..." belong to the condition, not to the claim.
  const cues = findCues(tokens).filter((cue) => cue.first > frameEnd && cue.first > conditionEnd);
  let chosen: Cue | null = null;
  let statedIntention = false;
  for (const cue of cues) {
    if (rejection(tokens, cue) !== null) continue;
    if (isStatedIntention(tokens, cue)) {
      statedIntention = true;
      continue;
    }
    chosen = cue;
    break;
  }
  if (!chosen) return null;

  const statedProbability = chosen.kind === "stated" ? statedPercent(tokens, chosen.first) : null;
  const { hedge, reading: plain } =
    chosen.kind === "stated"
      ? { hedge: clauseText(tokens, chosen.first, oddsNounAt(tokens, chosen.first), source), reading: null }
      : readCue(tokens, chosen, source);
  const flipped = frameEnd >= 0;
  let reading = plain;
  if (flipped && plain) reading = lookupHedge(`not ${plain.entry.phrase}`) ?? plain;
  const negated = reading?.negated ?? flipped;

  const { conditional, condition, leadEnd } = findCondition(tokens, chosen);
  const quoteFirst = leadEnd;
  const quoteLast = trimTail(tokens, chosen);
  return {
    cue: chosen,
    hedge,
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
