import type { Part } from "./layout";
import {
  DOCUMENT_HEADS,
  GROUPS,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  STAFF,
  expandAbbreviation,
  isOrganisation,
  organisationsIn,
  resolveOrganisationReference,
  spelledOut,
} from "./organisations";
import { findQuotations, type Quotation } from "./quotes";
import type { PeopleIndex } from "./people";
import {
  appositionEnd,
  CALENDAR,
  findAttribution,
  isCapitalised,
  PERSON_HEADS,
  REPORTING,
  type Attribution,
} from "./speaker";
import type { Sentence, Token } from "./tokens";
import { creditAnswersToInterviewee, creditUnderSpeakerLines, speakerLinesIn } from "./set-out";

/**
 * Who speaks in each sentence of a part: the attribution the sentence makes, resolved ("Cha" to
 * "Victor Cha", "he said" to the last person named, "the bank said" to the last organisation
 * named), and the speaker of a quotation carried to all its sentences and paragraphs.
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
  /** The page's speaker lines (see creditUnderSpeakerLines), found once per page on first need. */
  speakerLines?: { start: number; name: string }[];
}

/** "Bank of Korea (BOK)", "the Korea Institute for Industrial Economics and Trade (KIET)": a name and its abbreviation. */
const DEFINED = /(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|of|for|on|and|&))*)\s+\((\p{Lu}[\p{L}]{1,7})\)/gu;

/** Roles a person is introduced with, which "the ..." refers back to ("the Fed chair said"). */
const ROLE_REFERENCES = new Set([...PERSON_HEADS, ...PERSON_TITLES].filter((role) => !role.endsWith(".")));

/**
 * Learns the roles written before people's names: "Fed Chair Jerome Powell", "President Emmanuel
 * Macron", "chief economist Jane Smith" (two or three capitalised words after the role, or one
 * after a capitalised title: "President Trump").
 */
function learnRoles(tokens: readonly Token[], text: string, memory: SpeakerMemory): void {
  for (let i = 0; i < tokens.length - 2; i += 1) {
    const role = tokens[i]!.lower;
    if (!ROLE_REFERENCES.has(role)) continue;
    let last = i;
    while (
      last + 1 < tokens.length &&
      last - i < 3 &&
      tokens[last + 1]!.pos === "PROPN" &&
      isCapitalised(tokens[last + 1])
    )
      last += 1;
    // "President Trump": one word after a capitalised title.
    const words = last - i;
    if (words === 0 || (words === 1 && !isCapitalised(tokens[i])) || ROLE_REFERENCES.has(tokens[i + 1]!.lower))
      continue;
    const name = memory.people.resolve(text.slice(tokens[i + 1]!.start, tokens[last]!.end));
    if (!isOrganisation(name)) (memory.roles ??= new Map()).set(role, name);
  }
}

/** Learns the abbreviations a sentence defines for organisations' names. */
function learnAbbreviations(sentence: Sentence, text: string, memory: SpeakerMemory): void {
  const words = text.slice(sentence.start, sentence.end);
  if (!words.includes("(")) return;
  for (const match of words.matchAll(DEFINED)) {
    const name = match[1]!.replace(/^The\s+/, "").replace(/\s+(?:of|for|on|and|&)$/, "");
    const abbreviation = match[2]!;
    if (name.includes(" ") && /\p{Lu}.*\p{Lu}/u.test(abbreviation) && isOrganisation(name)) {
      memory.abbreviations.set(abbreviation, name);
    }
  }
}

/** An abbreviation in full: defined in the text, else by the initials of an organisation named before. */
export function expandName(name: string, memory: SpeakerMemory): string | null {
  return memory.abbreviations.get(name) ?? expandAbbreviation(name, memory.organisations);
}

/**
 * The head noun of a reference back ("the investment bank" -> "bank", "the 1,000-page report" ->
 * "report"), when it is an organisation's or a document's.
 */
function referenceHead(reference: string): string | null {
  const words = reference.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? "";
  return ORGANISATION_HEADS.has(head) || DOCUMENT_HEADS.has(head) || STAFF.has(head) ? head : null;
}

/** "said in a report", "wrote in a research note on Sunday": the kind of document a person spoke in. */
const SAID_IN =
  /^\s*(?:\w+\s+){0,2}?in\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(report|note|study|analysis|paper)\b/i;

/** The kind of document a person's attribution says they spoke in ("said in a report"), or null. */
function reportOwnedAfter(text: string, sentence: Sentence, attribution: Attribution): string | null {
  const span = attribution.span;
  if (!span) return null;
  const kind = SAID_IN.exec(text.slice(span.end, Math.min(sentence.end, span.end + 60)))?.[1]?.toLowerCase();
  return kind && DOCUMENT_HEADS.has(kind) ? kind : null;
}

/** Polls and surveys, which other documents are never called. */
const isPoll = (kind: string): boolean => kind === "poll" || kind === "survey";

/** The document an attribution cites by its kind ("a draft UN report", "the latest poll by X"), or null. */
function documentCited(sentence: Sentence, text: string, attribution: Attribution): string | null {
  const span = attribution.span;
  if (!span) return null;
  // The words of the attribution and just before it: "the report by the X Institute said".
  const words = text
    .slice(Math.max(sentence.start, span.start - 40), span.end)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  return words.findLast((word) => DOCUMENT_HEADS.has(word)) ?? null;
}

/** How many organisations a reference back may reach: a long page must not make each look-up slower. */
const REMEMBERED_ORGANISATIONS = 32;

/**
 * "the U.S. Securities Industry and Financial Markets Association": a country before an
 * organisation's name is a description, not part of the name ("Federal Reserve", not "U.S. Federal
 * Reserve"), so that its abbreviation and later references match it.
 */
function withoutCountry(name: string, organisation: boolean): string {
  if (!organisation && !isOrganisation(name)) return name;
  return name.replace(/^(?:U\.S\.|US|U\.K\.|UK)\s+(?=\p{Lu})/u, "");
}

/** Adds the names to the end of the list, each once, keeping the most recent few. */
function remember(organisations: string[], names: readonly string[]): void {
  for (const name of names) {
    const at = organisations.indexOf(name);
    if (at >= 0) organisations.splice(at, 1);
    organisations.push(name);
  }
  if (organisations.length > REMEMBERED_ORGANISATIONS) {
    organisations.splice(0, organisations.length - REMEMBERED_ORGANISATIONS);
  }
}

/** Perfect and progressive auxiliaries between an unnamed subject and its verb. */
const AUXILIARY_BEFORE = new Set(["is", "was", "has", "had", "are", "were", "have"]);
/** Words that open an unnamed subject: "a top Wall Street bear cautioned", "two economists predict". */
const UNNAMED = new Set(["a", "an", "one", "two", "three", "several", "some"]);

/**
 * "a top Wall Street bear cautioned", "two top economists predict": someone unnamed reporting, whom
 * the next sentence names. True when a reporting verb's subject starts with one of UNNAMED.
 */
function reportsUnnamed(tokens: readonly Token[]): boolean {
  // "..., according to chief economists at some of the largest banks": a group the text names next.
  const according = tokens.findIndex((token, i) => token.lower === "according" && tokens[i + 1]?.lower === "to");
  if (according >= 0 && /^\p{Ll}/u.test(tokens[according + 2]?.text ?? "") && tokens[according + 2]?.pos !== "DET") {
    if (STAFF.has(tokens[according + 3]?.lower ?? "") || STAFF.has(tokens[according + 2]?.lower ?? "")) return true;
  }
  for (let i = 1; i < tokens.length; i += 1) {
    const verb = tokens[i];
    if (verb?.pos !== "VERB" || !REPORTING.has(verb.lemma)) continue;
    // "a Democratic pollster is predicting", "an analyst has warned": an auxiliary may stand between.
    const head = AUXILIARY_BEFORE.has(tokens[i - 1]?.lower ?? "") ? i - 2 : i - 1;
    if (tokens[head]?.pos !== "NOUN") continue;
    for (let j = head - 1; j >= 0 && i - j <= 7; j -= 1) {
      const token = tokens[j];
      if (!token || token.pos === "PUNCT" || token.pos === "VERB") break;
      if (UNNAMED.has(token.lower) && (j === 0 || tokens[j - 1]?.pos === "PUNCT" || tokens[j - 1]?.pos === "CCONJ")) {
        return true;
      }
    }
  }
  return false;
}

