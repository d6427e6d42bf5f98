import { textOf, textOfWords } from "./attribution-shape";
import { describedPersonEnd } from "./described";
import { isRoleWord, nameEndAfter, nameStartBefore } from "./names";
import { isOrganisation, ORGANISATION_HEADS, organisationEndingAt, PERSON_TITLES, STAFF } from "./organisations";
import { AUXILIARIES, CALENDAR, PERSON_HEADS, SAYING } from "./reporting-words";
import type { Token } from "./tokens";
import { DASHES } from "./words";

/**
 * The subject before a verb of saying: where it ends past adverbs, days and asides ("led by ..."),
 * the leader of a group nobody names, a person before an employer ("Anna Berg of Kestrel Bank"), two
 * such people, an organisation's staff ("Kestrel analysts"), a role referring back ("the central bank
 * chief"), one unnamed person described.
 */

/** Modals that soften a view: "would expect", "could see", "'d bet". */
const SOFTENING_MODALS = new Set(["would", "could", "might", "'d", "’d"]);
/** Verbs of a view a softening modal may stand before (not "see": "Prices could see a rise" is a forecast). */
const SOFTENED_VIEWS = new Set([
  "expect",
  "anticipate",
  "predict",
  "forecast",
  "bet",
  "wager",
  "guess",
  "imagine",
  "suspect",
  "think",
]);

/** "is" and "are" shortened after a pronoun: "he's predicting", "they're forecasting". */
const CONTRACTED_BE = new Set(["'s", "'re"]);

/**
 * The last token of the subject of the reporting verb at `verb`, past what may stand between them:
 * adverbs ("The bank also forecast", "The budget office now expects"), a day ("Bank of America on
 * Thursday said"), "last week", a parenthesis glossing the name ("Kuo Ming-chi (郭明錤) said",
 * "Goldman Sachs (NYSE:GS) said"), an auxiliary of the perfect or the progressive ("has warned",
 * "is forecasting"; not the passive "is expected").
 */
export function subjectEndBefore(tokens: readonly Token[], verb: number): number {
  let i = verb - 1;
  for (let step = 0; step < 4; step += 1) {
    const token = tokens[i];
    if (!token) break;
    if ((token.pos === "ADV" && /^\p{Ll}+$/u.test(token.text)) || MISREAD_ADVERBS.has(token.text)) {
      i -= 1;
    } else if (token.lower === "n't" || token.lower === "n’t" || token.lower === "not") {
      // "Bailey did not expect", "colleagues aren’t forecasting": the negation belongs to the claim's reading.
      i -= 1;
    } else if (["do", "does", "did"].includes(token.lower) && token.pos === "AUX") {
      i -= 1;
    } else if (SOFTENING_MODALS.has(token.lower) && SOFTENED_VIEWS.has(tokens[verb]?.lemma ?? "")) {
      // "Jane Smith would expect", "Kestrel Bank would bet on": a view said with a modal.
      i -= 1;
    } else if (["both", "all"].includes(token.lower) && tokens[i - 1]?.pos === "PROPN") {
      // "Jane Smith and John Doe both expect": the pair speaks.
      i -= 1;
    } else if (CALENDAR.has(token.lower) && tokens[i - 1]?.lower === "on") {
      i -= 2;
    } else if (beforeDayOrOccasion(tokens, i) < i) {
      i = beforeDayOrOccasion(tokens, i);
    } else if (
      ["week", "month", "year"].includes(token.lower) &&
      ["last", "this"].includes(tokens[i - 1]?.lower ?? "")
    ) {
      i -= 2;
    } else if (token.text === ")") {
      let open = i - 1;
      while (open > 0 && i - open <= 8 && tokens[open]?.text !== "(") open -= 1;
      if (tokens[open]?.text !== "(") break;
      i = open - 1;
    } else if (
      (AUXILIARIES.has(token.lower) &&
        (tokens[verb]?.lower.endsWith("ing") || ["has", "have", "had"].includes(token.lower))) ||
      // "he's now predicting", "they're forecasting": the auxiliary shortened.
      (CONTRACTED_BE.has(token.lower) && tokens[verb]?.lower.endsWith("ing"))
    ) {
      i -= 1;
    } else if (token.lower === "who" && tokens[i - 1]?.text === "," && tokens[i - 2]?.pos === "PROPN") {
      // "That view is shared by Peter Chu, who says", "Among them is Peter Chu, who expects": the
      // person the relative clause is about.
      i -= 2;
      break;
    } else if (token.text === ",") {
      // "Goldman Sachs economists, led by Jan Hatzius, raised": who leads them is no subject.
      // (A relative clause only before a verb of a view: "X, who heads Y, told reporters" keeps the
      // relative clause as the speaker's description.)
      const open = ledByBefore(tokens, i, !SAYING.has(tokens[verb]?.lemma ?? ""));
      if (open < 0 || ledByUnnamed(tokens, open)) break;
      i = open - 1;
    } else break;
  }
  return i;
}

