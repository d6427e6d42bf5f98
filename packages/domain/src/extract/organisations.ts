import type { Token } from "./tokens";

/**
 * Organisations as speakers: "Gartner predicted", "according to the ITEM forecasting club", "the
 * Congressional Budget Office estimates", and the references back to one ("the bank said", "the
 * report says", "it added"). General rules over capitalisation and a few head nouns; no names.
 */

/** Words that make a capitalised name an organisation's: "Baltic Bank", "BCA Research", "Budget Office". */
const ORGANISATION_WORDS = new Set([
  "bank",
  "research",
  "institute",
  "office",
  "group",
  "capital",
  "partners",
  "securities",
  "fund",
  "club",
  "committee",
  "council",
  "agency",
  "association",
  "university",
  "college",
  "panel",
  "commission",
  "economics",
  "analytics",
  "inc",
  "corp",
  "corporation",
  "ltd",
  "llc",
  "plc",
  "ministry",
  "department",
  "reserve",
  "organization",
  "organisation",
  "union",
  "nations",
  "board",
  "authority",
  "service",
  "foundation",
  "centre",
  "center",
  "bureau",
  "company",
  "holdings",
  "management",
  "advisors",
  "advisers",
  "investments",
  "intelligence",
  "consulting",
  "forum",
  "society",
  "trust",
  "treasury",
]);

/** Head nouns of an organisation named in words: "the ITEM forecasting club", "the investment bank". */
export const ORGANISATION_HEADS = new Set([
  "bank",
  "club",
  "institute",
  "office",
  "group",
  "firm",
  "agency",
  "fund",
  "committee",
  "council",
  "panel",
  "association",
  "society",
  "company",
  "ministry",
  "department",
  "board",
  "commission",
  "foundation",
  "centre",
  "center",
  "bureau",
  "authority",
  "union",
  "lender",
  "insurer",
  "regulator",
  "government",
  "organisation",
  "organization",
]);

/** What an organisation writes: "the report says" is the organisation's, as is "a draft UN report". */
export const DOCUMENT_HEADS = new Set([
  "report",
  "study",
  "survey",
  "analysis",
  "paper",
  "outlook",
  "note",
  "review",
  "assessment",
  "forecast",
  "projections",
  "statement",
]);

/** People speaking for an organisation: "the strategists said", "the bank's economists wrote". */
const STAFF = new Set(["strategists", "economists", "analysts", "researchers", "authors", "scientists"]);

/** All capitals, two to six letters: "UN", "IMF", "NABE", "OPEC". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Whether a name is an organisation's rather than a person's. */
export function isOrganisation(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 1 && ACRONYM.test(words[0] ?? "")) return true;
  return words.some((word) => ORGANISATION_WORDS.has(word.toLowerCase()));
}

const isCapitalWord = (token: Token | undefined): boolean =>
  token !== undefined &&
  /^\p{Lu}/u.test(token.text) &&
  (token.pos === "PROPN" || token.pos === "NOUN" || token.pos === "ADJ");

const CONNECTORS = new Set(["of", "on", "for", "and", "&"]);

/**
 * The organisations a sentence names, in order: capitalised runs (with "of", "on", "for" inside:
 * "Intergovernmental Panel on Climate Change", "Bank of England") that hold an organisation word,
 * that are acronyms, or that own a person or role ("Morgan Stanley's Michael Wilson") or employ one
 * ("colleagues at Morgan Stanley", "chief economist at Baltic Bank").
 */
export function organisationsIn(tokens: readonly Token[], source: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalWord(tokens[i]) || (i === 0 && tokens[i]?.pos !== "PROPN")) {
      i += 1;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      if (isCapitalWord(tokens[j])) last = j;
      else if (!(CONNECTORS.has(tokens[j]?.lower ?? "") && isCapitalWord(tokens[j + 1]))) break;
      j += 1;
    }
    const name = source.slice(tokens[i]!.start, tokens[last]!.end);
    const before = tokens[i - 1]?.lower ?? "";
    const after = tokens[last + 1];
    const owns = (after?.lower === "'s" || after?.lower === "’s") && isCapitalWord(tokens[last + 2]);
    const employs = before === "at" && (tokens[i - 2]?.pos === "NOUN" || tokens[i - 2]?.pos === "PROPN");
    if (isOrganisation(name) || owns || employs) found.push(name);
    i = last + 1;
  }
  return found;
}

/**
 * A reference back to an organisation as the subject of a reporting verb at `verb`: "the bank said",
 * "the investment bank noted", "the 1,000-page report", "the strategists said". The index of its
 * first token ("the"), or -1.
 */
export function organisationReferenceBefore(tokens: readonly Token[], verb: number): number {
  const head = tokens[verb - 1];
  if (!head || head.pos !== "NOUN") return -1;
  if (!ORGANISATION_HEADS.has(head.lower) && !DOCUMENT_HEADS.has(head.lower) && !STAFF.has(head.lower)) return -1;
  for (let i = verb - 2; i >= 0 && verb - i <= 5; i -= 1) {
    const token = tokens[i];
    if (!token) break;
    if (token.lower === "the" || token.lower === "its") return i;
    if (!["ADJ", "NOUN", "NUM", "PUNCT"].includes(token.pos) || token.text === ",") break;
  }
  return -1;
}
