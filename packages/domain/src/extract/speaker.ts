import { personName } from "./layout";
import { DOCUMENT_HEADS, ORGANISATION_HEADS, organisationReferenceBefore } from "./organisations";
import type { Token } from "./tokens";

/**
 * Quoted experts: "..., said Victor Cha", "Cha said", "according to Victor Cha", "Cha told
 * reporters". A surname alone is resolved to the full name met earlier in the text ("Victor Cha");
 * "he said" to the last person attributed in the same part.
 */

/** Verbs that report what someone says or thinks: their subject is the speaker of the claim. */
export const REPORTING = new Set([
  "say",
  "tell",
  "write",
  "add",
  "note",
  "warn",
  "predict",
  "argue",
  "explain",
  "believe",
  "think",
  "expect",
  "estimate",
  "forecast",
  "caution",
  "suggest",
  "comment",
  "observe",
  "contend",
  "reckon",
  "state",
  "comment",
]);
const PRONOUNS = new Set(["he", "she", "it"]);
/** Capitalised at the start of a sentence, but nobody's name: "Others warned...", "Officials said...". */
const NOT_NAMES = new Set([
  "others",
  "some",
  "many",
  "most",
  "few",
  "several",
  "analysts",
  "officials",
  "experts",
  "critics",
  "economists",
  "observers",
  "sources",
  "investors",
  "traders",
  "diplomats",
  "people",
  "everyone",
  "nobody",
  "they",
  "we",
  "it",
]);

const isCapitalised = (token: Token | undefined): boolean =>
  token !== undefined && token.pos === "PROPN" && /^\p{Lu}/u.test(token.text) && !NOT_NAMES.has(token.lower);

/**
 * A capitalised word the tagger did not read as a proper noun ("Park" in "Lena Park") continues a
 * name that a proper noun started.
 */
const continuesName = (token: Token | undefined): boolean =>
  token !== undefined &&
  (token.pos === "NOUN" || token.pos === "ADJ") &&
  /^\p{Lu}\p{Ll}/u.test(token.text) &&
  !NOT_NAMES.has(token.lower);

export interface Attribution {
  /** The name as written ("Cha", "Victor Cha"), or a pronoun to resolve. */
  name: string;
  /** "he said", "the bank said": a reference back to someone named before, to resolve. */
  pronoun: boolean;
  /** The reference is to an organisation ("the bank said", "the report says", "it added"). */
  organisation?: boolean;
  /**
   * The apposition that describes the speaker, as written: "chief economist at Baltic Bank" in
   * "said Marta Kowalczyk, chief economist at Baltic Bank,". Null when there is none.
   */
  affiliation: string | null;
  /**
   * Character offsets (into the text) of the attribution's words: "said Marta Kowalczyk, chief
   * economist at Baltic Bank", "according to Lena Park", "Cha told reporters", "she said that". The
   * claim is the quote without them. Null when the words belong to the claim: "Cha expects rates to
   * fall" cannot lose "Cha expects".
   */
  span: { start: number; end: number } | null;
}

/** Verbs of saying, which frame a claim without being part of it ("..., Cha said"). */
const SAYING = new Set([
  "say",
  "tell",
  "write",
  "add",
  "note",
  "warn",
  "argue",
  "explain",
  "caution",
  "comment",
  "observe",
  "contend",
  "state",
]);

/** Index of the first token of the name ending at `end`, or -1 when no name ends there. */
function nameStartBefore(tokens: readonly Token[], end: number): number {
  let first = -1;
  for (let i = end; i >= 0 && end - i < 4; i -= 1) {
    const token = tokens[i];
    if (isCapitalised(token)) first = i;
    else if (i === end && continuesName(token) && isCapitalised(tokens[i - 1])) continue;
    else break;
  }
  return first;
}

/** Index of the last token of the name starting at `start`, or -1 when no name starts there. */
function nameEndAfter(tokens: readonly Token[], start: number): number {
  if (!isCapitalised(tokens[start])) return -1;
  let last = start;
  for (let i = start + 1; i < tokens.length && i - start < 4; i += 1) {
    if (isCapitalised(tokens[i]) || continuesName(tokens[i])) last = i;
    else break;
  }
  return last;
}

