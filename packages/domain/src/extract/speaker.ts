import { personName } from "./layout";
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
]);
const PRONOUNS = new Set(["he", "she"]);
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

export interface Attribution {
  /** The name as written ("Cha", "Victor Cha"), or a pronoun to resolve. */
  name: string;
  pronoun: boolean;
}

function runBefore(tokens: readonly Token[], end: number): Token[] {
  const run: Token[] = [];
  for (let i = end; i >= 0 && run.length < 4; i -= 1) {
    const token = tokens[i];
    if (!isCapitalised(token) || !token) break;
    run.unshift(token);
  }
  return run;
}

function runAfter(tokens: readonly Token[], start: number): Token[] {
  const run: Token[] = [];
  for (let i = start; i < tokens.length && run.length < 4; i += 1) {
    const token = tokens[i];
    if (!isCapitalised(token) || !token) break;
    run.push(token);
  }
  return run;
}

/** The person a sentence reports, or null when it reports nobody by name. */
export function findAttribution(tokens: readonly Token[]): Attribution | null {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    if (token.lower === "according" && tokens[i + 1]?.lower === "to") {
      const run = runAfter(tokens, i + 2);
      if (run.length > 0) return { name: run.map((t) => t.text).join(" "), pronoun: false };
      continue;
    }
    if (token.pos !== "VERB" || !REPORTING.has(token.lemma)) continue;
    const before = runBefore(tokens, i - 1);
    if (before.length > 0) return { name: before.map((t) => t.text).join(" "), pronoun: false };
    const previous = tokens[i - 1];
    if (previous && PRONOUNS.has(previous.lower) && tokens[i - 2]?.pos === "PUNCT") {
      return { name: previous.lower, pronoun: true };
    }
    // ", said Victor Cha" / "said Cha, a professor at..."
    const after = runAfter(tokens, i + 1);
    if (after.length > 0 && tokens[i - 1]?.pos === "PUNCT")
      return { name: after.map((t) => t.text).join(" "), pronoun: false };
  }
  return null;
}

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
    if (name.includes(" ")) return name;
    return this.byLastWord.get(name.toLowerCase()) ?? name;
  }
}
