import { findCues, readClause, readOutlook, type ClauseReading } from "./clause";
import { findDeadline } from "./deadline";
import { indexIn } from "./grammar";
import { AUXILIARIES, REPORTING } from "./reporting-words";
import { authorsInMetadata, htmlToText, looksLikeHtml } from "./html";
import { findParts, type Part } from "./layout";
import { claimWithoutAttribution } from "./claim";
import { attributeSentences, expandName, type Speaker, type SpeakerMemory } from "./attribution";
import {
  creditMainSource,
  creditOnlySource,
  creditPassivesToOnlyOrganisation,
  carryOrganisationOn,
  creditsExperts,
} from "./only-source";
import { GROUPS, isOrganisation, spelledOutIndex, withoutKind, withoutTitle } from "./organisations";
import { remember } from "./organisation-memory";
import { PeopleIndex } from "./people";
import { sectionOwners } from "./sections";
import { findAttribution, type Attribution } from "./speaker";
import { tokenise, type Sentence, type Token } from "./tokens";
import type { ExtractedCandidate, ExtractionResult, ExtractOptions } from "./types";

/**
 * Finds the sentences of an article that claim something about the future, with who claims it, how
 * sure they are, the condition and the deadline. The rules are in docs/extraction.md; in short:
 *
 *   1. HTML becomes text; the text is split into lines, sentences and tagged tokens (wink-nlp).
 *   2. Page furniture (short lines without sentence punctuation: menus, repeated headlines, "time3
 *      hours ago") is dropped; the prose falls into parts, one per article on the page, each with
 *      the authors of its byline or of its closing author's note.
 *   3. Each clause (sentences split at ";") is kept when it holds a forward cue that survives the
 *      checks: not a question, not an embedded question ("how it might unfold"), not a past modal
 *      ("may have caused", "learned that he could not"), not a stated plan ("said he would").
 *   4. Speaker: a quoted expert named in the sentence, else the part's byline, else the authors
 *      given, else null. Hedge and probability from the lexicon; deadline from the publication date.
 *   5. The same quote found twice (a scrape repeating an article) is one candidate.
 */
