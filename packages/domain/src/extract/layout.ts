import type { Line, Sentence, Token } from "./tokens";

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
  return /[.!?:;"'”’)]$/.test(trimmed);
}

const DEGREE = new Set(["phd", "ph.d.", "ph.d", "md", "m.d.", "dphil", "jr", "jr.", "sr", "sr.", "ii", "iii"]);
const TITLE = new Set(["dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "ms", "ms.", "mrs", "mrs."]);

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
  const words = run.filter((token) => !DEGREE.has(token.lower) && !TITLE.has(token.lower)).map((token) => token.text);
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
  for (let i = 1; i < tokens.length; i += 1) {
    const verb = tokens[i];
    if (!verb || (verb.lower !== "is" && verb.lower !== "was")) continue;
    const hasRole = tokens.slice(i + 1, i + 8).some((token) => ROLE.has(token.lower));
    if (!hasRole) continue;
    const run: Token[] = [];
    for (let j = i - 1; j >= 0; j -= 1) {
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

/** "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters": a byline line. */
export function authorsInByline(line: Line): string[] {
  const tokens = line.sentences.flatMap((sentence) => sentence.tokens);
  if (tokens[0]?.lower !== "by" || tokens.length > 14) return [];
  const names: string[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    const name = personName(run);
    if (name) names.push(name);
    run = [];
  };
  for (const token of tokens.slice(1)) {
    if (isNameToken(token) || TITLE.has(token.lower)) run.push(token);
    else if (token.lower === "and" || token.text === "," || token.text === "&") flush();
    else break;
  }
  flush();
  return names;
}

/**
 * Splits the lines into parts: a run of prose lines, ended by page furniture. A byline line before a
 * part names its authors; otherwise an author's note among the part's last sentences does.
 */
export function findParts(lines: readonly Line[], text: string): Part[] {
  const parts: Part[] = [];
  let current: Line[] = [];
  let pendingByline: string[] = [];
  const close = (): void => {
    if (current.length > 0) parts.push(describePart(current, pendingByline));
    current = [];
    pendingByline = [];
  };
  for (const line of lines) {
    if (isProse(line, text) || (current.length > 0 && endsSentence(line, text))) {
      current.push(line);
      continue;
    }
    const byline = authorsInByline(line);
    if (byline.length > 0) {
      close();
      pendingByline = byline;
      continue;
    }
    // Furniture ends a part; a byline waiting for its article survives short furniture (a date).
    const waiting = current.length === 0 ? pendingByline : [];
    close();
    pendingByline = waiting;
  }
  close();
  return parts;
}

function describePart(lines: Line[], byline: string[]): Part {
  const sentences = lines.flatMap((line) => line.sentences);
  const bylineSentences = new Set<Sentence>();
  const noted: string[] = [];
  for (const sentence of sentences.slice(-4)) {
    const names = authorsInNote(sentence);
    if (names.length === 0) continue;
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
