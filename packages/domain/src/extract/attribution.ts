import { carryDocumentForward, creditUnnamedDocuments, unnamedDocumentKind } from "./carry-documents";
import { carryListIntroduction } from "./carry-lists";
import { carryParagraphForward, carryReferenceBack, carryWhatBack, creditBackFromPointer } from "./carry-paragraphs";
import { carryThroughQuotations } from "./carry-quotations";
import { carryStudyAuthorForward, creditStudyToAuthors } from "./carry-studies";
import { carrySurveyForward, surveyMakerIn, surveyOwnerIn } from "./carry-surveys";
import { carryUnnamedForward } from "./carry-unnamed";
import {
  documentCited,
  documentOwner,
  documentOwnerKnown,
  documentStating,
  isPoll,
  POINTS_BACK,
  reportOwnedAfter,
  sameDocument,
  spelledOutBefore,
} from "./document-owners";
import type { Part } from "./layout";
import { referenceHead, remember, withoutCountry } from "./organisation-memory";
import {
  DOCUMENT_HEADS,
  isOrganisation,
  nationalBody,
  ORGANISATION_HEADS,
  organisationsIn,
  resolveOrganisationReference,
  STAFF,
} from "./organisations";
import { attributionOutsideQuotations, quotationsOver } from "./outside-quotations";
import { closingReport } from "./closing-and-colon";
import { findAttribution } from "./speaker";
import { indexIn, isPastForm, singularPresent } from "./grammar";
import { isCapitalised, openingName } from "./names";
import { CALENDAR, FINDING, PUBLISHED } from "./reporting-words";
import { nameBeforeBe, namedAsPerson, pairSubject, personSubject, retagKnownSurnames } from "./person-subjects";
import { findQuotations } from "./quotes";
import { FORECASTS_OF, isWhen, quotedByAnother, revisingSubject } from "./revising-subjects";
import { expandName, learnAbbreviations, learnRoles, ROLE_REFERENCES } from "./roles-and-abbreviations";
import { creditAnswersToInterviewee, creditUnderSpeakerLines, speakerLinesIn } from "./set-out";
import type { SentenceSpeaker, Speaker, SpeakerMemory } from "./speaker-memory";
import { isCommonPlural, type Sentence, type Token } from "./tokens";

/** Trades a firm is called by as well as a person: "the researcher sees" (a market researcher). */
const FIRM_TRADES = new Set(["researcher"]);

/**
 * Who speaks in each sentence of a part: the attribution the sentence makes, resolved ("Cha" to
 * "Victor Cha", "he said" to the last person named, "the bank said" to the last organisation
 * named), and the speaker of a quotation carried to all its sentences and paragraphs.
 */

export type { Speaker, SentenceSpeaker, SpeakerMemory } from "./speaker-memory";
export { expandName } from "./roles-and-abbreviations";

