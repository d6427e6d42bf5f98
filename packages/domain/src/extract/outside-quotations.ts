import type { Attribution } from "./attribution-shape";
import type { Quotation } from "./quotes";
import { findAttribution } from "./speaker";
import type { Sentence } from "./tokens";

/**
 * A sentence's attribution as the article makes it, outside the quotations over the sentence: in
 * "“... Chair Powell has stated that ...,” Duy wrote", the attribution is Duy's, not Powell's.
 */

/** The quotations that overlap a sentence (both lists in text order): a few, not the page's all. */
export function quotationsOver(quotations: readonly Quotation[], sentence: Sentence): Quotation[] {
  let low = 0;
  let high = quotations.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (quotations[middle]!.end > sentence.start) high = middle;
    else low = middle + 1;
  }
  const over: Quotation[] = [];
  for (let i = low; i < quotations.length && quotations[i]!.start < sentence.end; i += 1) over.push(quotations[i]!);
  return over;
}

/**
 * The sentence's attribution, looked for again among the words outside quotations when the first
 * one found is inside one (“... Mayor Pryce has said that ...,” Haddad wrote).
 */
export function attributionOutsideQuotations(
  sentence: Sentence,
  text: string,
  quotations: readonly Quotation[],
): Attribution | null {
  const first = findAttribution(sentence.tokens, text);
  if (!first || quotations.length === 0 || outsideQuotations(first, sentence, text, quotations)) return first;
  const outside = sentence.tokens.filter(
    (token) => !quotations.some((q) => q.start < token.start && token.start < q.end - 1),
  );
  return outsideQuotations(findAttribution(outside, text), sentence, text, quotations);
}

/**
 * An attribution the article makes, or null when its words are inside a quotation: in "“I think the
 * Fed will cut. Chair Powell has stated that ...,” Duy wrote", Powell is quoted by Duy and speaks
 * for no one; the quotation is Duy's.
 */
function outsideQuotations(
  attribution: Attribution | null,
  sentence: Sentence,
  text: string,
  quotations: readonly Quotation[],
): Attribution | null {
  if (!attribution) return null;
  if (quotations.length === 0) return attribution;
  const inside = (offset: number): boolean => quotations.some((q) => q.start < offset && offset < q.end - 1);
  if (attribution.span) return inside(attribution.span.start) ? null : attribution;
  // No span: look for the name as written among the sentence's words outside every quotation.
  let outside = "";
  for (let at = sentence.start; at < sentence.end; at += 1) outside += inside(at) ? " " : text[at];
  const word = (attribution.name.split(" ")[0] ?? attribution.name).toLowerCase();
  return outside.toLowerCase().includes(word) ? attribution : null;
}