const QUOTE_MARKS = new Set(['"', "'", "“", "”", "‘", "’", "«", "»"]);
const APPOSITION_OPENERS = new Set(["who", "whose", "which"]);

/**
 * The apposition after a comma at `comma` ("chief economist at X", "a professor at Y", "who heads
 * research at Z"): the index of its last token, or -1. It runs to the next comma, closing quote or
 * the end of the sentence, holds no modal and, unless it is a relative clause, no verb.
 */
function appositionEnd(tokens: readonly Token[], comma: number): number {
  const first = tokens[comma + 1];
  if (tokens[comma]?.text !== "," || !first || QUOTE_MARKS.has(first.text) || first.pos === "PUNCT") return -1;
  const relative = APPOSITION_OPENERS.has(first.lower);
  let last = -1;
  for (let i = comma + 1; i < tokens.length && i - comma <= 16; i += 1) {
    const token = tokens[i];
    if (!token) break;
    if (token.text === "," || token.text === ";" || QUOTE_MARKS.has(token.text) || /^[.!?]$/.test(token.text)) break;
    if (token.pos === "AUX" && !relative) return -1;
    // A participle before a noun describes: "managing director", "acting chair", "retired professor".
    const describing = tokens[i + 1]?.pos === "NOUN" && /(?:ing|ed)$/.test(token.lower);
    if (token.pos === "VERB" && !relative && !describing && !/^\p{Lu}/u.test(token.text)) return -1;
    last = i;
  }
  // An apposition describes someone: it has a noun ("economist", "head", "partner").
  if (last < 0 || !tokens.slice(comma + 1, last + 1).some((token) => token.pos === "NOUN" || token.pos === "PROPN"))
    return -1;
  return last;
}

/** What follows "told": the audience ("reporters", "the BBC", "a conference in Warsaw" is not kept). */
function audienceEnd(tokens: readonly Token[], verb: number): number {
  let i = verb + 1;
  if (tokens[i]?.pos === "DET") i += 1;
  let last = verb;
  while (i < tokens.length && i - verb <= 4 && (tokens[i]?.pos === "NOUN" || tokens[i]?.pos === "PROPN")) {
    last = i;
    i += 1;
  }
  return last;
}

/** Where a title ending at `end` starts ("The finance minister", "Baltic Bank's chief economist"), or -1. */
function titleStartBefore(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.pos !== "NOUN") return -1;
  let first = end;
  for (let i = end - 1; i >= 0 && end - i < 8; i -= 1) {
    const token = tokens[i];
    if (!token || !["DET", "NOUN", "PROPN", "ADJ", "ADP", "PART"].includes(token.pos) || token.text === ",") break;
    first = i;
  }
  // It runs from the start of the sentence: otherwise it is the end of something else.
  return first === 0 ? 0 : -1;
}

const textOf = (tokens: readonly Token[], first: number, last: number, source: string): string =>
  source.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);

/**
 * The person a sentence reports, or null when it reports nobody by name. Shapes: "..., said Victor
 * Cha(, a professor at Georgetown)", "Cha said", "Victor Cha, a professor at Georgetown, said",
 * "according to Victor Cha(, head of ...)", "Cha told reporters", "..., she said".
 * `source` is the text the tokens' offsets count in.
 */
