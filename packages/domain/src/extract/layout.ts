import { findCues } from "./cues";
import { indexIn } from "./grammar";
import { isOrganisation } from "./organisations";
import type { Line, Sentence, Token } from "./tokens";
import { CALENDAR } from "./reporting-words";
import { NAME_TITLES } from "./words";

/**
 * The shape of a page: which lines are prose and which are page furniture (navigation, headlines,
 * "time3 hours ago", app-store boilerplate), how the prose falls into articles ("parts"), and who
 * wrote each part, from a byline ("By Jane Doe") before it or an author's note ("Jane Doe is a
 * professor at...") at its end.
 */

export interface Part {
  lines: Line[];
  /** The byline authors of this part, in order; empty for an unnamed author. */
  authors: string[];
  /** Sentences that are the author's note itself: never predictions. */
  bylineSentences: Set<Sentence>;
}

/** A short line that ends a sentence ("It hadn't.") continues the prose around it. */
export function endsSentence(line: Line, text: string): boolean {
  return /[.!?]["'”’)]*$/.test(text.slice(line.start, line.end).trimEnd());
}

/** A line is prose when it reads as sentences: enough words and sentence punctuation. */
export function isProse(line: Line, text: string): boolean {
  if (line.words >= 25) return true;
  if (line.words < 6) return false;
  const trimmed = text.slice(line.start, line.end).trimEnd();
  if (/[.!?:;"'”’)]$/.test(trimmed)) return true;
  // "... fall 27% due to the recession. Thomson Reuters": a sentence with a stray credit after it.
  if (STRAY_CREDIT.test(trimmed)) return true;
  // "... will exceed $126 billion by 2027, according to analysis from": a sentence whose end (a
  // link) the copy lost; a headline seldom ends on a preposition, an article or a conjunction.
  const last = line.sentences[line.sentences.length - 1]?.tokens.at(-1);
  return line.words >= 12 && CUT_OFF.has(last?.pos ?? "") && !PARTICLES.has(last?.lower ?? "");
}

/** Ten words or more and a full stop, then up to three capitalised words and nothing else. */
const STRAY_CREDIT = /^(?:\S+\s+){9,}\S*[.!?]["”’]?\s+\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2}$/u;
/** Tags a sentence cut off in mid-phrase ends on. */
const CUT_OFF = new Set(["ADP", "DET", "CCONJ", "SCONJ"]);
/** Adverb particles that end phrasal verbs and headlines alike: "Prices set to pick up". */
const PARTICLES = new Set(["up", "down", "out", "off", "in", "on", "over", "back", "through", "around", "about"]);

const DEGREE = new Set(["phd", "ph.d.", "ph.d", "md", "m.d.", "dphil", "jr", "jr.", "sr", "sr.", "ii", "iii"]);

/** Nouns that say what a person does, as author's notes use them ("is a political scientist"). */
const ROLE = new Set([
  "professor",
  "scientist",
  "analyst",
  "fellow",
  "researcher",
  "lecturer",
  "journalist",
  "correspondent",
  "editor",
  "writer",
  "columnist",
  "economist",
  "historian",
  "director",
  "author",
  "reporter",
  "contributor",
  "strategist",
  "diplomat",
  "ambassador",
  "adviser",
  "advisor",
  "expert",
  "specialist",
  "consultant",
  "founder",
  "chair",
  "associate",
  "partner",
  "commentator",
  "scholar",
  "head",
  "dean",
  "student",
  "candidate",
  "officer",
  "lawyer",
  "member",
]);

const isNameToken = (token: Token): boolean =>
  /^\p{Lu}[\p{L}'’.-]*$/u.test(token.text) && (token.pos === "PROPN" || token.pos === "NOUN" || token.pos === "ADJ");

/** The person named by a run of capitalised tokens, titles and degrees dropped. */
export function personName(run: readonly Token[]): string | null {
  const words = run
    .filter((token) => !DEGREE.has(token.lower) && !NAME_TITLES.has(token.lower))
    .map((token) => token.text);
  if (words.length < 2 || words.length > 4) return null;
  return words.join(" ");
}

/**
 * Authors named by an author's note: "Tereza Novotna PhD is a political scientist...", "Phar Kim
 * Beng, PhD, is professor of ..., and ... Scholar Ruhanas Harun is professor at ...". A capitalised
 * run (titles and degrees allowed, with their commas) right before "is"/"was", followed within a few
 * words by a role noun. A long run ("Cambridge Commonwealth Scholar Ruhanas Harun") keeps its last
 * two words: the earlier ones belong to the previous person's description.
 */
export function authorsInNote(sentence: Sentence): string[] {
  const tokens = sentence.tokens;
  const found: string[] = [];
  // "Jane Doe can be reached at jane@example.com.": the author's address.
  const reached = tokens.findIndex(
    (token, i) =>
      i >= 2 &&
      i <= 4 &&
      ["can", "may"].includes(token.lower) &&
      tokens[i + 1]?.lower === "be" &&
      ["reached", "contacted", "emailed"].includes(tokens[i + 2]?.lower ?? ""),
  );
  if (reached > 0) {
    const run = tokens.slice(0, reached);
    const name = run.every(isNameToken) && !run.some((token) => NOT_A_NAME.has(token.lower)) ? personName(run) : null;
    if (name) return [name];
  }
  // "This article was written by Jane Smith, an analyst at ...": the writer named after "written by".
  const written = tokens.findIndex((token, i) => i <= 5 && token.lower === "written" && tokens[i + 1]?.lower === "by");
  if (written > 0) {
    let end = written + 2;
    while (end < tokens.length && end - written < 7 && isNameToken(tokens[end]!)) end += 1;
    const name = personName(tokens.slice(written + 2, end));
    if (name) return [name];
  }
  // "Jane Smith writes about markets for Kestrel News", "Jane Smith teaches economics at ...": what
  // a columnist does, the name opening the note.
  let nameEnd = 0;
  while (nameEnd < tokens.length && nameEnd < 4 && isNameToken(tokens[nameEnd]!)) nameEnd += 1;
  if (NOTE_VERBS.has(tokens[nameEnd]?.lower ?? "") && tokens[nameEnd]!.pos === "VERB") {
    const name = personName(tokens.slice(0, nameEnd));
    if (name) return [name];
  }
  for (let i = 1; i < tokens.length; i += 1) {
    const verb = tokens[i];
    if (!verb || (verb.lower !== "is" && verb.lower !== "was")) continue;
    const hasRole = tokens.slice(i + 1, i + 8).some((token) => ROLE.has(token.lower));
    if (!hasRole) continue;
    const run: Token[] = [];
    // "Jane Smith, a former Treasury official, is", "Jane Smith (@janesmith) is": past who they are
    // between commas, or a handle in brackets, to the name.
    const start = i - 1 - asideBefore(tokens, i - 1);
    for (let j = start; j >= 0; j -= 1) {
      const token = tokens[j];
      if (!token) break;
      if (token.text === "," && tokens[j - 1] && DEGREE.has(tokens[j - 1]?.lower ?? "")) continue;
      if (token.text === "," && tokens[j + 1] && DEGREE.has(tokens[j + 1]?.lower ?? "")) continue;
      if (isNameToken(token) || DEGREE.has(token.lower)) run.unshift(token);
      else break;
    }
    const atStart = run[0]?.index === tokens[0]?.index;
    const people = run.filter((token) => !DEGREE.has(token.lower));
    const trimmed = !atStart && people.length > 3 ? people.slice(-2) : people;
    const name = personName(trimmed);
    if (name) found.push(name);
  }
  return found;
}

/** What a columnist does, in an author's note: "Jane Smith writes about markets", "teaches economics". */
const NOTE_VERBS = new Set(["writes", "teaches", "covers", "blogs"]);

/**
 * The length of an aside ending at `close` before a note's "is": ", a former Treasury official,"
 * (up to eight words, no verb) or "(@janesmith)"; 0 when none ends there.
 */
function asideBefore(tokens: readonly Token[], close: number): number {
  const closing = tokens[close]?.text;
  if (closing !== "," && closing !== ")") return 0;
  const opening = closing === "," ? "," : "(";
  for (let k = close - 1; k > 0 && close - k <= 9; k -= 1) {
    const token = tokens[k]!;
    if (token.text === opening) return isNameToken(tokens[k - 1]!) ? close - k + 1 : 0;
    if (token.pos === "VERB" || token.pos === "AUX") return 0;
  }
  return 0;
}

/** Words before "by" that still make a byline: "Written by", "Story by" ("Reporting by" credits wire copy at its end). */
const BYLINE_LEADS = new Set([
  "written",
  "story",
  "words",
  "text",
  "article",
  "posted",
  // "Column by Chris Graham", "Analysis by Jane Doe": what the piece is, then its author.
  "column",
  "analysis",
  "commentary",
  "opinion",
  "essay",
]);
/** Labels a page prints before its authors' names, with a colon: "Author: Jane Doe". */
const AUTHOR_LEADS = new Set([
  "author",
  "authors",
  "reporter",
  "writer",
  "auteur",
  "autor",
  "autore",
  "contributor",
  "contributors",
]);
/** What follows a name on a byline line of its own: "Jane Doe, Staff Writer", "Jane Doe | Markets Desk". */
const BYLINE_ROLES = new Set([
  "staff",
  "writer",
  "reporter",
  "correspondent",
  "editor",
  "desk",
  "contributor",
  "columnist",
]);

const MONTHS = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "updated",
  "published",
]);
/** News agencies and outlets' words a byline names after the author: "Jane Doe, Bloomberg". */
const OUTLETS = new Set([
  "reuters",
  "press",
  "bloomberg",
  "afp",
  "ap",
  "xinhua",
  "times",
  "post",
  "journal",
  "news",
  // "Jane Doe, The Globe and Mail", "Jane Doe, Chicago Tribune": the words papers are named with.
  "mail",
  "globe",
  "herald",
  "tribune",
  "guardian",
  "telegraph",
  "gazette",
  "chronicle",
  "observer",
  "express",
  "independent",
  "cnn",
  "bbc",
  "cnbc",
  "forbes",
]);

/** Words of a time stamp before its date: "Posted on", "Published", "Updated at". */
const STAMP_WORDS = new Set(["posted", "published", "updated", "on", "at"]);

/** What stands between a byline's name and its role, date or outlet: "Jane Doe | Markets", "Jane Doe · 3 min read". */
const SEPARATORS = new Set([",", "|", "/", "-", "–", "—", "·", "•"]);

/** A date's words: "March 3, 2024", "Updated 3 Mar 2024". */
const isDateWord = (token: Token): boolean =>
  MONTHS.has(token.lower.replace(/\.$/, "")) ||
  CLOCK_WORDS.has(token.lower.replace(/\.$/, "")) ||
  CALENDAR.has(token.lower) ||
  token.pos === "NUM" ||
  token.text === ",";

/** A time stamp's words besides the date: "Updated 3:45 PM EST, Mon March 4, 2024". */
const CLOCK_WORDS = new Set([
  "am",
  "pm",
  "a.m",
  "p.m",
  "est",
  "edt",
  "et",
  "pst",
  "pdt",
  "pt",
  "cst",
  "cdt",
  "gmt",
  "bst",
  "utc",
  "cet",
  "cest",
  "ist",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thurs",
  "fri",
  "sat",
  "sun",
]);

/**
 * "Ana María Ruiz-López": wink splits a hyphenated name at its hyphen; the parts, touching, are one
 * name token again (copies: the line's tokens are not changed).
 */
function joinHyphenated(tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const previous = joined[joined.length - 1];
    const next = tokens[i + 1];
    if (
      token.text === "-" &&
      previous &&
      next &&
      previous.end === token.start &&
      token.end === next.start &&
      /^\p{Lu}/u.test(previous.text) &&
      /^\p{Lu}/u.test(next.text)
    ) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text}-${next.text}`, end: next.end };
      i += 1;
      continue;
    }
    joined.push(token);
  }
  return joined;
}

/** A line that is one quotation, in its marks: "“We are not done yet.”". */
function isQuotationLine(line: Line, text: string): boolean {
  return /^["“‘].*["”’]$/su.test(text.slice(line.start, line.end).trim());
}

/** "— Jane Doe": a line signing with a dash (an article, when it is the page's last words). The name, or null. */
function signedWithDash(tokens: readonly Token[]): string | null {
  if (!["—", "–", "-"].includes(tokens[0]?.text ?? "") || tokens.length < 3 || tokens.length > 5) return null;
  const run = tokens.slice(1);
  return run.every(isNameToken) && !run.some((token) => NOT_A_NAME.has(token.lower)) ? personName(run) : null;
}

/**
 * "Jane Doe, Staff Writer", "Jane Doe | Markets Desk", "Jane Doe / Senior Correspondent", "Jane Doe -
 * March 3, 2026", "Jane Doe, Reuters": a name, a separator, and a journalist's role, a date or an
 * outlet on a short line of its own. The name, or null.
 */
function nameWithRole(tokens: readonly Token[]): string | null {
  // "Jane Smith | June 1, 2025 | 5 min read": a date and a reading time, each after a separator.
  if (tokens.length > 14) return null;
  // "Jane Doe For The Daily Mail", "Jane Doe Special to The Star": the outlet written for.
  const writtenFor = tokens.findIndex(
    (token, i) =>
      i >= 2 && i <= 4 && (token.lower === "for" || (token.lower === "special" && tokens[i + 1]?.lower === "to")),
  );
  if (writtenFor > 0) {
    const outlet = tokens.slice(writtenFor + (tokens[writtenFor]!.lower === "special" ? 2 : 1));
    const run = tokens.slice(0, writtenFor);
    if (
      outlet.length > 0 &&
      outlet.length <= 5 &&
      outlet.every((token) => /^\p{Lu}/u.test(token.text)) &&
      run.every(isNameToken) &&
      !run.some((token) => NOT_A_NAME.has(token.lower))
    ) {
      return personName(run);
    }
  }
  const separator = tokens.findIndex((token) => SEPARATORS.has(token.text));
  if (separator < 2 || separator > 4) return null;
  const run = tokens.slice(0, separator);
  if (!run.every((token) => isNameToken(token) || NAME_TITLES.has(token.lower))) return null;
  const rest = tokens.slice(separator + 1);
  // "Jane Doe - March 3, 2026", "Jane Doe, Bloomberg": a date or an outlet after the name does too.
  // "Jane Doe · 3 min read": how long the article takes to read, too.
  const tail = (token: Token): boolean =>
    BYLINE_ROLES.has(token.lower) ||
    MONTHS.has(token.lower.replace(/\.$/, "")) ||
    OUTLETS.has(token.lower) ||
    token.lower === "read";
  if (!rest.some(tail)) return null;
  if (run.some((token) => NOT_A_NAME.has(token.lower))) return null;
  return personName(run);
}

/**
 * "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters", "Written by Jane Doe", "Jane
 * Doe, Staff Writer": a byline line.
 */
export function authorsInByline(line: Line): string[] {
  const all = joinHyphenated(line.sentences.flatMap((sentence) => sentence.tokens));
  const named = nameWithRole(all);
  if (named) return [named];
  const signed = signedOff(all);
  if (signed) return [signed];
  // "March 3, 2024 · By Jane Doe": a date, a separator, then the byline.
  const dated = all.findIndex(
    (token, i) => i > 0 && i <= 14 && token.lower === "by" && SEPARATORS.has(all[i - 1]!.text),
  );
  // "Posted on March 3, 2024 by Jane Doe", "March 3, 2024 by Jane Doe": a date, then "by", no separator.
  const by = dated > 0 ? -1 : all.findIndex((token, i) => i > 1 && i <= 10 && token.lower === "by");
  const stamped =
    by > 0 &&
    all.slice(0, by).some((token) => token.pos === "NUM") &&
    all.slice(0, by).every((token) => isDateWord(token) || STAMP_WORDS.has(token.lower));
  const opening =
    dated > 0 && all.slice(0, dated - 1).every(isDateWord) ? all.slice(dated) : stamped ? all.slice(by) : all;
  // "Guest column by Jane Doe", "News analysis by Jane Doe": a word saying which kind, before the lead.
  const kind = BYLINE_LEADS.has(opening[1]?.lower ?? "") && opening[2]?.lower === "by" ? 1 : 0;
  let tokens =
    BYLINE_LEADS.has(opening[kind]?.lower ?? "") && opening[kind + 1]?.lower === "by"
      ? opening.slice(kind + 1)
      : opening;
  // "Author: Jane Doe", "By: Jane Doe", "Written by: Jane Doe": the colon goes with the lead.
  if (tokens[1]?.text === ":" && (tokens[0]?.lower === "by" || AUTHOR_LEADS.has(tokens[0]?.lower ?? ""))) {
    tokens = [tokens[0]!, ...tokens.slice(2)];
    if (AUTHOR_LEADS.has(tokens[0]!.lower)) tokens = [{ ...tokens[0]!, lower: "by" }, ...tokens.slice(1)];
  }
  // "By Henry Lazenby / June 30, 2021 / www.northernminer.com / Article Link": what follows a
  // separator (a date, the site, a link) does not count towards the byline's length.
  const separator = tokens.findIndex((token, i) => i > 1 && SEPARATORS.has(token.text));
  // "By Dr Shane Oliver, Chief Economist and Head of Investment Strategy at AMP.": a long role
  // after the name's comma counts no more than the separator's tail.
  const comma = tokens.findIndex((token, i) => i > 1 && i <= 6 && token.text === ",");
  const length = separator > 0 ? separator : comma > 0 ? comma : tokens.length;
  if (tokens[0]?.lower !== "by" || length > 14) return [];
  const names: string[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    // "By Jane Doe, Senior Economics Correspondent": a role after the name is no second author.
    // "By JANE SMITH, Associated Press": an outlet after the name is no second author.
    const outlet = names.length > 0 && run.some((token) => OUTLETS.has(token.lower));
    const name =
      outlet || run.some((token) => BYLINE_ROLES.has(token.lower) || ROLE.has(token.lower)) ? null : personName(run);
    // "BY JANE SMITH": a name in capitals, written as names are.
    if (name)
      names.push(
        /\p{Ll}/u.test(name) ? name : name.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase()),
      );
    run = [];
  };
  // "By WVUA 23 Digital Reporter Kyle Hamrick", "By Staff Writer Jane Doe": the name after the role.
  // (Not "By Jane Smith, Staff Writer", "BY JANE SMITH | STAFF WRITER": a role after the name and its separator.)
  const role = indexIn(tokens, 1, 7, (token) => BYLINE_ROLES.has(token.lower));
  const separated = tokens
    .slice(1, Math.max(1, role))
    .some((token) => SEPARATORS.has(token.text) || token.text === ",");
  const from = role > 0 && !separated && isNameToken(tokens[role + 1] ?? tokens[0]!) ? role + 1 : 1;
  for (const token of tokens.slice(from)) {
    if (isNameToken(token) || NAME_TITLES.has(token.lower)) run.push(token);
    else if (token.lower === "and" || token.text === "," || token.text === "&") flush();
    else break;
  }
  flush();
  return names;
}

/** A line opening with "By", naming its authors, with no verb: the byline, whatever its full stop. */
function bylineWithFullStop(line: Line): string[] {
  const tokens = line.sentences.flatMap((sentence) => sentence.tokens);
  if (tokens[0]?.lower !== "by" || tokens.length > 24 || tokens.some((token) => token.pos === "VERB")) return [];
  return authorsInByline(line);
}

/**
 * "(Reporting by Jane Doe in London; Editing by John Roe)", "Reporting by Jane Doe and Ali Khan;
 * additional reporting by ...": the reporters a wire story credits on its last line, or none.
 */
export function creditedReporters(line: Line): string[] {
  // Every line is asked: look at its first words before gathering its tokens.
  const opening = line.sentences[0]?.tokens ?? [];
  const at = opening[0]?.text === "(" || opening[0]?.text === "[" ? 1 : 0;
  if (!/^report(?:ing|ed)$/.test(opening[at]?.lower ?? "") || opening[at + 1]?.lower !== "by") return [];
  const tokens = line.sentences.flatMap((sentence) => sentence.tokens);
  const names: string[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    const name = personName(run);
    if (name) names.push(name);
    run = [];
  };
  // "Jane Doe in London": the place after "in" is no name.
  let place = false;
  for (const token of tokens.slice(at + 2)) {
    if (token.lower === "in" && run.length > 0) {
      flush();
      place = true;
    } else if (isNameToken(token)) {
      if (!place) run.push(token);
    } else if (token.lower === "and" || token.text === "," || token.text === "&") {
      flush();
      place = false;
    } else break;
  }
  flush();
  return names;
}

/**
 * A byline as a bare name on its own line, as many pages print it: "Maria Lopez" (two to four
 * capitalised words, no sentence punctuation, no furniture words).
 */
export function bareNameLine(line: Line): string | null {
  return bareName(line.sentences.flatMap((sentence) => sentence.tokens));
}

function bareName(tokens: readonly Token[]): string | null {
  if (tokens.length < 2 || tokens.length > 5) return null;
  if (!tokens.every((token) => isNameToken(token) || NAME_TITLES.has(token.lower) || DEGREE.has(token.lower)))
    return null;
  if (!tokens.some((token) => token.pos === "PROPN")) return null;
  if (tokens.some((token) => /^\p{Lu}{2,}$/u.test(token.text) || NOT_A_NAME.has(token.lower))) return null;
  // "Sales Growth ChartiStockphoto": a caption glued to a picture agency's credit.
  if (tokens.some((token) => GLUED_CAPITAL.test(token.text))) return null;
  // "Goldman Sachs" over its section of a roundup: an organisation's name is no byline.
  const name = personName(tokens);
  return name && !isOrganisation(name) ? name : null;
}

/**
 * A bare name line ("Maria Lopez"), or two names joined by "and" or "&" ("Jane Smith and Tom
 * Berg"), perhaps with the author's handle after them ("Jane Smith @janesmith"): the names, or none.
 */
export function bareNamesLine(line: Line): string[] {
  const all = line.sentences.flatMap((sentence) => sentence.tokens);
  // "Jane Smith @janesmith": the author's handle after the name.
  // "Jane Smith and Peter Chu, Bloomberg News", "Jane Smith, PhD", "Jane Smith (Reuters)", "Jane
  // Smith @janesmith · March 3": what follows the name.
  const bare = withoutTail(all);
  const tokens = bare.length > 2 && /^@\w{2,}$/.test(bare[bare.length - 1]!.text) ? bare.slice(0, -1) : bare;
  const and = tokens.findIndex((token) => token.lower === "and" || token.text === "&");
  if (and < 0) {
    const name = bareName(tokens);
    return name ? [name] : [];
  }
  const halves = [tokens.slice(0, and), tokens.slice(and + 1)];
  const names = halves.map((half) => bareName(half));
  return names.every((name) => name !== null) ? (names as string[]) : [];
}

/**
 * A line of two or three words in capitals ("JANE SMITH") when the next line is a journalist's role
 * of up to five words ("ECONOMICS EDITOR", "Senior Reporter"): the name, written as names are; else
 * null. (A heading in capitals has no role under it.)
 */
function capitalsNameBeforeRole(line: Line, next: Line | undefined): string | null {
  const tokens = line.sentences.flatMap((sentence) => sentence.tokens);
  if (tokens.length < 2 || tokens.length > 3 || !next) return null;
  if (!tokens.every((token) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(token.text) && !NOT_A_NAME.has(token.lower))) return null;
  const role = next.sentences.flatMap((sentence) => sentence.tokens);
  if (role.length > 5 || !role.some((token) => BYLINE_ROLES.has(token.lower))) return null;
  const name = tokens.map((token) => token.text).join(" ");
  return name.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase());
}

/**
 * A line's tokens before what may follow a byline's name after a separator or in brackets (up to
 * five words): an outlet's capitalised name ("..., Bloomberg News", "(Reuters)"), a degree ("...,
 * PhD"), or a date ("· March 3"). The line itself otherwise.
 */
function withoutTail(tokens: readonly Token[]): readonly Token[] {
  const bracketed = tokens[tokens.length - 1]?.text === ")";
  const separator = bracketed
    ? tokens.findLastIndex((token) => token.text === "(")
    : tokens.findIndex((token, i) => i >= 2 && SEPARATORS.has(token.text));
  if (separator < 2) return tokens;
  const tail = tokens.slice(separator + 1, bracketed ? -1 : undefined);
  if (tail.length === 0 || tail.length > 5) return tokens;
  const outlet = tail.every((token) => /^\p{Lu}/u.test(token.text)) && tail.some((token) => OUTLETS.has(token.lower));
  const degree = tail.length === 1 && DEGREE.has(tail[0]!.lower);
  const dated = !bracketed && tail.some((token) => MONTHS.has(token.lower)) && tail.every(isDateWord);
  return outlet || degree || dated ? tokens.slice(0, separator) : tokens;
}

/**
 * A capital inside a word after three lower-case letters ("ChartiStockphoto", "PhotoGetty"), which
 * names never have: "McCarthy", "DeSantis", "MacKenzie" have theirs after a short prefix.
 */
const GLUED_CAPITAL = /\p{Ll}{3,}\p{Lu}/u;

/** Capitalised words of page furniture and headlines, never in a person's name. */
const NOT_A_NAME = new Set([
  "home",
  "news",
  "latest",
  "menu",
  "search",
  "share",
  "subscribe",
  "opinion",
  "markets",
  "business",
  "politics",
  "world",
  "sports",
  "video",
  "live",
  "key",
  "takeaways",
  "more",
  "related",
  "advertisement",
  "the",
  "and",
  "of",
  // Outlets' names: "Asia Times", "Daily Herald", "Associated Press".
  "times",
  "post",
  "journal",
  "press",
  "daily",
  "herald",
  "tribune",
  "guardian",
  "telegraph",
  "reuters",
  "bloomberg",
  "associated",
  "network",
  "media",
  "magazine",
  "weekly",
  "today",
  "online",
  "staff",
  "desk",
  // A subhead's words of a topic or a kind of piece: "Rates Outlook", "Election Preview".
  "outlook",
  "forecast",
  "forecasts",
  "predictions",
  "prospects",
  "preview",
  "review",
  "update",
  "report",
  "summary",
  "overview",
  "highlights",
  "background",
  "explained",
  "explainer",
  "briefing",
  "analysis",
  "insight",
  "insights",
  "ahead",
  "economy",
  "election",
  "elections",
  "rates",
  "inflation",
  "stocks",
]);

/**
 * A subhead inside an article ("Rates outlook", "Tariff risks to weigh on growth"): a short line of
 * words, not in capitals, with no menu bars, times or app prompts. Other furniture ends the article.
 */
function isSubhead(line: Line, text: string): boolean {
  const body = text.slice(line.start, line.end).trim();
  if (line.words < 1 || line.words > 12 || !/^\p{Lu}/u.test(body)) return false;
  if (body === body.toUpperCase()) return false;
  return !/[|•·©@]|\btime\d|\bago\b|\bapp\b|\d{1,2}[:.]\d{2}/i.test(body);
}

/** A line that is only "By" (or "By:"): the names follow on their own lines. */
const isLoneBy = (line: Line, text: string): boolean => /^by:?$/i.test(text.slice(line.start, line.end).trim());
const isAnd = (line: Line, text: string): boolean => /^(?:and|&)$/i.test(text.slice(line.start, line.end).trim());

/**
 * Splits the lines into parts: a run of prose lines, ended by page furniture. A byline before a part
 * names its authors ("By Jane Doe"; a bare name line; "By" on a line of its own with the names on the
 * next lines); otherwise an author's note among the part's last sentences does. Parts split only by a
 * subhead (one short line) belong to one article and share its authors.
 */
export function findParts(lines: readonly Line[], text: string): Part[] {
  const parts: Part[] = [];
  /** Furniture lines before each part: one is a subhead inside the article. */
  const gaps: number[] = [];
  let current: Line[] = [];
  let pendingByline: string[] = [];
  let gap = 0;
  let bylineFollows = false;
  const close = (): void => {
    if (current.length > 0) {
      parts.push(describePart(current, pendingByline));
      gaps.push(gap);
      gap = 0;
    }
    current = [];
    pendingByline = [];
  };
  // The page's last prose line, found once: the lines after it are the page's last words.
  const lastProse = lines.findLastIndex((line) => isProse(line, text));
  for (const [index, line] of lines.entries()) {
    // "(Reporting by Jane Doe; Editing by John Roe)": wire copy credits its reporter at the end.
    const reporters = current.length > 0 || parts.length > 0 ? creditedReporters(line) : [];
    if (reporters.length > 0) {
      close();
      const last = parts[parts.length - 1];
      if (last && last.authors.length === 0) last.authors = reporters;
      continue;
    }
    // "— Jane Doe" as the page's last words: the article is signed at its end. (Mid-page, a dash and
    // a name sign a quotation or an embedded piece, not the article.)
    // ("“We are not done yet.” / — Jane Smith": under a quotation, the dash and name are its speaker's.)
    const underQuotation = index > 0 && isQuotationLine(lines[index - 1]!, text);
    const signature =
      (current.length > 0 || parts.length > 0) && index >= lastProse && !underQuotation
        ? signedWithDash(line.sentences.flatMap((sentence) => sentence.tokens))
        : null;
    if (signature) {
      close();
      const last = parts[parts.length - 1];
      if (last && last.authors.length === 0) last.authors = [signature];
      continue;
    }
    // "@janedoe is a contributing writer for X", "Reach Jane Doe at (706) 555-0100": an author's
    // line after the article, on a line of its own.
    const closing = (current.length > 0 || parts.length > 0) && !isProse(line, text) ? authorsInClosingLine(line) : [];
    if (closing.length > 0) {
      close();
      const last = parts[parts.length - 1];
      if (last && last.authors.length === 0) last.authors = closing;
      continue;
    }
    // "By Dr Shane Oliver, Chief Economist and Head of Investment Strategy at AMP.": a byline with a
    // full stop reads as prose; with no verb, it is the byline.
    const stoppedByline = isProse(line, text) ? bylineWithFullStop(line) : [];
    if (stoppedByline.length > 0) {
      close();
      pendingByline = stoppedByline;
      bylineFollows = false;
      gap = 2;
      continue;
    }
    if (isProse(line, text) || (current.length > 0 && endsSentence(line, text))) {
      current.push(line);
      bylineFollows = false;
      continue;
    }
    const byline = authorsInByline(line);
    if (byline.length > 0 || isLoneBy(line, text)) {
      close();
      pendingByline = byline;
      bylineFollows = byline.length === 0;
      gap = 2;
      continue;
    }
    // Names after a lone "By", or a bare name line before an article's first prose line.
    const proseSoon = lines.slice(index + 1, index + 4).some((next) => isProse(next, text));
    // A standfirst may stand before the byline: "A poll suggests ... As it should." / "John Curtice".
    // A headline may stand before it ("Where is the market rally heading?"): one line of statement at most.
    const statements = current.filter((each) => /\.["'”’)]*$/.test(text.slice(each.start, each.end).trimEnd()));
    const standfirst =
      parts.length === 0 &&
      current.length <= 2 &&
      statements.length <= 1 &&
      current.reduce((words, each) => words + each.words, 0) <= 60;
    const named = bylineFollows || ((current.length === 0 || standfirst) && proseSoon) ? bareNamesLine(line) : [];
    // "JANE SMITH" / "ECONOMICS EDITOR": a name in capitals, with a journalist's role on the next line.
    const capitals = named.length === 0 && proseSoon ? capitalsNameBeforeRole(line, lines[index + 1]) : null;
    const bare = capitals ? [capitals] : named;
    if (bare.length > 0 && (bylineFollows || pendingByline.length === 0)) {
      pendingByline = [...pendingByline, ...bare.filter((name) => !pendingByline.includes(name))];
      gap = 2;
      continue;
    }
    if (bylineFollows && isAnd(line, text)) continue;
    // Furniture ends a part; a byline waiting for its article survives short furniture (a date).
    const waiting = current.length === 0 ? pendingByline : [];
    close();
    pendingByline = waiting;
    gap += isSubhead(line, text) ? 1 : 2;
  }
  // "by Patrick Gillespie, Bloomberg", "Theodor Lisovoy, Managing Editor, Rough&Polished": a
  // byline after the last article, with no article after it, is that article's.
  const trailing = current.length === 0 ? pendingByline : [];
  close();
  const last = parts[parts.length - 1];
  if (trailing.length > 0 && last && last.authors.length === 0) last.authors = trailing;
  shareAuthorsAcrossSubheads(parts, gaps);
  return parts;
}

/** "Michelle Southern reporting.": a radio report's sign-off, before or after the report. The name, or null. */
function signedOff(tokens: readonly Token[]): string | null {
  const reporting = tokens.findIndex((token) => token.lower === "reporting");
  if (reporting < 2 || reporting > 4 || tokens.length > reporting + 2) return null;
  if (tokens.length === reporting + 2 && tokens[reporting + 1]?.text !== ".") return null;
  const run = tokens.slice(0, reporting);
  return run.every(isNameToken) && !run.some((token) => NOT_A_NAME.has(token.lower)) ? personName(run) : null;
}

/** Words that open a line giving the author's address: "Reach Jane Doe at ...", "Follow Jane Doe on X". */
const CONTACT_LEADS = new Set(["reach", "contact", "email", "e-mail", "follow"]);

/**
 * The authors a line after an article names: a handle's note ("@janedoe is a contributing writer
 * for X"), an address line ("Reach Jane Doe at (706) 555-0100 or jane@example.com"), or an
 * author's note standing alone ("Jane Doe is a staff writer for X"). Empty for anything else.
 */
function authorsInClosingLine(line: Line): string[] {
  const tokens = line.sentences.flatMap((sentence) => sentence.tokens);
  const first = tokens[0];
  if (!first || tokens.length > 30) return [];
  const verb = tokens[1]?.lower;
  if (/^@\w{2,}$/.test(first.text) && (verb === "is" || verb === "was")) {
    return tokens.slice(2, 8).some((token) => ROLE.has(token.lower)) ? [first.text] : [];
  }
  const signed = signedOff(tokens);
  if (signed) return [signed];
  if (CONTACT_LEADS.has(first.lower)) {
    let end = 1;
    while (tokens[end] && isNameToken(tokens[end]!)) end += 1;
    const name = personName(tokens.slice(1, end));
    return name && ["at", "on", "via"].includes(tokens[end]?.lower ?? "") ? [name] : [];
  }
  return line.sentences.flatMap((sentence) => authorsInNote(sentence));
}

/** A part after a single subhead is the same article: the authors found in one count for both. */
function shareAuthorsAcrossSubheads(parts: Part[], gaps: readonly number[]): void {
  for (let i = 1; i < parts.length; i += 1) {
    if (gaps[i] === 1 && parts[i]!.authors.length === 0) parts[i]!.authors = parts[i - 1]!.authors;
  }
  for (let i = parts.length - 2; i >= 0; i -= 1) {
    if (gaps[i + 1] === 1 && parts[i]!.authors.length === 0) parts[i]!.authors = parts[i + 1]!.authors;
  }
}

function describePart(lines: Line[], byline: string[]): Part {
  const sentences = lines.flatMap((line) => line.sentences);
  const bylineSentences = new Set<Sentence>();
  const noted: string[] = [];
  for (const sentence of sentences.slice(-4)) {
    // An author's note closes the article: no forecast comes after it ("JANE SMITH is chief
    // economist at Kestrel. / Smith expects prices to fall" introduces a source).
    const names = authorsInNote(sentence);
    if (names.length === 0) continue;
    const after = sentences.slice(sentences.indexOf(sentence) + 1);
    // Nor does one carry a forecast itself ("Jane Smith writes that the dollar will fall").
    if ([sentence, ...after].some((each) => findCues(each.tokens).length > 0)) continue;
    bylineSentences.add(sentence);
    for (const name of names) if (!noted.includes(name)) noted.push(name);
  }
  // A note's following sentences ("She is a senior researcher...") belong to the note as well.
  if (bylineSentences.size > 0) {
    const first = sentences.findIndex((sentence) => bylineSentences.has(sentence));
    for (const sentence of sentences.slice(first)) bylineSentences.add(sentence);
  }
  return { lines, authors: byline.length > 0 ? byline : noted, bylineSentences };
}
