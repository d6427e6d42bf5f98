import { describe, expect, it } from "vitest";
import { normaliseForQuoteMatch, quoteFoundVerbatim } from "./quote";

const article =
  "SEOUL — The talks resumed on Monday.\n\nKim said: \u201CA summit is likely before\u00A0the  end of the year,\u201D\nadding that the \u2018door\u2019 was open.";

describe("normaliseForQuoteMatch", () => {
  it.each([
    ["composes decomposed letters (NFC)", "Cafe\u0301", "Caf\u00E9"],
    ["folds curly single quotes and the prime", "\u2018it\u2019s\u2019 \u201Ax\u201B 5\u2032", "'it's' 'x' 5'"],
    ["folds curly double quotes and the double prime", "\u201Cyes\u201D \u201Eno\u201F 5\u2033", '"yes" "no" 5"'],
    ["collapses white-space runs, no-break spaces included", "a \t\n b\u00A0\u00A0c\u2009d", "a b c d"],
    ["trims the ends", "  \n hello \t", "hello"],
    ["keeps case, dashes and ellipses", "Hello \u2014 World\u2026", "Hello \u2014 World\u2026"],
  ])("%s", (_name, input, expected) => {
    expect(normaliseForQuoteMatch(input)).toBe(expected);
  });
});

describe("quoteFoundVerbatim", () => {
  it.each<[string, string | null, string | null, boolean | null]>([
    ["an exact passage", "The talks resumed on Monday.", article, true],
    ["straight quotes against curly ones", '"A summit is likely before the end of the year,"', article, true],
    ["a line break and a double space read as one space", "year,\u201D adding that", article, true],
    ["curly apostrophes in the quote, none folded away in the text", "the \u2019door\u2019 was open", article, true],
    ["surrounding white space", "  Kim said:  ", article, true],
    ["a changed word", "A summit is certain before the end of the year", article, false],
    ["another case", "the talks resumed on monday.", article, false],
    ["a dropped word", "A summit is likely the end of the year", article, false],
    ["a hyphen for the em dash", "SEOUL - The talks", article, false],
    ["no stored text", "The talks resumed", null, null],
    ["no quote", null, article, null],
    ["a blank quote", " \n ", article, null],
  ])("%s", (_name, quote, text, expected) => {
    expect(quoteFoundVerbatim(quote, text)).toBe(expected);
  });
});