export function extractPredictions(input: string, options: ExtractOptions = {}): ExtractionResult {
  const format = options.format ?? (looksLikeHtml(input) ? "html" : "text");
  const text = format === "html" ? htmlToText(input) : input;
  const { lines } = tokenise(text);
  const parts = findParts(lines, text);

  // A page whose text carries no byline: the authors its metadata names.
  if (format === "html" && parts.every((part) => part.authors.length === 0)) {
    const named = authorsInMetadata(input);
    if (named.length > 0) for (const part of parts) part.authors = named;
  }
  const people = new PeopleIndex();
  const authors: string[] = [];
  for (const part of parts) {
    for (const author of part.authors) {
      people.add(author);
      if (!authors.includes(author)) authors.push(author);
    }
  }

  const byQuote = new Map<string, ExtractedCandidate>();
  // Candidates whose sentence credits someone it does not name ("scientists said").
  const creditedToNobody = new Set<ExtractedCandidate>();
  // Candidates credited to someone by description only ("a senior Israeli official").
  const described = new Set<ExtractedCandidate>();
  // The parts of the article being read (parts split only by a subhead), with their candidates and sources.
  const article: { found: ExtractedCandidate[]; sources: Speaker[] }[] = [];
  const memory: SpeakerMemory = {
    people,
    affiliations: new Map(),
    lastOrganisation: null,
    organisations: [],
    lastSpeakingOrganisation: null,
    described: new Map(),
    abbreviations: new Map(),
  };
  const inFull = acronymsInFull(text, memory);
  const sections = sectionOwners(parts, text);
  for (const [partIndex, part] of parts.entries()) {
    // "he said" after a subhead is the person of the lines before it; in another article, nobody.
    const before = parts[partIndex - 1];
    if (!before || !splitBySubhead(before, part, text)) {
      memory.lastPerson = null;
      memory.lastMentioned = null;
      memory.roles = undefined;
    }
    // "Goldman Sachs" over its section of a roundup: "the bank" in it is Goldman, and the section's
    // sentences crediting no one are its.
    const section = sections.get(part);
    if (section) {
      memory.lastSpeakingOrganisation = section.name;
      memory.lastOrganisation = section.name;
      remember(memory.organisations, [section.name]);
    }
    const speakers = attributeSentences(part, text, memory);
    // Only a section its subhead calls the organisation's view, or that speaks as it somewhere ("The
    // bank expects"): a company's name over the writer's own view of it ("Nvidia" / "Nvidia will beat
    // estimates") is no forecaster's.
    const speaksAs =
      section &&
      (section.view || [...speakers.values()].some((own) => own.attribution && own.speaker?.name === section.name));
    if (section && speaksAs) {
      for (const [sentence, own] of speakers) {
        if (!own.speaker && !own.attribution && !own.unnamed) {
          speakers.set(sentence, { ...own, speaker: { name: section.name, affiliation: null } });
        }
      }
    }
    const found: ExtractedCandidate[] = [];
    const sources: Speaker[] = [];
    for (const sentence of part.lines.flatMap((line) => line.sentences)) {
      if (part.bylineSentences.has(sentence) || isQuestion(sentence, text)) continue;
      const sentenceSpeaker = speakers.get(sentence) ?? { attribution: null, speaker: null };
      for (const [index, clause] of clauses(sentence).entries()) {
        const reading = readClause(clause, text) ?? readDated(clause, text, options.publishedAt);
        if (!reading) continue;
        const own = index > 0 ? clauseSpeaker(clause, text, memory, sentenceSpeaker) : sentenceSpeaker;
        // "Trump announced tariffs, prompting trade experts to predict higher prices": the forecast's
        // own subject, a group nobody names, speaks; not the sentence's.
        const grouped = groupForecasts(clause, reading.cue.first);
        const { attribution, speaker } = grouped ? { attribution: null, speaker: null } : own;
        const candidate = toCandidate(clause, reading, text, part, attribution, speaker, options);
        if (candidate.speaker && !speaker?.described) candidate.speaker = inFull(candidate.speaker);
        if (candidate.affiliation) candidate.affiliation = inFull(candidate.affiliation);
        if (speaker?.described) described.add(candidate);
        if (!speaker && (attribution || sentenceSpeaker.unnamed || grouped)) creditedToNobody.add(candidate);
        // Experts as a group ("Experts predict", "U.S. experts say") are nobody the article's only
        // source could be, even when the article quotes one expert by name.
        if (!speaker && creditsExperts(text.slice(sentence.start, sentence.end))) creditedToNobody.add(candidate);
        const key = normaliseQuote(candidate.quote);
        const earlier = byQuote.get(key);
        if (earlier) earlier.occurrences += 1;
        else {
          byQuote.set(key, candidate);
          found.push(candidate);
        }
      }
    }
    for (const candidate of found) {
      // "a senior official said" is no source the article's other sentences could be credited to.
      if (candidate.speakerBasis === "attribution" && candidate.speaker && !described.has(candidate)) {
        sources.push({ name: candidate.speaker, affiliation: candidate.affiliation });
      }
    }
    // Parts split only by a subhead are one article: its only source is looked for over all of them.
    const previous = parts[partIndex - 1];
    if (previous && !splitBySubhead(previous, part, text)) creditArticle(article, creditedToNobody, memory, text);
    if (!previous || !splitBySubhead(previous, part, text)) article.length = 0;
    article.push({ found, sources });
  }
  creditArticle(article, creditedToNobody, memory, text);
  carryOrganisationOn(
    [...byQuote.values()].sort((a, b) => a.start - b.start),
    text,
    creditedToNobody,
    (name) => isPerson(name, memory) || (name.includes(" ") && !isOrganisation(name)),
  );

  const candidates = [...byQuote.values()].sort((a, b) => a.start - b.start);
  fullNamesLater(candidates, people, memory.shownOrganisations);
  return { text, format, authors, candidates };
}

/**
 * "“Profits will rise,” Smith said. ... Jane Smith is the chief executive of Kestrel Bank.": a
 * surname credited before the text gives the full name (a headline, a lede) is that person's, once
 * the whole text is read. Only a single word that is no organisation's name (nor was credited as
 * one) and no acronym.
 */
