/**
 * Word lists the speaker modules share: verbs of reporting and of saying, days and months, auxiliaries
 * and negations, relative words, quote marks, possessives, the roles that refer back to a person and
 * what a source is called before its name.
 */

/**
 * Verbs of asserting and announcing: "The IMF announced Tuesday that growth will slow", "..., claims
 * Armen Petrosyan, an expert", "she insisted", "he stressed", "..., conceded a top strategist".
 */
const ASSERTING = [
  "announce",
  "claim",
  "insist",
  "assert",
  "stress",
  "emphasise",
  "emphasize",
  "reiterate",
  "acknowledge",
  "concede",
  "admit",
  "declare",
  "remark",
  "reply",
  "respond",
  "counter",
  "tweet",
  // "Jane Smith hinted that growth would slow", "indicated that": said, in effect.
  "hint",
  "indicate",
  // "Look for prices to fall, Jane Smith advises" ("maintains" only before "that": speaker.ts).
  "advise",
  "opine",
  "muse",
  "quip",
];

/** Verbs that report what someone says or thinks: their subject is the speaker of the claim. */
export const REPORTING = new Set([
  "say",
  "tell",
  "write",
  "add",
  "note",
  "warn",
  "predict",
  "argue",
  "explain",
  "believe",
  "think",
  "expect",
  "estimate",
  "forecast",
  "caution",
  "suggest",
  "comment",
  "observe",
  "contend",
  "reckon",
  "state",
  "comment",
  "project",
  // "..., Veisi concluded", "a report from the institute concluded that": a finding, said.
  "conclude",
  // "The report cited three factors that might ...": what a document gives as reasons, it says.
  "cite",
  // "the committee sees growth slowing": a forecast said with "see" (cues.ts reads it as one).
  "see",
  // "the Fed signaled that it would pause", "..., signaling that he does not foresee".
  "signal",
  // Verbs of asserting and announcing: their subject speaks, and they frame the claim (SAYING).
  ...ASSERTING,
  "anticipate",
  "foresee",
  "fear",
  "doubt",
  "speculate",
  "calculate",
  "envisage",
  "envision",
  "posit",
  // "Smith suspects the bill will pass", "traders bet that the Fed will cut": a view held.
  "suspect",
  "bet",
  "wager",
  // "Jane Smith worries that growth will slow", "figures that rates will fall".
  "worry",
  "figure",
  // "Fitch Solutions analysts assume that Azerbaijan will strengthen its control".
  "assume",
]);

/** Verbs of saying, which frame a claim without being part of it ("..., Cha said"). */
export const SAYING = new Set([
  "say",
  "tell",
  "write",
  "add",
  "note",
  "warn",
  "argue",
  "explain",
  "caution",
  "comment",
  "observe",
  "contend",
  "state",
  ...ASSERTING,
]);

/** Days and months: capitalised, tagged as proper nouns, never a speaker ("on Thursday said"). */
export const CALENDAR = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);

/** Verbs of publishing a document: "released its outlook", "The report, published on Monday,". */
export const PUBLISHED = new Set([
  "released",
  "published",
  "issued",
  "unveiled",
  // "The poll, conducted last week,", "The India TV-CNX opinion poll, telecast on Monday,".
  "conducted",
  "telecast",
  "broadcast",
  "aired",
]);

/** Verbs of what a document finds: "the poll shows", "the study found", "the survey revealed". */
export const FINDING = new Set(["show", "find", "reveal", "indicate", "suggest"]);

/** Perfect and progressive auxiliaries between a subject and its verb: "has predicted", "is forecasting". */
export const AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were"]);
export const NEGATIONS = new Set(["not", "n't", "n’t"]);

/** Singular roles that refer back to the last person named: "the economist said", "the analyst added". */
export const PERSON_HEADS = new Set([
  "economist",
  "analyst",
  "strategist",
  "professor",
  "scientist",
  "researcher",
  "governor",
  "minister",
  "president",
  "chairman",
  "chairwoman",
  "director",
  "official",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "executive",
  "expert",
  "investor",
  "author",
  "co-author",
  "coauthor",
  "lawmaker",
  "senator",
  // Trades a person is introduced by and referred back to: "the climatologist said".
  "climatologist",
  "meteorologist",
  "epidemiologist",
  "seismologist",
  "virologist",
  "demographer",
  "statistician",
  "historian",
  "adviser",
  "advisor",
  "diplomat",
  "commentator",
  "columnist",
  "trader",
  "banker",
  "consultant",
]);

/** Words that open a relative clause: "..., where the child was from,". */
export const RELATIVES = new Set(["where", "who", "which", "whose", "when"]);

/** What a source is called before its name, in lower case: "research firm IDC", "market tracker Canalys". */
export const SOURCE_KINDS = new Set([
  "firm",
  "company",
  "consultancy",
  "tracker",
  "researcher",
  "group",
  "agency",
  "bank",
  "lender",
  "broker",
  "brokerage",
  "house",
  "institute",
  "tank",
  "pollster",
  "forecaster",
  "provider",
  "outfit",
]);

export const QUOTE_MARKS = new Set(['"', "'", "“", "”", "‘", "’", "«", "»"]);

export const POSSESSIVES = new Set(["its", "his", "her", "their", "our"]);
