import { describe, expect, it } from "vitest";
import { drawableText } from "./card-text";

/** A font that draws ASCII letters, digits, space, punctuation and the ellipsis. */
const ascii = (codePoint: number) => (codePoint >= 0x20 && codePoint < 0x7f) || codePoint === 0x2026;
const withReplacement = (codePoint: number) => ascii(codePoint) || codePoint === 0xfffd;

describe("drawableText", () => {
  it("keeps what the fonts draw and folds whitespace", () => {
    expect(drawableText("  Rates  fall\n\tby 2%  ", ascii, 100)).toBe("Rates fall by 2%");
  });

  it("replaces characters no font draws with U+FFFD when a font has it, else with ?", () => {
    expect(drawableText("GDP 中国 up", withReplacement, 100)).toBe("GDP \uFFFD\uFFFD up");
    expect(drawableText("GDP 中国 up", ascii, 100)).toBe("GDP ?? up");
    // An emoji is one character, however many UTF-16 units it takes.
    expect(drawableText("up 😀!", ascii, 100)).toBe("up ?!");
  });

  it("drops marks, format and control characters no font draws instead of showing them", () => {
    // A variation selector, a zero-width joiner, a combining acute accent, a bell.
    expect(drawableText("a\uFE0Fb\u200Dc\u0301d\u0007e", ascii, 100)).toBe("abcde");
  });

  it("cuts long text at a word boundary near the limit, with an ellipsis", () => {
    expect(drawableText("one two three four five six", ascii, 20)).toBe("one two three four…");
    // No boundary near the limit: cut inside the word.
    expect(drawableText("abcdefghijklmnopqrstuvwxyz", ascii, 10)).toBe("abcdefghi…");
    expect(drawableText("exactly ten", ascii, 11)).toBe("exactly ten");
  });
});
