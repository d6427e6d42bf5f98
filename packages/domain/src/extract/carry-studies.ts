import { isOrganisation } from "./organisations";
import type { SentenceSpeaker, Speaker, SpeakerMemory } from "./speaker-memory";
import type { Sentence } from "./tokens";

/**
 * Studies and their authors: a study nobody names credited to its authors named by role ("said
 * co-author A"), and the findings after a lead author "and his colleagues" carried to them.
 */

/** "according to a new study", "said the study by two researchers", "the paper found". */
const STUDY_ATTRIBUTION =
  /\b(?:according to (?:a|the|this) (?:new |recent )?(?:study|paper)|said the (?:new )?(?:study|paper)|(?:a|the) (?:new |recent )?(?:study|paper)\b[^.;]{0,80}?\b(?:said|says|found|finds|showed|shows|concluded|suggests))\b/i;
/** What refers back to a study: "it", "the study", "the researchers" (not "the tourist office"). */
const STUDY_REFERENCE = /^(?:it|.*\b(?:study|paper|report|researchers|scientists|authors))$/i;
/** A study's findings speaking: "Their results suggest", "The findings show", "Its model projects". */
const STUDY_FINDINGS =
  /^\W*(?:their|its|the) (?:results|findings|model|models|analysis|calculations|projections|simulations) (?:also )?(?:suggest|show|indicate|project|predict|imply)s?\b/i;
/** What a lead author leads: "the researchers, led by", "a study led by", "the team, led by". */
const LEAD_AUTHORED = /\b(?:researchers|scientists|team|study|paper|authors)\b[^.]{0,4}$/i;
/** "said co-author Robert Ruiz", "lead author Ana Berg": the study's authors, named after their role. */
const AUTHOR_ROLE = /^(?:co-?authors?|author)$/;

/**
 * "Sea levels could rise 2m, according to a study published on Thursday. ... it said. ... said
 * co-author A ... said co-author B": a study nobody names is its authors', named by their role
 * anywhere in the article. Only sentences left without a speaker are given them.
 */
export function creditStudyToAuthors(
  sentences: readonly Sentence[],
  text: string,
  memory: SpeakerMemory,
  result: Map<Sentence, SentenceSpeaker>,
): void {
  const authors: string[] = [];
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      // "The researchers, led by Ines Moreau of ...": the study's lead author.
      const led =
        tokens[i]!.lower === "led" &&
        tokens[i + 1]?.lower === "by" &&
        LEAD_AUTHORED.test(text.slice(sentence.start, tokens[i]!.start));
      if (led) {
        let last = i + 2;
        while (/^\p{Lu}/u.test(tokens[last + 1]?.text ?? "") && tokens[last + 1]?.pos === "PROPN") last += 1;
        if (last > i + 2 && last - i <= 5) {
          const name = memory.people.resolve(text.slice(tokens[i + 2]!.start, tokens[last]!.end));
          if (!authors.includes(name)) authors.push(name);
        }
        continue;
      }
      if (!AUTHOR_ROLE.test(tokens[i]!.lower)) continue;
      let last = i;
      while (/^\p{Lu}/u.test(tokens[last + 1]?.text ?? "") && tokens[last + 1]?.pos === "PROPN") last += 1;
      if (last - i < 2 || last - i > 3) continue;
      const name = memory.people.resolve(text.slice(tokens[i + 1]!.start, tokens[last]!.end));
      if (!authors.includes(name)) authors.push(name);
    }
  }
  if (authors.length === 0) return;
  const speaker: Speaker = { name: authors.join("; "), affiliation: null };
  let inStudy: boolean = false;
  for (const sentence of sentences) {
    const own = result.get(sentence);
    if (!own) continue;
    const words = text.slice(sentence.start, sentence.end);
    const cites = STUDY_ATTRIBUTION.test(words);
    // "it said", "Their results suggest", "The findings show": the study goes on.
    const goesOn: boolean =
      inStudy &&
      ((own.attribution?.pronoun === true &&
        own.attribution.organisation === true &&
        STUDY_REFERENCE.test(own.attribution.name)) ||
        STUDY_FINDINGS.test(words));
    inStudy = cites || goesOn || (inStudy && !own.attribution);
    if ((cites || goesOn) && !own.speaker) result.set(sentence, { ...own, speaker });
  }
}

/**
 * "In a study in the journal X, Prof. Jonathan Bamber, an expert on ..., and his colleagues
 * examined ...": a study introduced by its lead author and "his/her/their colleagues" (or team).
 * The name, titles left out.
 */
const STUDY_AUTHOR =
  /\b(?:study|paper|research)\b.*?\b(?:(?:Prof\.?|Professor|Dr\.?)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,[^,]{3,120},)?\s+and\s+(?:his|her|their)\s+(?:colleagues|team|co-?authors|fellow researchers)\b/u;
/** How many sentences after a study's lead author is named may go on with its findings. */
const STUDY_REACH = 3;

/**
 * "In a study ..., Prof. Jonathan Bamber ... and his colleagues examined the effects of warming on
 * sea levels. If nothing is done, temperatures would rise by 5C. This warming will cause ...": the
 * findings the next sentences give, with no attribution of their own, are the lead author's, up to
 * the next sentence that credits anyone or quotes.
 */
export function carryStudyAuthorForward(
  sentences: readonly Sentence[],
  text: string,
  memory: SpeakerMemory,
  result: Map<Sentence, SentenceSpeaker>,
): void {
  let author: Speaker | null = null;
  let since = 0;
  for (const sentence of sentences) {
    const own = result.get(sentence);
    if (!own) continue;
    const words = text.slice(sentence.start, sentence.end);
    const named = own.attribution ? null : STUDY_AUTHOR.exec(words)?.[1];
    if (named && !isOrganisation(named)) {
      const name = memory.people.resolve(named);
      author = { name, affiliation: memory.affiliations.get(name) ?? null };
      since = 0;
      if (!own.speaker) result.set(sentence, { ...own, speaker: author });
      continue;
    }
    if (!author) continue;
    since += 1;
    if (own.attribution || own.speaker || own.unnamed || since > STUDY_REACH || /^\s*["“‘]|\b(?:I|we)\b/.test(words)) {
      author = null;
      continue;
    }
    result.set(sentence, { ...own, speaker: author });
  }
}