export function attributeSentences(part: Part, text: string, memory: SpeakerMemory): Map<Sentence, SentenceSpeaker> {
  const sentences = part.lines.flatMap((line) => line.sentences);
  const result = new Map<Sentence, SentenceSpeaker>();
  // "Matt Solinsky" on a speaker line, "Matt says:" below it: the page's speaker lines name people.
  if (!memory.speakerLines) {
    memory.speakerLines = speakerLinesIn(text);
    for (const line of memory.speakerLines) memory.people.add(line.name);
  }
  let lastPerson: Speaker | null = memory.lastPerson ?? null;
  // The person the text last named, quoted or not: what "he" means when nobody was quoted before.
  let lastMentioned: Speaker | null = memory.lastMentioned ?? null;
  const quotations = findQuotations(part.lines, text);
  const surveyed = new Map<Sentence, Speaker>();
  // References to a document whose owner is not known yet ("The poll predicts"), by kind.
  const unownedDocuments: { sentence: Sentence; head: string }[] = [];
  // Sentences that credit someone without an attribution of the usual form ("X quotes Y ...").
  const leadsIn = new Set<Sentence>();
  // Sentences crediting a document nobody is named for ("a new poll has suggested").
  const unnamedDocuments = new Set<Sentence>();
  // Sentences whose subject is a person, crediting no one ("Jane Smith was blunt."), by that person.
  const introducing = new Map<Sentence, Speaker>();
  let justIntroduced: Speaker | null = null;
  for (const [position, sentence] of sentences.entries()) {
    const mentioned = memory.people.learn(sentence.tokens);
    retagKnownSurnames(sentence.tokens, memory.people);
    learnAbbreviations(sentence, text, memory);
    learnRoles(sentence.tokens, text, memory);
    let attribution = attributionOutsideQuotations(sentence, text, quotationsOver(quotations, sentence));
    // "they expect" with no two people credited before: a survey's panel or a group, read as if
    // no one were credited (a survey's owner may still be carried to it).
    if (attribution?.name === "they" && !lastPerson?.name.includes("; ")) attribution = null;
    let speaker: Speaker | null = null;
    if (attribution?.group) {
      // "Authorities think", "Experts in the US warn": credited to a group nobody names.
      speaker = null;
    } else if (attribution?.pronoun) {
      if (attribution.organisation) {
        // "the bank said" again, after "the bank" was Barclays: the same description, the same
        // organisation (unless one whose name holds the head noun is named: the resolver's first choice).
        const head = referenceHead(attribution.name);
        const described = head
          ? (memory.described.get(head) ??
            (DOCUMENT_HEADS.has(head)
              ? [...memory.described].findLast(
                  ([kind]) => DOCUMENT_HEADS.has(kind) && isPoll(kind) === isPoll(head),
                )?.[1]
              : undefined))
          : undefined;
        // "the study warns" after only a poll was cited: another document, not the pollster's. (A
        // report may be called a study or an assessment later; a poll is never either.)
        const otherDocument =
          head !== null &&
          DOCUMENT_HEADS.has(head) &&
          !described &&
          [...memory.described].some(
            ([kind, owner]) =>
              DOCUMENT_HEADS.has(kind) && owner === memory.lastSpeakingOrganisation && isPoll(kind) !== isPoll(head),
          );
        // "strategists have predicted": bare staff are the organisation's only when its staff were
        // called so before ("the strategists said"); otherwise a group nobody names.
        const bareStaff = head !== null && STAFF.has(head) && attribution.name === head;
        const name =
          otherDocument || (bareStaff && !described)
            ? null
            : resolveOrganisationReference(
                attribution.name,
                memory.organisations,
                described ?? memory.lastSpeakingOrganisation,
                memory.lastOrganisation,
              );
        if (name && head) memory.described.set(head, name);
        // "The ministry expects ... It also sees": an organisation nobody named speaks on, and
        // none named before is meant by "it".
        if (!name && !bareStaff) {
          memory.lastSpeakingOrganisation = null;
          memory.lastOrganisation = null;
        }
        speaker = name ? { name, affiliation: null } : null;
        // A person's report speaks for them, not for an organisation "it" could mean later.
        if (name && (isOrganisation(name) || !memory.people.knows(name))) memory.lastSpeakingOrganisation = name;
      } else {
        // "One look at this chart and Jeffrey Saut, strategist at X, is bullish. “...,” he told CNBC":
        // "he" with nobody quoted before is the person the text last named.
        // "they" is the people credited together last ("Bremmer and Kupchan wrote"), else a group.
        // "the French president said" after an economist was quoted: the person introduced with the role.
        const holder = memory.roles?.get(attribution.name);
        // "Jane Smith of Nomura is more upbeat. “...,” she said": the person the sentence before
        // was about, though someone else was quoted before that.
        // ("she added" goes on with the person quoted last).
        const goesOn = /\b(?:he|she)\s+(?:added|adds|continued|continues|went on)\b/i.test(
          text.slice(sentence.start, sentence.end),
        );
        const recent = (attribution.name === "he" || attribution.name === "she") && !goesOn ? justIntroduced : null;
        speaker =
          holder && holder !== lastPerson?.name
            ? { name: holder, affiliation: memory.affiliations.get(holder) ?? null }
            : (recent ??
              lastPerson ??
              (attribution.name === "it" || attribution.name === "they" ? null : lastMentioned));
      }
    } else if (attribution?.described) {
      // "A senior Israeli official said": who speaks is the description; "he added" goes on with them.
      speaker = { name: attribution.name, affiliation: null, described: true };
      lastPerson = speaker;
    } else if (attribution) {
      // "the CBO projected" after "the Congressional Budget Office": the name in full.
      const name =
        expandName(attribution.name, memory) ??
        memory.people.resolve(withoutCountry(attribution.name, attribution.organisation === true));
      // "Kowalczyk said" after "Marta Kowalczyk, chief economist at X, said": the same person.
      if (attribution.affiliation) {
        memory.affiliations.set(name, attribution.affiliation);
        for (const word of attribution.affiliation.toLowerCase().split(/[\s,]+/)) {
          if (ROLE_REFERENCES.has(word)) (memory.roles ??= new Map()).set(word, name);
        }
      }
      speaker = { name, affiliation: attribution.affiliation ?? memory.affiliations.get(name) ?? null };
      // "Mr Lee, the bank's chief economist, expects": one word, but a person by title or role.
      const person = !name.includes(" ") && namedAsPerson(name, text.slice(sentence.start, sentence.end), attribution);
      if (person) memory.people.add(name);
      const unknownWord = !name.includes(" ") && !memory.people.knows(name);
      if (attribution.organisation || isOrganisation(name) || unknownWord) {
        memory.lastOrganisation = name;
        memory.lastSpeakingOrganisation = name;
        remember(memory.organisations, [name]);
        // "according to a draft UN report", "the latest poll by X": later "the report" is the UN's.
        const cited = documentCited(sentence, text, attribution);
        if (cited) memory.described.set(cited, name);
      } else {
        lastPerson = speaker;
        // "..., analyst Kuo Ming-chi said in a report on Sunday": later "the report" is his.
        const own = reportOwnedAfter(text, sentence, attribution);
        if (own) memory.described.set(own, name);
      }
    }
    // Organisations named along the way: "colleagues at Morgan Stanley", "the Intergovernmental Panel...".
    // "The ABA advisory committee" after "the American Bankers Association": the name in full.
    const written = organisationsIn(sentence.tokens, text);
    const named = written.map((name) => expandName(name, memory) ?? name);
    // "colleagues at Morgan Stanley aren't forecasting": the speaker is an organisation the sentence names.
    if (speaker && !attribution?.pronoun && named.includes(speaker.name))
      memory.lastSpeakingOrganisation = speaker.name;
    remember(memory.organisations, named);
    const owner = written.length > 0 ? surveyOwnerIn(text.slice(sentence.start, sentence.end), written) : null;
    if (owner) surveyed.set(sentence, { name: expandName(owner, memory) ?? owner, affiliation: null });
    // Only a sentence that names an organisation can name one in its subject.
    const firstVerb =
      named.length > 0 ? sentence.tokens.findIndex((token) => token.pos === "VERB" || token.pos === "AUX") : -1;
    const inSubject =
      firstVerb > 0
        ? organisationsIn(sentence.tokens.slice(0, firstVerb), text).map((name) => expandName(name, memory) ?? name)
        : [];
    if (inSubject.length > 0 && !(attribution && speaker)) {
      memory.lastSpeakingOrganisation = inSubject[inSubject.length - 1] ?? memory.lastSpeakingOrganisation;
    }
    if (named.length > 0 && !(attribution && !attribution.pronoun && isOrganisation(speaker?.name ?? ""))) {
      memory.lastOrganisation = named[named.length - 1] ?? memory.lastOrganisation;
    }
    if (speaker && !attribution?.organisation && !isOrganisation(speaker.name) && speaker.name.includes(" ")) {
      lastPerson = speaker;
    }
    // "Foreign Minister Sergei Lavrov struck a harsher tone. The West, he said, ...": "he" is the
    // person the sentence before was about, even when it quoted nobody.
    const subject = attribution ? null : personSubject(sentence.tokens);
    if (subject) {
      const name = memory.people.resolve(subject);
      lastPerson = { name, affiliation: memory.affiliations.get(name) ?? null };
    }
    // "Jane Smith, chief economist at Nomura, was blunt.": the person a quotation opening the next
    // paragraph belongs to, when it credits no one.
    const about = attribution ? null : (subject ?? nameBeforeBe(sentence.tokens));
    if (about) {
      const name = memory.people.resolve(about);
      introducing.set(sentence, { name, affiliation: memory.affiliations.get(name) ?? null });
    }
    // A person with an employer as the subject of "be" ("Jane Smith of Nomura is more upbeat."):
    // whom "she" in the next sentence means.
    const employed = attribution ? null : nameBeforeBe(sentence.tokens, true);
    justIntroduced = employed ? { name: memory.people.resolve(employed), affiliation: null } : null;
    // "Business Insider quotes Goldman Sachs on Friday reiterating its call": the one quoted speaks.
    if (!attribution && !speaker) {
      const quoted = quotedByAnother(sentence.tokens, text);
      if (quoted) {
        const name = expandName(quoted, memory) ?? memory.people.resolve(quoted);
        speaker = { name, affiliation: memory.affiliations.get(name) ?? null };
        leadsIn.add(sentence);
        if (isOrganisation(name) || !name.includes(" ") || !memory.people.knows(name)) {
          memory.lastSpeakingOrganisation = name;
          memory.lastOrganisation = name;
          remember(memory.organisations, [name]);
        }
      }
    }
    // "The central bank chief said: “According to the NBP's forecasts, inflation will fall”": a
    // person presenting an organisation's forecasts speaks for it (as a president a survey's panel).
    const forecastsOf = FORECASTS_OF.exec(text.slice(sentence.start, sentence.end))?.[1];
    if (forecastsOf && !isWhen(forecastsOf)) {
      const name = expandName(forecastsOf, memory) ?? forecastsOf;
      speaker = { name, affiliation: null };
      remember(memory.organisations, [name]);
    }
    // "The OBR upgraded its outlook ... It downgraded next year's growth and slashed forecasts for
    // 2019": "It" revising or making forecasts is the organisation the text was last about.
    const reviser = !attribution && !speaker ? revisingSubject(sentence.tokens) : null;
    const reviserName = reviser?.startsWith("name:") ? reviser.slice("name:".length) : null;
    const revising = reviserName
      ? (expandName(reviserName, memory) ?? reviserName)
      : reviser === "it"
        ? memory.lastSpeakingOrganisation
        : reviser
          ? (memory.described.get(reviser) ?? memory.lastSpeakingOrganisation)
          : null;
    if (reviserName && revising) {
      memory.lastSpeakingOrganisation = revising;
      remember(memory.organisations, [revising]);
    }
    if (revising) speaker = { name: revising, affiliation: null };
    // "the report forecasts EVs will be 11.2 million", "our model predicts" (the tagger read the
    // verb as a noun): a document named before, with its owner, states it.
    if (!attribution && !speaker) {
      const stating = documentStating(sentence.tokens, text);
      const owner = stating?.owner
        ? (expandName(stating.owner, memory) ?? spelledOutBefore(stating.owner, text, sentence.start) ?? stating.owner)
        : stating
          ? documentOwnerKnown(stating.kind, memory)
          : undefined;
      if (owner) speaker = { name: owner, affiliation: null };
    }
    // "That’s the suggestion from the latest Deloitte report, which estimates ...", "The survey ...
    // was carried out by Focaldata and forecasts ...": a document's owner named in passing.
    const document = attribution ? null : documentOwner(sentence.tokens, text);
    if (document) {
      const owner = expandName(document.owner, memory) ?? document.owner;
      memory.described.set(document.head, owner);
      remember(memory.organisations, [owner]);
      memory.lastOrganisation = owner;
      if (!speaker && document.speaks) {
        speaker = { name: owner, affiliation: null };
        leadsIn.add(sentence);
        memory.lastSpeakingOrganisation = owner;
      }
      // "The poll predicts ..." before the poll's owner was named: the same document's.
      for (const earlier of unownedDocuments) {
        const own = result.get(earlier.sentence);
        if (own && !own.speaker && sameDocument(earlier.head, document.head)) {
          result.set(earlier.sentence, { attribution: own.attribution, speaker: { name: owner, affiliation: null } });
        }
      }
      unownedDocuments.length = 0;
      // "Third of car sales will be electric by 2030. That’s the suggestion from the latest Deloitte
      // report": the sentence before is the owner's.
      const before = sentences[position - 1];
      const previous = before ? result.get(before) : undefined;
      if (
        before &&
        previous &&
        !previous.speaker &&
        !previous.attribution &&
        POINTS_BACK.test(text.slice(sentence.start, sentence.end))
      ) {
        result.set(before, { attribution: null, speaker: { name: owner, affiliation: null } });
      }
    }
    // The same when the sentence's own attribution names the owner ("the latest Harwick report,
    // which estimates", "was carried out by Brightline and forecasts"): the lede before it, and a
    // document of the same kind met before its owner, are the owner's.
    if (!document && attribution && !attribution.pronoun && speaker) {
      const words = text.slice(sentence.start, sentence.end);
      const before = sentences[position - 1];
      const previous = before ? result.get(before) : undefined;
      if (before && previous && !previous.speaker && !previous.attribution && POINTS_BACK.test(words)) {
        result.set(before, { attribution: null, speaker: { name: speaker.name, affiliation: null } });
      }
      // The document words the sentence holds, read off its tokens (no pattern built per sentence).
      const heads = sentence.tokens.filter((token) => DOCUMENT_HEADS.has(token.lower)).map((token) => token.lower);
      for (const earlier of unownedDocuments) {
        const own = result.get(earlier.sentence);
        if (own && !own.speaker && heads.some((head) => sameDocument(earlier.head, head))) {
          result.set(earlier.sentence, {
            attribution: own.attribution,
            speaker: { name: speaker.name, affiliation: null },
          });
        }
      }
      if (heads.length > 0) unownedDocuments.length = 0;
    }
    if (attribution?.pronoun && attribution.organisation && !speaker) {
      const head = referenceHead(attribution.name);
      if (head && DOCUMENT_HEADS.has(head)) unownedDocuments.push({ sentence, head });
      // "..., the market researchers say. A new report from Gartner predicts ...": named next.
      if (head && STAFF.has(head)) unnamedDocuments.add(sentence);
    }
    // "..., a new poll has suggested", "according to a new in-depth survey and model": a document
    // nobody is named for yet, whose owner the next sentences name.
    if (!attribution && !speaker) {
      const kind = UNNAMED_DOCUMENT.exec(text.slice(sentence.start, sentence.end))?.[1]?.toLowerCase();
      if (kind) {
        unownedDocuments.push({ sentence, head: kind });
        unnamedDocuments.add(sentence);
      }
    }
    result.set(sentence, { attribution, speaker });
    const person = mentioned.at(-1) ?? (attribution ? null : nameBeforeBe(sentence.tokens));
    if (person) lastMentioned = { name: memory.people.resolve(person), affiliation: null };
  }
  // A survey's own figures first: "A majority of respondents expect" is the survey's, not the next name's.
  carrySurveyForward(sentences, result, surveyed);
  carryUnnamedForward(sentences, result);
  creditUnnamedDocuments(sentences, result, unnamedDocuments, memory, leadsIn);
  carryReferenceBack(part, result);
  creditStudyToAuthors(sentences, text, memory, result);
  carryStudyAuthorForward(sentences, text, memory, result);
  carryThroughQuotations(quotations, text, sentences, result, leadsIn, introducing);
  carryDocumentForward(sentences, text, result);
  carryParagraphForward(part, text, result);
  carryWhatBack(part, text, result);
  creditUnderSpeakerLines(part, text, memory, result);
  creditAnswersToInterviewee(part, text, memory, result);
  for (const [sentence, own] of result) {
    if (
      !own.speaker &&
      (own.attribution ||
        CITES_SOMEONE.test(text.slice(sentence.start, sentence.end)) ||
        MARKET_VIEW.test(text.slice(sentence.start, sentence.end)))
    ) {
      result.set(sentence, { ...own, unnamed: true });
    }
  }
  memory.lastPerson = lastPerson;
  memory.lastMentioned = lastMentioned;
  return result;
}

