import type { Token } from "./tokens";

/**
 * What a found attribution is (`Attribution`: the name, what kind of reference it is, the apposition
 * and the span of its words), and the text of a run of tokens.
 */

export interface Attribution {
  /** The name as written ("Cha", "Victor Cha"), or a pronoun to resolve. */
  name: string;
  /** "he said", "the bank said": a reference back to someone named before, to resolve. */
  pronoun: boolean;
  /** The reference is to an organisation ("the bank said", "the report says", "it added"). */
  organisation?: boolean;
  /** A group nobody names ("Authorities think", "Experts in the US warn"): credited, but to no one. */
  group?: boolean;
  /** One person nobody names, by the description given ("a senior Israeli official"): the name. */
  described?: boolean;
  /**
   * A role referred back to after the verb (", said the economist"): credited only to the person
   * the text introduced with that role, never to whoever was named last.
   */
  roleOnly?: boolean;
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

export const textOf = (tokens: readonly Token[], first: number, last: number, source: string): string =>
  source.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);

export const textOfWords = (tokens: readonly Token[], first: number, last: number): string =>
  tokens
    .slice(first, last + 1)
    .map((token) => token.text)
    .join(" ");
