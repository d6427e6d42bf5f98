import { singularForms } from "./grammar";
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
  "co",
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
  "federation",
  "confederation",
  // Seats of government that speak for it: "the Kremlin said", "the Pentagon said".
  "kremlin",
  "pentagon",
  "chamber",
  "alliance",
  // "the National Oceanic and Atmospheric Administration", "the Energy Information Administration".
  "administration",
  // "Fitch Ratings", "S&P Global Ratings".
  "ratings",
  "laboratory",
  "observatory",
  "institution",
  "network",
  // Companies named by their trade: "Kestrel Motors", "Kestrel Airlines", "Kestrel Therapeutics".
  "motors",
  "motor",
  "airways",
  "airlines",
  "pharma",
  "pharmaceuticals",
  "therapeutics",
  "technologies",
  "labs",
  "laboratories",
  "communications",
  "telecom",
  "telecommunications",
  "automotive",
  "semiconductor",
  "semiconductors",
  "railways",
  "industries",
  "enterprises",
  "ventures",
  "insurance",
  "utilities",
  // More companies named by their trade: "Kestrel Mining", "Kestrel Systems" (not "Petroleum": the
  // "Organization of the Petroleum Exporting Countries" would split at it).
  "mining",
  "resources",
  "systems",
  "solutions",
  "logistics",
  "studios",
  "brands",
  "foods",
  "software",
  "robotics",
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
  "consultancy",
  "brokerage",
  // "The Paris-based body expects", "the watchdog warned", "the think tank projects".
  "body",
  "watchdog",
  // Media and trackers referred back to: "The site projects", "The channel predicted".
  "site",
  "website",
  "channel",
  "network",
  "broadcaster",
  "newspaper",
  "tracker",
  "pollster",
  // "The cartel expects": OPEC, as the press calls it.
  "cartel",
  // Companies by their trade: "The retailer expects", "the carmaker forecast".
  "retailer",
  "carmaker",
  "automaker",
  "airline",
  "chipmaker",
  "manufacturer",
  "miner",
  "producer",
  "conglomerate",
  "drugmaker",
  "steelmaker",
  "carrier",
  "utility",
  "exporter",
  "supplier",
  "homebuilder",
  "startup",
  "nonprofit",
  "charity",
  // "the iPhone maker", "the tech giant", "the mobile operator".
  "maker",
  "giant",
  "operator",
  // "the think tank".
  "tank",
  // "The oil major expects".
  "major",
]);

/**
 * Banks, asset managers, research firms and pollsters the financial and political press cites by a
 * name with no organisation's word in it ("Growth will slow, Morgan Stanley said. The bank also
 * expects two cuts.").
 */
const KNOWN_FIRMS = new Set([
  "Goldman Sachs",
  "Morgan Stanley",
  "Wells Fargo",
  "Merrill Lynch",
  "Charles Schwab",
  "Raymond James",
  "Edward Jones",
  "Piper Sandler",
  "Standard Chartered",
  "Credit Suisse",
  "Societe Generale",
  "BNP Paribas",
  "JPMorgan",
  "Citigroup",
  "Citi",
  "Barclays",
  "Nomura",
  "Jefferies",
  "Macquarie",
  "Natixis",
  "Commerzbank",
  "Rabobank",
  "Nordea",
  "BlackRock",
  "Pimco",
  "Amundi",
  "Morningstar",
  "Forrester",
  "Canalys",
  "Deloitte",
  "Accenture",
  "McKinsey",
  "Ipsos",
  "YouGov",
  "Gallup",
  "Survation",
  "Opinium",
  "Savanta",
  "Kantar",
]);

/** Whether the name is one of KNOWN_FIRMS, written as the press writes it. */
export const isKnownFirm = (name: string): boolean => KNOWN_FIRMS.has(name);

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
  "estimates",
  "research",
  "statement",
  "poll",
  // "The modelling, by Imperial College, suggests".
  "modelling",
  "modeling",
  // "Goldman Sachs built a model of the tournament. The model gives Brazil a 48.5% chance".
  "model",
]);

/** People speaking for an organisation: "the strategists said", "the bank's economists wrote". */
export const STAFF = new Set([
  "strategists",
  "economists",
  "analysts",
  "researchers",
  "authors",
  "scientists",
  "forecasters",
  // "AccuWeather meteorologists expect", "the agency's epidemiologists project".
  "meteorologists",
  "climatologists",
  "epidemiologists",
  "statisticians",
  "modellers",
  "modelers",
]);

/**
 * People spoken of as a group, capitalised when they open a sentence ("Experts predict",
 * "Authorities think"): nobody's name, whatever the tagger makes of them.
 */
export const GROUPS = new Set([
  ...STAFF,
  "experts",
  "forecasters",
  "observers",
  "officials",
  "diplomats",
  "investors",
  "traders",
  "authorities",
  "pollsters",
  "sources",
  "critics",
  "lawmakers",
  "legislators",
  "executives",
  "bankers",
  "insiders",
  "economists",
  "analysts",
  "meteorologists",
  "doctors",
  "epidemiologists",
  // Parties' members and voters as a whole: "Republicans are confident they'll pick up the seat".
  "republicans",
  "democrats",
  "conservatives",
  "liberals",
  "voters",
  // Those who set or take the odds: "Bookmakers make Labour the favourites".
  "bookmakers",
  "bookies",
  "oddsmakers",
  "punters",
  "bettors",
]);

