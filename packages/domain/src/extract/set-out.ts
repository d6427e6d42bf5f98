import { isOrganisation } from "./organisations";
import type { Part } from "./layout";
import type { SentenceSpeaker, SpeakerMemory } from "./attribution";
import type { SpeakerLine } from "./speaker-memory";
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
/** A heading's label before a speaker line: "The optimist: ", "Bull case: ". */
const HEADING_LABEL = /^(?:The\s+)?\p{L}+(?:\s\p{L}+)?:\s+(?=\p{Lu})/u;

/** "JANE SMITH" as names are written ("Jane Smith"); a name in mixed case as it is. */
const asWrittenName = (name: string): string =>
  name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase()) : name;

/** What a speaker line says of the person: a role, or where they work. */
const SPEAKER_ROLE =
  /\b(?:at|of|for|with)\s|['’]s\s|\b(?:strategist|economist|analyst|head|chief|director|manager|officer|president|professor|founder|partner|adviser|advisor|ceo|cio|cfo)\b/i;

/**
 * Under speaker lines (SPEAKER_LINE, two or more on the page, so that a byline with a role is not
 * one; or one label after a questioner's), the sentences that credit nobody are the person's named
 * in the last speaker line above.
 */
export function creditUnderSpeakerLines(
  part: Part,
  text: string,
  memory: SpeakerMemory,
  result: Map<Sentence, SentenceSpeaker>,
): void {
  const lines = memory.speakerLines ?? [];
  const sentences = part.lines.flatMap((line) => line.sentences);
  // (One label counts after a questioner's: "Q: ..." / "Jane Smith: ...".)
  const named = lines.filter((line) => line.name !== null);
  const interview = named.length === 1 && named[0]!.label === true && lines.some((line) => line.name === null);
  if (sentences.length === 0 || (named.length < 2 && !interview)) return;
  // The speaker lines before the part, skipped by halves: a long page has many parts.
  let next = 0;
  for (let high = lines.length; next < high;) {
    const middle = (next + high) >>> 1;
    if (lines[middle]!.start < sentences[0]!.start) next = middle + 1;
    else high = middle;
  }
  const resolve = (name: string | null): string | null => (name === null ? null : memory.people.resolve(name));
  let speaker = next > 0 ? resolve(lines[next - 1]!.name) : null;
  let questionLine = -1;
  for (const sentence of sentences) {
    // "Jane Smith: Rates will fall": a label's own line is the labelled speaker's too.
    while (next < lines.length && lines[next]!.start <= sentence.start) {
      speaker = resolve(lines[next]!.name);
      if (lines[next]!.name === null) questionLine = sentence.line;
      next += 1;
    }
    const own = result.get(sentence);
    // "Interviewer: So the coasts will flood": the questioner's words are no one's the page names.
    if (sentence.line === questionLine && own && !own.speaker && !own.attribution) {
      result.set(sentence, { ...own, unnamed: true });
      continue;
    }
    // "I expect GDP to be up 26%": the one labelled speaks of themself.
    const firstPerson =
      own?.attribution?.pronoun === true && FIRST_PERSON_PRONOUNS.has(own.attribution.name.toLowerCase());
    if (speaker && own && !own.speaker && (!own.attribution || firstPerson)) {
      result.set(sentence, { ...own, speaker: { name: speaker, affiliation: null } });
    }
  }
}

/**
 * "Jane Smith: Rates will probably fall by June.", "• Claudia Tebaldi:", "MARTIN: ...": a line
 * opening with who speaks and a colon, as transcripts, interviews and panels of pundits set them
 * out. The label: two to four capitalised words (a title or initials may open them), or a name in
 * capitals (a transcript's), or an organisation's name ("Goldman Sachs: 6,500").
 */
const COLON_LABEL =
  /^(?:[•*–—-]\s*)?((?:(?:Dr|Prof|Mr|Ms|Mrs|Sen|Rep|Gov)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|bin|al)){0,3})(?:,\s+\p{Lu}[\p{L}&.'’\s-]{1,40})?:(?:\s|$)/u;
/** What opens a line with a colon and is no speaker: notes, credits, headings, the questioner. */
const NOT_LABELS = new Set(
  (
    "note editor update updated photo photograph photos source sources read related watch listen contact tags " +
    "topics share correction clarification disclaimer image images credit credits video audio summary " +
    "background verdict prediction predictions analysis question answer q a interviewer host moderator " +
    "reporter step part chapter bottom key why what how when where who the this that these those our my your " +
    "their breaking exclusive live opinion comment editorial warning caution important also more see subscribe " +
    "sign follow click published posted last first next previous top latest table figure chart map graphic " +
    "data methodology scenario option outlook forecast result results total bull bear base case pros cons " +
    "bonus winner winners loser losers pick picks score final odds spread prize price target date time " +
    "location venue where when address phone email website twitter facebook instagram"
  ).split(" "),
);
/** The questioner's labels, which end the answering speaker's run: "Q:", "Interviewer:", "HOST:". */
const QUESTIONER = /^(?:[•*–—-]\s*)?(?:Q|Question|Interviewer|Host|Moderator|Reporter|Audience)\s*:/iu;

/**
 * The second words of the page's two-word capitalised names ("Rachel Martin" -> "martin"), read
 * once: what a transcript's one-word label in capitals may stand for.
 */
function surnamesIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+)/gu)].map((match) => match[1]!.toLowerCase()));
}

