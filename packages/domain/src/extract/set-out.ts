import { isOrganisation } from "./organisations";
import type { Part } from "./layout";
import type { SentenceSpeaker, SpeakerMemory } from "./attribution";
import type { Line, Sentence } from "./tokens";

/**
 * Speakers a page sets out rather than attributes: comments under lines that name who speaks
 * ("Wee Khoon Chong, BNY’s senior APAC market strategist" / what they said), and interviews set
 * out as questions and answers. Both credit only sentences that credit no one themselves.
 */

/**
 * A line that names who speaks in the lines under it, as collections of comments are set out
 * ("Here is a collection of comments from analysts:" / "Wee Khoon Chong, BNY’s senior APAC market
 * strategist" / what they said): a person's name, a comma and what they are, no sentence's end.
 */
const SPEAKER_LINE =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|bin|al)){1,3}),\s+([^!?:;]{3,100}?)(?:\s(?:Ltd|Inc|Co|Corp|Bhd|Plc|plc)\.)?$/u;
/** What a speaker line says of the person: a role, or where they work. */
const SPEAKER_ROLE =
  /\b(?:at|of|for|with)\s|['’]s\s|\b(?:strategist|economist|analyst|head|chief|director|manager|officer|president|professor|founder|partner|adviser|advisor|ceo|cio|cfo)\b/i;

/**
 * Under speaker lines (SPEAKER_LINE, two or more on the page, so that a byline with a role is not
 * one), the sentences that credit nobody are the person's named in the last speaker line above.
 */
export function creditUnderSpeakerLines(
  part: Part,
  text: string,
  memory: SpeakerMemory,
  result: Map<Sentence, SentenceSpeaker>,
): void {
  const lines = memory.speakerLines ?? [];
  const sentences = part.lines.flatMap((line) => line.sentences);
  if (lines.length < 2 || sentences.length === 0) return;
  // The speaker lines before the part, skipped by halves: a long page has many parts.
  let next = 0;
  for (let high = lines.length; next < high;) {
    const middle = (next + high) >>> 1;
    if (lines[middle]!.start < sentences[0]!.start) next = middle + 1;
    else high = middle;
  }
  let speaker: string | null = next > 0 ? memory.people.resolve(lines[next - 1]!.name) : null;
  for (const sentence of sentences) {
    while (next < lines.length && lines[next]!.start < sentence.start) {
      speaker = memory.people.resolve(lines[next]!.name);
      next += 1;
    }
    const own = result.get(sentence);
    if (speaker && own && !own.speaker && !own.attribution) {
      result.set(sentence, { ...own, speaker: { name: speaker, affiliation: null } });
    }
  }
}

/**
 * The page's speaker lines, in order, with the names they give: "Name, role" on one line, or a name
 * alone on its line with the role on the next ("Matt Solinsky" / "Sports editor whose favorite team
 * is the Steelers").
 */
export function speakerLinesIn(text: string): { start: number; name: string }[] {
  const found: { start: number; name: string }[] = [];
  const lines = text.split("\n");
  let start = 0;
  for (const [index, line] of lines.entries()) {
    // Cheapest test first: most lines hold a sentence's end or are too long to be a speaker line.
    if (line.length < 120 && line.includes(",")) {
      const match = SPEAKER_LINE.exec(line.trim());
      const role = match?.[2];
      if (match && role && !role.includes(".") && SPEAKER_ROLE.test(role) && !isOrganisation(match[1]!)) {
        found.push({ start, name: match[1]! });
      }
    } else if (line.length < 40 && NAME_LINE.test(line.trim()) && !isOrganisation(line.trim())) {
      const next =
        lines
          .slice(index + 1, index + 3)
          .find((each) => each.trim() !== "")
          ?.trim() ?? "";
      if (next.length < 120 && !/[.!?:]$/.test(next) && ROLE_LINE.test(next)) found.push({ start, name: line.trim() });
    }
    start += line.length + 1;
  }
  return found;
}

/** Whom an interview is with: "The Associated Press spoke recently with Zandi", "an interview with Ana Ruiz". */
const INTERVIEWED =
  /\b(?:(?:spoke|talked|chatted|sat down)\s+(?:\p{Ll}+\s+)?(?:with|to)|interview(?:ed)?\s+with|Q&A\s+with|asked)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)/u;

/**
 * An interview set out as questions and answers: in a part with two question lines or more (lines
 * whose sentences all end in "?"), and a person the part says the interview is with (INTERVIEWED),
 * the lines after a question that credit no one are the interviewee's answers.
 */
export function creditAnswersToInterviewee(
  part: Part,
  text: string,
  memory: SpeakerMemory,
  result: Map<Sentence, SentenceSpeaker>,
): void {
  // "So far this year, the economy has contracted. What do you expect going forward?": a question
  // may open with what it asks about.
  const asks = (line: Line): boolean => {
    const last = line.sentences[line.sentences.length - 1];
    return last !== undefined && line.sentences.length <= 3 && /\?["”’]?\s*$/.test(text.slice(last.start, last.end));
  };
  const questions = part.lines.filter(asks);
  if (questions.length < 2) return;
  const interview = INTERVIEWED.exec(text.slice(part.lines[0]!.start, questions[0]!.start));
  if (!interview) return;
  const name = memory.people.resolve(interview[1]!);
  let answering = false;
  for (const line of part.lines) {
    if (asks(line)) {
      answering = true;
      continue;
    }
    if (!answering) continue;
    for (const sentence of line.sentences) {
      const own = result.get(sentence);
      // "I expect GDP to be up 26%": the one answering speaks of themself.
      const firstPerson =
        own?.attribution?.pronoun === true && FIRST_PERSON_PRONOUNS.has(own.attribution.name.toLowerCase());
      if (own && !own.speaker && (!own.attribution || firstPerson)) {
        result.set(sentence, { ...own, speaker: { name, affiliation: null } });
      }
    }
  }
}

const FIRST_PERSON_PRONOUNS = new Set(["i", "we"]);

/** A person's name alone on its line: two or three capitalised words. */
const NAME_LINE = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}$/u;
/** A line saying what the person named above it does: "Sports editor whose favorite team is ...". */
const ROLE_LINE =
  /^(?:\p{L}+\s){0,3}(?:editor|writer|columnist|reporter|correspondent|critic|strategist|economist|analyst|professor|director|manager|officer|president|founder|partner)\b/iu;