/** All capitals, two to six letters: "UN", "IMF", "NABE", "OPEC". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Abbreviations of measures, things and countries, which never speak: "GDP", "CPI", "US". */
const NOT_ORGANISATIONS = new Set([
  "GDP",
  "CPI",
  "PPI",
  "PCE",
  "PMI",
  "ETF",
  "IPO",
  "CEO",
  "CFO",
  "AI",
  "EV",
  // Devices and parts: "PC shipments are slightly lower" names no one who could speak.
  "PC",
  "TV",
  "CPU",
  "GPU",
  "SUV",
  "LNG",
  "WTI",
  "US",
  "USA",
  "UK",
]);

/**
 * Answers given before, by name: the answer depends on the name alone, and the same names are
 * asked about sentence after sentence. Emptied when large (a server reads page after page).
 */
const organisationAnswers = new Map<string, boolean>();
const ANSWERS_KEPT = 10_000;

/** Whether a name is an organisation's rather than a person's. */
export function isOrganisation(name: string): boolean {
  let answer = organisationAnswers.get(name);
  if (answer === undefined) {
    if (organisationAnswers.size >= ANSWERS_KEPT) organisationAnswers.clear();
    answer = readsAsOrganisation(name);
    organisationAnswers.set(name, answer);
  }
  return answer;
}

