import { describe, expect, it } from "vitest";
import { tokenise } from "./tokens";

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
});
