import type { Part } from "./layout";
import { isOrganisation, organisationsIn } from "./organisations";
import { findQuotations, quotationAt } from "./quotes";
import { findAttribution, REPORTING, type Attribution, type PeopleIndex } from "./speaker";
import type { Sentence, Token } from "./tokens";

/**
 * Who speaks in each sentence of a part: the attribution the sentence makes, resolved ("Cha" to
 * "Victor Cha", "he said" to the last person named, "the bank said" to the last organisation
 * named), and the speaker of a quotation carried to all its sentences and paragraphs.
 */

/** A quoted person or organisation, with the apposition describing them. */
export interface Speaker {
  name: string;
  affiliation: string | null;
}

export interface SentenceSpeaker {
  /** The sentence's own attribution words (left out of the claim), or null. */
  attribution: Attribution | null;
  /** Who the sentence's predictions belong to, or null for the part's byline. */
  speaker: Speaker | null;
}

/** What carries from one sentence to the next, and from part to part (organisations). */
export interface SpeakerMemory {
  people: PeopleIndex;
  /** The apposition each quoted person was first described with, by full name. */
  affiliations: Map<string, string>;
  lastOrganisation: string | null;
}

/** Words that open an unnamed subject: "a top Wall Street bear cautioned", "two economists predict". */
const UNNAMED = new Set(["a", "an", "one", "two", "three", "several", "some"]);

/**
 * "a top Wall Street bear cautioned", "two top economists predict": someone unnamed reporting, whom
 * the next sentence names. True when a reporting verb's subject starts with one of UNNAMED.
 */
function reportsUnnamed(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i += 1) {
    const verb = tokens[i];
    if (verb?.pos !== "VERB" || !REPORTING.has(verb.lemma) || tokens[i - 1]?.pos !== "NOUN") continue;
    for (let j = i - 2; j >= 0 && i - j <= 6; j -= 1) {
      const token = tokens[j];
      if (!token || token.pos === "PUNCT" || token.pos === "VERB") break;
      if (UNNAMED.has(token.lower) && (j === 0 || tokens[j - 1]?.pos === "PUNCT" || tokens[j - 1]?.pos === "CCONJ")) {
        return true;
      }
    }
  }
  return false;
}

export function attributeSentences(part: Part, text: string, memory: SpeakerMemory): Map<Sentence, SentenceSpeaker> {
  const sentences = part.lines.flatMap((line) => line.sentences);
  const result = new Map<Sentence, SentenceSpeaker>();
  let lastPerson: Speaker | null = null;
  for (const sentence of sentences) {
    memory.people.learn(sentence.tokens);
    const attribution = findAttribution(sentence.tokens, text);
    let speaker: Speaker | null = null;
    if (attribution?.pronoun) {
      if (attribution.organisation) {
        speaker = memory.lastOrganisation ? { name: memory.lastOrganisation, affiliation: null } : null;
      } else speaker = lastPerson;
    } else if (attribution) {
      const name = memory.people.resolve(attribution.name);
      // "Kowalczyk said" after "Marta Kowalczyk, chief economist at X, said": the same person.
      if (attribution.affiliation) memory.affiliations.set(name, attribution.affiliation);
      speaker = { name, affiliation: attribution.affiliation ?? memory.affiliations.get(name) ?? null };
      if (isOrganisation(name) || (!name.includes(" ") && !memory.people.knows(name))) {
        memory.lastOrganisation = name;
      } else lastPerson = speaker;
    }
    // Organisations named along the way: "colleagues at Morgan Stanley", "the Intergovernmental Panel...".
    const named = organisationsIn(sentence.tokens, text);
    if (named.length > 0 && !(attribution && !attribution.pronoun && isOrganisation(speaker?.name ?? ""))) {
      memory.lastOrganisation = named[named.length - 1] ?? memory.lastOrganisation;
    }
    if (speaker && !attribution?.organisation && !isOrganisation(speaker.name) && speaker.name.includes(" ")) {
      lastPerson = speaker;
    }
    result.set(sentence, { attribution, speaker });
  }
  carryUnnamedForward(sentences, result);
  carryThroughQuotations(part, text, sentences, result);
  return result;
}

/** "Two top economists predict X." followed by "A and B say Y.": X is theirs too. */
function carryUnnamedForward(sentences: readonly Sentence[], result: Map<Sentence, SentenceSpeaker>): void {
  for (const [index, sentence] of sentences.entries()) {
    const own = result.get(sentence);
    if (!own || own.speaker || !reportsUnnamed(sentence.tokens)) continue;
    const next = sentences[index + 1];
    const named = next ? result.get(next) : undefined;
    if (named?.speaker && named.attribution && !named.attribution.pronoun) {
      result.set(sentence, { ...own, speaker: named.speaker });
    }
  }
}

/** Sentences inside a quotation without an attribution of their own take the quotation's speaker. */
function carryThroughQuotations(
  part: Part,
  text: string,
  sentences: readonly Sentence[],
  result: Map<Sentence, SentenceSpeaker>,
): void {
  const quotations = findQuotations(part.lines, text);
  if (quotations.length === 0) return;
  const bySpan = new Map<number, Speaker>();
  for (const sentence of sentences) {
    const speaker = result.get(sentence)?.speaker;
    if (!speaker) continue;
    for (const quotation of quotations) {
      if (sentence.start < quotation.end && quotation.start < sentence.end && !bySpan.has(quotation.start)) {
        bySpan.set(quotation.start, speaker);
      }
    }
  }
  // "“A,” said X. “B.”": a quotation with no speaker of its own, after one that has, with nothing
  // between them but attributions, is the same person's.
  for (const [index, quotation] of quotations.entries()) {
    const previous = quotations[index - 1];
    const earlier = previous ? bySpan.get(previous.start) : undefined;
    if (!previous || !earlier || bySpan.has(quotation.start)) continue;
    const between = sentences.filter((s) => s.start < quotation.start && s.end > previous.end);
    const narrative = between.some((s) => {
      const own = result.get(s);
      const outside = text.slice(Math.max(s.start, previous.end), Math.min(s.end, quotation.start));
      return !own?.attribution && /\p{L}/u.test(outside);
    });
    if (!narrative) bySpan.set(quotation.start, earlier);
  }
  for (const sentence of sentences) {
    const own = result.get(sentence);
    if (!own || own.speaker) continue;
    const firstWord = sentence.tokens.find((token) => token.pos !== "PUNCT") ?? sentence.tokens[0];
    const quotation = quotationAt(quotations, firstWord?.start ?? sentence.start);
    const speaker = quotation ? bySpan.get(quotation.start) : undefined;
    if (speaker) result.set(sentence, { ...own, speaker });
  }
}
