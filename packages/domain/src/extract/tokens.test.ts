import { describe, expect, it } from "vitest";
import { tokenise } from "./tokens";
import { extractPredictions } from "./extract";

const words = (text: string) =>
  tokenise(text).lines.flatMap((line) => line.sentences.flatMap((sentence) => sentence.tokens));

describe("tokenise", () => {
  it("keeps a name with letters beyond Latin-1 as one proper noun", () => {
    const tokens = words("Glapiński said Łukasz Nowak and Recep Tayyip Erdoğan would speak.");
    expect(tokens.map((token) => [token.text, token.pos])).toEqual([
      ["Glapiński", "PROPN"],
      ["said", "VERB"],
      ["Łukasz", "PROPN"],
      ["Nowak", "PROPN"],
      ["and", "CCONJ"],
      ["Recep", "PROPN"],
      ["Tayyip", "PROPN"],
      ["Erdoğan", "PROPN"],
      ["would", "AUX"],
      ["speak", "VERB"],
      [".", "PUNCT"],
    ]);
  });

  it("gives offsets into the original text, whatever letters the tagger read instead", () => {
    const text = "Ms Dvořáková expects that Škoda will grow.\nŁódź will host it.";
    for (const token of words(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(words(text).find((token) => token.text === "Dvořáková")?.lower).toBe("dvořáková");
  });

  it("keeps a surname that is also a common word in the name, and its 'said' a verb", () => {
    const tagged = (text: string) => words(text).map((token) => `${token.text}/${token.pos}/${token.lemma}`);
    expect(tagged("Sarah Lynch said gold could fall.").slice(0, 3)).toEqual([
      "Sarah/PROPN/sarah",
      "Lynch/PROPN/lynch",
      "said/VERB/say",
    ]);
    expect(tagged("Bank of America Merrill Lynch expects gold to fall.").slice(3, 5)).toEqual([
      "Merrill/PROPN/merrill",
      "Lynch/PROPN/lynch",
    ]);
    expect(tagged("Anna Hope says prices will rise.").slice(1, 2)).toEqual(["Hope/PROPN/hope"]);
    // Not after a proper noun, or not before a verb: left as the tagger read it.
    expect(tagged("Lynch mobs said nothing.")[0]).toBe("Lynch/VERB/lynch");
  });
});

describe("firms named by their web address", () => {
  const sentences = (text: string) =>
    tokenise(text).lines.flatMap((line) => line.sentences.map((sentence) => text.slice(sentence.start, sentence.end)));

  it("keeps Amazon.com and Rightmove.co.uk whole, one proper noun, inside one sentence", () => {
    const text = "Amazon.com expects sales to rise. Rightmove.co.uk said prices will fall.";
    const { tokens } = tokenise(text);
    expect(tokens.filter((token) => token.pos === "PROPN").map((token) => token.text)).toEqual([
      "Amazon.com",
      "Rightmove.co.uk",
    ]);
    expect(sentences(text)).toEqual(["Amazon.com expects sales to rise.", "Rightmove.co.uk said prices will fall."]);
    // Indexes and offsets stay consistent after the join.
    tokens.forEach((token, index) => {
      expect(token.index).toBe(index);
      expect(text.slice(token.start, token.end)).toBe(token.text);
    });
  });

  it("leaves a sentence ending before a lower-case word or a space alone", () => {
    expect(sentences("Prices rose. com is no name here.")).toHaveLength(2);
    expect(tokenise("It is 5 p.m. now.").tokens.map((token) => token.text)).toContain("p.m.");
  });

  it("credits the firm with its forecast", () => {
    const text = "Sales will rise 10% next year, according to Booking.com.";
    const [candidate] = extractPredictions(text, { format: "text" }).candidates;
    expect(candidate?.speaker).toBe("Booking.com");
  });
});

describe("a full stop inside brackets (fifteenth round)", () => {
  it("keeps “Sen. Jane Smith (D-Mass.) predicted ...” one sentence", () => {
    const { lines } = tokenise("Sen. Jane Smith (D-Mass.) predicted the bill will pass the Senate next week.");
    expect(lines.flatMap((line) => line.sentences)).toHaveLength(1);
  });

  it("still ends a sentence at a bracket closing one, before a capital", () => {
    const { lines } = tokenise("The bill will pass (so says Sen. Smith.) Others disagree.");
    expect(lines.flatMap((line) => line.sentences)).toHaveLength(2);
  });
});
