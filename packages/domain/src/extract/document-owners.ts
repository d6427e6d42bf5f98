import type { Attribution } from "./attribution-shape";
import { capitalRunEndingAt, capitalRunFrom, isNameWord } from "./capital-runs";
import { DOCUMENT_HEADS, spelledOut } from "./organisations";
import type { SpeakerMemory } from "./speaker-memory";
import type { Sentence, Token } from "./tokens";

/**
 * Documents and who owns them, as attribution reads them: the document an attribution cites or a
 * person spoke in ("said in a report"), an owner named in passing ("the latest Deloitte report"),
 * a document stating a forecast ("the report forecasts"), and the owner known for a kind.
 */

/** "said in a report", "wrote in a research note on Sunday": the kind of document a person spoke in. */
const SAID_IN =
  /^\s*(?:\w+\s+){0,2}?in\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(report|note|study|analysis|paper)\b/i;

/** The kind of document a person's attribution says they spoke in ("said in a report"), or null. */
export function reportOwnedAfter(text: string, sentence: Sentence, attribution: Attribution): string | null {
  const span = attribution.span;
  if (!span) return null;
  const kind = SAID_IN.exec(text.slice(span.end, Math.min(sentence.end, span.end + 60)))?.[1]?.toLowerCase();
  return kind && DOCUMENT_HEADS.has(kind) ? kind : null;
}

/** Polls and surveys, which other documents are never called. */
export const isPoll = (kind: string): boolean => kind === "poll" || kind === "survey";

/** The document an attribution cites by its kind ("a draft UN report", "the latest poll by X"), or null. */
export function documentCited(sentence: Sentence, text: string, attribution: Attribution): string | null {
  const span = attribution.span;
  if (!span) return null;
  // The words of the attribution and just before it: "the report by the X Institute said".
  const words = text
    .slice(Math.max(sentence.start, span.start - 40), span.end)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  return words.findLast((word) => DOCUMENT_HEADS.has(word)) ?? null;
}

/** What an organisation publishes, for an owner named in passing: the documents, a model, research. */
const OWNED = new Set([...DOCUMENT_HEADS, "model", "research", "projection"]);

/** Verbs by which a document states a forecast: "the model predicts", "which estimates". */
const DOCUMENT_STATES = new Set([
  "predict",
  "forecast",
  "estimate",
  "project",
  "expect",
  "suggest",
  "show",
  "find",
  "see",
]);

