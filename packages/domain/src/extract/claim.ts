/**
 * The claim an editor starts from: the quote without its attribution ("said Marta Kowalczyk, chief
 * economist at Baltic Bank", "according to Lena Park", "Cha told reporters", "she said"), without
 * quotation marks, as a sentence of its own. The quote itself keeps the exact words.
 */

const DOUBLE_QUOTES = /["“”«»„]/g;
/** "..., said Cha, adding that rates could follow": a second report, not part of this claim. */
const REPORTING_TAIL = /^(?:adding|noting|saying|warning|arguing|explaining|predicting|cautioning)\b/i;

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * Attributions to no one by name, which the speaker finder leaves alone: "..., according to the
 * city's transport office", "According to the ministry, ...", "..., the port authority's director
 * told reporters on Monday".
 */
const UNNAMED_ATTRIBUTIONS = [
  /,\s*according to [^,;]+$/i,
  /^according to [^,;]+,\s*/i,
  /,\s*(?:[\p{L}'’.-]+\s+){1,8}?(?:said|says|say|told (?:reporters|journalists|the \p{L}+|[\p{Lu}][\p{L}]*)|added|warned|noted|wrote)(?:\s+(?:on|last|this)\s+\p{L}+)?$/iu,
];

function withoutUnnamedAttribution(quote: string): string {
  const trimmed = quote.replace(/[\s.;:!]+$/, "");
  for (const pattern of UNNAMED_ATTRIBUTIONS) {
    const stripped = trimmed.replace(pattern, "");
    if (stripped !== trimmed && stripped.trim() !== "") return stripped;
  }
  return quote;
}

/**
 * `quote` is text.slice(quote.start, quote.end); `attribution` the span to leave out, used only when
 * it lies within the quote; `cueAt` the offset of the words that make the claim a prediction ("will"),
 * so that a report after the attribution ("adding that...") is dropped only when the claim is before it.
 */
export function claimWithoutAttribution(
  text: string,
  quote: TextSpan,
  attribution: TextSpan | null,
  cueAt: number = quote.start,
): string {
  let claim = text.slice(quote.start, quote.end);
  if (
    attribution &&
    attribution.start >= quote.start &&
    attribution.end <= quote.end &&
    attribution.start < attribution.end
  ) {
    const before = text.slice(quote.start, attribution.start).replace(/[\s,'‘’"“”]*$/u, "");
    const after = text
      .slice(attribution.end, quote.end)
      .replace(/^[\s,'‘’"“”]*/u, "")
      // "Cha said that the regime will...": the claim starts after "that".
      .replace(/^that\s+/i, "");
    const tail = REPORTING_TAIL.exec(after);
    if (before !== "" && tail) {
      // The report holds the prediction ("..., Macron said, adding that things may change"), or not.
      claim = cueAt >= attribution.end ? after.slice(tail[0].length).replace(/^\s+(?:that\s+)?/i, "") : before;
    } else claim = before !== "" && after !== "" ? `${before} ${after}` : before || after;
  } else claim = withoutUnnamedAttribution(claim);
  claim = claim
    .replace(DOUBLE_QUOTES, "")
    .replace(/^\s*['‘]/u, "")
    .replace(/['’]\s*$/u, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.;:,!]+$/, "");
  return claim.charAt(0).toUpperCase() + claim.slice(1);
}