/** A surname and the employer after "of": "Seymore of Kestrel Bank". */
const SURNAME_OF = /^(\p{Lu}[\p{L}'’-]+) of (?:the )?\p{Lu}/u;

export function attributeSentences(part: Part, text: string, memory: SpeakerMemory): Map<Sentence, SentenceSpeaker> {
  const sentences = part.lines.flatMap((line) => line.sentences);
  const result = new Map<Sentence, SentenceSpeaker>();
  // "Matt Solinsky" on a speaker line, "Matt says:" below it: the page's speaker lines name people.
  if (!memory.speakerLines) {
    memory.speakerLines = speakerLinesIn(text);
    for (const line of memory.speakerLines) if (line.name !== null) memory.people.add(line.name);
  }
  let lastPerson: Speaker | null = memory.lastPerson ?? null;
  // "The IMF and the World Bank released a report. They expect": two organisations a sentence opened
  // with, whom the next "they" means (and no other pronoun: "he" is never an organisation).
  let organisationPair: Speaker | null = null;
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
  const namedLater: number[] = [];
  const rolesLater: { position: number; role: string }[] = [];
  // Sentences whose subject is a person, crediting no one ("Jane Smith was blunt."), by that person.
  const introducing = new Map<Sentence, Speaker>();
  let justIntroduced: Speaker | null = null;
  // People named or quoted, the most recent last: whom a "she" may mean when the last is a "he".
  const recentPeople: string[] = [];
  // People credited with a view so far: whom a mention alone may make "he" of the next sentence.
  const spokenPeople = new Set<string>();
  for (const [position, sentence] of sentences.entries()) {
    // The sentence as written, cut once for the patterns below.
    const words = text.slice(sentence.start, sentence.end);
    const mentioned = memory.people.learn(sentence.tokens);
    for (const name of mentioned) notePerson(recentPeople, memory.people.resolve(name));
    learnTitledGenders(sentence.tokens, memory, recentPeople);
    retagKnownSurnames(sentence.tokens, memory.people);
    learnAbbreviations(sentence, text, memory);
    learnRoles(sentence.tokens, text, memory);
    // A role said before anyone held it, held by someone introduced within the next sentences, or
    // by the person who "made the comments" in the next one.
    const commenter = rolesLater.length > 0 ? madeTheComments(sentence.tokens, text) : null;
    for (const pending of rolesLater.splice(0)) {
      const holder =
        memory.roles?.get(pending.role) ?? (commenter && position - pending.position === 1 ? commenter : undefined);
      const own = result.get(sentences[pending.position]!);
      if (holder && own && !own.speaker) {
        const speaker = { name: holder, affiliation: memory.affiliations.get(holder) ?? null };
        result.set(sentences[pending.position]!, { ...own, speaker });
      } else if (position - pending.position < ROLE_REACH) rolesLater.push(pending);
    }
    learnPollster(sentence, text, memory);
    let attribution = attributionOutsideQuotations(sentence, text, quotationsOver(quotations, sentence));
    // "they expect" with no two people credited before: a survey's panel or a group, read as if
    // no one were credited (a survey's owner may still be carried to it).
    const theyMeans = organisationPair ?? (lastPerson?.name.includes("; ") ? lastPerson : null);
    organisationPair = null;
    if (attribution?.name === "they" && !theyMeans) attribution = null;
    // "The group expects sales to rise, Yun said": a reference to no organisation named before gives
    // way to the person the sentence closes with.
    if (
      attribution?.pronoun &&
      attribution.organisation &&
      attribution.name !== "it" &&
      !memory.described.has(referenceHead(attribution.name) ?? "") &&
      resolveOrganisationReference(
        attribution.name,
        memory.organisations,
        memory.lastSpeakingOrganisation,
        memory.lastOrganisation,
      ) === null
    ) {
      // ("Analysts have raised their forecasts, a Kestrel poll shows.": the poll's panel, the poll's.)
      const comma = closingReport(sentence.tokens);
      const at = comma > 0 ? comma : closingFinding(sentence.tokens);
      const later = at > 0 ? findAttribution(sentence.tokens.slice(at), text) : null;
      if (later && !later.pronoun && !later.group && !later.described) attribution = later;
    }
    let speaker: Speaker | null = null;
    if (attribution?.group) {
      // "Authorities think", "Experts in the US warn": credited to a group nobody names.
      // "forecasters with NOAA predict ... Forecasters predict": the staff the text tied to an
      // organisation before, called the same again.
      const employer = STAFF.has(attribution.name)
        ? staffEmployerBefore(attribution.name, text, sentence.start, memory)
        : null;
      speaker = employer ? { name: employer, affiliation: null } : null;
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
        // "The Kestrel Research Institute expects growth of 4%, it said", "..., the institute said":
        // the organisation the sentence opens with, though none was named before.
        const opening = organisationsIn(sentence.tokens, text)[0];
        const opensWith =
          opening !== undefined &&
          (attribution.name === "it" || (head !== null && opening.toLowerCase().split(/\s+/).includes(head))) &&
          words.replace(/^the\s+/i, "").startsWith(opening);
        // "Shares of Kestrel Corp fell after the company warned": an organisation the sentence names
        // before the reference, in the clause the reference's clause of time or reason hangs on.
        const span = attribution.span;
        const subordinate = span ? sentence.tokens.findLast((token) => token.end <= span.start) : undefined;
        const earlier =
          !opensWith &&
          !bareStaff &&
          span &&
          head !== null &&
          ORGANISATION_HEADS.has(head) &&
          HANGING_ON.has(subordinate?.lower ?? "")
            ? organisationsIn(
                sentence.tokens.filter((token) => token.end <= span.start),
                text,
              )
            : [];
        const sameSentence =
          earlier.length > 0 ? resolveOrganisationReference(attribution.name, earlier, earlier.at(-1)!, null) : null;
        let name = opensWith
          ? opening
          : sameSentence
            ? (expandName(sameSentence, memory) ?? sameSentence)
            : otherDocument || (bareStaff && !described)
              ? null
              : resolveOrganisationReference(
                  attribution.name,
                  memory.organisations,
                  described ?? memory.lastSpeakingOrganisation,
                  memory.lastOrganisation,
                );
        // "The Croatian central bank expects": a country's body nobody named before, by its description.
        const national = !name && !otherDocument ? nationalBody(attribution.name) : null;
        if (national) name = national;
        if (name && head) memory.described.set(head, name);
        // "The ministry expects ... It also sees": an organisation nobody named speaks on, and
        // none named before is meant by "it".
        if (!name && !bareStaff) {
          memory.lastSpeakingOrganisation = null;
          memory.lastOrganisation = null;
        }
        speaker = name ? { name, affiliation: null } : null;
        // "The tech analyst firm predicts ... IDC's tracker ...": a firm the lede describes before
        // naming it, named in the next sentences (looked for after the part is read).
        if (!name && !bareStaff && !otherDocument && head !== null && ORGANISATION_HEADS.has(head)) {
          namedLater.push(position);
        }
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
        const goesOn = /\b(?:he|she)\s+(?:added|adds|continued|continues|went on)\b/i.test(words);
        // "Jane Smith views a default as unlikely, she said": the person the sentence opens with.
        // "Jane Smith was more optimistic: she expects ...": the person before the colon.
        const opener =
          (attribution.name === "he" || attribution.name === "she") &&
          (closingReport(sentence.tokens) > 0 || afterColon(sentence.tokens, attribution.name))
            ? openingPerson(sentence.tokens, text, memory)
            : null;
        const recent =
          opener ?? ((attribution.name === "he" || attribution.name === "she") && !goesOn ? justIntroduced : null);
        const held = holder ? { name: holder, affiliation: memory.affiliations.get(holder) ?? null } : null;
        // "the Kremlin's spokesman said", "Kestrel Bank's spokeswoman said": with no spokesman named
        // before, the organisation that speaks through them.
        // (Not when the person named last was introduced as one: "Dmitry Peskov, the Kremlin's spokesman,".)
        const spoken =
          !held &&
          SPOKESPEOPLE.has(attribution.name) &&
          attribution.span &&
          !introducedAsSpokesperson(lastPerson, text, sentence.start)
            ? spokespersonOwner(text.slice(attribution.span.start, attribution.span.end))
            : null;
        // "the Kestrel Bank economist said" with no economist of that bank named before: the person
        // last named, as the reference tells more of them ("Jane Smith expects ... the Kestrel Bank
        // economist said"), unless they were said to work elsewhere ("Peter Chu of Harlow Capital");
        // then the person whose affiliation names the bank, else the bank.
        const named =
          !held && !spoken && attribution.span && ROLE_REFERENCES.has(attribution.name)
            ? employerInReference(text.slice(attribution.span.start, attribution.span.end), attribution.name)
            : null;
        const elsewhere = lastPerson ? (lastPerson.affiliation ?? memory.affiliations.get(lastPerson.name)) : null;
        const employer = named && (!lastPerson || (elsewhere && !elsewhere.includes(named))) ? named : null;
        const employed = employer
          ? ([...memory.affiliations].find(([, affiliation]) => affiliation.includes(employer))?.[0] ?? null)
          : null;
        speaker = employer
          ? { name: employed ?? expandName(employer, memory) ?? employer, affiliation: null }
          : spoken
            ? { name: expandName(spoken, memory) ?? spoken, affiliation: null }
            : attribution.name === "they" && theyMeans
              ? theyMeans
              : held && (attribution.roleOnly || holder !== lastPerson?.name)
                ? held
                : attribution.roleOnly
                  ? lastPerson
                  : (recent ??
                    lastPerson ??
                    (attribution.name === "it" || attribution.name === "they" ? null : lastMentioned));
        // "Jane Smith said she expects cuts. Peter Chu said he was less sure. “...,” she said": a
        // person known to be "he" is not whom "she" means, nor the other way round.
        if (speaker && (attribution.name === "he" || attribution.name === "she")) {
          speaker = ofPronoun(speaker, attribution.name, recentPeople, memory);
        }
        // "Canalys notes that ... The researcher sees": a trade a firm is called by too, with nobody
        // named before to hold it, is the organisation that spoke last.
        if (!speaker && !lastPerson && FIRM_TRADES.has(attribution.name)) {
          const organisation = memory.lastSpeakingOrganisation ?? memory.lastOrganisation;
          if (organisation) speaker = { name: organisation, affiliation: null };
        }
        // "The country's foreign minister said ... / ... foreign minister Sergei Lavrov said": a
        // role nobody held before, held by the person the next sentences introduce with it.
        if (!speaker && (attribution.roleOnly || ROLE_REFERENCES.has(attribution.name))) {
          rolesLater.push({ position, role: attribution.name });
        }
      }
    } else if (attribution?.described) {
      // "A senior Israeli official said": who speaks is the description; "he added" goes on with them.
      speaker = { name: attribution.name, affiliation: null, described: true };
      lastPerson = speaker;
    } else if (
      attribution &&
      !attribution.pronoun &&
      !attribution.name.includes(" ") &&
      !memory.people.knows(attribution.name) &&
      isCommonPlural(attribution.name)
    ) {
      // "Consumers expect", "Banks expect": a common noun's plural opening the sentence, capitalised,
      // is a group nobody names (as "Experts predict"), not a name.
      speaker = null;
    } else if (attribution) {
      // "Seymore of Kestrel Bank predicts" after "Ross Seymore of Kestrel Bank": the person again,
      // by surname and employer.
      const ofEmployer = SURNAME_OF.exec(attribution.name);
      const again =
        ofEmployer && memory.people.knows(ofEmployer[1]!) && !isOrganisation(ofEmployer[1]!)
          ? memory.people.resolve(ofEmployer[1]!)
          : null;
      // "the CBO projected" after "the Congressional Budget Office": the name in full.
      const name =
        again ??
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
      const person = !name.includes(" ") && namedAsPerson(name, words, attribution);
      if (person) memory.people.add(name);
      const unknownWord = !name.includes(" ") && !memory.people.knows(name);
      // "Kestrel Energy, the state oil company, expects": an apposition that says what kind of body.
      const describedBody = !person && describesOrganisation(attribution.affiliation);
      if (attribution.organisation || isOrganisation(name) || unknownWord || describedBody) {
        if (attribution.organisation || isOrganisation(name) || describedBody) {
          (memory.shownOrganisations ??= new Set()).add(name);
        }
        memory.lastOrganisation = name;
        memory.lastSpeakingOrganisation = name;
        remember(memory.organisations, [name]);
        // "according to a draft UN report", "the latest poll by X": later "the report" is the UN's.
        const cited = documentCited(sentence, text, attribution);
        if (cited) memory.described.set(cited, name);
      } else {
        lastPerson = speaker;
        notePerson(recentPeople, name);
        // "Jane Smith said she expects": whom "she" means from now on.
        const pronoun = pronounAfterSaying(sentence.tokens);
        if (pronoun && !memory.genders?.has(name)) (memory.genders ??= new Map()).set(name, pronoun);
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
    const owner = (written.length > 0 ? surveyOwnerIn(words, written) : null) ?? surveyMakerIn(words);
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
    // "Jane Smith and Peter Chu, economists at Kestrel Bank, published a note. They expect": both.
    const pair = attribution || subject ? null : pairSubject(sentence.tokens);
    if (pair) lastPerson = { name: pair, affiliation: null };
    // "Analysts at Kestrel Bank published a note. They expect": the staff of one organisation.
    const organisations =
      attribution || subject || pair
        ? null
        : (organisationPairSubject(sentence.tokens, text) ?? staffSubject(sentence.tokens, text));
    if (organisations)
      organisationPair = {
        name: organisations.map((name) => expandName(name, memory) ?? name).join("; "),
        affiliation: null,
      };
    // "Jane Smith, chief economist at Nomura, was blunt.": the person a quotation opening the next
    // paragraph belongs to, when it credits no one.
    const knownSurname = (word: string): boolean => {
      const full = memory.people.resolve(word);
      return full !== word && full.includes(" ") && !isOrganisation(full);
    };
    const about = attribution ? null : (subject ?? nameBeforeBe(sentence.tokens, false, knownSurname));
    if (about) {
      const name = memory.people.resolve(about);
      introducing.set(sentence, { name, affiliation: memory.affiliations.get(name) ?? null });
    }
    // A person with an employer as the subject of "be" ("Jane Smith of Nomura is more upbeat."):
    // whom "she" in the next sentence means.
    const employed = attribution ? null : nameBeforeBe(sentence.tokens, true);
    justIntroduced = employed ? { name: memory.people.resolve(employed), affiliation: null } : null;
    // "Jane Smith is less sure.": a person the text knows, as the subject of "be", is whom "she"
    // in the next sentence means (a place or a firm before "is" is not a person known).
    if (!justIntroduced && about && !subject) {
      const name = memory.people.resolve(about);
      if (memory.people.knows(name) && name.includes(" "))
        justIntroduced = { name, affiliation: memory.affiliations.get(name) ?? null };
    }
    // "Rising GDP makes McClean optimistic. He predicts ...": the one person a sentence crediting
    // no one mentions, known by name before, is whom "he" in the next sentence means.
    if (!justIntroduced && !attribution) {
      const people = new Set(
        sentence.tokens
          .filter(
            (token, k) =>
              (token.pos === "PROPN" || (k > 0 && /^\p{Lu}\p{Ll}/u.test(token.text))) && knownSurname(token.text),
          )
          .map((token) => memory.people.resolve(token.text)),
      );
      const [only] = people;
      // (Someone who spoke before or was introduced with an employer: not "La Nina" or "ABC News"
      // read as a person's name; or anyone, when no one spoke yet: "No one is more respected than
      // Charlie Cook. And he's now predicting".)
      const known = spokenPeople.has(only ?? "") || memory.affiliations.has(only ?? "") || spokenPeople.size === 0;
      if (people.size === 1 && only && known) {
        justIntroduced = { name: only, affiliation: memory.affiliations.get(only) ?? null };
      }
    }
    // "Tesla reported record deliveries. The electric-vehicle maker expects": a one-word name
    // opening the sentence as its verb's subject, no person the text knows, is what "the maker" or
    // "the company" may mean next (when the sentence names no organisation of its own).
    // ("Moody's downgraded the country": a firm's name in the possessive, as the press writes it.)
    if (!attribution && !speaker && named.length === 0) {
      const first = sentence.tokens[0];
      const possessive = ["'s", "’s"].includes(sentence.tokens[1]?.text ?? "");
      // A verb in the past or in "-s" ("Coral cover could halve": "cover" is no verb of Coral's).
      const verb = sentence.tokens[possessive ? 2 : 1];
      if (
        first?.pos === "PROPN" &&
        /^\p{Lu}[\p{Ll}]+$/u.test(first.text) &&
        verb !== undefined &&
        (isPastForm(verb) || singularPresent(verb)) &&
        !memory.people.knows(first.text) &&
        !CALENDAR.has(first.lower) &&
        // ("Markets were quiet", "Stocks are up": a plural's verb, no firm's.)
        !PLURAL_VERBS.has(verb.lower) &&
        // ("Campaigning resumed on Monday", "Spending rose": a gerund, not "Boeing" or "Corning".)
        !(first.text.length >= 8 && first.lower.endsWith("ing"))
      ) {
        memory.lastOrganisation = possessive ? `${first.text}${sentence.tokens[1]!.text}` : first.text;
      }
    }
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
    const forecastsOf = FORECASTS_OF.exec(words)?.[1];
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
      if (before && previous && !previous.speaker && !previous.attribution && POINTS_BACK.test(words)) {
        result.set(before, { attribution: null, speaker: { name: owner, affiliation: null } });
      }
    }
    // The same when the sentence's own attribution names the owner ("the latest Harwick report,
    // which estimates", "was carried out by Brightline and forecasts"): the lede before it, and a
    // document of the same kind met before its owner, are the owner's.
    if (!document && attribution && !attribution.pronoun && speaker) {
      const before = sentences[position - 1];
      const previous = before ? result.get(before) : undefined;
      if (before && previous && !previous.speaker && !previous.attribution && POINTS_BACK.test(words)) {
        result.set(before, { attribution: null, speaker: { name: speaker.name, affiliation: null } });
      }
      // "The Norland Polling survey sees ...", "a survey by Norland Polling shows": the document of
      // that kind is now this owner's ("The survey also sees" next is Norland's, not an earlier pollster's).
      const ownDocument = documentNamedWith(sentence.tokens, speaker.name, text);
      if (ownDocument) memory.described.set(ownDocument, speaker.name);
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
      const kind = unnamedDocumentKind(words);
      if (kind) {
        unownedDocuments.push({ sentence, head: kind });
        unnamedDocuments.add(sentence);
      }
    }
    // "Kestrel Research polled 1,000 voters. ... According to the poll, Labour will win": the pollster;
    // "according to the report" after a report was credited to its owner, that owner.
    if (!attribution && !speaker) {
      const kind = CITED_DOCUMENT.exec(words)?.[1]?.toLowerCase();
      // "..., a median forecast of 30 analysts showed": the figure of the poll the article reports.
      const figure = !kind && POLL_FIGURE.test(words);
      const owner = kind
        ? memory.described.get(documentKind(kind))
        : figure
          ? (memory.described.get("poll") ?? memory.described.get("survey"))
          : undefined;
      if (owner) speaker = { name: owner, affiliation: null };
    }
    result.set(sentence, { attribution, speaker });
    if (speaker && !attribution?.organisation && !isOrganisation(speaker.name)) spokenPeople.add(speaker.name);
    const person = mentioned.at(-1) ?? (attribution ? null : nameBeforeBe(sentence.tokens));
    if (person) lastMentioned = { name: memory.people.resolve(person), affiliation: null };
  }
  const organisationLike = (name: string): boolean =>
    isOrganisation(name) || (!name.includes(" ") && !memory.people.knows(name));
  for (const position of namedLater) {
    const own = result.get(sentences[position]!);
    if (!own || own.speaker) continue;
    for (const later of sentences.slice(position + 1, position + 3)) {
      // ("In its biennial report, the Bundesbank said": an organisation speaking by a name of one word.)
      const speaking = result.get(later);
      const named =
        organisationsIn(later.tokens, text)[0] ??
        (speaking?.attribution &&
        !speaking.attribution.pronoun &&
        speaking.speaker &&
        organisationLike(speaking.speaker.name)
          ? speaking.speaker.name
          : undefined);
      if (!named) continue;
      result.set(sentences[position]!, { ...own, speaker: { name: named, affiliation: null } });
      break;
    }
  }
  // A survey's own figures first: "A majority of respondents expect" is the survey's, not the next name's.
  carrySurveyForward(sentences, result, surveyed);
  carryUnnamedForward(sentences, result);
  creditUnnamedDocuments(sentences, result, unnamedDocuments, memory, leadsIn);
  carryReferenceBack(part, result);
  creditBackFromPointer(part, result);
  creditStudyToAuthors(sentences, text, memory, result);
  carryStudyAuthorForward(sentences, text, memory, result);
  carryThroughQuotations(quotations, text, sentences, result, leadsIn, introducing);
  carryDocumentForward(sentences, text, result);
  carryParagraphForward(part, text, result);
  carryWhatBack(part, text, result);
  carryListIntroduction(part, text, memory, result);
  creditUnderSpeakerLines(part, text, memory, result);
  creditAnswersToInterviewee(part, text, memory, result);
  for (const [sentence, own] of result) {
    if (own.speaker) continue;
    const words = text.slice(sentence.start, sentence.end);
    if (own.attribution || CITES_SOMEONE.test(words) || MARKET_VIEW.test(words)) {
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

/** How many sentences after a role said before anyone held it its holder may be introduced. */
const ROLE_REACH = 3;

/** ", a Kestrel poll shows.": the last comma before a document and what it found, closing the sentence, or -1. */
function closingFinding(tokens: readonly Token[]): number {
  let end = tokens.length - 1;
  while (end > 0 && tokens[end]!.pos === "PUNCT") end -= 1;
  if (!FINDING.has(tokens[end]?.lemma ?? "")) return -1;
  for (let comma = end - 1; comma > 0 && end - comma <= 7; comma -= 1) {
    if (tokens[comma]!.text !== ",") continue;
    return tokens.slice(comma + 1, end).some((token) => DOCUMENT_HEADS.has(token.lower)) ? comma : -1;
  }
  return -1;
}

/**
 * A poll's summary figure closing or opening a sentence: "..., a median forecast of 30 analysts
 * showed", "The average estimate from 22 local and foreign analysts showed".
 */
const POLL_FIGURE =
  /(?:,\s+|^)(?:a|the)\s+(?:median|consensus|average|mean)\s+(?:forecasts?|estimates?|projections?)\s+(?:of|from|by)\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:analysts|economists|strategists|forecasters|respondents|experts)\s+(?:showed|shows|found)\b/i;

/** Verbs that agree with a plural subject only: "Markets were quiet" names no firm. */
const PLURAL_VERBS = new Set(["were", "are", "have", "do"]);

/** "according to the poll", "according to this report": a document cited by its kind alone. */
const CITED_DOCUMENT =
  /\baccording to (?:the|this|that|these|those) (poll|survey|report|study|forecasts?|outlook|analysis|assessment|estimates?|projections?|findings|model|data)\b/i;

/** A document's kind as remembered: "estimates" and "estimate", "findings" and "finding" alike; not "analysis". */
const documentKind = (word: string): string => word.toLowerCase().replace(/(?<![su]|si)s$/, "");

/** What an organisation may publish and a sentence later cite by its kind alone: its findings, its data. */
const PUBLISHED_KINDS = new Set([...DOCUMENT_HEADS, "findings", "data", "estimate", "projection"]);

/**
 * "Kestrel Research polled 1,000 voters last week": the organisation that polled owns "the poll"
 * and "the survey" mentioned after ("According to the poll, Labour will win"); one that
 * "released its annual outlook" owns "the outlook".
 */
function learnPollster(sentence: Sentence, text: string, memory: SpeakerMemory): void {
  const tokens = sentence.tokens;
  const verb = tokens.findIndex(
    (token) =>
      token.pos === "VERB" &&
      (token.lower === "polled" ||
        token.lower === "surveyed" ||
        PUBLISHED.has(token.lower) ||
        CONDUCTED.has(token.lower)),
  );
  if (verb < 1 || tokens[verb - 1]?.lower === "was" || tokens[verb - 1]?.lower === "were") return;
  const owner = organisationsIn(tokens.slice(0, verb), text).at(-1);
  if (!owner) return;
  if (!PUBLISHED.has(tokens[verb]!.lower) && !CONDUCTED.has(tokens[verb]!.lower)) {
    memory.described.set("poll", owner);
    memory.described.set("survey", owner);
    return;
  }
  // "Kestrel Analytics released its annual outlook on Tuesday": the outlook is Kestrel's; so is
  // the survey in "Kestrel conducted the latest survey of 31 economists".
  const head = tokens.slice(verb + 1, verb + 6).find((token) => PUBLISHED_KINDS.has(token.lower));
  const owned = ["its", "a", "an", "the", "new", "latest"].includes(tokens[verb + 1]?.lower ?? "");
  if (head && owned) memory.described.set(documentKind(head.lower), owner);
}

/**
 * The person a sentence opens with when it says they "made the comments" or "made the remarks"
 * ("Tiff Macklem made the comments Thursday at the Commons Finance Committee"): the speaker of the
 * words just reported. Null otherwise.
 */
function madeTheComments(tokens: readonly Token[], text: string): string | null {
  // (Most sentences say no such thing: the words are looked for before the name is read.)
  const made = tokens.findIndex((token, k) => k < 8 && token.lower === "made");
  if (made < 1 || !COMMENT_NOUNS.has(tokens[made + 2]?.lower ?? "")) return null;
  const opening = openingName(tokens, text);
  if (!opening || opening[1] === opening[0]) return null;
  const [verb, determiner, noun] = tokens.slice(opening[1] + 1, opening[1] + 4).map((token) => token.lower);
  if (verb !== "made" || !COMMENT_DETERMINERS.has(determiner ?? "") || !COMMENT_NOUNS.has(noun ?? "")) return null;
  return text.slice(tokens[opening[0]]!.start, tokens[opening[1]]!.end);
}

const COMMENT_DETERMINERS = new Set(["the", "these", "those", "his", "her", "their"]);
const COMMENT_NOUNS = new Set(["comments", "remarks", "comment", "remark"]);

/** Verbs of carrying out a survey or study: "conducted a poll", "commissioned the survey". */
const CONDUCTED = new Set(["conducted", "commissioned", "fielded"]);

/** What a person speaking for an organisation is called. */
const SPOKESPEOPLE = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/** Whether `word` ("she") follows a colon in the sentence: "Jane Smith was more optimistic: she expects". */
function afterColon(tokens: readonly Token[], word: string): boolean {
  for (let k = 1; k < tokens.length; k += 1) if (tokens[k]!.lower === word && tokens[k - 1]!.text === ":") return true;
  return false;
}

/** Whether the person named last before `before` was introduced as a spokesperson ("Dmitry Peskov, the Kremlin's spokesman,"). */
function introducedAsSpokesperson(person: Speaker | null, text: string, before: number): boolean {
  const introduced = person ? text.lastIndexOf(person.name, before) : -1;
  return (
    introduced >= 0 && /spokes(?:man|woman|person)/i.test(text.slice(introduced, introduced + person!.name.length + 60))
  );
}

/** "the Kremlin's spokesman", "Kestrel Bank's chief spokeswoman": the organisation's name, or null. */
function spokespersonOwner(words: string): string | null {
  const owner =
    /(?:^|\s)(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}&.-]*\s+){0,4}\p{Lu}[\p{L}&.-]*)['’]s?\s+(?:\p{Ll}+\s+)?spokes(?:man|woman|person)\b/u;
  return owner.exec(words)?.[1] ?? null;
}

/**
 * "The IMF and the World Bank released a joint report", "Kestrel Bank and Harlow Capital published":
 * two organisations joined by "and" opening the sentence, before its verb. Their names, or null.
 */
function organisationPairSubject(tokens: readonly Token[], text: string): [string, string] | null {
  const verb = tokens.findIndex((token) => token.pos === "VERB" || token.pos === "AUX");
  if (verb < 3 || verb > 12) return null;
  const subject = tokens.slice(0, verb);
  const and = subject.findIndex((token) => token.lower === "and");
  if (and < 1 || subject.some((token, k) => k !== and && !/^(?:the|The)$|^\p{Lu}/u.test(token.text))) return null;
  const names = organisationsIn(subject, text);
  const first = organisationsIn(subject.slice(0, and), text);
  const second = organisationsIn(subject.slice(and + 1), text);
  return names.length === 2 && first.length === 1 && second.length === 1 ? [first[0]!, second[0]!] : null;
}

/**
 * "Analysts at Kestrel Bank published a note", "Kestrel Bank economists released": people of a trade
 * at one organisation opening the sentence as its subject (a verb follows within three words). The
 * organisation's name, or null.
 */
function staffSubject(tokens: readonly Token[], text: string): [string] | null {
  const staff = indexIn(tokens, 0, 6, (token) => STAFF.has(token.lower));
  if (staff < 0) return null;
  const isVerb = (token: Token): boolean => token.pos === "VERB" || token.pos === "AUX";
  let names: string[];
  let verb: number;
  if (["at", "from", "with"].includes(tokens[staff + 1]?.lower ?? "")) {
    const first = tokens[staff + 2]?.lower === "the" ? staff + 3 : staff + 2;
    verb = indexIn(tokens, first, first + 8, isVerb);
    names = verb < 0 ? [] : organisationsIn(tokens.slice(first, verb), text);
  } else {
    // Only the name (and "the", a possessive) before the staff: "The Kestrel Bank analysts".
    const before = tokens.slice(0, staff);
    const named = before.every((token) => /^\p{Lu}/u.test(token.text) || ["the", "'s"].includes(token.lower));
    verb = indexIn(tokens, staff + 1, staff + 3, isVerb);
    names = named && before.length > 0 ? organisationsIn(before, text) : [];
  }
  return verb >= 0 && names.length === 1 ? [names[0]!] : null;
}

/**
 * "the state oil company", "a Toronto-based research firm", "the country's biggest lender": an
 * apposition naming a kind of organisation (its last word one of ORGANISATION_HEADS) after an
 * article or a possessive.
 */
function describesOrganisation(affiliation: string | null | undefined): boolean {
  if (!affiliation) return false;
  const written = affiliation.split(/\s+/);
  const words = written.map((word) => word.toLowerCase());
  if (!["the", "a", "an", "its"].includes(words[0]!) && !words[0]!.endsWith("'s") && !words[0]!.endsWith("’s"))
    return false;
  // (Not "an economist at Kestrel Bank": a person's role, the body after a preposition.)
  if (words.some((word) => ["at", "of", "for", "with", "in", "from", "and"].includes(word))) return false;
  const last = written[written.length - 1]!;
  return words.length <= 6 && /^\p{Ll}/u.test(last) && ORGANISATION_HEADS.has(last);
}

/** Moves `name` to the end of the people named or quoted, the most recent last. */
function notePerson(recent: string[], name: string): void {
  const at = recent.indexOf(name);
  if (at >= 0) recent.splice(at, 1);
  recent.push(name);
}

/** Titles that say whether "he" or "she" means the person: "Ms Smith", "Mr. Chu". */
const GENDERED_TITLES = new Map<string, "he" | "she">([
  ["mr", "he"],
  ["mr.", "he"],
  ["sir", "he"],
  ["ms", "she"],
  ["ms.", "she"],
  ["mrs", "she"],
  ["mrs.", "she"],
  ["miss", "she"],
  ["dame", "she"],
]);

/**
 * "Ms Smith", "Mr. Chu": the person's gender by the title before the name (the full name when
 * known), and the person as named last.
 */
function learnTitledGenders(tokens: readonly Token[], memory: SpeakerMemory, recent: string[]): void {
  for (let i = 0; i < tokens.length - 1; i += 1) {
    const gender = GENDERED_TITLES.get(tokens[i]!.lower);
    if (!gender || !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    const at = tokens[i + 1]!.text === "." ? i + 2 : i + 1;
    const surname = tokens[at];
    if (!surname || !isCapitalised(surname)) continue;
    const last = isCapitalised(tokens[at + 1]) ? tokens[at + 1]! : surname;
    const name = memory.people.resolve(last.text);
    if (!memory.genders?.has(name)) (memory.genders ??= new Map()).set(name, gender);
    notePerson(recent, name);
  }
}

/** Verbs after which a pronoun is the speaker's own: "said she expects", "told Reuters he was". */
const SAYING_THEN_PRONOUN = new Set(["said", "says", "added", "adds", "told", "explained", "noted", "argued"]);

/**
 * "Jane Smith said she expects", "Peter Chu told Reuters that he was less sure": the pronoun right
 * after a verb of saying (past "that", or one word told), or null.
 */
function pronounAfterSaying(tokens: readonly Token[]): "he" | "she" | null {
  for (let i = 0; i < tokens.length - 1; i += 1) {
    if (!SAYING_THEN_PRONOUN.has(tokens[i]!.lower)) continue;
    let k = i + 1;
    if (tokens[i]!.lower === "told" && tokens[k]?.pos === "PROPN") k += 1;
    if (tokens[k]?.lower === "that") k += 1;
    const word = tokens[k]?.lower;
    if (word === "he" || word === "she") return word;
  }
  return null;
}

/**
 * The person "he" or "she" means: `speaker`, unless the text has shown them to be the other; then the
 * most recent person shown to be the pronoun's (or `speaker` when there is none).
 */
function ofPronoun(speaker: Speaker, pronoun: "he" | "she", recent: readonly string[], memory: SpeakerMemory): Speaker {
  const known = memory.genders?.get(speaker.name);
  if (!known || known === pronoun) return speaker;
  for (let k = recent.length - 1; k >= 0; k -= 1) {
    const name = recent[k]!;
    if (name !== speaker.name && memory.genders?.get(name) === pronoun) {
      return { name, affiliation: memory.affiliations.get(name) ?? null };
    }
  }
  return speaker;
}

/** Words that open a clause of time or reason hanging on the one before: "... fell after the company warned". */
const HANGING_ON = new Set(["after", "as", "because", "when", "since", "while", "before"]);

/** How far back (in characters) staff tied to an organisation are looked for. */
const STAFF_LOOKBACK = 4000;

/**
 * The organisation whose staff the text called `staff` before `before` ("forecasters with NOAA",
 * "analysts at Kestrel Bank"): the last so named (in full when the text spelled it out), when it is
 * an organisation's name or one the text remembers; else null.
 */
function staffEmployerBefore(staff: string, text: string, before: number, memory: SpeakerMemory): string | null {
  // (Within the few paragraphs before: a page-long text must not be read again at each group.)
  const earlier = text.slice(Math.max(0, before - STAFF_LOOKBACK), before);
  if (!earlier.toLowerCase().includes(staff)) return null;
  const word = `[${staff[0]}${staff[0]!.toUpperCase()}]${staff.slice(1)}`;
  const pattern = new RegExp(
    `\\b${word}\\s+(?:with|at|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*)*)`,
    "gu",
  );
  const named = [...earlier.matchAll(pattern)].at(-1)?.[1];
  if (!named) return null;
  const name = expandName(named, memory) ?? named;
  return isOrganisation(name) || memory.organisations.includes(name) ? name : null;
}

/** Marks opening a list's item: "- ", "• ", "* ". */
const BULLETS = new Set(["-", "•", "*", "–", "·"]);

/** The known person a sentence opens with ("Jane Smith views ..."), as a speaker, or null. */
function openingPerson(sentence: readonly Token[], text: string, memory: SpeakerMemory): Speaker | null {
  // ("- Tesla CEO Elon Musk expects ..., he said": a list's bullet before the name.)
  const tokens = BULLETS.has(sentence[0]?.text ?? "") ? sentence.slice(1) : sentence;
  const opening = openingName(tokens, text);
  if (!opening || opening[1] === opening[0]) return null;
  const name = memory.people.resolve(text.slice(tokens[opening[0]]!.start, tokens[opening[1]]!.end));
  return memory.people.knows(name) && !isOrganisation(name)
    ? { name, affiliation: memory.affiliations.get(name) ?? null }
    : null;
}

/**
 * The document's noun written with the owner's name `name` in the sentence: right after it ("the
 * Norland Polling survey", "Kestrel's latest survey", up to two words between) or right before
 * "by"/"from" and it ("a survey by Norland Polling"). Null when there is none.
 */
function documentNamedWith(tokens: readonly Token[], name: string, text: string): string | null {
  const start = tokens.findIndex((token) => text.startsWith(name, token.start));
  if (start < 0) return null;
  const end = tokens.findIndex((token, i) => i >= start && token.end >= tokens[start]!.start + name.length);
  if (end < 0) return null;
  for (let k = end + 1; k <= end + 3 && k < tokens.length; k += 1) {
    if (DOCUMENT_HEADS.has(tokens[k]!.lower)) return tokens[k]!.lower;
    if (!["'s", "’s"].includes(tokens[k]!.lower) && tokens[k]!.pos !== "ADJ") break;
  }
  const by = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  if (["by", "from"].includes(tokens[by]?.lower ?? "") && DOCUMENT_HEADS.has(tokens[by - 1]?.lower ?? "")) {
    return tokens[by - 1]!.lower;
  }
  return null;
}

/**
 * "the Kestrel Bank economist said": the organisation named between "the" and the role, when it
 * reads as one ("the senior economist" names none). Null otherwise.
 */
function employerInReference(words: string, role: string): string | null {
  const match = new RegExp(String.raw`\bthe\s+((?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})(?:[\p{Ll}-]+\s+)?${role}\b`, "u").exec(
    words,
  );
  const name = match?.[1]?.trim();
  return name && isOrganisation(name) ? name : null;
}