/** Days named by their distance from today: "Danske Bank yesterday predicted". */
export const DAYS_NEAR = new Set(["yesterday", "today", "tonight"]);

/** What a forecast may be said in, between its speaker and the verb: "in a note", "in its outlook". */
const OCCASIONS = new Set([
  "note",
  "notes",
  "report",
  "statement",
  "interview",
  "outlook",
  "forecast",
  "update",
  "speech",
  "letter",
  "briefing",
  "presentation",
  "review",
  "filing",
  "commentary",
  "release",
  "analysis",
  "blog",
  "post",
  "podcast",
]);

const OCCASION_DETERMINERS = new Set(["a", "an", "the", "its", "his", "her", "their", "our"]);

/**
 * Before a day or an occasion ending at `at`, between a speaker and the reporting verb: "Danske
 * Bank yesterday predicted", "the minister today said", "The IMF in its latest outlook forecast",
 * "Kestrel Bank in a note said". The index before it, or `at` when there is none.
 */
export function beforeDayOrOccasion(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token) return at;
  if (DAYS_NEAR.has(token.lower)) return at - 1;
  const start = OCCASIONS.has(token.lower) ? occasionStart(tokens, at) : -1;
  return start > 0 ? start - 1 : at;
}

/**
 * Where "in a note" or "in its latest outlook" starts, ending at the occasion noun `end` (before a
 * reporting verb): the index of "in", with a determiner after it and no more than three words
 * between; -1 when the words are not such a phrase.
 */
function occasionStart(tokens: readonly Token[], end: number): number {
  for (let at = end - 1; at >= 0 && end - at <= 5; at -= 1) {
    const token = tokens[at]!;
    if (token.lower === "in" || token.lower === "during") {
      return OCCASION_DETERMINERS.has(tokens[at + 1]?.lower ?? "") && at + 1 < end ? at : -1;
    }
    if (!OCCASION_DETERMINERS.has(token.lower) && !["ADJ", "NOUN", "PROPN", "NUM"].includes(token.pos)) return -1;
  }
  return -1;
}

/**
 * ", led by Jan Hatzius," or ", who rate the stock a buy," closing at the comma `close`: the index of
 * its opening comma, or -1.
 */
function ledByBefore(tokens: readonly Token[], close: number, relatives: boolean): number {
  for (let open = close - 3; open > 0 && close - open <= 9; open -= 1) {
    if (tokens[open]?.text !== ",") continue;
    const led = ["led", "headed", "run"].includes(tokens[open + 1]?.lower ?? "") && tokens[open + 2]?.lower === "by";
    // "Analysts at Harlow Capital, who rate the stock a buy, expect": a relative clause about the subject.
    const relative =
      relatives && ["who", "which"].includes(tokens[open + 1]?.lower ?? "") && tokens[open - 1]?.pos !== "PUNCT";
    return led || relative ? open : -1;
  }
  return -1;
}

/** "the authors, led by": a group nobody names before the comma `open`, which speaks through its leader. */
const ledByUnnamed = (tokens: readonly Token[], open: number): boolean =>
  ["the", "its", "their", "his", "her"].includes(tokens[open - 2]?.lower ?? "");

/**
 * "the authors, led by Dr. Nikos Christidis, wrote": the leader of a group nobody names, before the
 * verb at `verb`, as [first, last] of the name and the first token of the attribution, or null.
 */
export function leaderBefore(tokens: readonly Token[], verb: number): [number, number, number] | null {
  let close = verb - 1;
  while (close > 0 && AUXILIARIES.has(tokens[close]!.lower)) close -= 1;
  if (tokens[close]?.text !== ",") return null;
  const open = ledByBefore(tokens, close, false);
  if (open < 0 || !ledByUnnamed(tokens, open)) return null;
  let first = open + 3;
  while (first < close && isRoleWord(tokens[first])) first += 1;
  const last = nameEndAfter(tokens, first);
  return last === close - 1 ? [first, last, open - 2] : null;
}