/**
 * Words that credit a sentence to someone whether or not the name resolves: ", said the driver",
 * ", the exchange said", "according to its calendar".
 */
const CITES_SOMEONE =
  /\baccording to\b|,\s*(?:said|says|say|told|tells|added|adds|noted|notes|warned|warns)\s+(?:(?:the|a|an|its|their)\s|\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll})|,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:said|says|say|noted|notes|added|adds|warned|warns)\b/iu;

/** The market's pricing, nobody's view: "Markets now expect", "Investors see", "Traders are betting". */
const MARKET_VIEW =
  /^(?:(?:but|and|however|still|yet),?\s+)?(?:markets|investors|traders|futures)\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?(?:expect|predict|see|think|believe|bet|price|are betting|are pricing)\b/i;

/** "This is what X told NOVA NEWS", "That is what the bank expects", "Those were the words of X". */
const WHAT_BACK =
  /^(?:(?:(?:this|that|these|those|such)\s+(?:is|are|was|were)|(?:this|that)['’]s)\s+(?:what|the\s+(?:view|forecast|prediction|assessment|words)\s+of)|so\s+(?:says|said|predicts|believes|argues))\b/i;
/** How many sentences before "This is what X said" may be X's. */
const WHAT_REACH = 4;

/**
 * "Most likely, turnout will be lower. Seven parties are almost certain to get in. / This is what
 * sociologist Yuliy Pavlov told NOVA NEWS.": a sentence that credits what came before it ("This is
 * what X said") gives its speaker to the sentences before it with none of their own, back to the
 * start of its paragraph, or of the one before when it opens its own (up to WHAT_REACH sentences).
 */
function carryWhatBack(part: Part, text: string, result: Map<Sentence, SentenceSpeaker>): void {
  const sentences = part.lines.flatMap((line) => line.sentences);
  for (const [index, sentence] of sentences.entries()) {
    const own = result.get(sentence);
    if (!own?.speaker || !WHAT_BACK.test(text.slice(sentence.start, sentence.end))) continue;
    const opensLine = index === 0 || sentences[index - 1]!.line !== sentence.line;
    const line = opensLine ? sentence.line - 1 : sentence.line;
    for (let back = index - 1; back >= 0 && index - back <= WHAT_REACH; back -= 1) {
      const earlier = sentences[back]!;
      if (earlier.line !== line) break;
      const theirs = result.get(earlier);
      if (theirs?.attribution || theirs?.speaker) break;
      result.set(earlier, { attribution: null, ...theirs, speaker: own.speaker });
    }
  }
}

/**
 * A person's full name opening a sentence as the subject of its verb, after any title: "Foreign
 * Minister Sergei Lavrov struck", "Ana Ruiz disagrees". Two or three proper nouns, then a verb
 * (not "is": "New York is" describes); null for anything else, organisations included.
 */
function personSubject(tokens: readonly Token[]): string | null {
  // "Her colleague Tom Berg is less sure": a person described before the name; then "is" is no
  // place's ("New York is") and counts as the verb.
  let lead = 0;
  if (/^(?:her|his|their|our|its|the)$/i.test(tokens[0]?.text ?? "")) {
    let i = 1;
    // "The bank's chief economist": a possessive on the way.
    const word = (token: Token | undefined) =>
      (token?.pos === "ADJ" || token?.pos === "NOUN") && /^\p{Ll}/u.test(token.text);
    while (i < 6 && (word(tokens[i]) || (["'s", "’s"].includes(tokens[i]?.lower ?? "") && i > 1))) i += 1;
    if (i > 1 && COLLEAGUES.has(tokens[i - 1]!.lower)) lead = i;
  }
  // "But Bo Lee, a strategist at Harlow Capital, disagreed": a conjunction opening the sentence.
  if (lead === 0 && /^(?:But|And|Yet|Still|Meanwhile)$/.test(tokens[0]?.text ?? "") && tokens[1]?.pos === "PROPN")
    lead = 1;
  let end = lead;
  while (end < tokens.length && end < lead + 6 && /^\p{Lu}/u.test(tokens[end]!.text) && tokens[end]!.pos !== "VERB")
    end += 1;
  if (lead > 0 && tokens[end]?.pos === "AUX" && tokens[end]!.lemma === "be") {
    const run = tokens.slice(lead, end);
    if (run.length >= 2 && run.length <= 3 && run.every((token) => token.pos === "PROPN")) {
      return run.map((token) => token.text).join(" ");
    }
  }
  // "Tom Reyes, a strategist at Harlow Capital, disagrees": the verb after an apposition.
  let verb = end;
  if (tokens[end]?.text === ",") {
    const apposition = appositionEnd(tokens, end);
    if (apposition >= 0 && tokens[apposition + 1]?.text === ",") verb = apposition + 2;
  }
  // "Jeffrey Saut, chief investment strategist at Raymond James, is feeling bullish": an auxiliary
  // and the verb it carries.
  const carried = tokens[verb]?.pos === "AUX" && (tokens[verb + 1]?.pos === "VERB" || tokens[verb + 2]?.pos === "VERB");
  if (tokens[verb]?.pos !== "VERB" && !(carried && verb > end)) return null;
  let first = lead;
  for (let i = lead; i < end; i += 1) if (PERSON_TITLES.has(tokens[i]!.lower)) first = i + 1;
  const run = tokens.slice(first, end);
  if (run.length < 2 || run.length > 3 || run.some((token) => token.pos !== "PROPN")) return null;
  const name = run.map((token) => token.text).join(" ");
  return isOrganisation(name) ? null : name;
}

/**
 * "Jane Smith was upbeat.", "Jane Smith of Nomura is more cautious.", "Tom Berg has a simple view.":
 * a person's name opening the sentence as the subject of "be" or "have" (two or three capitalised words, perhaps "of" or "at" and where
 * they work), whom a later "she" may mean when nobody was quoted. The name, or null.
 */
function nameBeforeBe(tokens: readonly Token[], employed = false): string | null {
  let end = 0;
  while (end < 4 && tokens[end]?.pos === "PROPN" && isCapitalised(tokens[end])) end += 1;
  if (end < 2 || end > 3) return null;
  let verb = end;
  if (tokens[verb]?.lower === "of" || tokens[verb]?.lower === "at") {
    verb += tokens[verb + 1]?.lower === "the" ? 2 : 1;
    const start = verb;
    while (verb - start < 5 && isCapitalised(tokens[verb])) verb += 1;
    if (verb === start) return null;
  } else if (employed) return null;
  // "Tom Berg has a simple view": "have" as the main verb too.
  const main = tokens[verb]?.lemma === "have" && tokens[verb + 1]?.pos !== "VERB";
  if (tokens[verb]?.pos !== "AUX" || (tokens[verb]!.lemma !== "be" && !main)) return null;
  const name = tokens
    .slice(0, end)
    .map((token) => token.text)
    .join(" ");
  return isOrganisation(name) || tokens.slice(0, end).some((token) => CALENDAR.has(token.lower)) ? null : name;
}

/** Nouns that describe a person by their relation or role before the name: "Her colleague Tom Berg". */
const COLLEAGUES = new Set([
  "colleague",
  "boss",
  "deputy",
  "successor",
  "predecessor",
  "rival",
  "counterpart",
  "economist",
  "analyst",
  "strategist",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "adviser",
  "advisor",
  "partner",
  "founder",
  "director",
  "minister",
]);

/** The quotations that overlap a sentence (both lists in text order): a few, not the page's all. */
function quotationsOver(quotations: readonly Quotation[], sentence: Sentence): Quotation[] {
  let low = 0;
  let high = quotations.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (quotations[middle]!.end > sentence.start) high = middle;
    else low = middle + 1;
  }
  const over: Quotation[] = [];
  for (let i = low; i < quotations.length && quotations[i]!.start < sentence.end; i += 1) over.push(quotations[i]!);
  return over;
}

/**
 * The sentence's attribution, looked for again among the words outside quotations when the first
 * one found is inside one (“... Mayor Pryce has said that ...,” Haddad wrote).
 */
function attributionOutsideQuotations(
  sentence: Sentence,
  text: string,
  quotations: readonly Quotation[],
): Attribution | null {
  const first = findAttribution(sentence.tokens, text);
  if (!first || quotations.length === 0 || outsideQuotations(first, sentence, text, quotations)) return first;
  const outside = sentence.tokens.filter(
    (token) => !quotations.some((q) => q.start < token.start && token.start < q.end - 1),
  );
  return outsideQuotations(findAttribution(outside, text), sentence, text, quotations);
}

/**
 * An attribution the article makes, or null when its words are inside a quotation: in "“I think the
 * Fed will cut. Chair Powell has stated that ...,” Duy wrote", Powell is quoted by Duy and speaks
 * for no one; the quotation is Duy's.
 */
function outsideQuotations(
  attribution: Attribution | null,
  sentence: Sentence,
  text: string,
  quotations: readonly Quotation[],
): Attribution | null {
  if (!attribution) return null;
  if (quotations.length === 0) return attribution;
  const inside = (offset: number): boolean => quotations.some((q) => q.start < offset && offset < q.end - 1);
  if (attribution.span) return inside(attribution.span.start) ? null : attribution;
  // No span: look for the name as written among the sentence's words outside every quotation.
  let outside = "";
  for (let at = sentence.start; at < sentence.end; at += 1) outside += inside(at) ? " " : text[at];
  const word = (attribution.name.split(" ")[0] ?? attribution.name).toLowerCase();
  return outside.toLowerCase().includes(word) ? attribution : null;
}

/** How many sentences of a paragraph may go on with the reported view before them. */
const PARAGRAPH_REACH = 2;

/**
 * "He noted that the party will gain 28 seats. In the event of a sweep, its majority would grow.
 * However, a sweep the other way would still leave it ahead.": the rest of a paragraph that opens
 * by reporting someone's view, in the conditional or the future with no attribution of its own,
 * goes on reporting it. Up to PARAGRAPH_REACH sentences; a group's own view ("analysts expect")
 * or another speaker ends the run, and so does a sentence in the first person or a quotation; a
 * sentence that quotes starts none (after "“...,” said X." the writer speaks again).
 */
function carryParagraphForward(part: Part, text: string, result: Map<Sentence, SentenceSpeaker>): void {
  for (const line of part.lines) {
    let speaker: Speaker | null = null;
    let since = 0;
    for (const sentence of line.sentences) {
      const own = result.get(sentence);
      if (!own) continue;
      if (own.attribution || own.speaker) {
        // Only reported speech runs on: after a quotation, words outside quotation marks are the writer's.
        const quotes = /[“”"]/.test(text.slice(sentence.start, sentence.end));
        speaker = quotes ? null : own.speaker;
        since = 0;
        continue;
      }
      since += 1;
      if (!speaker) continue;
      const first = sentence.tokens.find((token) => /[\p{L}\p{N}]/u.test(token.text));
      const firstPerson = ["i", "we", "our", "my"].includes(first?.lower ?? "");
      const quoted = QUOTE_OPENERS.test(sentence.tokens[0]?.text ?? "");
      if (
        since > PARAGRAPH_REACH ||
        firstPerson ||
        quoted ||
        groupReports(sentence.tokens) ||
        WRITER_JUDGES.test(text.slice(sentence.start, sentence.end))
      ) {
        speaker = null;
        continue;
      }
      result.set(sentence, { ...own, speaker });
    }
  }
}

const QUOTE_OPENERS = /^["“‘«]/;
/** The writer judging what was reported: "However, this is unlikely", "That seems doubtful". */
const WRITER_JUDGES =
  /^(?:(?:however|but|yet|still),?\s+)?(?:this|that|such an? \w+|both|neither)\s+(?:is|seems|looks|appears|sounds)\s+(?:\w+\s+)?(?:unlikely|likely|doubtful|improbable|far-fetched|optimistic|pessimistic|plausible)\b/i;

/** Words that open a sentence by pointing back at the one before: "This would result in...". */
const POINTING_BACK = new Set(["this", "that", "these", "such"]);

/**
 * "BofA projected the surplus will rise to 890,000 b/d. This would result in inventory builds of
 * 100 million bbl.": in the same paragraph, a sentence with no attribution that opens by pointing
 * back at a reported forecast goes on with it, and is the same speaker's.
 */
function carryReferenceBack(part: Part, result: Map<Sentence, SentenceSpeaker>): void {
  for (const line of part.lines) {
    for (let index = 1; index < line.sentences.length; index += 1) {
      const sentence = line.sentences[index]!;
      const own = result.get(sentence);
      if (!own || own.speaker || own.attribution) continue;
      if (!POINTING_BACK.has(sentence.tokens[0]?.lower ?? "")) continue;
      const before = result.get(line.sentences[index - 1]!);
      // The forecast before may have its speaker from a survey carried forward ("85 percent said").
      if (before?.speaker) result.set(sentence, { ...own, speaker: before.speaker });
    }
  }
}

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
function creditStudyToAuthors(
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

/** How many sentences after an organisation's forecast its panel's figures may follow. */
const SURVEY_REACH = 3;
/** A share of a panel as the subject: "85 percent said", "almost half (46.7%) expect", "most expect". */
const PANEL_SHARE =
  /^(?:\d[\d.,]*\s*(?:%|percent\b|per cent\b)|(?:almost |nearly |about |roughly )?(?:half|most|a majority|the majority|two-thirds|a third|a quarter)\b)/i;
/** "... survey found that most (87%) believe ... and almost half (46.7%) expect": a share further in. */
const PANEL_SHARE_INSIDE =
  /\b(?:survey|poll|panel)\b.{0,80}\b(?:found|finds|shows|showed)\b.{0,120}\b(?:that|and) (?:almost |nearly |about )?(?:half|most|a majority|\d[\d.,]*\s*(?:%|percent|per cent))/i;
/** The panel by pronoun, forecasting: "they project", "They now see", "They also expect". */
const PANEL_FORECAST = /^they (?:\w+ )?(?:expect|see|project|forecast|predict|anticipate)\b/i;
/** The panel's forecast as the subject: "Their forecast for 2027 inflation", "The median forecast for growth". */
const FORECAST_SUBJECT =
  /^(?:(?:the|their|its) )?(?:(?:median|average|mean|consensus|latest|new) )?(?:forecasts?|projections?|estimates?) (?:for|of|from)\b/i;
/** A forecast in the passive, with no one named: "Unemployment is projected to rise", "is now expected to". */
const PASSIVE_FORECAST =
  /\b(?:is|are)\s+(?:(?:also|now|still)\s+)?(?:projected|forecast|seen|expected|estimated)\s+(?:to\b|\w+ing\b)/i;
/** A survey's summary figure as the subject: "The median forecast for 2027", "The panel's consensus estimate". */
const MEDIAN_SUBJECT =
  /^(?:(?:the|their|its) )?(?:\S+ ['’]s )?(?:median|consensus) (?:forecasts?|projections?|estimates?)\b/i;
/** A sentence that cites a survey or its panel: the organisation it names or quotes is the survey's owner. */
const CITES_SURVEY = /\b(?:survey|surveyed|poll|polled|panel|panelists|panellists|respondents)\b/i;
const escaped = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * "Economists surveyed by X", "the Survey of Forecasters released today by X", "X's spring
 * survey": the organisation whose survey a sentence cites, or null. Not one merely named in the
 * same sentence ("the survey marks a third cut, according to an economist at Y").
 */
function surveyOwnerIn(words: string, named: readonly string[]): string | null {
  if (!CITES_SURVEY.test(words)) return null;
  for (const name of named) {
    const by = new RegExp(
      `\\b(?:survey(?:ed)?|poll(?:ed)?|panel|forecasters)\\b[^.;]{0,80}?\\b(?:by|from|of) (?:the )?${escaped(name)}`,
      "i",
    );
    const owns = new RegExp(`${escaped(name)}['’]s(?: [\\w-]+){0,3} (?:survey|poll|panel)\\b`, "i");
    if (by.test(words) || owns.test(words)) return name;
  }
  return null;
}

/**
 * The survey's panel as the subject, by what it is: "Panelists forecast", "Four-fifths of
 * respondents expect", "NABE forecasters expect", "The panel of 36 economists in the report
 * forecast", "Our forecasters expect" (not "forecasters at another bank").
 */
const PANEL_SUBJECT =
  /^(?:(?:the|our|its|their)\s+|(?:[\p{Lu}][\p{L}&.'’-]*\s+){1,3})?(?:(?:\S+\s+){0,3}of\s+(?:the\s+)?)?(?:panelists|panellists|respondents|forecasters|panel(?:\s+of\b[^,]{0,40}?)?)\s+(?!at\b|from\b|with\b|of\b)(?:\S+\s+)?(?:in\s+\S+(?:\s+\S+){0,5}?\s+)?(?:expect|see|forecast|project|predict|anticipate|estimate)s?\b/iu;

/**
 * "Most economists expect a cut, according to a survey by X. 85 percent said ... Unemployment is
 * projected to rise ...": the figures that follow an organisation's survey or forecast, as shares
 * of its panel, its panel as "they", its forecast as the subject ("The median forecast for growth
 * is") or in the passive with no one named, are the organisation's. Not "is widely
 * expected", which is everyone's; a sentence with an attribution of its own ends the run.
 */
function carrySurveyForward(
  sentences: readonly Sentence[],
  result: Map<Sentence, SentenceSpeaker>,
  surveyed: ReadonlyMap<Sentence, Speaker>,
): void {
  let owner: Speaker | null = null;
  let since = 0;
  // The organisation whose survey the article reports: its panel keeps speaking for it, however far on.
  let surveyOwner: Speaker | null = null;
  for (const sentence of sentences) {
    const own = result.get(sentence);
    if (!own) continue;
    const words = sentence.tokens.map((token) => token.text).join(" ");
    const opening = words.replace(
      /^(?:\( )?(?:In [^,]{1,60}, |(?:Meanwhile|However|Still|Yet|Instead|Also) , |And |But |[“"] )?/i,
      "",
    );
    const ownOrganisation =
      own.speaker && (own.attribution?.organisation || isOrganisation(own.speaker.name)) ? own.speaker : null;
    if (ownOrganisation && CITES_SURVEY.test(words)) surveyOwner = ownOrganisation;
    else if (surveyed.has(sentence)) {
      surveyOwner = surveyed.get(sentence)!;
      // "Economists surveyed by X lowered their forecasts. However, they expect ...": the panel speaks on.
      if (!own.speaker) {
        owner = surveyOwner;
        since = 0;
        continue;
      }
    }
    // "Panelists forecast ...", "“Four-fifths of panelists expect ...,” according to its president":
    // the panel's figures are the survey's, even when a person reads them out. The panel "in the
    // report" with no name of its own is the same survey's too.
    const panelSpeaks = PANEL_SUBJECT.test(opening) || (!own.speaker && MEDIAN_SUBJECT.test(opening));
    if (surveyOwner && (!own.speaker || !ownOrganisation) && panelSpeaks) {
      result.set(sentence, { ...own, speaker: surveyOwner });
      owner = surveyOwner;
      since = 0;
      continue;
    }
    if (own.attribution) {
      owner = ownOrganisation;
      since = 0;
      continue;
    }
    since += 1;
    if (!owner || since > SURVEY_REACH || own.speaker) continue;
    const share = PANEL_SHARE.test(opening) || PANEL_SHARE_INSIDE.test(words);
    const panel = PANEL_FORECAST.test(opening) || FORECAST_SUBJECT.test(opening);
    if (share || panel || (PASSIVE_FORECAST.test(words) && !/\bwidely\s+(?:expected|seen)/i.test(words))) {
      result.set(sentence, { ...own, speaker: owner });
      since = 0;
    }
  }
}

/** "Two top economists predict X." followed by "A and B say Y.": X is theirs too. */
function carryUnnamedForward(sentences: readonly Sentence[], result: Map<Sentence, SentenceSpeaker>): void {
  for (const [index, sentence] of sentences.entries()) {
    const own = result.get(sentence);
    if (!own || (own.speaker && !own.speaker.described) || !reportsUnnamed(sentence.tokens)) continue;
    const next = sentences[index + 1];
    const named = next ? result.get(next) : undefined;
    if (named?.speaker && named.attribution && !named.attribution.pronoun) {
      result.set(sentence, { ...own, speaker: named.speaker });
    }
  }
}

/** Index of the first sentence that ends after `offset` (sentences in order, not overlapping). */
function firstEndingAfter(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The sentences that overlap [start, end). */
function overlapping(sentences: readonly Sentence[], start: number, end: number): Sentence[] {
  const found: Sentence[] = [];
  for (let i = firstEndingAfter(sentences, start); i < sentences.length && sentences[i]!.start < end; i += 1) {
    found.push(sentences[i]!);
  }
  return found;
}

/** Sentences inside a quotation without an attribution of their own take the quotation's speaker. */
function carryThroughQuotations(
  quotations: readonly Quotation[],
  text: string,
  sentences: readonly Sentence[],
  result: Map<Sentence, SentenceSpeaker>,
  leadsIn: ReadonlySet<Sentence>,
  introducing: ReadonlyMap<Sentence, Speaker>,
): void {
  if (quotations.length === 0) return;
  /** Each quotation's speaker: the first of its sentences that has one. */
  const speakers: (Speaker | undefined)[] = quotations.map(
    (quotation) =>
      overlapping(sentences, quotation.start, quotation.end)
        .map((sentence) => result.get(sentence)?.speaker)
        .find((speaker) => speaker) ?? undefined,
  );
  // "“...,” conceded a top strategist": a quotation credited to someone nobody names is theirs.
  const unnamed = quotations.map((quotation) =>
    overlapping(sentences, quotation.start, quotation.end).some((sentence) => result.get(sentence)?.attribution?.group),
  );
  // "“A,” said X. “B.”": a quotation with no speaker of its own, after one that has, with nothing
  // between them but attributions, is the same person's.
  for (let index = 1; index < quotations.length; index += 1) {
    const previous = quotations[index - 1]!;
    const quotation = quotations[index]!;
    if (speakers[index] || unnamed[index] || !speakers[index - 1]) continue;
    const narrative = overlapping(sentences, previous.end, quotation.start).some((sentence) => {
      const outside = text.slice(Math.max(sentence.start, previous.end), Math.min(sentence.end, quotation.start));
      return !result.get(sentence)?.attribution && /\p{L}/u.test(outside);
    });
    if (!narrative) speakers[index] = speakers[index - 1];
  }
  // "Goldman Sachs said in a note on Friday. / “We see ...”": a quotation with no speaker of its
  // own that opens a paragraph is the person or organisation the sentence just before credits.
  for (const [index, quotation] of quotations.entries()) {
    if (speakers[index] || unnamed[index]) continue;
    const lineStart = text.lastIndexOf("\n", quotation.start - 1) + 1;
    if (text.slice(lineStart, quotation.start).trim() !== "") continue;
    const before = sentences.findLast((sentence) => sentence.end <= quotation.start);
    if (!before || before.end < lineStart - 2 || text.slice(before.end, lineStart).includes("\n\n\n")) continue;
    const own = result.get(before);
    // The credit is the sentence's own, not a quotation's it closes.
    if (quotations.some((q) => q.start < before.end && before.start < q.end)) continue;
    // "Jane Smith, chief economist at Nomura, was blunt. / “We expect two cuts.”": the person the
    // sentence is about, when it credits no one.
    const credited = overlapping(sentences, quotation.start, quotation.end).some(
      (sentence) => result.get(sentence)?.attribution,
    );
    const about = own && !own.speaker && !own.attribution && !credited ? introducing.get(before) : undefined;
    if (about) speakers[index] = about;
    if (!own?.speaker || !(own.attribution || leadsIn.has(before))) continue;
    speakers[index] = own.speaker;
  }
  for (const [index, quotation] of quotations.entries()) {
    const speaker = speakers[index];
    if (!speaker) continue;
    for (const sentence of overlapping(sentences, quotation.start, quotation.end)) {
      const own = result.get(sentence);
      if (!own || own.speaker) continue;
      // The sentence belongs to the quotation when its first word is inside it.
      // (A word, not a list's bullet: "• “I think ...”" is still the quotation's.)
      const firstWord = sentence.tokens.find((token) => /[\p{L}\p{N}]/u.test(token.text)) ?? sentence.tokens[0];
      const at = firstWord?.start ?? sentence.start;
      if (quotation.start <= at && at < quotation.end) result.set(sentence, { ...own, speaker });
    }
  }
}

/**
 * A sentence in which a group reports a view of its own: "Most analysts expect", "..., diplomats
 * say" (a plural noun as the subject of a verb of saying or thinking).
 */
function groupReports(tokens: readonly Token[]): boolean {
  const verb = tokens.findIndex((token) => token.pos === "VERB" || token.pos === "AUX");
  const subject = tokens[verb - 1];
  // "Experts predict": a group's word opening the sentence, capitalised, which the tagger may read as a name.
  const group = subject?.pos === "NOUN" || (verb === 1 && GROUPS.has(subject!.lower));
  if (verb > 0 && tokens[verb]!.pos === "VERB" && REPORTING.has(tokens[verb]!.lemma) && group) {
    return true;
  }
  return tokens.some(
    (token, i) =>
      token.pos === "VERB" &&
      REPORTING.has(token.lemma) &&
      tokens[i - 1]?.pos === "NOUN" &&
      /s$/.test(tokens[i - 1]!.lower) &&
      tokens[i - 2]?.text === ",",
  );
}

/** How many sentences after a document's attribution may go on with its findings. */
const DOCUMENT_REACH = 2;
/** An attribution to a document: "said the report", "according to a draft UN report", "the study by X said". */
const DOCUMENT_ATTRIBUTION =
  /\b(?:the|a|an|its|their|this|new|draft)\s+(?:[\w,-]+\s+){0,3}?(?:report|study|survey|analysis|outlook|paper|assessment|projections)\b/i;

/**
 * "Warming will cross 1.5C in the 2040s, said the report. The emissions that guarantee it will have
 * been released within 15 years.": a report's findings run on over the sentences after it, which
 * seldom repeat "the report said". The next sentences with no attribution of their own take the
 * document's speaker; an attribution to anyone else ends the run.
 */
function carryDocumentForward(
  sentences: readonly Sentence[],
  text: string,
  result: Map<Sentence, SentenceSpeaker>,
): void {
  let owner: Speaker | null = null;
  let since = 0;
  for (const sentence of sentences) {
    const own = result.get(sentence);
    if (!own) continue;
    if (own.attribution) {
      const words = text.slice(sentence.start, sentence.end);
      owner = own.attribution.organisation && own.speaker && DOCUMENT_ATTRIBUTION.test(words) ? own.speaker : null;
      since = 0;
      continue;
    }
    since += 1;
    if (!owner || since > DOCUMENT_REACH) continue;
    if (own.speaker) {
      if (own.speaker.name !== owner.name) owner = null;
      continue;
    }
    // "Analysts expect two more cuts": a group's own forecast, not the report's; it ends the run.
    if (groupReports(sentence.tokens)) {
      owner = null;
      continue;
    }
    result.set(sentence, { ...own, speaker: owner });
  }
}

/** What an organisation publishes, for an owner named in passing: the documents, a model, research. */
const OWNED = new Set([...DOCUMENT_HEADS, "model", "research", "projection"]);

/** Verbs by which a document states a forecast: "the model predicts", "which estimates". */
const DOCUMENT_STATES = new Set([
  "predict",
  "forecast",
  "estimate",
  "project",
  "expect",
  "suggest",
  "show",
  "find",
  "see",
]);

/** "That’s the suggestion from ...", "This is the conclusion of ...": the sentence before is credited. */
const POINTS_BACK =
  /^(?:that|this)(?:’s|'s|\s+is|\s+was)\s+(?:\w+\s+)?(?:suggestion|finding|forecast|prediction|conclusion|view|verdict|warning|message|estimate|projection|expectation|outlook)s?\s+(?:from|of|in|by)\b/i;

/** Same kind of document: polls and surveys are one another's, other documents their own kind. */
const sameDocument = (a: string, b: string): boolean => a === b || (isPoll(a) && isPoll(b));

/**
 * A document's owner named in passing: a capitalised name just before the document ("the latest
 * Deloitte report", "The FDL Review election model", "a new YouGov poll") or after "by" / "from"
 * following it ("The survey ... was carried out by Focaldata", "a report from Meridian").
 * `speaks` when the document states a forecast in the sentence: "model predicts", "report, which
 * estimates", "by Focaldata and forecasts".
 */
function documentOwner(
  tokens: readonly Token[],
  text: string,
): { owner: string; head: string; speaks: boolean } | null {
  for (let i = 1; i < tokens.length; i += 1) {
    const head = tokens[i]!;
    if (!OWNED.has(head.lower) || head.pos === "VERB") continue;
    let after = i + 1;
    // Before it: "Deloitte report", "FDL Review election model", "YouGov's latest poll".
    // A capitalised head is a title's last word ("Preventive Priorities Survey"), not its owner's.
    const titled = /^\p{Lu}/u.test(head.text);
    let j = titled ? -1 : i - 1;
    while (
      j > 0 &&
      i - j <= 2 &&
      /^\p{Ll}/u.test(tokens[j]!.text) &&
      (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "NOUN")
    )
      j -= 1;
    if (tokens[j]?.lower === "'s" || tokens[j]?.lower === "’s") j -= 1;
    let owner = j > 0 ? capitalRunEndingAt(tokens, j, text) : null;
    if (!owner) {
      // After it: "was carried out by Focaldata", "a report from Meridian Capital".
      for (let k = i + 1; k < tokens.length && k <= i + 8; k += 1) {
        const word = tokens[k]!;
        if (word.pos === "PUNCT" || word.lower === "that" || word.lower === "which") break;
        if (word.lower === "by" || word.lower === "from") {
          let run = capitalRunFrom(tokens, k + 1, text);
          // "by the Boston-based Harbor Institute": where it is based describes; the owner follows.
          if (run && tokens[run.end]?.text === "-" && tokens[run.end + 1]?.lower === "based") {
            run = capitalRunFrom(tokens, run.end + 2, text);
          }
          // "by the Council on Foreign Relations’ Center for ...": the owner is the one possessed.
          if (run && !/^['’]/.test(tokens[run.end]?.text ?? "")) {
            owner = run.name;
            after = run.end;
          }
          break;
        }
      }
    }
    if (!owner) continue;
    return { owner, head: head.lower, speaks: statesAfter(tokens, i, after) };
  }
  return null;
}

/** The document states a forecast: its verb right after it, after ", which", or after "and" past its owner. */
function statesAfter(tokens: readonly Token[], head: number, after: number): boolean {
  const states = (token: Token | undefined): boolean =>
    token !== undefined && DOCUMENT_STATES.has(token.lemma) && /s$/.test(token.lower);
  if (states(tokens[head + 1])) return true;
  if (tokens[head + 1]?.text === "," && tokens[head + 2]?.lower === "which" && states(tokens[head + 3])) return true;
  if (tokens[after]?.lower === "and" && states(tokens[after + 1])) return true;
  return false;
}

/** Words that open a sentence or a clause and are never a name, though capitalised. */
const NOT_A_NAME = new Set([
  "the",
  "a",
  "an",
  "that",
  "this",
  "these",
  "those",
  "its",
  "their",
  "our",
  "his",
  "her",
  "in",
  "on",
  "at",
  "by",
  "from",
  "of",
  "and",
  "but",
  "as",
  "new",
  "latest",
]);

/** A run of capitalised words (one to four, no determiner) ending at `end`, as a name. */
function capitalRunEndingAt(tokens: readonly Token[], end: number, text: string): string | null {
  let start = end;
  while (start >= 0 && end - start < 4 && isNameWord(tokens[start])) start -= 1;
  start += 1;
  if (start > end) return null;
  return text.slice(tokens[start]!.start, tokens[end]!.end);
}

/** A run of capitalised words (one to four) from `start`, "the" allowed before it. */
function capitalRunFrom(tokens: readonly Token[], start: number, text: string): { name: string; end: number } | null {
  if (tokens[start]?.lower === "the") start += 1;
  let end = start;
  // "the Federal Reserve Bank of Philadelphia": "of", "for", "on" inside a name.
  while (
    end < tokens.length &&
    end - start < 7 &&
    (isNameWord(tokens[end]) || (end > start && JOINS.has(tokens[end]!.lower) && isNameWord(tokens[end + 1])))
  )
    end += 1;
  if (end === start) return null;
  return { name: text.slice(tokens[start]!.start, tokens[end - 1]!.end), end };
}

const JOINS = new Set(["of", "for", "on"]);

/** Days and months, capitalised but never a name: "quotes Goldman Sachs on Friday". */
const WHEN =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;

const isNameWord = (token: Token | undefined): boolean =>
  token !== undefined &&
  /^\p{Lu}/u.test(token.text) &&
  !NOT_A_NAME.has(token.lower) &&
  !WHEN.test(token.lower) &&
  (token.pos === "PROPN" || token.pos === "NOUN" || /^\p{Lu}{2,}/u.test(token.text));

/** Verbs by which one outlet passes on another's words: "Business Insider quotes Goldman Sachs". */
const PASSES_ON = new Set(["quotes", "quoted", "cites", "cited"]);

/**
 * "Business Insider quotes Goldman Sachs on Friday reiterating its call ...": the name after "quotes"
 * (or "cites"), when the outlet before the verb is a name too and the quoted one is followed by a
 * day, "as saying" or a participle of saying. Null otherwise ("he quotes Keynes" names no outlet).
 */
function quotedByAnother(tokens: readonly Token[], text: string): string | null {
  for (let i = 1; i < tokens.length - 2; i += 1) {
    if (!PASSES_ON.has(tokens[i]!.lower) || !isNameWord(tokens[i - 1])) continue;
    const run = capitalRunFrom(tokens, i + 1, text);
    if (!run) continue;
    let next = run.end;
    if (tokens[next]?.lower === "on" && /^\p{Lu}/u.test(tokens[next + 1]?.text ?? "")) next += 2;
    const word = tokens[next];
    if (!word) continue;
    if (word.lower === "as" && /^say/.test(tokens[next + 1]?.lower ?? "")) return run.name;
    if (
      word.pos === "VERB" &&
      /ing$/.test(word.lower) &&
      (REPORTING.has(word.lemma) || /^(?:reiterat|warn|predict|forecast|say|argu|maintain)/.test(word.lower))
    ) {
      return run.name;
    }
  }
  return null;
}

/** Verbs by which a document named before states something, as the tagger may read them (nouns). */
const STATES = new Set([
  "predicts",
  "forecasts",
  "estimates",
  "projects",
  "expects",
  "suggests",
  "shows",
  "finds",
  "notes",
  "says",
  "states",
  "warns",
  "sees",
]);

/**
 * "the report forecasts EVs will ...", "The research notes ...", "our model predicts ...": the kind
 * of document that opens a clause as the subject of a verb of stating, or null.
 */
function documentStating(tokens: readonly Token[], text: string): { kind: string; owner: string | null } | null {
  for (let i = 1; i < tokens.length - 1; i += 1) {
    const kind = tokens[i]!.lower;
    if (!OWNED.has(kind)) continue;
    // "the PPP analysis said": up to three capitalised words, the owner, after the determiner.
    let determiner = i - 1;
    while (determiner > 0 && i - determiner <= 3 && isNameWord(tokens[determiner])) determiner -= 1;
    if (!/^(?:the|this|our|its)$/i.test(tokens[determiner]?.text ?? "")) continue;
    const owner = determiner < i - 1 ? text.slice(tokens[determiner + 1]!.start, tokens[i - 1]!.end) : null;
    // The clause opens here: the sentence's start, or after a comma, a conjunction or an adverb.
    const before = tokens[determiner - 1];
    if (
      before &&
      before.text !== "," &&
      before.pos !== "CCONJ" &&
      before.pos !== "ADV" &&
      !/^["”’]$/.test(before.text)
    ) {
      continue;
    }
    let verb = i + 1;
    if (tokens[verb]?.lower === "also") verb += 1;
    const word = tokens[verb]?.lower ?? "";
    if (STATES.has(word) || (owner !== null && SAID.has(word))) return { kind, owner };
  }
  return null;
}

/** The past of saying, for a document that names its owner: "the PPP analysis said". */
const SAID = new Set(["said", "noted", "found", "showed", "concluded", "added", "predicted", "forecast"]);

/** Research is a report's or a study's; a model, poll or report its own kind's. */
function documentOwnerKnown(kind: string, memory: SpeakerMemory): string | undefined {
  if (kind !== "research") return memory.described.get(kind);
  return [...memory.described].findLast(([each]) => ["report", "study", "analysis", "research"].includes(each))?.[1];
}

/** What an organisation does to forecasts: "It downgraded", "It also raised", "It now predicts". */
const REVISES = new Set([
  "up",
  "downgrade",
  "upgrade",
  "cut",
  "slash",
  "raise",
  "lower",
  "lift",
  "revise",
  "trim",
  "tweak",
  "predict",
  "forecast",
  "project",
  "estimate",
]);

/**
 * "It downgraded ...", "However, it also raised ...", "That said, the company cut its forecast",
 * "now it's upped the growth figure": "it" or "the <organisation noun>" as the subject of a verb of
 * REVISES (a perfect auxiliary allowed). The subject's word ("it", "company"), or null.
 */
function revisingSubject(tokens: readonly Token[]): string | null {
  // Most sentences revise nothing: one look at the lemmas first.
  if (!tokens.some((token) => REVISES.has(token.lemma))) return null;
  // A short lead-in before a comma ("That said,", "However,"), or "but now" inside the sentence.
  const comma = tokens.findIndex((token) => token.text === ",");
  const starts = [0];
  if (comma > 0 && comma <= 6) starts.push(comma + 1);
  tokens.forEach((token, k) => {
    if (token.lower === "but" && tokens[k - 1]?.text === ",") starts.push(k + 1);
  });
  for (const start of starts) {
    let i = start;
    if (/^(?:however|but|and|meanwhile|now)$/i.test(tokens[i]?.text ?? "")) i += tokens[i + 1]?.text === "," ? 2 : 1;
    if (tokens[i]?.lower === "now") i += 1;
    let subject: string | null = null;
    if (tokens[i]?.lower === "it") {
      subject = "it";
      i += 1;
    } else if (tokens[i]?.lower === "the" && ORGANISATION_HEADS.has(tokens[i + 1]?.lower ?? "")) {
      subject = tokens[i + 1]!.lower;
      i += 2;
    }
    if (!subject) {
      // "the Fiscal Council upgraded its outlook", "Nomura lowered its forecast": a name revising
      // its own view (its, their) speaks for it.
      let end = tokens[i]?.lower === "the" ? i + 1 : i;
      const first = end;
      while (tokens[end] && /^\p{Lu}/u.test(tokens[end]!.text) && tokens[end]!.pos === "PROPN") end += 1;
      const verb = tokens[end];
      const own = /^(?:its|their)$/.test(tokens[end + 1]?.lower ?? "");
      if (end > first && verb && REVISES.has(verb.lemma) && own) {
        return `name:${tokens
          .slice(first, end)
          .map((token) => token.text)
          .join(" ")}`;
      }
      continue;
    }
    if (/^(?:'s|’s|has|had)$/.test(tokens[i]?.lower ?? "")) i += 1;
    if (/^(?:also|now|then|further|later)$/.test(tokens[i]?.lower ?? "")) i += 1;
    const verb = tokens[i];
    if (verb && REVISES.has(verb.lemma) && (/(?:ed|s)$/.test(verb.lower) || /^(?:cut|forecast)$/.test(verb.lower))) {
      return subject;
    }
  }
  return null;
}

/**
 * A document credited without its owner: "..., a new poll has suggested", "according to a new
 * in-depth survey and model of the electorate", "a recent study found". The kind of document.
 */
const UNNAMED_DOCUMENT =
  /(?:\baccording to|,)\s+an?\s+(?:new|latest|recent|fresh)\s+(?:[\w-]+\s+){0,2}?(poll|survey|model|report|study|analysis)\b/i;

/**
 * "Boris Johnson is on course to win a majority, according to a new survey and model. If an
 * election were held today, pollster YouGov predicts ...": the organisation the next sentence
 * credits by name owns the document the lede cited (a person is not taken for a document's owner).
 */
function creditUnnamedDocuments(
  sentences: readonly Sentence[],
  result: Map<Sentence, SentenceSpeaker>,
  unnamedDocuments: ReadonlySet<Sentence>,
  memory: SpeakerMemory,
  leadsIn: ReadonlySet<Sentence>,
): void {
  for (const [index, sentence] of sentences.entries()) {
    const own = result.get(sentence);
    if (!own || own.speaker || !unnamedDocuments.has(sentence)) continue;
    const next = sentences[index + 1];
    const named = next ? result.get(next) : undefined;
    const name = named?.speaker?.name ?? "";
    const organisation = isOrganisation(name) || named?.attribution?.organisation || !memory.people.knows(name);
    const credits = (named?.attribution && !named.attribution.pronoun) || (next !== undefined && leadsIn.has(next));
    if (named?.speaker && credits && organisation) {
      result.set(sentence, { ...own, speaker: named.speaker });
    }
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
function carryStudyAuthorForward(
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

/**
 * "Jo Park and Ana Ruiz disagree. Park thinks ...": a surname that is also a common word ("Park",
 * "Rose", "Young") is tagged a noun, and at a sentence's start its capital says nothing. Once the
 * text has named the person in full, the word is the surname where a name stands: before a verb,
 * a comma or "'s", opening the sentence or a clause, or after a preposition ("In Park's view").
 */
function retagKnownSurnames(tokens: Token[], people: PeopleIndex): void {
  // Runs on every sentence: the cheap tests first.
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const next = tokens[i + 1]!;
    // "Park thinks", "Park's view", "Park, for one, expects", "Park is among those who expect".
    const named = next.pos === "VERB" || next.pos === "AUX" || next.text === "," || next.lower === "'s";
    if (!named) continue;
    const word = tokens[i]!;
    if (word.pos === "PROPN" || (i > 0 && tokens[i - 1]!.pos !== "PUNCT" && tokens[i - 1]!.pos !== "ADP")) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(word.text)) continue;
    const full = people.resolve(word.text);
    if (full === word.text || !full.includes(" ") || isOrganisation(full)) continue;
    word.pos = "PROPN";
    word.lemma = word.lower;
  }
}

/**
 * Whether a one-word name is a person's, as the sentence gives it: after a personal title ("Mr Lee",
 * "Dr. Park") or with a person's role as its apposition ("Lee, the bank's chief economist").
 */
function namedAsPerson(name: string, sentence: string, attribution: Attribution): boolean {
  if (new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+${escaped(name)}\\b`).test(sentence)) return true;
  const role = attribution.affiliation?.toLowerCase().split(/\s+/) ?? [];
  return role.some((word) => PERSON_HEADS.has(word));
}

/** "PPP" after "North Carolina-based Public Policy Polling": an acronym's words, written out earlier in the text. */
function spelledOutBefore(acronym: string, text: string, before: number): string | null {
  return spelledOut(acronym, text.slice(Math.max(0, before - 5000), before)).at(-1) ?? null;
}

/** "according to the NBP's forecasts", "According to IDC's latest projections": the forecasts' owner. */
const FORECASTS_OF =
  /\b[Aa]ccording to (?:the )?(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})['’]s?\s+(?:(?:latest|new|recent|own|current|updated)\s+)?(?:forecasts?|projections?|estimates?|predictions?|outlook|models?)\b/u;

const isWhen = (name: string): boolean =>
  WHEN.test(name.toLowerCase()) || /^(?:Today|Yesterday|Sunday|Monday)$/.test(name);
