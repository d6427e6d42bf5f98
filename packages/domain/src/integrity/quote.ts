/**
 * Whether a prediction's quote stands verbatim in its source's stored article text. "Verbatim"
 * forgives only what copying text between a web page, a form and a ledger file changes without
 * changing a word; `normaliseForQuoteMatch` applies exactly these steps, in this order, to both sides:
 *
 * 1. Unicode NFC (a composed "é" and "e" + combining acute are the same letter);
 * 2. curly and low-9 quotation marks folded to straight ones: U+2018, U+2019, U+201A, U+201B and
 *    U+2032 (prime) become `'`; U+201C, U+201D, U+201E, U+201F and U+2033 (double prime) become `"`;
 * 3. every run of white space (spaces, tabs, line breaks, no-break and other Unicode spaces: what
 *    the regular expression `\s` matches) becomes one space, and the ends are trimmed.
 *
 * Nothing else is forgiven: letter case, dashes, ellipses, punctuation and every word must match.
 */
export function normaliseForQuoteMatch(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * True when the quote is found verbatim (after `normaliseForQuoteMatch`) in the text, false when it
 * is not, null when there is nothing to check: no quote, or no stored text.
 */
export function quoteFoundVerbatim(quote: string | null, text: string | null): boolean | null {
  if (quote === null || text === null) return null;
  const needle = normaliseForQuoteMatch(quote);
  if (needle === "") return null;
  return normaliseForQuoteMatch(text).includes(needle);
}