/**
 * "A team led by Jane Smith at the University of Leeds projects", "Researchers led by Dr. Jane Smith
 * of Kestrel University found": the leader of a group nobody names, with no commas, opening the
 * sentence before the verb at `verb`. [first, last] of the name, or null.
 */
export function leaderWithoutCommas(tokens: readonly Token[], verb: number): [number, number] | null {
  let i = ["a", "an", "the"].includes(tokens[0]?.lower ?? "") ? 1 : 0;
  while (i < 3 && tokens[i]?.pos === "ADJ") i += 1;
  if (!STAFF.has(tokens[i]?.lower ?? "") && !["team", "teams"].includes(tokens[i]?.lower ?? "")) return null;
  if (!["led", "headed"].includes(tokens[i + 1]?.lower ?? "") || tokens[i + 2]?.lower !== "by") return null;
  let first = i + 3;
  while (first < verb && isRoleWord(tokens[first])) first += 1;
  const last = nameEndAfter(tokens, first);
  if (last <= first || last >= verb) return null;
  // Then the verb, or where the leader works: "at the University of Leeds".
  const after = tokens[last + 1]?.lower ?? "";
  if (last + 1 === verb) return [first, last];
  if (!["at", "of", "from"].includes(after)) return null;
  const employer = tokens[last + 2]?.lower === "the" ? last + 3 : last + 2;
  return verb - employer <= 7 && tokens.slice(employer, verb).every((token) => /^\p{Lu}|^of$/u.test(token.text))
    ? [first, last]
    : null;
}

/** Adverbs the tagger may read as a verb or an adjective: "He further said". */
const MISREAD_ADVERBS = new Set(["further", "later", "again", "also", "then"]);

/**
 * "the firm's chief investment strategist", ending at the role `end`: where "the" stands, or -1. Up
 * to three words of rank before the role, after an organisation's common noun and "'s"; at the
 * start of the sentence or after punctuation ("“...,” the bank's economist said").
 */
export function roleAtReferenceStart(tokens: readonly Token[], end: number): number {
  let i = end - 1;
  // "Gartner’s latest market share report": up to four words describing the document.
  while (i >= 0 && end - i <= 4 && (tokens[i]?.pos === "ADJ" || tokens[i]?.pos === "NOUN")) i -= 1;
  if (tokens[i]?.lower !== "'s" && tokens[i]?.lower !== "’s") return -1;
  if (!ORGANISATION_HEADS.has(tokens[i - 1]?.lower ?? "") || tokens[i - 2]?.lower !== "the") return -1;
  const start = i - 2;
  return start === 0 || tokens[start - 1]?.pos === "PUNCT" ? start : -1;
}

/**
 * ", said the economist", ", says the state climatologist", ", said Georgia's climatologist": a role
 * after the verb, ending the clause, held by the person named before. From `at` ("the", or a name
 * and its possessive) over up to four words describing it to the role word. The role word's index, or -1.
 */