function readsAsOrganisation(name: string): boolean {
  // "the New York-based Council on Foreign Relations": where it is based describes; it is no name.
  if (name.includes("-based ")) return false;
  // "Morgan Stanley", "Nomura", "YouGov": firms forecasts are credited to whose names hold no word
  // of an organisation, and some read as a person's.
  if (KNOWN_FIRMS.has(name)) return true;
  // "Harbor Institute’s Center for Conflict Studies": two organisations, the owner's and its unit's.
  const possessive = /^(.+?)['’]s?\s+(\p{Lu}.*)$/u.exec(name);
  if (possessive && isOrganisation(possessive[1]!) && isOrganisation(possessive[2]!)) return false;
  const words = name.split(/\s+/);
  if (words.length === 1 && ACRONYM.test(words[0] ?? "")) return !NOT_ORGANISATIONS.has(words[0] ?? "");
  // "IHS Corp.", "Hewlett-Packard Co.": a company's suffix with its full stop.
  // "the Centers for Disease Control", "Sandia National Laboratories": an organisation word's plural.
  return words.some((word) => {
    const lower = word.toLowerCase().replace(/\.$/, "");
    return ORGANISATION_WORDS.has(lower) || singularForms(lower).some((singular) => ORGANISATION_WORDS.has(singular));
  });
}

/** Days and months are no part of a name: "Bank of America on Thursday said". */
const CALENDAR_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;

// Cheapest test first: this runs on every token of every sentence.
export const isCapitalWord = (token: Token | undefined): boolean =>
  token !== undefined &&
  (token.pos === "PROPN" || token.pos === "NOUN" || token.pos === "ADJ") &&
  token.text !== token.lower &&
  /^\p{Lu}/u.test(token.text) &&
  !CALENDAR_WORDS.test(token.lower);

const CONNECTORS = new Set(["of", "on", "for", "and", "&"]);

/** A word in capitals after its first letter or two, inside a name: "IHS iSuppli", "eBay". */
export const isCamelWord = (token: Token | undefined): boolean =>
  token !== undefined && token.pos === "PROPN" && /^\p{Ll}{1,2}\p{Lu}/u.test(token.text);

/** What a firm is called before its name: "research firm X", "consultancy X", "chipmaker X". */
const FIRM_DESCRIPTORS = new Set([
  "firm",
  "company",
  "consultancy",
  "consultants",
  "tracker",
  "brokerage",
  "lender",
  "insurer",
  "conglomerate",
  "retailer",
]);
/** Makers of goods, which are firms ("chipmaker Nvidia"); a policymaker or lawmaker is a person. */
const MAKERS = /^(?:chip|car|auto|drug|plane|steel|phone|handset|game|toy|tyre|tire|truck|bread)maker$/;
/** "market researcher X", "industry researcher X": a researcher of a market is a firm; "researcher X" a person. */
const MARKET_WORDS = new Set(["market", "industry"]);

/**
 * Whether the name starting at `first` is described before it as a firm: "Industry researcher IHS
 * iSuppli", "research firm Kestrel", "chipmaker Norvid". A lower-case descriptor right before it.
 */
export function describedAsFirm(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  // "Chipmaker Kestrel Technology" opening the sentence: the descriptor capitalised as its first word.
  const opening =
    first === 1 && before !== undefined && (MAKERS.test(before.lower) || FIRM_DESCRIPTORS.has(before.lower));
  if (opening) return true;
  if (!before || before.text !== before.lower) return false;
  // "Semiconductor maker Kestrel Technology": what it makes, then "maker".
  if (before.lower === "maker") return true;
  // "North Carolina-based Public Policy Polling": where a firm is based, written before its name.
  if (before.lower === "based" && tokens[first - 2]?.text === "-") return true;
  if (FIRM_DESCRIPTORS.has(before.lower) || MAKERS.test(before.lower)) return true;
  return before.lower === "researcher" && MARKET_WORDS.has(tokens[first - 2]?.lower ?? "");
}

/** An abbreviation in brackets at `at` after a word in lower case: "post-stratification (MRP)". */
const definedTerm = (tokens: readonly Token[], at: number): boolean =>
  tokens[at - 1]?.text === "(" &&
  tokens[at + 1]?.text === ")" &&
  /^\p{Lu}{2,6}$/u.test(tokens[at]!.text) &&
  /^\p{Ll}/u.test(tokens[at - 2]?.text ?? "");

/**
 * At the sentence's first word `at`: "Chipmaker" or "Semiconductor maker" before a capitalised name.
 * The index of the name, or `at`.
 */
function describesFirmAt(tokens: readonly Token[], at: number): number {
  if (at !== 0) return at;
  const word = tokens[at]!.lower;
  if ((MAKERS.test(word) || FIRM_DESCRIPTORS.has(word)) && isCapitalWord(tokens[at + 1])) return at + 1;
  const next = tokens[at + 1];
  if (
    next &&
    next.text === next.lower &&
    (next.lower === "maker" || FIRM_DESCRIPTORS.has(next.lower)) &&
    isCapitalWord(tokens[at + 2])
  )
    return at + 2;
  return at;
}

/** Words for an organisation's part: "The unit of IHS Corp." is the firm spoken of, not its owner. */
export const UNIT_NOUNS = new Set(["unit", "subsidiary", "division", "arm", "affiliate"]);

/** Whether the name starting at `first` is the owner in "the unit of X", "a subsidiary of X". */
export const ownerOfUnit = (tokens: readonly Token[], first: number): boolean =>
  tokens[first - 1]?.lower === "of" &&
  UNIT_NOUNS.has(tokens[first - 2]?.lower ?? "") &&
  ["the", "a", "an", "its"].includes(tokens[first - 3]?.lower ?? "");

/**
 * A stock ticker after a name marks a listed company: "Barclays (LON:BARC)", "Goldman Sachs
 * (NYSE:GS)". True when the tokens after `last` are "(", an exchange in capitals, ":".
 */
export function tickerAfter(tokens: readonly Token[], last: number): boolean {
  return (
    tokens[last + 1]?.text === "(" &&
    /^\p{Lu}{2,6}$/u.test(tokens[last + 2]?.text ?? "") &&
    tokens[last + 3]?.text === ":"
  );
}

/**
 * The first token of the organisation's name that ends at `end` ("The National Association of Home
 * Builders is forecasting", "Goldman Sachs (NYSE:GS) said"), or -1: a capitalised run, "of/on/for"
 * inside, that holds an organisation word or carries a ticker. A person's title inside the run
 * ("Bank of England Governor Andrew Bailey") ends it: what follows the title is a person.
 */
export function organisationEndingAt(tokens: readonly Token[], end: number, source: string): number {
  if (!isCapitalWord(tokens[end])) return -1;
  let first = end;
  for (let i = end - 1; i >= 0; i -= 1) {
    const token = tokens[i]!;
    // "the Norland Forecasting Association": a capitalised word the tagger took for a verb, inside.
    const inside = token.pos === "VERB" && /^\p{Lu}/u.test(token.text) && isCapitalWord(tokens[i - 1]);
    if (isCapitalWord(token) || inside) {
      if (PERSON_TITLES.has(token.lower)) return -1;
      first = i;
    } else if (token.lower === "the" && innerOfAt(tokens, i - 1)) {
      // "the Organization of the Petroleum Exporting Countries", "the Institute for the Study of
      // War": "of the", "for the" inside the name.
      i -= 1;
    } else if (!(CONNECTORS.has(token.lower) && isCapitalWord(tokens[i - 1]))) break;
  }
  if (PERSON_TITLES.has(tokens[first]!.lower)) return -1;
  // "Consultancy Capital Economics said": what the firm is, capitalised as the sentence's first word.
  if (first === 0 && first < end && FIRM_DESCRIPTORS.has(tokens[first]!.lower)) first += 1;
  // "ambassador to the United Nations Peter Wittig": the body someone is sent to, then their name.
  const sentTo = tokens[first - 1]?.lower === "the" ? first - 2 : first - 1;
  if (
    tokens[sentTo]?.lower === "to" &&
    SENT_TO_BODY.has(tokens[sentTo - 1]?.lower ?? "") &&
    end - first >= 2 &&
    isOrganisation(source.slice(tokens[first]!.start, tokens[end - 2]!.end)) &&
    !isOrganisation(source.slice(tokens[end - 1]!.start, tokens[end]!.end))
  ) {
    return -1;
  }
  const name = source.slice(tokens[first]!.start, tokens[end]!.end);
  if (isOrganisation(name) || tickerAfter(tokens, end)) return first;
  // "Mario Morales of IDC said": the organisation after the last connector, the person before it.
  for (let i = end - 1; i > first; i -= 1) {
    if (!CONNECTORS.has(tokens[i]!.lower)) continue;
    return isOrganisation(source.slice(tokens[i + 1]!.start, tokens[end]!.end)) ? i + 1 : -1;
  }
  return -1;
}

/**
 * "of" or "for" at `at` inside an organisation's name before "the": "Organization of the ...", and
 * "for" after a body that is for something ("Institute for the Study of War"; not "Kestrel Research
 * for the Daily Mirror", a pollster and its client).
 */
function innerOfAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.lower;
  if (!isCapitalWord(tokens[at - 1])) return false;
  return word === "of" || (word === "for" && BODIES_FOR.has(tokens[at - 1]!.lower));
}
const BODIES_FOR = new Set([
  "institute",
  "center",
  "centre",
  "committee",
  "council",
  "society",
  "campaign",
  "foundation",
  "alliance",
  "coalition",
  "association",
  "organization",
  "organisation",
  "office",
  "agency",
  "commission",
  "fund",
  "federation",
  "partnership",
  "network",
  "forum",
  "league",
]);