function fullNamesLater(
  candidates: readonly ExtractedCandidate[],
  people: PeopleIndex,
  organisations: ReadonlySet<string> | undefined,
): void {
  for (const candidate of candidates) {
    const name = candidate.speaker;
    if (!name || /[\s;]/.test(name) || /^\p{Lu}{2,}$/u.test(name) || isOrganisation(name)) continue;
    // "Reuters" is no "Thomson Reuters", "Bloomberg" no "Michael Bloomberg": an organisation the
    // text credited as one keeps its name.
    if (organisations?.has(name)) continue;
    const full = people.resolve(name);
    const words = full.split(" ");
    if (words.length < 2 || words.length > 3 || words.at(-1) !== name || isOrganisation(full)) continue;
    candidate.speaker = full;
  }
}

/**
 * A clause with a deadline after the publication date: a modal after a past verb that looks
 * forward to it ("factors that might cast a pall ... in the coming months"), or an outlook without
 * a modal, which counts only then.
 */
function readDated(clause: readonly Token[], text: string, publishedAt: Date | undefined): ClauseReading | null {
  const words = text.slice(clause[0]?.start ?? 0, clause[clause.length - 1]?.end ?? 0);
  if (!findDeadline(words, publishedAt)) return null;
  return readClause(clause, text, true) ?? readOutlook(clause, text);
}

/**
 * "..., prompting numerous trade experts to predict higher prices": a verb of forecasting in the
 * infinitive whose subject is a group nobody names (experts, analysts, economists).
 */
function groupForecasts(clause: readonly Token[], cue: number): boolean {
  const verb = clause[cue];
  if (!verb || !["predict", "expect", "forecast", "warn"].includes(verb.lemma)) return false;
  return clause[cue - 1]?.lower === "to" && GROUPS.has(clause[cue - 2]?.lower ?? "");
}

function isQuestion(sentence: Sentence, text: string): boolean {
  return /\?["'”’)\s]*$/.test(text.slice(sentence.start, sentence.end));
}

/**
 * A later clause's own speaker when it names one ("..., while Washington said no breakthroughs were
 * expected"), else the sentence's.
 */
function clauseSpeaker(
  clause: readonly Token[],
  text: string,
  memory: SpeakerMemory,
  sentence: { attribution: Attribution | null; speaker: Speaker | null },
): { attribution: Attribution | null; speaker: Speaker | null } {
  const own = findAttribution(clause, text);
  if (!own || own.pronoun) return sentence;
  const name = expandName(own.name, memory) ?? memory.people.resolve(own.name);
  return { attribution: own, speaker: { name, affiliation: own.affiliation } };
}

/** Conjunctions that open a contrasting clause of its own after a comma: "..., while Y said ...". */
const CONTRASTING = new Set(["while", "whereas"]);

/** Conjunctions that open a clause of its own after a comma when a speaker opens it. */
const JOINING = new Set(["but", "and", "yet"]);

/**
 * A name (or "the" and a noun) opening the words at `at`, then a verb of saying or of a view held
 * within six words: "Jane Smith now says", "Tom Berg added that", "the bank expects", "the
 * department has said".
 */
function opensAttribution(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!first || !(/^\p{Lu}/u.test(first.text) || first.lower === "the")) return false;
  let words = 0;
  for (let k = at + 1; k < tokens.length && words < 6; k += 1) {
    const token = tokens[k]!;
    // "the India Meteorological Department (IMD) has said": a name's short form in brackets.
    if (token.text === "(" && tokens[k + 2]?.text === ")") {
      k += 2;
      continue;
    }
    // "has said", "had predicted", "is predicting": the auxiliary before the verb.
    if (token.pos === "AUX" && AUXILIARIES.has(token.lower) && tokens[k + 1]?.pos === "VERB") continue;
    if (token.pos === "VERB" || token.pos === "AUX") return REPORTING.has(token.lemma) && token.pos === "VERB";
    if (!["PROPN", "NOUN", "ADJ", "DET", "ADV", "PART"].includes(token.pos)) return false;
    words += 1;
  }
  return false;
}

/** Views held, in "-ing" after "with" and the people holding them: "with economists expecting". */
const HELD_VIEWS = new Set(["expect", "predict", "forecast", "see", "project", "anticipate", "bet"]);

/**
 * From `at`, after ", with": up to eight words naming people ("analysts at Kestrel Bank", "most
 * economists") and a view held in "-ing" ("expecting", "forecasting"). The index of the verb, or -1.
 */
