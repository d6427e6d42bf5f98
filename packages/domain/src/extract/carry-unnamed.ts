import { GROUPS, STAFF } from "./organisations";
import { PERSON_HEADS, REPORTING } from "./reporting-words";
import type { SentenceSpeaker } from "./speaker-memory";
import type { Sentence, Token } from "./tokens";

/**
 * Views credited to people nobody names: someone unnamed reporting ("Two top economists predict"),
 * whom the next sentence names, and a group reporting a view of its own ("Most analysts expect"),
 * which ends a speaker's run.
 */

/** Perfect and progressive auxiliaries between an unnamed subject and its verb. */
const AUXILIARY_BEFORE = new Set(["is", "was", "has", "had", "are", "were", "have"]);
/** Words that open an unnamed subject: "a top Wall Street bear cautioned", "two economists predict". */
const UNNAMED = new Set(["a", "an", "one", "two", "three", "several", "some"]);

/**
 * "a top Wall Street bear cautioned", "two top economists predict": someone unnamed reporting, whom
 * the next sentence names. True when a reporting verb's subject starts with one of UNNAMED.
 */
function reportsUnnamed(tokens: readonly Token[]): boolean {
  // "..., according to chief economists at some of the largest banks": a group the text names next.
  const according = tokens.findIndex((token, i) => token.lower === "according" && tokens[i + 1]?.lower === "to");
  if (according >= 0 && /^\p{Ll}/u.test(tokens[according + 2]?.text ?? "") && tokens[according + 2]?.pos !== "DET") {
    if (STAFF.has(tokens[according + 3]?.lower ?? "") || STAFF.has(tokens[according + 2]?.lower ?? "")) return true;
  }
  // "..., according to an influential pollster.": someone unnamed, described by trade.
  if (according >= 0 && ["a", "an"].includes(tokens[according + 2]?.lower ?? "")) {
    for (let k = according + 3; k < tokens.length && k - according <= 5; k += 1) {
      if (PERSON_HEADS.has(tokens[k]!.lower) || tokens[k]!.lower === "pollster") return true;
      if (tokens[k]!.pos !== "ADJ") break;
    }
  }
  for (let i = 1; i < tokens.length; i += 1) {
    const verb = tokens[i];
    // "A veteran Wall Street analyst projects the industry will": the tagger may read the verb after
    // a person's trade as a plural noun.
    const misread =
      verb?.pos === "NOUN" &&
      verb.lower.endsWith("s") &&
      PERSON_HEADS.has(tokens[i - 1]?.lower ?? "") &&
      (tokens[i + 1]?.pos === "DET" || tokens[i + 1]?.lower === "that");
    if (!verb || (verb.pos !== "VERB" && !misread) || !REPORTING.has(verb.lemma)) continue;
    // "a Democratic pollster is predicting", "an analyst has warned": an auxiliary may stand between.
    const head = AUXILIARY_BEFORE.has(tokens[i - 1]?.lower ?? "") ? i - 2 : i - 1;
    if (tokens[head]?.pos !== "NOUN") continue;
    for (let j = head - 1; j >= 0 && i - j <= 7; j -= 1) {
      const token = tokens[j];
      if (!token || token.pos === "PUNCT" || token.pos === "VERB") break;
      if (UNNAMED.has(token.lower) && (j === 0 || tokens[j - 1]?.pos === "PUNCT" || tokens[j - 1]?.pos === "CCONJ")) {
        return true;
      }
    }
  }
  return false;
}

/**
 * "Hurricane researchers are predicting 19 storms." followed by "Researchers at Kestrel University
 * said ...": a group of experts reporting, whom the next sentence names by the same word with "at",
 * "from" or "with" and their employer.
 */
function groupNamedNext(tokens: readonly Token[], next: readonly Token[]): boolean {
  const word = next[0]?.lower ?? "";
  if (!STAFF.has(word) || !["at", "from", "with"].includes(next[1]?.lower ?? "")) return false;
  const group = tokens.findIndex((token) => token.lower === word);
  if (group < 0 || group > 15) return false;
  const verb = AUXILIARY_BEFORE.has(tokens[group + 1]?.lower ?? "") ? group + 2 : group + 1;
  return tokens[verb]?.pos === "VERB" && REPORTING.has(tokens[verb]!.lemma);
}

/** "Two top economists predict X." followed by "A and B say Y.": X is theirs too. */
export function carryUnnamedForward(sentences: readonly Sentence[], result: Map<Sentence, SentenceSpeaker>): void {
  for (const [index, sentence] of sentences.entries()) {
    const own = result.get(sentence);
    if (!own || (own.speaker && !own.speaker.described)) continue;
    const next = sentences[index + 1];
    if (!reportsUnnamed(sentence.tokens) && !(next && groupNamedNext(sentence.tokens, next.tokens))) continue;
    const named = next ? result.get(next) : undefined;
    if (named?.speaker && named.attribution && !named.attribution.pronoun) {
      result.set(sentence, { ...own, speaker: named.speaker });
    }
  }
}

/**
 * A sentence in which a group reports a view of its own: "Most analysts expect", "..., diplomats
 * say" (a plural noun as the subject of a verb of saying or thinking).
 */
export function groupReports(tokens: readonly Token[]): boolean {
  const verb = tokens.findIndex((token) => token.pos === "VERB" || token.pos === "AUX");
  const subject = tokens[verb - 1];
  // "Experts predict": a group's word opening the sentence, capitalised, which the tagger may read as a name.
  const group = subject?.pos === "NOUN" || (verb === 1 && GROUPS.has(subject!.lower));
  if (verb > 0 && tokens[verb]!.pos === "VERB" && REPORTING.has(tokens[verb]!.lemma) && group) {
    return true;
  }
  return tokens.some(
    (token, i) =>
      token.pos === "VERB" &&
      REPORTING.has(token.lemma) &&
      tokens[i - 1]?.pos === "NOUN" &&
      /s$/.test(tokens[i - 1]!.lower) &&
      tokens[i - 2]?.text === ",",
  );
}