/** "That’s the suggestion from ...", "This is the conclusion of ...": the sentence before is credited. */
export const POINTS_BACK =
  /^(?:that|this)(?:’s|'s|\s+is|\s+was)\s+(?:\w+\s+)?(?:suggestion|finding|forecast|prediction|conclusion|view|verdict|warning|message|estimate|projection|expectation|outlook)s?\s+(?:from|of|in|by)\b/i;

/** Same kind of document: polls and surveys are one another's, other documents their own kind. */
export const sameDocument = (a: string, b: string): boolean => a === b || (isPoll(a) && isPoll(b));

/**
 * A document's owner named in passing: a capitalised name just before the document ("the latest
 * Deloitte report", "The FDL Review election model", "a new YouGov poll") or after "by" / "from"
 * following it ("The survey ... was carried out by Focaldata", "a report from Meridian").
 * `speaks` when the document states a forecast in the sentence: "model predicts", "report, which
 * estimates", "by Focaldata and forecasts".
 */
export function documentOwner(
  tokens: readonly Token[],
  text: string,
): { owner: string; head: string; speaks: boolean } | null {
  for (let i = 1; i < tokens.length; i += 1) {
    const head = tokens[i]!;
    if (!OWNED.has(head.lower) || head.pos === "VERB") continue;
    let after = i + 1;
    // Before it: "Deloitte report", "FDL Review election model", "YouGov's latest poll".
    // A capitalised head is a title's last word ("Preventive Priorities Survey"), not its owner's.
    const titled = /^\p{Lu}/u.test(head.text);
    let j = titled ? -1 : i - 1;
    while (
      j > 0 &&
      i - j <= 2 &&
      /^\p{Ll}/u.test(tokens[j]!.text) &&
      (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "NOUN")
    )
      j -= 1;
    if (tokens[j]?.lower === "'s" || tokens[j]?.lower === "’s") j -= 1;
    let owner = j > 0 ? capitalRunEndingAt(tokens, j, text) : null;
    if (!owner) {
      // After it: "was carried out by Focaldata", "a report from Meridian Capital".
      for (let k = i + 1; k < tokens.length && k <= i + 8; k += 1) {
        const word = tokens[k]!;
        if (word.pos === "PUNCT" || word.lower === "that" || word.lower === "which") break;
        if (word.lower === "by" || word.lower === "from") {
          let run = capitalRunFrom(tokens, k + 1, text);
          // "by the Boston-based Harbor Institute": where it is based describes; the owner follows.
          if (run && tokens[run.end]?.text === "-" && tokens[run.end + 1]?.lower === "based") {
            run = capitalRunFrom(tokens, run.end + 2, text);
          }
          // "by the Council on Foreign Relations’ Center for ...": the owner is the one possessed.
          if (run && !/^['’]/.test(tokens[run.end]?.text ?? "")) {
            owner = run.name;
            after = run.end;
          }
          break;
        }
      }
    }
    if (!owner) continue;
    return { owner, head: head.lower, speaks: statesAfter(tokens, i, after) };
  }
  return null;
}

/** The document states a forecast: its verb right after it, after ", which", or after "and" past its owner. */
function statesAfter(tokens: readonly Token[], head: number, after: number): boolean {
  const states = (token: Token | undefined): boolean =>
    token !== undefined && DOCUMENT_STATES.has(token.lemma) && /s$/.test(token.lower);
  if (states(tokens[head + 1])) return true;
  if (tokens[head + 1]?.text === "," && tokens[head + 2]?.lower === "which" && states(tokens[head + 3])) return true;
  if (tokens[after]?.lower === "and" && states(tokens[after + 1])) return true;
  return false;
}

/** Verbs by which a document named before states something, as the tagger may read them (nouns). */
const STATES = new Set([
  "predicts",
  "forecasts",
  "estimates",
  "projects",
  "expects",
  "suggests",
  "shows",
  "finds",
  "notes",
  "says",
  "states",
  "warns",
  "sees",
]);

/**
 * "the report forecasts EVs will ...", "The research notes ...", "our model predicts ...": the kind
 * of document that opens a clause as the subject of a verb of stating, or null.
 */
export function documentStating(tokens: readonly Token[], text: string): { kind: string; owner: string | null } | null {
  for (let i = 1; i < tokens.length - 1; i += 1) {
    const kind = tokens[i]!.lower;
    if (!OWNED.has(kind)) continue;
    // "the PPP analysis said": up to three capitalised words, the owner, after the determiner.
    let determiner = i - 1;
    while (determiner > 0 && i - determiner <= 3 && isNameWord(tokens[determiner])) determiner -= 1;
    if (!/^(?:the|this|our|its)$/i.test(tokens[determiner]?.text ?? "")) continue;
    const owner = determiner < i - 1 ? text.slice(tokens[determiner + 1]!.start, tokens[i - 1]!.end) : null;
    // The clause opens here: the sentence's start, or after a comma, a conjunction or an adverb.
    const before = tokens[determiner - 1];
    if (
      before &&
      before.text !== "," &&
      before.pos !== "CCONJ" &&
      before.pos !== "ADV" &&
      !/^["”’]$/.test(before.text)
    ) {
      continue;
    }
    let verb = i + 1;
    if (tokens[verb]?.lower === "also") verb += 1;
    const word = tokens[verb]?.lower ?? "";
    if (STATES.has(word) || (owner !== null && SAID.has(word))) return { kind, owner };
  }
  return null;
}

/** The past of saying, for a document that names its owner: "the PPP analysis said". */
const SAID = new Set(["said", "noted", "found", "showed", "concluded", "added", "predicted", "forecast"]);

/** Research is a report's or a study's; a model, poll or report its own kind's. */
export function documentOwnerKnown(kind: string, memory: SpeakerMemory): string | undefined {
  if (kind !== "research") return memory.described.get(kind);
  return [...memory.described].findLast(([each]) => ["report", "study", "analysis", "research"].includes(each))?.[1];
}

/** "PPP" after "North Carolina-based Public Policy Polling": an acronym's words, written out earlier in the text. */
export function spelledOutBefore(acronym: string, text: string, before: number): string | null {
  return spelledOut(acronym, text.slice(Math.max(0, before - 5000), before)).at(-1) ?? null;
}