export function findAttribution(tokens: readonly Token[], source: string): Attribution | null {
  /** The attribution's words, with a "that" after the verb; null when the verb is part of the claim. */
  const spanOf = (first: number, last: number, verb: number | null): Attribution["span"] => {
    const verbToken = verb === null ? undefined : tokens[verb];
    const that = verbToken && last === verb && tokens[last + 1]?.lower === "that" ? last + 1 : last;
    if (verbToken && !SAYING.has(verbToken.lemma) && that === last) return null;
    return { start: tokens[first]?.start ?? 0, end: tokens[that]?.end ?? 0 };
  };
  const found = (
    nameFirst: number,
    nameLast: number,
    spanFirst: number,
    spanLast: number,
    affiliation: [number, number] | null,
    verb: number | null,
  ): Attribution => ({
    name: tokens
      .slice(nameFirst, nameLast + 1)
      .map((t) => t.text)
      .join(" "),
    pronoun: false,
    affiliation: affiliation ? textOf(tokens, affiliation[0], affiliation[1], source) : null,
    span: spanOf(spanFirst, spanLast, verb),
  });

  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    if (token.lower === "according" && tokens[i + 1]?.lower === "to") {
      const named = organisationAfter(tokens, i + 2);
      if (named) return found(named[0], named[1], i, named[2], null, null);
      const nameLast = nameEndAfter(tokens, i + 2);
      if (nameLast < 0) continue;
      const apposition = appositionEnd(tokens, nameLast + 1);
      return found(
        i + 2,
        nameLast,
        i,
        apposition >= 0 ? apposition : nameLast,
        apposition >= 0 ? [nameLast + 2, apposition] : null,
        null,
      );
    }
    // "the Budget Office estimates that": the tagger reads a verb in -s before "that" as a noun now and then.
    const verbLike = token.pos === "VERB" || (token.pos === "NOUN" && tokens[i + 1]?.lower === "that");
    if (!verbLike || !REPORTING.has(token.lemma)) continue;
    const spanLast = token.lemma === "tell" ? audienceEnd(tokens, i) : i;
    // "Cha said", "Victor Cha told reporters"
    const nameFirst = nameStartBefore(tokens, i - 1);
    if (nameFirst >= 0) return found(nameFirst, i - 1, nameFirst, spanLast, null, i);
    // "Victor Cha, a professor at Georgetown, said"
    if (tokens[i - 1]?.text === ",") {
      for (let comma = i - 2; comma > 0 && i - comma <= 17; comma -= 1) {
        if (tokens[comma]?.text !== ",") continue;
        if (appositionEnd(tokens, comma) !== i - 2) break;
        const first = nameStartBefore(tokens, comma - 1);
        if (first >= 0) {
          const attribution = found(first, comma - 1, first, spanLast, [comma + 1, i - 2], i);
          // "Charles Goodhart, ex-member of X, and Manoj Pradhan, ex-director of Y, say": both.
          const earlier = earlierNameWithApposition(tokens, first);
          if (!earlier) return attribution;
          const span = spanOf(earlier[0], spanLast, i);
          const name = `${textOf(tokens, earlier[0], earlier[1], source)}; ${attribution.name}`;
          // Each has an apposition of their own: neither describes the pair.
          return { ...attribution, name, affiliation: null, span };
        }
        // "The finance minister, Anna Berg, said": the name is the apposition, the title before it.
        if (nameEndAfter(tokens, comma + 1) === i - 2) {
          const title = titleStartBefore(tokens, comma - 1);
          if (title >= 0) return found(comma + 1, i - 2, title, spanLast, [title, comma - 1], i);
        }
        break;
      }
    }
    // "“...,” Rose says": a surname that is also a common word ("Rose", "Wolf", "Hope"), capitalised
    // after a closing quote or a comma, is a name whatever the tagger made of it.
    const capital = tokens[i - 1];
    if (
      capital &&
      i >= 2 &&
      /^\p{Lu}\p{Ll}+$/u.test(capital.text) &&
      !NOT_NAMES.has(capital.lower) &&
      !PRONOUNS.has(capital.lower) &&
      (QUOTE_MARKS.has(tokens[i - 2]?.text ?? "") || tokens[i - 2]?.text === ",")
    ) {
      return found(i - 1, i - 1, i - 1, spanLast, null, i);
    }
    const previous = tokens[i - 1];
    // ", she said"; "She said the bank will..." at the start of a sentence; "it added" for an organisation.
    if (previous && PRONOUNS.has(previous.lower) && (i === 1 || tokens[i - 2]?.pos === "PUNCT")) {
      const organisation = previous.lower === "it";
      return { name: previous.lower, pronoun: true, organisation, affiliation: null, span: spanOf(i - 1, spanLast, i) };
    }
    // "the bank said", "the report says", "the strategists said": the organisation named before.
    const reference = organisationReferenceBefore(tokens, i);
    if (reference >= 0 && (reference === 0 || tokens[reference - 1]?.pos === "PUNCT")) {
      const name = textOf(tokens, reference, i - 1, source);
      return { name, pronoun: true, organisation: true, affiliation: null, span: spanOf(reference, spanLast, i) };
    }
    // ", said Victor Cha" / "said Cha, a professor at..."
    const nameLast = nameEndAfter(tokens, i + 1);
    if (nameLast >= 0 && tokens[i - 1]?.pos === "PUNCT") {
      const apposition = appositionEnd(tokens, nameLast + 1);
      return found(
        i + 1,
        nameLast,
        i,
        apposition >= 0 ? apposition : nameLast,
        apposition >= 0 ? [nameLast + 2, apposition] : null,
        i,
      );
    }
  }
  return null;
}