function viewHeldAfter(tokens: readonly Token[], at: number): number {
  for (let k = at; k < tokens.length && k - at <= 8; k += 1) {
    const token = tokens[k]!;
    if (token.lower.endsWith("ing") && HELD_VIEWS.has(token.lemma)) return k > at ? k : -1;
    if (!["PROPN", "NOUN", "ADJ", "DET", "ADP", "NUM"].includes(token.pos)) return -1;
  }
  return -1;
}

/**
 * A sentence's clauses, each read on its own: split at semicolons, before ", while" and ",
 * whereas" (a second speaker or forecast: "Russia said the talks might end early, while Washington
 * said no breakthroughs were expected"), and around a bracketed forecast of its own ("(the model
 * rates the chances at 54 percent)": a cue and six words or more).
 */
function clauses(sentence: Sentence): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  const flush = (): void => {
    if (current.length > 0) out.push(current);
    current = [];
  };
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.text === ";") {
      flush();
      continue;
    }
    // "..., but Jane Smith now says costs will rise", "..., and Tom Berg added that": a second
    // speaker's clause, opened by a conjunction after a comma.
    const another = JOINING.has(token.lower) && opensAttribution(tokens, i + 1);
    if ((CONTRASTING.has(token.lower) || another) && tokens[i - 1]?.text === "," && current.length > 3) {
      current.pop();
      flush();
      continue;
    }
    // "Skymet has predicted that ... on May 28 while the weather department has said that ...":
    // without the comma, "while" opens a second speaker's clause only when a speaker opens it.
    if (CONTRASTING.has(token.lower) && current.length > 3 && opensAttribution(tokens, i + 1)) {
      flush();
      continue;
    }
    // "Brent is set for a third weekly loss, with analysts at Kestrel Bank expecting prices to
    // slide": the people after "with" hold a view of their own, read as if they "expect".
    const holding =
      token.lower === "with" && tokens[i - 1]?.text === "," && current.length > 3 ? viewHeldAfter(tokens, i + 1) : -1;
    if (holding > 0) {
      current.pop();
      flush();
      const verb = tokens[holding]!;
      current = [...tokens.slice(i + 1, holding), { ...verb, text: verb.lemma, lower: verb.lemma }];
      i = holding;
      continue;
    }
    if (token.text === "(" && current.length > 3) {
      const close = indexIn(tokens, i + 1, tokens.length, (t) => t.text === ")");
      const inside = tokens.slice(i + 1, close < 0 ? tokens.length : close);
      if (inside.length >= 6 && findCues(inside).length > 0) {
        flush();
        out.push(inside);
        i = close < 0 ? tokens.length : close;
        continue;
      }
    }
    current.push(token);
  }
  flush();
  return out;
}

const normaliseQuote = (quote: string): string =>
  quote.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();

/** How sure the extractor is, from the kind of cue: a bare "will" or "likely to" reads clearest. */
const CONFIDENCE = { modal: 0.75, certain: 0.7, construction: 0.7, outlook: 0.5, stated: 0.85 } as const;

/** A dateline opening a story ("WASHINGTON (Reuters) - ") is not part of the claim. */
const DATELINE =
  /^\p{Lu}[\p{Lu} .,'-]+(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?(?:\s*\([^)]{1,40}\))?\s+[-–—]+\s+/u;

/** The same after the city was cut off as a lead-in ("MOSCOW, | July 3 (Reuters) - "). */
const DATED_LINE =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*\([^)]{1,40}\)\s+[-–—]+\s+/u;

/**
 * A quotation mark the quote opens or closes without its partner (the sentence is part of a longer
 * quotation: “Prices will ease by the summer.) is left out, with the full stop before a closing one.
 */