/** Who is sent to a body: "ambassador to the United Nations". */
const SENT_TO_BODY = new Set(["ambassador", "envoy", "representative", "delegate", "emissary"]);

/** Capitalised words of a role before a person's name: "Governor Andrew Bailey", "analyst Kuo". */
export const PERSON_TITLES = new Set([
  // "Special Envoy Staffan de Mistura", "chief negotiator Ana Ruiz", "Gen. Mark Milley".
  "envoy",
  "negotiator",
  "gen.",
  "governor",
  "president",
  "chairman",
  "chairwoman",
  "chair",
  "director",
  "minister",
  "secretary",
  "senator",
  "sen.",
  "rep.",
  "representative",
  "ceo",
  "cfo",
  // "EIA Administrator Joe DeCarolis".
  "administrator",
  // "Gartner VP Alan Priestley": a vice president by the short form.
  "vp",
  "svp",
  "evp",
  "chief",
  "executive",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "analyst",
  "economist",
  "strategist",
  "commissioner",
  "mayor",
  "ambassador",
  "premier",
  "chancellor",
  "deputy",
  "founder",
  "officer",
  "head",
  // Local government: "Supervisor of Elections Mike Hogan", "Superintendent Ana Ruiz".
  "supervisor",
  "superintendent",
  "treasurer",
  "comptroller",
  "sheriff",
  "assessor",
]);

/** Words of a title that PERSON_TITLES leaves out, as they also open organisations' names ("General Motors"). */
const TITLE_WORDS = new Set(["manager", "general", "professor", "prof.", "dr.", "dr"]);

/**
 * A person's name without the title written into it: "IDC Research Manager Anthony Scarsella" and
 * "Director General Willie Walsh" are "Anthony Scarsella" and "Willie Walsh". The name is what
 * follows the last title word, when that is two capitalised words or more and no organisation's;
 * anything else is returned as it is.
 */
export function withoutTitle(name: string): string {
  const words = name.split(" ");
  if (words.length < 3 || isOrganisation(words.slice(-2).join(" "))) return name;
  let first = -1;
  for (let i = 0; i < words.length - 2; i += 1) {
    const lower = words[i]!.toLowerCase();
    if (PERSON_TITLES.has(lower) || TITLE_WORDS.has(lower)) first = i + 1;
  }
  if (first < 0) return name;
  const rest = words.slice(first);
  return rest.every((word) => /^\p{Lu}/u.test(word)) && !isOrganisation(rest.join(" ")) ? rest.join(" ") : name;
}

/** A country before an organisation's name, which its abbreviation leaves out: "U.S. Energy Information Administration". */
const COUNTRY_PREFIX = new Set(["U.S.", "US", "U.K.", "UK"]);

/** The capital letters of an abbreviation ("CBO", "BoE", "BofA"), or null when it is not one. */
const abbreviationLetters = (name: string): string | null => {
  if (/\s/.test(name) || !/^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(name)) return null;
  const capitals = name.replace(/\P{Lu}/gu, "");
  return capitals.length >= 2 && capitals.length * 2 >= name.length ? capitals : null;
};

/**
 * An abbreviation resolved to the organisation named in full before it, whose capitalised words'
 * initials are its capitals: "CBO" to "Congressional Budget Office", "BoE" to "Bank of England",
 * "BofA" to "Bank of America", "NAHB" to "National Association of Home Builders". Null when none.
 */
