import type { Quotation } from "./quotes";
import type { SentenceSpeaker, Speaker } from "./speaker-memory";
import type { Sentence } from "./tokens";

/**
 * Carrying a quotation's speaker to all its sentences: a quotation takes the speaker of the first
 * of its sentences that has one, of the quotation just before it, or of the sentence crediting
 * someone just before the paragraph it opens.
 */

/** Index of the first sentence that ends after `offset` (sentences in order, not overlapping). */
function firstEndingAfter(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The sentences that overlap [start, end). */
function overlapping(sentences: readonly Sentence[], start: number, end: number): Sentence[] {
  const found: Sentence[] = [];
  for (let i = firstEndingAfter(sentences, start); i < sentences.length && sentences[i]!.start < end; i += 1) {
    found.push(sentences[i]!);
  }
  return found;
}

/** Sentences inside a quotation without an attribution of their own take the quotation's speaker. */
export function carryThroughQuotations(
  quotations: readonly Quotation[],
  text: string,
  sentences: readonly Sentence[],
  result: Map<Sentence, SentenceSpeaker>,
  leadsIn: ReadonlySet<Sentence>,
  introducing: ReadonlyMap<Sentence, Speaker>,
): void {
  if (quotations.length === 0) return;
  /** Each quotation's speaker: the first of its sentences that has one. */
  const speakers: (Speaker | undefined)[] = quotations.map(
    (quotation) =>
      overlapping(sentences, quotation.start, quotation.end)
        .map((sentence) => result.get(sentence)?.speaker)
        .find((speaker) => speaker) ?? undefined,
  );
  // "“...,” conceded a top strategist": a quotation credited to someone nobody names is theirs.
  const unnamed = quotations.map((quotation) =>
    overlapping(sentences, quotation.start, quotation.end).some((sentence) => result.get(sentence)?.attribution?.group),
  );
  // "“A,” said X. “B.”": a quotation with no speaker of its own, after one that has, with nothing
  // between them but attributions, is the same person's.
  for (let index = 1; index < quotations.length; index += 1) {
    const previous = quotations[index - 1]!;
    const quotation = quotations[index]!;
    if (speakers[index] || unnamed[index] || !speakers[index - 1]) continue;
    // (Nor when a sentence between credits someone else: "Smith countered that ... “B.”" is Smith's.)
    const narrative = overlapping(sentences, previous.end, quotation.start).some((sentence) => {
      const outside = text.slice(Math.max(sentence.start, previous.end), Math.min(sentence.end, quotation.start));
      const own = result.get(sentence);
      const other = own?.speaker && own.speaker.name !== speakers[index - 1]!.name && sentence.start >= previous.end;
      return (!own?.attribution || other) && /\p{L}/u.test(outside);
    });
    if (!narrative) speakers[index] = speakers[index - 1];
  }
  // "Goldman Sachs said in a note on Friday. / “We see ...”": a quotation with no speaker of its
  // own that opens a paragraph is the person or organisation the sentence just before credits; so
  // is one that opens a sentence right after it in the same paragraph ("Jane Smith said the dollar
  // remains a concern. “We expect ...”").
  for (const [index, quotation] of quotations.entries()) {
    if (speakers[index] || unnamed[index]) continue;
    const lineStart = text.lastIndexOf("\n", quotation.start - 1) + 1;
    const before = sentences.findLast((sentence) => sentence.end <= quotation.start);
    if (!before) continue;
    const opensParagraph = text.slice(lineStart, quotation.start).trim() === "";
    const opensSentence = before.end > lineStart && text.slice(before.end, quotation.start).trim() === "";
    if (!opensParagraph && !opensSentence) continue;
    if (opensParagraph && (before.end < lineStart - 2 || text.slice(before.end, lineStart).includes("\n\n\n")))
      continue;
    const own = result.get(before);
    // The credit is the sentence's own, not a quotation's it closes.
    if (quotations.some((q) => q.start < before.end && before.start < q.end)) continue;
    // "Jane Smith, chief economist at Nomura, was blunt. / “We expect two cuts.”": the person the
    // sentence is about, when it credits no one.
    const credited = overlapping(sentences, quotation.start, quotation.end).some(
      (sentence) => result.get(sentence)?.attribution,
    );
    const about = own && !own.speaker && !own.attribution && !credited ? introducing.get(before) : undefined;
    if (about) speakers[index] = about;
    if (!own?.speaker || !(own.attribution || leadsIn.has(before))) continue;
    speakers[index] = own.speaker;
  }
  for (const [index, quotation] of quotations.entries()) {
    const speaker = speakers[index];
    if (!speaker) continue;
    for (const sentence of overlapping(sentences, quotation.start, quotation.end)) {
      const own = result.get(sentence);
      if (!own || own.speaker) continue;
      // The sentence belongs to the quotation when its first word is inside it.
      // (A word, not a list's bullet: "• “I think ...”" is still the quotation's.)
      const firstWord = sentence.tokens.find((token) => /[\p{L}\p{N}]/u.test(token.text)) ?? sentence.tokens[0];
      const at = firstWord?.start ?? sentence.start;
      if (quotation.start <= at && at < quotation.end) result.set(sentence, { ...own, speaker });
    }
  }
}