/** The speaker a colon label names, or null when the line opens with no speaker's label. */
function labelledSpeaker(line: string, surnames: () => Set<string>): string | null {
  const label = COLON_LABEL.exec(line)?.[1];
  if (!label || /\d/.test(label)) return null;
  const words = label.split(/\s+/);
  if (NOT_LABELS.has(words[0]!.toLowerCase().replace(/\.$/, ""))) return null;
  // "MARTIN:", "STEVE INSKEEP": a transcript's capitals, written as a name. One word ("MVP:",
  // "GDP:") only when the text names a person so ("Rachel Martin").
  if (label === label.toUpperCase()) {
    const name = words.map((word) => word.charAt(0) + word.slice(1).toLowerCase()).join(" ");
    if (words.length >= 2) return name;
    return surnames().has(name.toLowerCase()) ? name : null;
  }
  return words.length >= 2 || isOrganisation(label) ? label : null;
}

/** A line opening with a few words and a colon: a label of some kind ("NFC wild-cards:", "Jane Smith:"). */
const COLON_OPENING = /^(?:[•*–—-]\s*)?[^\s:][^:.!?]{0,60}:(?:\s|$)/u;

/**
 * The page's speaker lines, in order, with the names they give: "Name, role" on one line, or a name
 * alone on its line with the role on the next ("Matt Solinsky" / "Sports editor whose favorite team
 * is the Steelers"), or a label and a colon opening the line ("Jane Smith: ..."); the questioner's
 * label ("Q:") gives no name and ends the run of the speaker before it.
 */
export function speakerLinesIn(text: string): SpeakerLine[] {
  const found: SpeakerLine[] = [];
  const labels: SpeakerLine[] = [];
  let otherLabels = 0;
  let surnames: Set<string> | null = null;
  const knownSurnames = (): Set<string> => (surnames ??= surnamesIn(text));
  const lines = text.split("\n");
  let start = 0;
  for (const [index, line] of lines.entries()) {
    // "Jane Smith: ...", and the questioner's "Q:" between the answers.
    if (line.includes(":")) {
      const trimmed = line.trim();
      const name = labelledSpeaker(trimmed, knownSurnames);
      if (name !== null || QUESTIONER.test(trimmed)) labels.push({ start, name, label: true });
      else if (COLON_OPENING.test(trimmed)) otherLabels += 1;
    }
    // Cheapest test first: most lines hold a sentence's end or are too long to be a speaker line.
    if (line.length < 120 && line.includes(",")) {
      // "The optimist: Jane Smith, Kestrel Bank": a heading's label before the speaker line.
      const match = SPEAKER_LINE.exec(line.trim().replace(HEADING_LABEL, ""));
      const role = match?.[2];
      // "JANE SMITH, Kestrel Bank": the name in capitals, where the person works after it.
      const works = role !== undefined && (SPEAKER_ROLE.test(role) || isOrganisation(role));
      if (match && role && !role.includes(".") && works && !isOrganisation(match[1]!)) {
        found.push({ start, name: asWrittenName(match[1]!) });
      }
    } else if (line.length < 40 && NAME_LINE.test(line.trim()) && !isOrganisation(line.trim())) {
      const next =
        lines
          .slice(index + 1, index + 3)
          .find((each) => each.trim() !== "")
          ?.trim() ?? "";
      if (next.length < 120 && !/[.!?:]$/.test(next) && ROLE_LINE.test(next)) found.push({ start, name: line.trim() });
    } else if (line.length < 100) {
      // "Former England captain Michael Vaughan", "Security analyst Professor Tom Clarke says...".
      const name = roleThenName(line.trim());
      if (name) found.push({ start, name });
    }
    start += line.length + 1;
  }
  // Labels count when two at least name speakers (one "Name:" line may be anything), or one does
  // after a questioner's label ("Q: ..." / "Jane Smith: ..."), and more lines open with speakers'
  // labels than with other labels ("NFC wild-cards:", "Super Bowl:" in a list of picks are
  // headings of facts, whatever their capitals).
  const named = labels.filter((label) => label.name !== null).length;
  const answered = labels.some((label, index) => label.name === null && labels[index + 1]?.name);
  if ((named < 2 && !answered) || otherLabels >= named) return found;
  return [...found, ...labels].sort((a, b) => a.start - b.start);
}

/**
 * A line that is a role and a name, and maybe "says..." ("Former England captain Michael Vaughan",
 * "Security and defence analyst Professor Michael Clarke says..."), as pages of pundits' picks set
 * them out: the name (without a title before it), or null.
 */
