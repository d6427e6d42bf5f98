import type { Attribution } from "./attribution-shape";
import type { PeopleIndex } from "./people";

/**
 * What attribution reads and remembers: a `Speaker` (a person or organisation quoted), what each
 * sentence credits (`SentenceSpeaker`), and the `SpeakerMemory` carried from sentence to sentence
 * and from part to part (people, organisations, roles, abbreviations, documents' owners).
 */

/** A quoted person or organisation, with the apposition describing them. */
export interface Speaker {
  name: string;
  affiliation: string | null;
  /** One person nobody names, by the description given ("a senior Israeli official"). */
  described?: boolean;
}

export interface SentenceSpeaker {
  /** The sentence's own attribution words (left out of the claim), or null. */
  attribution: Attribution | null;
  /** Who the sentence's predictions belong to, or null for the part's byline. */
  speaker: Speaker | null;
  /**
   * The sentence credits its view to someone it does not name: an unnamed group ("analysts
   * expect", "..., diplomats say", "a top Wall Street bear cautioned") or an attribution nothing
   * resolves. Its predictions are nobody's in particular, not some other speaker's.
   */
  unnamed?: boolean;
}

/** What carries from one sentence to the next, and from part to part (organisations). */
export interface SpeakerMemory {
  people: PeopleIndex;
  /** The apposition each quoted person was first described with, by full name. */
  affiliations: Map<string, string>;
  lastOrganisation: string | null;
  /** Every organisation named so far, in order: "the bank" and "CBO" are resolved against them. */
  organisations: string[];
  /**
   * The last organisation a sentence was about: its speaker ("Barclays ... predicting", "the bank
   * said") or named in its subject ("Strategists at Meridian Capital cut..."), not one named in
   * passing ("output discipline by OPEC and its allies").
   */
  lastSpeakingOrganisation: string | null;
  /**
   * One-word speakers the text showed to be organisations (credited as one, a known name, described
   * as a body), not only words no full name was known for yet: "Reuters", not "Smith" before "Jane Smith".
   */
  shownOrganisations?: Set<string>;
  /** The organisation each description ("the bank", "the firm") last referred to, by its head noun. */
  described: Map<string, string>;
  /** Abbreviations the text defines: "the Korea Institute for Industrial Economics and Trade (KIET)". */
  abbreviations: Map<string, string>;
  /**
   * The person "he" or "she" means at the end of the last part read, and the person last named:
   * carried into the next part only when a subhead alone splits them (one article), else null.
   */
  lastPerson?: Speaker | null;
  lastMentioned?: Speaker | null;
  /**
   * The person last introduced with each role ("Fed Chair Jerome Powell", "Jane Smith, chief
   * economist at Nomura"), by the role's word: whom "the Fed chair said" or "the economist said"
   * means when someone else was quoted since. Cleared with lastPerson.
   */
  roles?: Map<string, string>;
  /** Whom "he" or "she" can mean, by full name: "Ms Smith", "Jane Smith said she expects". */
  genders?: Map<string, "he" | "she">;
  /** The page's speaker lines (see creditUnderSpeakerLines), found once per page on first need. */
  speakerLines?: SpeakerLine[];
}

/** A line naming who speaks under it (null: the questioner's), and whether it is a colon's label. */
export interface SpeakerLine {
  start: number;
  name: string | null;
  label?: true;
}