export function expandAbbreviation(name: string, named: readonly string[]): string | null {
  const letters = abbreviationLetters(name);
  for (let index = named.length - 1; index >= 0 && letters; index -= 1) {
    const full = named[index]!;
    const initials = full
      .split(/\s+/)
      .filter((word, i) => /^\p{Lu}/u.test(word) && !(i === 0 && COUNTRY_PREFIX.has(word)))
      .map((word) => word[0])
      .join("");
    if (initials === letters && full.includes(" ")) return full;
    // "CDC" for "Centers for Disease Control and Prevention": the initials before a closing "and ...".
    if (letters.length >= 3 && initials.startsWith(letters) && / and \p{Lu}\S*$/u.test(full)) return full;
  }
  // "IHS said" after "IHS iSuppli": an acronym that opens an organisation's name named before.
  // Two words only, and three letters or more: "the UN said" is not the "UN Environment Programme".
  if (ACRONYM.test(name) && name.length >= 3) {
    for (let index = named.length - 1; index >= 0; index -= 1) {
      const full = named[index]!;
      if (full.startsWith(`${name} `) && full.split(/\s+/).length === 2) return full;
    }
  }
  return null;
}

/**
 * The words an acronym stands for, as the text writes them: each capitalised word starting with its
 * letter, "of", "for", "and", "on" or "the" allowed between ("Public Policy Polling" for "PPP",
 * "Organization of the Petroleum Exporting Countries" for "OPEC"). Every occurrence, in order.
 */
export function spelledOut(acronym: string, text: string): string[] {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return [];
  const words = [...acronym].map((letter) => `${letter}[\\p{Ll}]+`).join("\\s+(?:(?:of|for|and|on|the)\\s+)*");
  return [...text.matchAll(new RegExp(`(?<![\\p{L}-])${words}(?![\\p{L}-])`, "gu"))].map((match) => match[0]);
}

/**
 * Every run of capitalised words in the text an acronym could stand for, by its initials: for
 * "the Organization of the Petroleum Exporting Countries", "OPEC" and the runs inside it ("PEC",
 * "EC", ...). The first occurrence of each wins. One pass over the text, and at most six words
 * from each start, so a page of many acronyms costs no more than one.
 */
export function spelledOutIndex(text: string): Map<string, string> {
  const index = new Map<string, string>();
  const words = [...text.matchAll(/\p{L}+/gu)];
  const capital = (word: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(word);
  const connector = (word: string): boolean => /^(?:of|for|and|on|the)$/.test(word);
  // Only spaces between two words of a run, and no hyphen before its first word or after its last.
  const joined = (k: number): boolean =>
    /^\s+$/.test(text.slice(words[k]!.index + words[k]![0].length, words[k + 1]?.index));
  for (let start = 0; start < words.length; start += 1) {
    const first = words[start]!;
    if (!capital(first[0]) || text[first.index - 1] === "-") continue;
    let initials = "";
    for (let k = start; k < words.length && initials.length < 6; k += 1) {
      const word = words[k]![0];
      if (capital(word)) {
        initials += word[0];
        const end = words[k]!.index + word.length;
        if (initials.length >= 2 && text[end] !== "-" && !index.has(initials)) {
          index.set(initials, text.slice(first.index, end));
        }
      } else if (!connector(word) || k === start) break;
      if (!joined(k)) break;
    }
  }
  return index;
}

/**
 * Whether a unit named after its owner's possessive ("NOAA's Climate Prediction Center") speaks as
 * itself: only when the text gives it an abbreviation of its own ("the Council on Foreign
 * Relations’ Center for Preventive Action (CPA)"), and never a committee or a board. Otherwise the
 * owner speaks.
 */
export function unitNamedApart(tokens: readonly Token[], name: string, last: number): boolean {
  const inner = name
    .toLowerCase()
    .split(/\s+/)
    .some((word) => INNER_BODIES.has(word));
  return !inner && tokens[last + 1]?.text === "(" && ACRONYM.test(tokens[last + 2]?.text ?? "");
}

/** Bodies inside an organisation, which speak as it: "the committee", "the board". */
const INNER_BODIES = new Set(["committee", "panel", "board", "council", "department", "commission", "bureau"]);
/** The kinds a reference's head may also mean: "the lender" a bank, "the think tank" an institute. */
const ALSO_CALLED = new Map([
  // (The IMF lends: "the Washington-based lender".)
  ["lender", ["bank", "fund"]],
  ["tank", ["institute", "foundation"]],
]);
/** Kinds of organisation no other kind is called: an institute is never "the bank". */
const DISTINCT_KINDS = new Set([
  "bank",
  "institute",
  "ministry",
  "fund",
  "company",
  "association",
  "union",
  "university",
  "foundation",
  "club",
  "insurer",
  "lender",
]);

/**
 * "the bank said", "the budget office now expects", "it added": the organisation meant. The last
 * one named whose name holds the reference's head noun ("the bank" after "Bank of America"); else
 * the last organisation that spoke (an organisation the article merely mentions, "OPEC and its
 * allies", is seldom "the bank" of the next sentence); else the last one named.
 */
export function resolveOrganisationReference(
  reference: string,
  named: readonly string[],
  lastSpeaking: string | null,
  lastNamed: string | null,
): string | null {
  // "the Interfax news agency", "the state-run Yonhap news agency": a medium named inside the reference.
  const medium = NAMED_MEDIUM.exec(reference)?.[1];
  if (medium && !NATIONALITY.test(medium)) return medium;
  // "the bank's analysts": the organisation's head noun, wherever it stands in the reference.
  const words = reference
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/\s+/);
  const head = words.findLast((word) => ORGANISATION_HEADS.has(word)) ?? words[words.length - 1] ?? "";
  if (ORGANISATION_HEADS.has(head)) {
    for (let index = named.length - 1; index >= 0; index -= 1) {
      const full = named[index]!;
      if (full.toLowerCase().split(/\s+/).includes(head)) return full;
    }
  }
  // "the ministry" is not the "Institute for Fiscal Studies": an organisation whose name says what it
  // is, and says something else, is not the one meant.
  // Only kinds that exclude each other count: "the agency" may be the Budget Office, "the
  // committee" any organisation's; "the tourist office" is not the University of Lyon.
  const fallback = lastSpeaking ?? lastNamed;
  if (fallback && ORGANISATION_HEADS.has(head) && !INNER_BODIES.has(head)) {
    const kinds = fallback
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => DISTINCT_KINDS.has(word));
    // A bank is a lender: "the German lender" after Deutsche Bank; an institute or a foundation may
    // be "the think tank".
    const also = ALSO_CALLED.get(head) ?? [];
    if (kinds.length > 0 && !kinds.includes(head) && !kinds.some((kind) => also.includes(kind))) return null;
  }
  return fallback;
}

