/** The stand-in for a character no shipped font can draw (itself covered by the fonts). */
export const UNDRAWABLE = "\uFFFD";
/** The stand-in when the fonts lack U+FFFD too (Inter's subsets do). */
export const UNDRAWABLE_FALLBACK = "?";

/**
 * Text as the share card can draw it with the fonts it ships: whitespace runs become one space;
 * marks, format and control characters no font covers (a variation selector, a zero-width joiner)
 * are dropped; any other character no font covers (an emoji, a CJK ideograph) becomes U+FFFD, so
 * the renderer never goes looking for a font or an emoji image elsewhere. Cut at `maxLength`
 * characters, at a word boundary when one is near, with an ellipsis.
 */
export function drawableText(text: string, covers: (codePoint: number) => boolean, maxLength: number): string {
  let out = "";
  for (const character of text.replace(/\s+/gu, " ").trim()) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (covers(codePoint)) out += character;
    else if (!/^[\p{M}\p{Cf}\p{Cc}]$/u.test(character)) out += covers(0xfffd) ? UNDRAWABLE : UNDRAWABLE_FALLBACK;
  }
  const characters = Array.from(out);
  if (characters.length <= maxLength) return out;
  const cut = characters.slice(0, maxLength - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength * 0.7 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