function withoutStrayMarks(text: string, start: number, end: number): { start: number; end: number } {
  let quote = text.slice(start, end);
  // “Rates will fall twice this year.”: a quotation that is the whole sentence.
  const whole = /^["“]\s*([^"“”]*?)[.,!;:]?["”]$/.exec(quote);
  if (whole?.[1]) {
    const inner = quote.indexOf(whole[1]);
    return { start: start + inner, end: start + inner + whole[1].length };
  }
  const opening = /^["“]\s*/.exec(quote);
  if (opening && !/["”]/.test(quote.slice(opening[0].length))) {
    start += opening[0].length;
    quote = quote.slice(opening[0].length);
  }
  const closing = /[.,!;:]?["”]$/.exec(quote);
  if (closing && !/["“]/.test(quote.slice(0, -closing[0].length))) end -= closing[0].length;
  return { start, end: Math.max(start, end) };
}

function toCandidate(
  clause: readonly Token[],
  reading: ClauseReading,
  text: string,
  part: Part,
  attribution: Attribution | null,
  attributed: Speaker | null,
  options: ExtractOptions,
): ExtractedCandidate {
  let quoteFirst = reading.quoteFirst;
  // A lead-in cut before the attribution was no lead-in: "Marta Kowalczyk, chief economist at X,
  // said ..." and "Inflation, said Kowalczyk, will ..." keep their first words (and the speaker).
  const leadEnd = clause[quoteFirst];
  if (attribution?.span && leadEnd && quoteFirst > 0) {
    const clauseStart = clause[0]?.start ?? 0;
    if (attribution.span.start >= clauseStart && attribution.span.start <= leadEnd.start) quoteFirst = 0;
  }
  const first = clause[quoteFirst] ?? clause[0];
  const last = clause[reading.quoteLast] ?? clause[clause.length - 1];
  let end = last?.end ?? 0;
  let start = first?.start ?? 0;
  const dateline = DATELINE.exec(text.slice(start, end)) ?? DATED_LINE.exec(text.slice(start, end));
  if (dateline) start += dateline[0].length;
  ({ start, end } = withoutStrayMarks(text, start, end));
  const quote = text.slice(start, end);

  let speaker: string | null = null;
  let affiliation: string | null = null;
  let speakerBasis: ExtractedCandidate["speakerBasis"] = "none";
  if (attributed) {
    speaker = attributed.name;
    affiliation = attributed.affiliation;
    speakerBasis = "attribution";
  } else if (part.authors.length > 0) {
    speaker = part.authors.join("; ");
    speakerBasis = "byline";
  } else if (options.authors && options.authors.length > 0) {
    speaker = options.authors.join("; ");
    speakerBasis = "given";
  }

  const condition = reading.condition
    ? text.slice(clause[reading.condition[0]]?.start ?? start, clause[reading.condition[1]]?.end ?? end)
    : null;
  const clauseText = text.slice(clause[0]?.start ?? start, clause[clause.length - 1]?.end ?? end);
  const deadline = findDeadline(clauseText, options.publishedAt);
  let confidence: number = CONFIDENCE[reading.cue.kind];
  if (reading.reading) confidence += 0.05;
  if (deadline) confidence += 0.1;

  return {
    quote,
    start,
    end,
    speaker,
    speakerBasis,
    affiliation,
    claim: claimWithoutAttribution(text, { start, end }, attribution?.span ?? null, clause[reading.cue.first]?.start),
    hedge: reading.hedge,
    probability: reading.statedProbability ?? reading.reading?.probability ?? null,
    interval:
      reading.statedProbability !== null
        ? [reading.statedProbability, reading.statedProbability]
        : (reading.reading?.interval ?? null),
    negated: reading.negated,
    conditional: reading.conditional,
    condition,
    deadline,
    confidence: Math.min(1, Math.round(confidence * 100) / 100),
    occurrences: 1,
  };
}

/**
 * A speaker named by an acronym the article spells out somewhere ("The IMF announced ...", and
 * later "the International Monetary Fund predicts"): the name in full, as a reader of the ledger
 * would look it up, and one speaker however each sentence happens to call it. Defined ("... (OBR)")
 * first, else the first words whose initials are the acronym's. Names joined by "; " one by one.
 */
function acronymsInFull(text: string, memory: SpeakerMemory): (speaker: string) => string {
  // Built on first need: most articles have no speaker named by an acronym.
  let index: Map<string, string> | null = null;
  const inFull = (name: string): string => {
    // "the Fed": the short name every reader knows, as the Federal Reserve's own pages write it.
    if (name === "Fed") return "Federal Reserve";
    // "Fitch expects" after "two new reports by Fitch Country Risk and Industry Research": the one
    // organisation named before whose name starts with the word.
    if (/^\p{Lu}\p{Ll}+$/u.test(name)) {
      const longer = new Set(memory.organisations.filter((organisation) => organisation.startsWith(`${name} `)));
      return longer.size === 1 ? [...longer][0]! : name;
    }
    if (!/^\p{Lu}{2,6}$/u.test(name)) return name;
    index ??= spelledOutIndex(text);
    return memory.abbreviations.get(name) ?? index.get(name) ?? name;
  };
  // "the U.S. Department of Agriculture": a government's body whose name the text writes after its
  // country is given so, as its official name has it (the name is read without it, so that
  // abbreviations and references match); a trade group's ("U.S. Securities Industry and Financial
  // Markets Association") is not.
  const asWritten = new Map<string, string>();
  const withCountry = (name: string): string => {
    let written = asWritten.get(name);
    if (written === undefined) {
      const at = GOVERNMENT_BODY.test(name) ? text.indexOf(name) : -1;
      const country = at > 0 ? COUNTRY_BEFORE.exec(text.slice(Math.max(0, at - 6), at))?.[1] : undefined;
      written = country ? `${country} ${name}` : name;
      asWritten.set(name, written);
    }
    return written;
  };
  return (speaker) =>
    speaker
      .split("; ")
      .map((name) => withCountry(withoutTitle(withoutOwner(inFull(withoutKind(name))))))
      .join("; ");
}

/**
 * "The U.N.'s World Meteorological Organization", "NOAA’s Climate Prediction Center": a body
 * named with its owner is named by itself, when the owner is an organisation or an abbreviation
 * ("Moody's Investors Service" and "Sainsbury's Bank" keep their brand's possessive).
 */
function withoutOwner(name: string): string {
  const owned = /^(.+?)['’]s\s+(\p{Lu}.*)$/u.exec(name);
  if (!owned) return name;
  const [, owner, body] = owned;
  const abbreviation = /^(?:\p{Lu}\.?){2,6}$/u.test(owner!);
  return (abbreviation || isOrganisation(owner!)) && isOrganisation(body!) ? body! : name;
}

/** Bodies of a government: "Department of Agriculture", "Energy Information Administration". */
const GOVERNMENT_BODY = /\b(?:Department|Administration|Agency|Bureau|Centers|Centres|Service|Survey|Commission)\b/;

/** A country's abbreviation right before a name: "U.S. ", "UK ". */
const COUNTRY_BEFORE = /(?:^|[^\p{L}.])(U\.S\.|US|U\.K\.|UK)\s$/u;

/** A person's full name the text has introduced as such: two words or more, no organisation's. */
const isPerson = (name: string, memory: SpeakerMemory): boolean =>
  name.includes(" ") && !isOrganisation(name) && memory.people.knows(name);

/** The forecasts of one article nobody is credited with: its only source's, or its only organisation's passives. */
function creditArticle(
  article: readonly { found: ExtractedCandidate[]; sources: Speaker[] }[],
  creditedToNobody: ReadonlySet<ExtractedCandidate>,
  memory: SpeakerMemory,
  text: string,
): void {
  const found = article.flatMap((part) => part.found);
  // "The ESRI expects ... said the ESRI's Kieran McQuinn": an organisation's people speak for it,
  // one source with it.
  const credited = article.flatMap((part) => part.sources);
  const names = new Set(credited.map((source) => source.name));
  const sources = credited.map((source) =>
    source.affiliation && names.has(source.affiliation) ? { name: source.affiliation, affiliation: null } : source,
  );
  creditOnlySource(found, sources, creditedToNobody, text);
  creditMainSource(found, sources, creditedToNobody);
  creditPassivesToOnlyOrganisation(
    found,
    sources
      .map((source) => source.name)
      .filter((name) => isOrganisation(name) || (!name.includes(" ") && !memory.people.knows(name))),
    creditedToNobody,
  );
}

/**
 * Two parts with one subhead between them ("Strong growth in US", "Dim Outlook"): a short line of
 * words, no more than ten, and nothing else; the same authors on both sides.
 */
function splitBySubhead(before: Part, after: Part, text: string): boolean {
  const last = before.lines[before.lines.length - 1];
  const first = after.lines[0];
  if (!last || !first || before.authors.join() !== after.authors.join()) return false;
  const between = text
    .slice(last.end, first.start)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  // A subhead, with perhaps a related link's headline beside it ("Inflation keeps rising; fed could
  // raise interest rates again" / "Big jump in unemployment ahead?").
  return (
    between.length >= 1 &&
    between.length <= 2 &&
    between.every((line) => line.split(/\s+/).length <= 10 && !/[|•·]|https?:|\d{1,2}:\d{2}/.test(line))
  );
}
