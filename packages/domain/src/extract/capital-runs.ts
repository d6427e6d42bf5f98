import type { Token } from "./tokens";

/**
 * Runs of capitalised words read as names ("the Federal Reserve Bank of Philadelphia"), and the
 * words that are capitalised but never a name (determiners, days and months).
 */

/** Words that open a sentence or a clause and are never a name, though capitalised. */
const NOT_A_NAME = new Set([
  "the",
  "a",
  "an",
  "that",
  "this",
  "these",
  "those",
  "its",
  "their",
  "our",
  "his",
  "her",
  "in",
  "on",
  "at",
  "by",
  "from",
  "of",
  "and",
  "but",
  "as",
  "new",
  "latest",
]);

/** A run of capitalised words (one to four, no determiner) ending at `end`, as a name. */
export function capitalRunEndingAt(tokens: readonly Token[], end: number, text: string): string | null {
  let start = end;
  while (start >= 0 && end - start < 4 && isNameWord(tokens[start])) start -= 1;
  start += 1;
  if (start > end) return null;
  return text.slice(tokens[start]!.start, tokens[end]!.end);
}

/** A run of capitalised words (one to four) from `start`, "the" allowed before it. */
export function capitalRunFrom(
  tokens: readonly Token[],
  start: number,
  text: string,
): { name: string; end: number } | null {
  if (tokens[start]?.lower === "the") start += 1;
  let end = start;
  // "the Federal Reserve Bank of Philadelphia": "of", "for", "on" inside a name.
  while (
    end < tokens.length &&
    end - start < 7 &&
    (isNameWord(tokens[end]) || (end > start && JOINS.has(tokens[end]!.lower) && isNameWord(tokens[end + 1])))
  )
    end += 1;
  if (end === start) return null;
  return { name: text.slice(tokens[start]!.start, tokens[end - 1]!.end), end };
}

const JOINS = new Set(["of", "for", "on"]);

/** Days and months, capitalised but never a name: "quotes Goldman Sachs on Friday". */
export const WHEN =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;

export const isNameWord = (token: Token | undefined): boolean =>
  token !== undefined &&
  /^\p{Lu}/u.test(token.text) &&
  !NOT_A_NAME.has(token.lower) &&
  !WHEN.test(token.lower) &&
  (token.pos === "PROPN" || token.pos === "NOUN" || /^\p{Lu}{2,}/u.test(token.text));