/**
 * "The Croatian central bank", "the German finance ministry", "the U.S. statistics office": a
 * country's body named by its nationality and what it is, in lower case. The words without "the"
 * as its name ("Croatian central bank"), when no organisation named before is meant; else null.
 */
export function nationalBody(reference: string): string | null {
  const match = /^(?:the\s+)?(\S+)\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+))$/iu.exec(reference.trim());
  if (!match || !NATIONALITY.test(match[1]!) || /\p{Lu}/u.test(match[2]!)) return null;
  // A country's public body, not a firm the text describes by its country ("the German lender",
  // "the Japanese brokerage", "the German news agency": named elsewhere, or nobody's).
  const central = /\bcentral bank$/.test(match[2]!);
  return central || PUBLIC_BODIES.has(match[3]!) ? `${match[1]} ${match[2]}` : null;
}

/** What a country's public bodies are called after its nationality: "the German finance ministry". */
const PUBLIC_BODIES = new Set([
  "ministry",
  "government",
  "cabinet",
  "treasury",
  "parliament",
  "department",
  "office",
  "commission",
  "council",
  "regulator",
  "authority",
  "administration",
  "military",
  "army",
]);

/** "the Interfax news agency", "the Asahi newspaper": a capitalised name before what medium it is. */
const NAMED_MEDIUM =
  /^the\s+(?:[\p{Ll}-]+\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)?)\s+(?:news\s+agency|newspaper|daily|broadcaster|news\s+channel|news\s+site|news\s+website)$/iu;

/**
 * "Airlines for America trade association", "Kestrel research firm", "Capital Economics Analysts":
 * a name with what it is, or its staff, written after it; the name alone. (A country's body keeps
 * its words: "Croatian central bank".)
 */