function roleThenName(line: string): string | null {
  const match = ROLE_THEN_NAME.exec(line);
  if (!match) return null;
  const role = match[1]!.trim().split(/\s+/).at(-1)!.toLowerCase();
  const name = match[2]!.replace(/^(?:Professor|Prof\.|Dr\.?|Sir|Dame)\s+/u, "");
  return LINE_ROLES.has(role) && !isOrganisation(name) ? name : null;
}
const ROLE_THEN_NAME =
  /^((?:[\p{L}'’-]+\s+){1,6}?)((?:(?:Professor|Prof\.|Dr\.?|Sir|Dame)\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?:\s+(?:says|writes|predicts)(?:\.\.\.|…|:)?)?$/u;
/** The role right before the name in such a line. */
const LINE_ROLES = new Set([
  "captain",
  "analyst",
  "expert",
  "economist",
  "strategist",
  "editor",
  "correspondent",
  "commentator",
  "pundit",
  "columnist",
  "forecaster",
  "coach",
  "manager",
  "researcher",
  "fellow",
  "professor",
]);

/** Whom an interview is with: "The Associated Press spoke recently with Zandi", "an interview with Ana Ruiz". */
const INTERVIEWED =
  /(?:\b(?:(?:spoke|talked|chatted|sat down)\s+(?:\p{Ll}+\s+)?(?:with|to)|interview(?:ed)?\s+with|Q&A\s+with|in conversation with|(?:talks|speaks) to|asked)|^Interview:)\s+((?:\p{Lu}[\p{L}'’.&-]*[^\S\n]+){0,3}\p{Lu}[\p{L}'’-]+)/mu;

/** "We asked her", "asked him about", "We spoke to her": the interviewee by a pronoun, named before. */
const ASKED_BY_PRONOUN =
  /\b(?:asked|interviewed|(?:spoke|talked|chatted)\s+(?:with|to)|sat\s+down\s+with|caught\s+up\s+with)\s+(?:her|him)\b/u;

/** A person's full name in a text: two or three capitalised words. */
const FULL_NAME = /\b\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}\b/gu;

/**
 * Whom the words before an interview's first question say it is with: "Q&A with Kestrel Bank's
 * Jane Smith" (the person after an employer's possessive), "Interview: Jane Smith on the outlook",
 * "Jane Smith is head of research at Kestrel Bank. We asked her ..." (the person the text knows,
 * named before "asked her", the only one named besides the `authors`). The name as written, or null.
 */
function interviewee(words: string, authors: readonly string[]): string | null {
  const named = INTERVIEWED.exec(words)?.[1];
  if (named) {
    const afterOwner = /['’]s\s+(\p{Lu}.*)$/u.exec(named)?.[1];
    return afterOwner ?? named.replace(/\s+(?:on|about)$/u, "");
  }
  if (!ASKED_BY_PRONOUN.test(words)) return null;
  // (Not the byline's author, who asks: "By Peter Chu".)
  const people = [...words.matchAll(FULL_NAME)]
    .map((match) => match[0].replace(/^By\s/u, ""))
    .filter((name) => !isOrganisation(name) && !/^(?:We|I|The|This|In|On)\s/u.test(name) && !authors.includes(name));
  return people.length > 0 && people.every((name) => name === people[0]) ? people[0]! : null;
}

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
  // The headline may stand apart from the part ("Q&A with Kestrel Bank's Jane Smith"): its line
  // before, or one of the three short lines before (a byline between).
  const preceding = text.slice(Math.max(0, part.lines[0]!.start - 400), part.lines[0]!.start).trimEnd();
  const opening = preceding
    .split("\n")
    .slice(-3)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && line.length <= 120 && !/[.!]$/.test(line))
    .map((line) => line + "\n")
    .join("");
  // (A headline may be a question too: "What next for rates?" over the lede. Then the words up to
  // the second question say whom the interview is with.)
  const interviewed =
    interviewee(opening + text.slice(part.lines[0]!.start, questions[0]!.start), part.authors) ??
    interviewee(opening + text.slice(part.lines[0]!.start, questions[1]!.start), part.authors) ??
    (/^Q[:.]\s/u.test(text.slice(questions[0]!.start, questions[0]!.start + 3))
      ? nameOverQuestions(text.slice(Math.max(0, questions[0]!.start - 200), questions[0]!.start), part.authors)
      : null);
  if (!interviewed) return;
  const name = memory.people.resolve(interviewed);
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

/**
 * "Gus Faucher" / "Q: What are you forecasting?": a person's name alone on the line right above
 * the first question, labelled "Q:" (a caption under the interviewee's photo), not the byline's.
 * The name, or null.
 */
function nameOverQuestions(before: string, authors: readonly string[]): string | null {
  const line = before.trimEnd().split("\n").at(-1)?.trim() ?? "";
  if (!NAME_LINE.test(line) || isOrganisation(line) || authors.includes(line)) return null;
  return /^(?:The|This|In|On|By|Q|A)\s/u.test(line) ? null : line;
}

/** A person's name alone on its line: two or three capitalised words. */
const NAME_LINE = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}$/u;
/** A line saying what the person named above it does: "Sports editor whose favorite team is ...". */
const ROLE_LINE =
  /^(?:\p{L}+\s){0,3}(?:editor|writer|columnist|reporter|correspondent|critic|strategist|economist|analyst|professor|director|manager|officer|president|founder|partner)\b/iu;
