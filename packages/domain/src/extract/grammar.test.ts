import { describe, expect, it } from "vitest";
import { indexIn, singularForms } from "./grammar";
import { tokenise } from "./tokens";

describe("singularForms", () => {
  it("gives what a plural may be the plural of, and nothing for a word that is none", () => {
    expect(singularForms("laboratories")).toEqual(["laboratory"]);
    expect(singularForms("analyses")).toEqual(["analysis", "analyse"]);
    expect(singularForms("reports")).toEqual(["report"]);
    expect(singularForms("business")).toEqual([]);
    expect(singularForms("report")).toEqual([]);
  });
});

describe("indexIn", () => {
  it("finds the first token passing the test inside [from, to) only", () => {
    const tokens = tokenise("Rates, prices, and wages will rise.").lines[0]!.sentences[0]!.tokens;
    const comma = (token: { text: string }) => token.text === ",";
    expect(indexIn(tokens, 0, tokens.length, comma)).toBe(1);
    expect(indexIn(tokens, 2, tokens.length, comma)).toBe(3);
    expect(indexIn(tokens, 4, tokens.length, comma)).toBe(-1);
    expect(indexIn(tokens, 2, 3, comma)).toBe(-1);
    expect(indexIn(tokens, -5, 99, comma)).toBe(1);
  });
});