export function withoutKind(name: string): string {
  const kinded = NAMED_KIND.exec(`the ${name}`);
  // ("China's commerce ministry": a country's body, by its possessive.)
  if (kinded && describesKind(kinded[2]!) && !NATIONALITY.test(kinded[1]!) && !/['’]s$/.test(kinded[1]!)) {
    return kinded[1]!;
  }
  // ("Northern Association of Forecasters": the staff word inside the name, after "of".)
  const staffed = /^(\p{Lu}.*\s\p{Lu}\S*|\p{Lu}\S*)\s+(\p{Lu}\p{Ll}+)$/u.exec(name);
  return staffed && STAFF.has(staffed[2]!.toLowerCase()) ? staffed[1]! : name;
}

/**
 * Words in lower case after a name that say what kind of body it is ("research firm", "trade
 * association", "think tank"), not words of its name ("forecasting club").
 */
function describesKind(words: string): boolean {
  const last = words.split(/\s+/).at(-1)!;
  if (["firm", "company", "consultancy", "tank", "brokerage", "lender", "insurer"].includes(last)) return true;
  return /\b(?:trade|industry|lobby|business|advocacy)\s+(?:association|group|body)$/.test(words);
}

/** A capitalised name (with "for", "of", "and" inside), then up to three words in lower case of what it is. */
const NAMED_KIND =
  /^[Tt]he\s+(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:(?:for|of|and|&)\s+)?\p{Lu}[\p{L}&.'’-]*)*)\s+((?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+))$/u;

/** "the German news agency", "the U.S. broadcaster": a country's adjective or abbreviation, no name. */
const NATIONALITY = /^(?:\p{Lu}[\p{Ll}]*(?:ish|ese|ian|an|i|ch)|U\.?S\.?|U\.?K\.?|EU)$/u;

/**
 * The organisations a sentence names, in order: capitalised runs (with "of", "on", "for" inside:
 * "Intergovernmental Panel on Climate Change", "Bank of England") that hold an organisation word,
 * that are acronyms, or that own a person or role ("Morgan Stanley's Michael Wilson") or employ one
 * ("colleagues at Morgan Stanley", "chief economist at Baltic Bank").
 */
export function organisationsIn(tokens: readonly Token[], source: string): string[] {
  const found: string[] = [];
  let foundEnd = -1;
  let i = 0;
  while (i < tokens.length) {
    // "Shares of Harlow Foods rose": the company's name starts after "of".
    const shareOf = tokens[i]?.lower === "shares" && tokens[i + 1]?.lower === "of";
    if (shareOf || !isCapitalWord(tokens[i]) || (i === 0 && tokens[i]?.pos !== "PROPN")) {
      i += shareOf ? 2 : 1;
      continue;
    }
    // "The multilevel regression and post-stratification (MRP) model": an abbreviation of words in
    // lower case is a term's, no organisation's.
    if (definedTerm(tokens, i)) {
      i += 1;
      continue;
    }
    // "Semiconductor maker Kestrel Technology", "Chipmaker Kestrel Technology" opening the sentence:
    // what the firm makes, capitalised as the first word, is no part of its name.
    const describes = describesFirmAt(tokens, i);
    if (describes > i) {
      i = describes;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      // "Bank of England Governor Andrew Bailey": the title ends the organisation's name.
      if (PERSON_TITLES.has(tokens[j]?.lower ?? "")) break;
      if (isCapitalWord(tokens[j]) || isCamelWord(tokens[j])) last = j;
      // "Petroleum Exporting Countries": a capitalised word the tagger took for a verb, inside.
      else if (tokens[j]?.pos === "VERB" && /^\p{Lu}\p{Ll}/u.test(tokens[j]!.text) && isCapitalWord(tokens[j + 1]))
        last = j;
      // "the Organization of the Petroleum Exporting Countries": "of the" inside the name.
      else if (innerOfAt(tokens, j) && tokens[j + 1]?.lower === "the" && isCapitalWord(tokens[j + 2])) j += 1;
      else if (!(CONNECTORS.has(tokens[j]?.lower ?? "") && isCapitalWord(tokens[j + 1]))) break;
      j += 1;
    }
    // "Moody's Investors Service", "Sainsbury's Bank": a one-word brand's possessive inside the name.
    if (
      last === i &&
      (tokens[i + 1]?.lower === "'s" || tokens[i + 1]?.lower === "’s") &&
      isCapitalWord(tokens[i + 2])
    ) {
      let end = i + 2;
      while (isCapitalWord(tokens[end + 1])) end += 1;
      // Not "NOAA's Climate Prediction Center": an owner that is an organisation by itself stays apart.
      const owner = tokens[i]!.text;
      const unit = source.slice(tokens[i + 2]!.start, tokens[end]!.end);
      if (tokens[i - 1]?.pos !== "PROPN" && !isOrganisation(owner) && isOrganisation(unit)) last = end;
    }
    const name = source.slice(tokens[i]!.start, tokens[last]!.end);
    const before = tokens[i - 1]?.lower ?? "";
    const after = tokens[last + 1];
    const owns = (after?.lower === "'s" || after?.lower === "’s") && isCapitalWord(tokens[last + 2]);
    const employs = before === "at" && (tokens[i - 2]?.pos === "NOUN" || tokens[i - 2]?.pos === "PROPN");
    // "the American Bankers Association’s Economic Advisory Committee": a body of an organisation
    // speaks as the organisation, so "the committee" later is the association.
    // The plural's bare mark counts too: "the Federation of Home Builders’ Forecasting Committee".
    // Capitalised words the tagger took for verbs ("Forecasting") may stand between.
    let mark = i - 1;
    while (mark > 0 && /^\p{Lu}/u.test(tokens[mark]?.text ?? "") && i - mark < 3) mark -= 1;
    // A unit with a name of its own speaks as itself: "the Council on Foreign Relations’ Center for
    // Preventive Action" is the centre's.
    const ownedBy =
      ["'s", "’s", "'", "’"].includes(tokens[mark]?.lower ?? "") &&
      foundEnd === mark - 1 &&
      !unitNamedApart(tokens, name, last);
    // "the Center for Conflict Studies (CCS)": the abbreviation in brackets is the name just found, again.
    const gloss = before === "(" && foundEnd === i - 2 && last === i && tokens[i + 1]?.text === ")";
    // "Nomura raised its growth forecast", "FiveThirtyEight has hedged its predictions": a subject
    // that owns "its" is an organisation.
    let verbAt = last + 1;
    while (verbAt - last <= 2 && tokens[verbAt]?.pos === "AUX") verbAt += 1;
    // (After an auxiliary, whatever the tagger made of the participle: "has hedged its".)
    const verbAfter = tokens[verbAt]?.pos === "VERB" || verbAt > last + 1 ? verbAt : -1;
    const its = (i === 0 || tokens[i - 1]?.lower === "the") && verbAfter > 0 && tokens[verbAfter + 1]?.lower === "its";
    // "Darden Restaurants CEO Rick Cardenas", "Shares of Darden Restaurants": a company's.
    const executive = CORPORATE_TITLES.has(tokens[last + 1]?.lower ?? "") && isCapitalWord(tokens[last + 2]);
    const shares = tokens[i - 1]?.lower === "of" && tokens[i - 2]?.lower === "shares";
    const firm = describedAsFirm(tokens, i) || its || executive || shares;
    // "The Bank expects", "the Fund said": an organisation named before, its kind capitalised, not a name.
    // ("Association director general Giovanni Bisignani said": the same opening the sentence.)
    const kindAlone = last === i && (before === "the" || i === 0) && ORGANISATION_HEADS.has(tokens[i]!.lower);
    if (
      !kindAlone &&
      (isOrganisation(name) || owns || employs || firm || tickerAfter(tokens, last)) &&
      !ownedBy &&
      !gloss &&
      !ownerOfUnit(tokens, i)
    ) {
      found.push(name);
      foundEnd = last;
    }
    i = last + 1;
  }
  return found;
}

/** Titles only a company gives, between its name and a person's: "Darden Restaurants CEO Rick Cardenas". */
const CORPORATE_TITLES = new Set(["ceo", "cfo", "coo", "chairman", "chairwoman", "founder", "co-founder"]);

/** Words for a country in a reference to its body: "the country's central bank". */
const PLACE_NOUNS = new Set(["country", "nation", "state", "province", "region", "city"]);

/**
 * A reference back to an organisation as the subject of a reporting verb at `verb`: "the bank said",
 * "the investment bank noted", "the 1,000-page report", "the strategists said". The index of its
 * first token ("the"), or -1.
 */
export function organisationReferenceBefore(tokens: readonly Token[], verb: number): number {
  const head = tokens[verb - 1];
  if (!head || head.pos !== "NOUN") return -1;
  // "the market researcher projects": a researcher of a market is a firm.
  const firm = head.lower === "researcher" && MARKET_WORDS.has(tokens[verb - 2]?.lower ?? "");
  if (!firm && !ORGANISATION_HEADS.has(head.lower) && !DOCUMENT_HEADS.has(head.lower) && !STAFF.has(head.lower)) {
    return -1;
  }
  // (Seven words: "The Rome-based United Nations agency said", where it is based in three.)
  for (let i = verb - 2; i >= 0 && verb - i <= 7; i -= 1) {
    const token = tokens[i];
    if (!token) break;
    // "Her firm is predicting": the firm of the person written of, as "the firm" is.
    if (["the", "its", "his", "her", "their"].includes(token.lower)) return i;
    // "The Polish central bank said", "the Wall Street bank", "the U.S. central bank": a country's
    // adjective or a place describes, as other modifiers do.
    // "The iPhone maker": a product's name, its capital inside.
    if (token.pos === "PROPN" && /^\p{Ll}?\p{Lu}/u.test(token.text)) continue;
    // "The London-based consultancy": where it is based.
    if (token.lower === "based" && tokens[i - 1]?.text === "-") continue;
    // "the bank's analysts said": the staff of the organisation referred to.
    if (token.lower === "'s" && STAFF.has(head.lower) && ORGANISATION_HEADS.has(tokens[i - 1]?.lower ?? "")) continue;
    // "Germany's central bank predicted", "the country's statistics agency said": a place's body,
    // by its kind (a word describing it before the head), the place one word.
    if (
      (token.lower === "'s" || token.lower === "’s") &&
      ORGANISATION_HEADS.has(head.lower) &&
      i < verb - 2 &&
      (tokens[i - 1]?.pos === "PROPN" || PLACE_NOUNS.has(tokens[i - 1]?.lower ?? "")) &&
      tokens[i - 2]?.pos !== "PROPN"
    ) {
      const place = PLACE_NOUNS.has(tokens[i - 1]!.lower) && tokens[i - 2]?.lower === "the" ? i - 2 : i - 1;
      return place === 0 || tokens[place - 1]?.pos === "PUNCT" ? place : -1;
    }
    if (!["ADJ", "NOUN", "NUM", "PUNCT"].includes(token.pos) || token.text === ",") break;
  }
  return -1;
}

/**
 * A reference back to an organisation after a reporting verb, as inverted attributions write it:
 * ", said the report", ", the 1,000-page report said" is the other order. From "the" at `at`: up to
 * four modifiers, then the head, which ends the reference (the sentence, a comma, a participle).
 * The index of the head, or -1.
 */
export function organisationReferenceAfter(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== "the") return -1;
  for (let i = at + 1; i < tokens.length && i - at <= 5; i += 1) {
    const token = tokens[i]!;
    const head = token.pos === "NOUN" && (ORGANISATION_HEADS.has(token.lower) || DOCUMENT_HEADS.has(token.lower));
    if (head || (STAFF.has(token.lower) && token.pos === "NOUN")) {
      const next = tokens[i + 1];
      return !next || next.pos === "PUNCT" ? i : -1;
    }
    if (!["ADJ", "NOUN", "NUM", "PROPN"].includes(token.pos) && token.text !== "-") return -1;
  }
  return -1;
}