export function roleReferenceAfter(tokens: readonly Token[], at: number): number {
  let from = at + 1;
  if (tokens[at]?.lower !== "the") {
    const possessive = tokens[at + 1]?.lower === "'s" || tokens[at + 1]?.lower === "’s";
    if (!possessive || tokens[at]?.pos !== "PROPN") return -1;
    from = at + 2;
  }
  for (let i = from; i < tokens.length && i - from <= 4; i += 1) {
    const token = tokens[i]!;
    const role = PERSON_HEADS.has(token.lower) || CHIEFS.has(token.lower) || PERSON_TITLES.has(token.lower);
    if (role && !/^[\p{L}'’]/u.test(tokens[i + 1]?.text ?? ".")) return i;
    if (!["ADJ", "NOUN", "PROPN"].includes(token.pos) && token.lower !== "'s" && token.lower !== "’s") return -1;
  }
  return -1;
}

/** Heads of an organisation, called by its common noun: "the central bank chief", "the agency boss". */
const CHIEFS = new Set(["chief", "boss", "head", "governor", "chairman", "chairwoman", "chair"]);

/**
 * "The central bank chief added", "the IMF chief said", "the Fed chair said", "the French president
 * predicted", "the prime minister warned": a role held by someone, after up to three words saying
 * whose or which (an organisation's common noun or acronym, a capitalised adjective of a country or
 * body, rank words), who is the person named before. The index of "the", or -1.
 */
export function chiefReferenceStart(tokens: readonly Token[], end: number): number {
  const head = tokens[end]?.lower ?? "";
  if (!CHIEFS.has(head) && !PERSON_HEADS.has(head) && !PERSON_TITLES.has(head)) return -1;
  let i = end - 1;
  let described = false;
  while (i >= 0 && end - i <= 5) {
    const token = tokens[i]!;
    // "the Kremlin spokesman", "the IMF chief", "the central bank chief", "the Fed chair", "the
    // French president", "the former prime minister", "the country's foreign minister".
    const modifier =
      token.lower === "'s" ||
      token.lower === "’s" ||
      ORGANISATION_HEADS.has(token.lower) ||
      /^\p{Lu}{2,6}$/u.test(token.text) ||
      isOrganisation(token.text) ||
      ((token.pos === "ADJ" || token.pos === "NOUN" || token.pos === "PROPN") && !CALENDAR.has(token.lower));
    if (!modifier || token.lower === "the") break;
    described = true;
    i -= 1;
  }
  if (!described || tokens[i]?.lower !== "the") return -1;
  return i === 0 || tokens[i - 1]?.pos === "PUNCT" ? i : -1;
}

/**
 * The organisation whose people speak: "Harlow Capital strategists predict", "Kestrel analysts
 * said" (a name right before a plural of STAFF at `end`). [first, last] of the name, or null.
 */
export function staffOwnerBefore(tokens: readonly Token[], end: number, source: string): [number, number] | null {
  // "The Colorado State University forecast team", "the Kestrel Bank research team": a team by its work.
  const team = TEAMS.has(tokens[end]?.lower ?? "") && TEAM_WORK.has(tokens[end - 1]?.lower ?? "");
  // "Treasury officials expect", "Kestrel Bank executives expect": officials of an organisation
  // named as one ("U.S. officials", "Israeli officials" are a country's, nobody's).
  const officials = OFFICIALS.has(tokens[end]?.lower ?? "");
  if (!STAFF.has(tokens[end]?.lower ?? "") && !team && !officials) return null;
  const last = team ? end - 2 : end - 1;
  const organisation = organisationEndingAt(tokens, last, source);
  if (officials && organisation < 0) return null;
  const first = organisation >= 0 ? organisation : nameStartBefore(tokens, last);
  if (first < 0 || TRADES.has(textOfWords(tokens, first, last))) return null;
  // "Federal forecasters say", "Chinese economists expect": a word describing the group, not its employer.
  if (organisation < 0 && first === last && DESCRIBING_GROUPS.test(tokens[first]!.text)) return null;
  // "Hurricane researchers are predicting" opening a text that speaks of "the hurricane season": a
  // common word capitalised only because it opens the sentence (or follows a dateline's dash).
  const opens = first === 0 || DASHES.has(tokens[first - 1]!.text);
  if (organisation < 0 && first === last && opens && writtenInLowerCase(tokens[first]!, source)) return null;
  return [first, last];
}

/** Whether the text writes the capitalised word `token` in lower case too, as a word of its own. */
function writtenInLowerCase(token: Token, source: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${token.lower}(?![\\p{L}\\p{N}])`, "u").test(source);
}

const TEAMS = new Set(["team", "unit", "desk"]);
const OFFICIALS = new Set(["officials", "executives"]);
/** What a team of an organisation does: "forecast team", "research unit", "economics desk". */
const TEAM_WORK = new Set([
  "forecast",
  "forecasting",
  "research",
  "economics",
  "strategy",
  "analysis",
  "analytics",
  "modelling",
  "modeling",
]);

/**
 * Words that describe a group of experts by kind, field or origin: "Federal", "Independent",
 * "Industry", "Bond", "Party", "Chinese", "European".
 */
const DESCRIBING_GROUPS =
  /^(?:Chief|Head|Lead|Principal|Staff|Academic|Outside|Professional|Several|Both|All|Few|Global|Federal|Government|State|National|Local|Regional|International|Independent|Private|Public|Top|Senior|Leading|Industry|Market|Markets|Party|Bond|Equity|Currency|Commodity|Credit|Stock|Oil|Energy|Tech|Sector|Campaign|Opposition|Election|Polling|Intelligence|Military|Defence|Defense|Security|Health|Climate|Economic|Political|Veteran|Western|Eastern|Foreign|Other|Most|Many|Some|American|British|Chinese|Japanese|European|German|French|Russian|Indian|Korean|Canadian|Australian|Italian|Spanish|Israeli|Iranian|Ukrainian|Turkish|Brazilian|Mexican|Saudi|Swiss|Dutch|Swedish|Polish|Irish|African|Asian|Arab)$/u;

/**
 * Places that stand for a trade, not for one organisation: "Wall Street economists", "Silicon
 * Valley analysts" are a group nobody names.
 */
export const TRADES = new Set([
  "Wall Street",
  "Main Street",
  "Silicon Valley",
  "Fleet Street",
  "Capitol Hill",
  "Madison Avenue",
  "Hollywood",
  "Bay Street",
  "Dalal Street",
]);

/**
 * "Jane Smith of Nomura and Tom Berg of Kestrel", ending at `end`: two people, each named before
 * "of" or "at" and their employer, joined by "and" at the clause's start ("Both" may open it).
 * [first, last] of each, or null.
 */
export function employedPair(
  tokens: readonly Token[],
  end: number,
  source: string,
): [number, number, number, number] | null {
  const second = personBeforeEmployer(tokens, end, source, (first) => tokens[first - 1]?.lower === "and");
  if (!second) return null;
  const and = second[0] - 1;
  const clauseStart = (first: number): boolean =>
    first === 0 ||
    tokens[first - 1]?.pos === "PUNCT" ||
    (tokens[first - 1]?.lower === "both" && (first === 1 || tokens[first - 2]?.pos === "PUNCT"));
  // "Jane Smith and Tom Berg of Nomura expect": the employer after the second is both's.
  const first =
    personBeforeEmployer(tokens, and - 1, source, clauseStart) ?? bareName(partnerBefore(tokens, second[0]));
  return first ? [first[0], first[1], second[0], second[1]] : null;
  function bareName(name: [number, number] | null): [number, number] | null {
    if (!name || name[1] - name[0] < 1 || isOrganisation(textOf(tokens, name[0], name[1], source))) return null;
    return tokens.slice(name[0], name[1] + 1).every((word) => word.pos === "PROPN") ? name : null;
  }
}

/**
 * The first of two people joined by "and" before the second's name, which starts at `second`:
 * "Jane Smith and Tom Berg" opening the clause, after "Both", or after what they are ("Nomura
 * economists Jane Smith and Tom Berg"); "Neither Jane Smith nor Tom Berg". [first, last] of the
 * first name, or null.
 */
export function partnerBefore(tokens: readonly Token[], second: number): [number, number] | null {
  // "Kestrel Bank's Jane Smith and Harlow Capital's Peter Chu": the second's employer before them.
  let join = second - 1;
  if (["'s", "’s"].includes(tokens[join]?.lower ?? "")) {
    let k = join - 1;
    while (k > 0 && second - k <= 6 && /^\p{Lu}/u.test(tokens[k]!.text)) k -= 1;
    if (k < join - 1) join = k;
  }
  const joiner = tokens[join]?.lower;
  if ((joiner !== "and" && joiner !== "nor") || join < 1) return null;
  const last = join - 1;
  const first = nameStartBefore(tokens, last);
  if (first < 0) return null;
  const before = tokens[first - 1];
  const opens =
    first === 0 ||
    before?.pos === "PUNCT" ||
    // "Kestrel Bank's Jane Smith and Tom Berg expect": after their employer's possessive.
    before?.lower === "'s" ||
    before?.lower === "’s" ||
    isRoleWord(before) ||
    STAFF.has(before?.lower ?? "") ||
    // "Polling experts Colin Rallings and Michael Thrasher said": what the two are, in the plural.
    PAIR_ROLES.has(before?.lower ?? "") ||
    ((before?.lower === "both" || before?.lower === "neither") && (first === 1 || tokens[first - 2]?.pos === "PUNCT"));
  // "Neither Jane Smith nor Tom Berg": "nor" only after "neither".
  if (joiner === "nor" && before?.lower !== "neither") return null;
  return opens ? [first, last] : null;
}

/** What two people named together are called before their names: "Polling experts X and Y". */
const PAIR_ROLES = new Set([
  "experts",
  "pollsters",
  "academics",
  "professors",
  "commentators",
  "observers",
  "psephologists",
]);

/** Where a description of one unnamed person ending at `end` opens its clause ("A senior official"), or -1. */
export function describedSubjectBefore(tokens: readonly Token[], end: number): number {
  for (let first = end - 1; first >= 0 && end - first <= 16; first -= 1) {
    const opens = first === 0 || tokens[first - 1]?.pos === "PUNCT" || tokens[first - 1]?.lower === "that";
    if (opens && describedPersonEnd(tokens, first) === end) return first;
  }
  return -1;
}

/**
 * A person's name before "of" or "at" and an organisation, ending at `end`: "Anna Berg of Kestrel
 * Bank", "Anna Berg at Kestrel Bank". [first, last] of the name, or null ("Bank of America" and
 * "University of Chicago" hold an organisation's word before "of"; one word is no name).
 */
export function memberOf(
  tokens: readonly Token[],
  organisationFirst: number,
  end: number,
  source: string,
): [number, number] | null {
  const isName = (first: number, last: number): boolean =>
    last - first >= 1 &&
    last - first <= 2 &&
    tokens.slice(first, last + 1).every((token) => token.pos === "PROPN" && /^\p{Lu}/u.test(token.text)) &&
    !isOrganisation(textOf(tokens, first, last, source));
  for (let k = organisationFirst + 2; k < end; k += 1) {
    if (tokens[k]?.lower === "of") return isName(organisationFirst, k - 1) ? [organisationFirst, k - 1] : null;
  }
  // "Mario Morales of IDC": the organisation found after "of" (its name alone is one).
  if (tokens[organisationFirst - 1]?.lower === "at" || tokens[organisationFirst - 1]?.lower === "of") {
    const last = organisationFirst - 2;
    const first = nameStartBefore(tokens, last);
    if (first >= 0 && isName(first, last) && (first === 0 || tokens[first - 1]?.pos === "PUNCT")) return [first, last];
  }
  return null;
}

/** The words between a person and their employer: "Jane Smith of Nomura", "at", "from", "with". */
const EMPLOYED_BY = new Set(["of", "at", "from", "with"]);

/** Words inside an employer's name after "of" or "at": "the University of Michigan", "Ernst & Young". */
const EMPLOYER_JOINERS = new Set(["the", "of", "and", "&", "for", "de"]);

/**
 * A person named by two or three capitalised words at the clause's start (or after a role word:
 * "Economist Jane Doe"), then "of", "at", "from" or "with" and capitalised words running to `end`:
 * "Michael Wilson of Morgan Stanley", "Jane Doe of the University of Michigan", "Maria Lopez from
 * Kestrel Partners". [first, last] of the person, or null
 * ("Bank of America", "the University of Chicago" and "Governor of the Bank of Japan" name no person
 * before the "of").
 */
export function personBeforeEmployer(
  tokens: readonly Token[],
  end: number,
  source: string,
  opening = (first: number): boolean =>
    first === 0 || tokens[first - 1]?.pos === "PUNCT" || isRoleWord(tokens[first - 1]),
): [number, number] | null {
  if (!/^\p{Lu}/u.test(tokens[end]?.text ?? "")) return null;
  let at = end - 1;
  while (at > 1 && end - at <= 10) {
    const token = tokens[at]!;
    if (EMPLOYED_BY.has(token.lower) && /^\p{Lu}/u.test(tokens[at - 1]?.text ?? "")) {
      const last = at - 1;
      const first = nameStartBefore(tokens, last);
      const opens = first >= 0 && opening(first);
      const person =
        first >= 0 &&
        last - first >= 1 &&
        last - first <= 2 &&
        tokens.slice(first, last + 1).every((word) => word.pos === "PROPN" && /^\p{Lu}/u.test(word.text)) &&
        !isOrganisation(textOf(tokens, first, last, source)) &&
        tokens.slice(first, last + 1).every((word) => !PERSON_TITLES.has(word.lower) && !isRoleWord(word));
      if (person && opens) return [first, last];
    } else if (
      !/^\p{Lu}/u.test(token.text) &&
      !EMPLOYER_JOINERS.has(token.lower) &&
      token.text !== "'s" &&
      token.text !== "’s"
    ) {
      return null;
    }
    at -= 1;
  }
  return null;
}
