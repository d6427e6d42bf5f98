import { groupReports } from "./carry-unnamed";
import { isOrganisation } from "./organisations";
import type { SentenceSpeaker, Speaker, SpeakerMemory } from "./speaker-memory";
import type { Sentence } from "./tokens";

/**
 * Carrying a document's speaker: a report's findings over the sentences after "said the report",
 * and a document nobody is named for ("a new poll has suggested") credited to the organisation the
 * next sentence names.
 */

/** How many sentences after a document's attribution may go on with its findings. */
const DOCUMENT_REACH = 2;
/** An attribution to a document: "said the report", "according to a draft UN report", "the study by X said". */
const DOCUMENT_ATTRIBUTION =
  /\b(?:the|a|an|its|their|this|new|draft)\s+(?:[\w,-]+\s+){0,3}?(?:report|study|survey|analysis|outlook|paper|assessment|projections)\b/i;

/**
 * "Warming will cross 1.5C in the 2040s, said the report. The emissions that guarantee it will have
 * been released within 15 years.": a report's findings run on over the sentences after it, which
 * seldom repeat "the report said". The next sentences with no attribution of their own take the
 * document's speaker; an attribution to anyone else ends the run.
 */
export function carryDocumentForward(
  sentences: readonly Sentence[],
  text: string,
  result: Map<Sentence, SentenceSpeaker>,
): void {
  let owner: Speaker | null = null;
  let since = 0;
  for (const sentence of sentences) {
    const own = result.get(sentence);
    if (!own) continue;
    if (own.attribution) {
      const words = text.slice(sentence.start, sentence.end);
      owner = own.attribution.organisation && own.speaker && DOCUMENT_ATTRIBUTION.test(words) ? own.speaker : null;
      since = 0;
      continue;
    }
    since += 1;
    if (!owner || since > DOCUMENT_REACH) continue;
    if (own.speaker) {
      if (own.speaker.name !== owner.name) owner = null;
      continue;
    }
    // "Analysts expect two more cuts": a group's own forecast, not the report's; it ends the run.
    if (groupReports(sentence.tokens)) {
      owner = null;
      continue;
    }
    result.set(sentence, { ...own, speaker: owner });
  }
}

/**
 * A document credited without its owner: "..., a new poll has suggested", "according to a new
 * in-depth survey and model of the electorate", "a recent study found", "..., a nationwide opinion
 * poll has shown." closing the sentence, "according to a major poll that ..." (no owner named after
 * it), "A new report forecasts that ..." opening the sentence. The kind of document.
 */
export const UNNAMED_DOCUMENT =
  /(?:\baccording to|,)\s+an?\s+(?:(?:new|latest|recent|fresh)\s+(?:[\w-]+\s+){0,2}?(poll|survey|model|report|study|analysis)\b|(?:[\w-]+\s+){0,2}?(poll|survey|model|report|study|analysis)\s+(?:has\s+|have\s+)?(?:shown|showed|shows|found|finds|suggested|suggests|predicted|predicts)\s*[.!]?$)|\baccording to an?\s+(?:[\p{Ll}-]+\s+){0,2}?(poll|survey|model|report|study|analysis)\b(?!\s+(?:by|from|of)\s+\p{Lu})|^An?\s+(?:new|latest|recent|fresh)\s+(?:[\w-]+\s+){0,2}?(poll|survey|model|report|study|analysis)\s+(?:forecasts|predicts|projects|estimates|suggests|shows|finds)\b/iu;

/** The kind of document UNNAMED_DOCUMENT read: whichever of its alternatives matched. */
export const unnamedDocumentKind = (words: string): string | undefined =>
  UNNAMED_DOCUMENT.exec(words)
    ?.slice(1)
    .find((kind) => kind !== undefined)
    ?.toLowerCase();

/**
 * "Boris Johnson is on course to win a majority, according to a new survey and model. If an
 * election were held today, pollster YouGov predicts ...": the organisation the next sentence
 * credits by name owns the document the lede cited (a person is not taken for a document's owner).
 */
export function creditUnnamedDocuments(
  sentences: readonly Sentence[],
  result: Map<Sentence, SentenceSpeaker>,
  unnamedDocuments: ReadonlySet<Sentence>,
  memory: SpeakerMemory,
  leadsIn: ReadonlySet<Sentence>,
): void {
  for (const [index, sentence] of sentences.entries()) {
    const own = result.get(sentence);
    if (!own || own.speaker || !unnamedDocuments.has(sentence)) continue;
    const next = sentences[index + 1];
    const named = next ? result.get(next) : undefined;
    const name = named?.speaker?.name ?? "";
    const organisation = isOrganisation(name) || named?.attribution?.organisation || !memory.people.knows(name);
    const credits = (named?.attribution && !named.attribution.pronoun) || (next !== undefined && leadsIn.has(next));
    if (named?.speaker && credits && organisation) {
      result.set(sentence, { ...own, speaker: named.speaker });
    }
  }
}