/**
 * "X, apposition, and" before the name at `name`: the earlier person of a pair ("Charles Goodhart,
 * ex-member of the Bank's committee, and Manoj Pradhan, ..., say"), as [first, last], or null.
 */
function earlierNameWithApposition(tokens: readonly Token[], name: number): [number, number] | null {
  if (tokens[name - 1]?.lower !== "and" || tokens[name - 2]?.text !== ",") return null;
  for (let comma = name - 3; comma > 0 && name - comma <= 18; comma -= 1) {
    if (tokens[comma]?.text !== ",") continue;
    if (appositionEnd(tokens, comma) !== name - 3) return null;
    const first = nameStartBefore(tokens, comma - 1);
    return first >= 0 ? [first, comma - 1] : null;
  }
  return null;
}

/**
 * An organisation after "according to": "the ITEM forecasting club" (a name and an organisation's
 * head noun), "the Institute", "a draft UN report" (a document: its owner, "UN"). Returns [first,
 * last] of the name and the last token of the words to leave out of the claim, or null.
 */
function organisationAfter(tokens: readonly Token[], at: number): [number, number, number] | null {
  let i = at;
  if (["the", "a", "an"].includes(tokens[i]?.lower ?? "")) i += 1;
  const start = i;
  let capitalLast = -1;
  let last = -1;
  while (i < tokens.length && i - start < 7) {
    const token = tokens[i]!;
    if (/^\p{Lu}/u.test(token.text) && (token.pos === "PROPN" || token.pos === "NOUN" || token.pos === "ADJ")) {
      capitalLast = i;
    } else if (
      token.pos !== "NOUN" &&
      token.pos !== "ADJ" &&
      !(token.lower.endsWith("ing") && tokens[i + 1]?.pos === "NOUN")
    ) {
      break;
    }
    last = i;
    i += 1;
  }
  if (last < 0) return null;
  const head = tokens[last]!.lower;
  const capitalFirst = tokens.slice(start, last + 1).findIndex((token) => /^\p{Lu}/u.test(token.text));
  if (DOCUMENT_HEADS.has(head) && capitalFirst >= 0 && capitalLast < last) {
    // "a draft UN report": the document's owner; a person's name ("Lena Park's report") is left to the name rules.
    return [start + capitalFirst, capitalLast, last];
  }
  if (ORGANISATION_HEADS.has(head) && (capitalFirst >= 0 || tokens[at]?.lower === "the")) {
    const first = capitalFirst >= 0 ? start + capitalFirst : start;
    return [first, last, last];
  }
  return null;
}

const TITLES = /^(?:mr|mrs|ms|dr|prof|professor|sir|dame)\.?\s+/i;

/** Full names seen in the text, by their last word, to resolve "Cha said" to "Victor Cha". */
export class PeopleIndex {
  private readonly byLastWord = new Map<string, string>();

  add(name: string): void {
    const last = name.split(" ").pop()?.toLowerCase();
    if (last && !this.byLastWord.has(last)) this.byLastWord.set(last, name);
  }

  /** Remembers every two-to-three-word capitalised run in the tokens as a possible full name. */
  learn(tokens: readonly Token[]): void {
    let run: Token[] = [];
    const flush = (): void => {
      if (run.length >= 2 && run.length <= 3) {
        const name = personName(run);
        if (name) this.add(name);
      }
      run = [];
    };
    for (const token of tokens) {
      if (isCapitalised(token)) run.push(token);
      else flush();
    }
    flush();
  }

  resolve(name: string): string {
    // "Ms Mahowald said": the title is no part of the name.
    const bare = name.replace(TITLES, "");
    if (bare.includes(" ")) return bare;
    return this.byLastWord.get(bare.toLowerCase()) ?? bare;
  }

  /** Whether a full name is known for this name ("Mahowald" after "Natalie Mahowald"). */
  knows(name: string): boolean {
    return this.byLastWord.has(name.replace(TITLES, "").split(" ").pop()?.toLowerCase() ?? "");
  }
}
