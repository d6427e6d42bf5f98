import { GROUPS, PERSON_TITLES } from "./organisations";
import type { Token } from "./tokens";

/**
 * Someone a sentence credits without naming them, by the description it gives: "a senior Israeli
 * official", "one European diplomat", "a foreign exchange trader at a private-sector bank", "an
 * unidentified member of the country's negotiating team in Vienna". The description is who speaks:
 * crediting the article's author instead would give an official's forecast to the reporter.
 */

/** Singular nouns for a person by trade or position (the plurals of GROUPS, and more). */
const PERSON_NOUNS = new Set([
  ...[...GROUPS].filter((word) => word.endsWith("s")).map((word) => word.slice(0, -1)),
  ...[...PERSON_TITLES].filter((word) => !word.endsWith(".")),
  "official",
  "diplomat",
  "source",
  "member",
  "person",
  "aide",
  "adviser",
  "advisor",
  "professor",
  "meteorologist",
  "trader",
  "banker",
  "insider",
  "negotiator",
  "observer",
  "pollster",
  "lawyer",
  "officer",
  "executive",
  "manager",
  "investor",
  "consultant",
  "researcher",
  "scientist",
  "forecaster",
  "lawmaker",
  "legislator",
  "spokesman",
  "spokeswoman",
  "spokesperson",
]);

/** Words that open a description of one person nobody names. */
const ONE = new Set(["a", "an", "one", "another"]);

/** Words that may open a phrase saying where the person works: "at a private-sector bank". */
const WHERE = new Set(["at", "of", "with", "from", "in", "for"]);

const isWord = (token: Token | undefined): boolean =>
  token !== undefined && (token.pos === "ADJ" || token.pos === "NOUN" || token.pos === "PROPN" || token.pos === "NUM");

/** A hyphen inside a word ("private-sector"), written without spaces. */
const innerHyphen = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]?.text === "-" && tokens[at - 1]?.end === tokens[at]!.start && tokens[at + 1]?.start === tokens[at]!.end;

/**
 * The last token of a description of one unnamed person starting at `at` ("a", "an", "one",
 * "another", then up to five words describing them, the last a person's noun, then perhaps "at",
 * "of", "in" ... and where they work), or -1.
 */
export function describedPersonEnd(tokens: readonly Token[], at: number): number {
  if (!ONE.has(tokens[at]?.lower ?? "")) return -1;
  let head = -1;
  for (let i = at + 1; i < tokens.length && i - at <= 6; i += 1) {
    const token = tokens[i]!;
    if (innerHyphen(tokens, i) || token.lower === "'s" || token.lower === "’s") continue;
    if (!isWord(token)) break;
    if (PERSON_NOUNS.has(token.lower) && !PERSON_NOUNS.has(tokens[i + 1]?.lower ?? "")) {
      head = i;
      break;
    }
  }
  if (head < 0) return -1;
  // "at a private-sector bank", "of the country's negotiating team in Vienna": where they work,
  // up to ten words with no verb, comma or relative word; a day ("on Monday") ends it.
  let end = head;
  let i = head + 1;
  while (WHERE.has(tokens[i]?.lower ?? "") && i - head <= 10) {
    let last = -1;
    let k = i + 1;
    while (k < tokens.length && k - head <= 12) {
      const token = tokens[k]!;
      if (innerHyphen(tokens, k) || token.lower === "'s" || token.lower === "’s" || token.pos === "DET") k += 1;
      else if (isWord(token) || (token.lower.endsWith("ing") && tokens[k + 1]?.pos === "NOUN")) last = k++;
      else break;
    }
    if (last < 0) break;
    end = last;
    i = last + 1;
  }
  // "A Western official briefed on the talks", "a diplomat familiar with the negotiations": what
  // they know of, after a participle or an adjective of knowing.
  if (KNOWING.has(tokens[end + 1]?.lower ?? "") && KNOWN_THROUGH.has(tokens[end + 2]?.lower ?? "")) {
    let k = end + 3;
    let last = -1;
    while (k < tokens.length && k - end <= 9) {
      const token = tokens[k]!;
      if (innerHyphen(tokens, k) || token.pos === "DET" || token.lower === "'s" || token.lower === "’s") k += 1;
      else if (isWord(token) && token.pos !== "VERB") last = k++;
      else break;
    }
    if (last > 0) end = last;
  }
  return end;
}

/** What makes someone a source on something: "briefed on", "familiar with", "involved in". */
const KNOWING = new Set(["briefed", "familiar", "involved", "close", "knowledgeable"]);
const KNOWN_THROUGH = new Set(["on", "with", "in", "to", "about"]);
