import type { ExtractedCandidate } from "./types";

/**
 * "Gartner expects PC shipments to fall 3% this year. The firm forecasts ... Sales of basic phones
 * could be especially strong in emerging markets.": in a report built on one source, a forecast no
 * sentence credits to anyone is that source's, as its readers take it. So in each article part
 * where the sentences credit exactly one named person or organisation (however often), the
 * forecasts credited to nobody go to that source, with `speakerBasis` "source": the editor sees
 * that no sentence named the speaker.
 *
 * Not credited, because the sentence itself says the view is nobody's in particular:
 * - a sentence whose attribution names nobody ("scientists said", "analysts expect", "according
 *   to a study"): `creditedToNobody`;
 * - a consensus ("is widely expected to", "was generally seen as");
 * - the writer judging what was reported ("However, this is unlikely").
 *
 * A part that credits two sources or more is left alone: who, of several, would be a guess.
 */
export function creditOnlySource(
  candidates: readonly ExtractedCandidate[],
  sources: readonly { name: string; affiliation: string | null }[],
  creditedToNobody: ReadonlySet<ExtractedCandidate>,
  text: string,
): void {
  const names = new Set(sources.map((source) => source.name));
  if (names.size !== 1) return;
  const source = sources[0]!;
  const firstCredited = Math.min(
    ...candidates.filter((candidate) => candidate.speakerBasis === "attribution").map((candidate) => candidate.start),
  );
  const affiliation = sources.find((each) => each.affiliation !== null)?.affiliation ?? null;
  for (const candidate of candidates) {
    if (!creditable(candidate) || creditedToNobody.has(candidate)) continue;
    // Before the source is first credited, the reader has not met it: the writer speaks (though in
    // the paragraph that credits it, "Prices will rise 3%. Rents will climb 5%, according to X.").
    if (candidate.start < firstCredited && text.slice(candidate.end, firstCredited).includes("\n")) continue;
    if (CONSENSUS.test(candidate.quote) || WRITER_JUDGES.test(candidate.quote)) continue;
    candidate.speaker = source.name;
    candidate.affiliation = affiliation;
    candidate.speakerBasis = "source";
  }
}

/** How often, at least, a report's main source must be credited to count as such. */
const MAIN_SOURCE_CREDITS = 3;
/** The share of the credited sentences, at least, that a report's main source must hold. */
const MAIN_SOURCE_SHARE = 0.6;

/**
 * "Kestrel Bank expects ... the bank said ... Kestrel also sees ... Jane Smith of Nomura disagreed
 * ... Growth will slow to 1% next year.": a report with no byline built mostly on one source (three
 * credits at least, and three in five of all the credits) relays that source in the forecasts
 * no sentence credits, as its readers take them, though it quotes others besides. Measured on the
 * labelled articles: such forecasts are the main source's more often than the writer's; with a
 * byline, the writer's own views are as likely, so those are left alone, as are the forecasts the
 * only-source rule excludes (a group's, a consensus, the writer judging, the first person) and
 * those right after another source is credited (whose they are would be a guess).
 */
export function creditMainSource(
  candidates: readonly ExtractedCandidate[],
  sources: readonly { name: string; affiliation: string | null }[],
  creditedToNobody: ReadonlySet<ExtractedCandidate>,
): void {
  const counts = new Map<string, number>();
  for (const source of sources) counts.set(source.name, (counts.get(source.name) ?? 0) + 1);
  const [name, credits] = [...counts].reduce((best, each) => (each[1] > best[1] ? each : best), ["", 0]);
  if (credits < MAIN_SOURCE_CREDITS || credits < MAIN_SOURCE_SHARE * sources.length) return;
  const affiliation = sources.find((each) => each.name === name && each.affiliation !== null)?.affiliation ?? null;
  // In the order of the text, with the source credited last before each (one pass, however long the page).
  let lastCredited: string | null = null;
  for (const candidate of [...candidates].sort((a, b) => a.start - b.start)) {
    if (candidate.speakerBasis === "attribution") lastCredited = candidate.speaker;
    if (candidate.speakerBasis !== "none" || creditedToNobody.has(candidate)) continue;
    // "..., said Mayor Ana Berg. Ferries will stop running.": right after another source, not the main one's.
    if (lastCredited !== null && lastCredited !== name) continue;
    if (CONSENSUS.test(candidate.quote) || WRITER_JUDGES.test(candidate.quote) || FIRST_PERSON.test(candidate.quote))
      continue;
    candidate.speaker = name;
    candidate.affiliation = affiliation;
    candidate.speakerBasis = "source";
  }
}

/**
 * A forecast nobody is credited with, or only the byline: the writer of a report built on one
 * source relays it ("By Ana Ruiz ... demand is expected to increase"), unless the writer speaks in
 * the first person ("I think tablets will make a comeback").
 */
const creditable = (candidate: ExtractedCandidate): boolean =>
  candidate.speakerBasis === "none" || (candidate.speakerBasis === "byline" && reportsContent(candidate.quote));

/**
 * Words a writer relays from a report rather than says as their own: a figure, or a forecast in
 * the passive ("demand is expected to increase"), and no first person.
 */
export const reportsContent = (quote: string): boolean =>
  (REPORTED_FIGURE.test(quote) || PASSIVE_FORECAST.test(quote)) && !FIRST_PERSON.test(quote);

/** The writer's first person, opening the sentence or not ("We think", "our view"); not "US". */
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]d|[Ww]e|[Ww]e['’]re|[Mm]y|[Oo]ur|[Uu]s)\b/;
/** A figure a report gives: "20.5%", "$196.3 billion", "700,000 b/d", "1.6 million". */
const REPORTED_FIGURE =
  /\d[\d.,]*\s*(?:%|percent\b|per cent\b|billion\b|million\b|trillion\b|bn\b|b\/d\b|barrels\b|units\b|seats\b)|[$€£¥]\s?\d/i;
/** A forecast in the passive, its forecaster unnamed: "is expected to", "are now projected". */
const PASSIVE_FORECAST =
  /\b(?:is|are)\s+(?:\w+\s+)?(?:expected|projected|forecast|forecasted|predicted|set|seen|estimated|likely|poised|tipped)\b/i;

/** "is widely expected to", "was generally seen as": a consensus, nobody's own. */
const CONSENSUS = /\b(?:widely|generally|broadly|largely) (?:expected|seen|forecast)\b/i;

/** The writer judging what was reported: "However, this is unlikely", "That seems doubtful". */
const WRITER_JUDGES = /^(?:(?:however|but|yet|still),?\s+)?(?:this|that)\s+(?:is|seems|looks|appears|sounds)\b/i;

/**
 * Experts credited as a group: "Experts predict", "U.S. experts say", "..., experts warned",
 * "forecasters say", "scientists expect" (the group, maybe an adverb, then a verb of saying or
 * forecasting).
 */
export const EXPERTS =
  /\b(?:experts?|forecasters|scientists|researchers)\s+(?:\w+ly\s+)?(?:say|says|said|predict|predicted|warn|warned|warns|expect|expected|forecast|believe|believes|estimate|estimated)\b/i;

/** "the market researchers say", "its experts expect": an organisation's own staff, not a group. */
const OWN_STAFF = /\b(?:the|its|their|our|these|those)\s+(?:[\w-]+\s+)?$/i;

/** A sentence that credits experts as a group (see EXPERTS), not an organisation's own staff. */
export function creditsExperts(sentence: string): boolean {
  const match = EXPERTS.exec(sentence);
  return match !== null && !OWN_STAFF.test(sentence.slice(Math.max(0, match.index - 40), match.index));
}

/** A forecast in the passive with no one named: "is now expected to grow", "are set to return". */
const AGENTLESS =
  /\b(?:is|are)\s+(?:(?:also|now|still|then)\s+)?(?:expected|projected|forecast|forecasted|predicted|set|seen)\s+to\b/i;

/**
 * "The report finds ... The world's largest economy is now expected to grow by 2.8 percent": in a
 * part whose sentences credit one organisation and no other (people quoted besides, such as its
 * economists or commentators), a forecast in the passive that names no one is the organisation's
 * whose report the article summarises; a person's words name their speaker.
 */
export function creditPassivesToOnlyOrganisation(
  candidates: readonly ExtractedCandidate[],
  organisations: readonly string[],
  creditedToNobody: ReadonlySet<ExtractedCandidate>,
): void {
  const names = new Set(organisations);
  if (names.size !== 1) return;
  const [organisation] = names;
  if (!organisation) return;
  // Before the organisation is first credited, the reader has not met it: the writer speaks.
  const first = Math.min(
    ...candidates.filter((candidate) => candidate.speaker === organisation).map((candidate) => candidate.start),
  );
  for (const candidate of candidates) {
    if (!creditable(candidate) || creditedToNobody.has(candidate) || candidate.start < first) continue;
    if (!AGENTLESS.test(candidate.quote) || CONSENSUS.test(candidate.quote)) continue;
    candidate.speaker = organisation;
    candidate.speakerBasis = "source";
  }
}

/** How many paragraph breaks an organisation's forecast carries over to a forecast credited to no one. */
const ORGANISATION_REACH = 2;

/**
 * "Gartner expects revenue to grow 16.8% in 2024. ... / Memory is forecast to grow 20.5% in 2025.":
 * a forecast no sentence credits, going on from an organisation's forecast (the last forecast
 * credited before it, within ORGANISATION_REACH paragraph breaks), is the organisation's, as its
 * readers take it, when it gives a report's kind of content: a figure, or a forecast in the passive.
 * Not a forecast credited to someone unnamed, a consensus, or the first person.
 */
export function carryOrganisationOn(
  candidates: readonly ExtractedCandidate[],
  text: string,
  creditedToNobody: ReadonlySet<ExtractedCandidate>,
  isPersonName: (name: string) => boolean,
): void {
  // Where each run of line breaks starts, found once: counting those between two candidates is then
  // a look-up, however far apart they are on a long page.
  let breakStarts: number[] | null = null;
  const breaksBetween = (from: number, to: number): number => {
    breakStarts ??= [...text.matchAll(/\n\s*/g)].map((match) => match.index);
    return firstAtOrAfter(breakStarts, to) - firstAtOrAfter(breakStarts, from);
  };
  let last: ExtractedCandidate | null = null;
  for (const candidate of candidates) {
    if (candidate.speakerBasis === "attribution") {
      last = candidate;
      continue;
    }
    if (!last?.speaker || creditedToNobody.has(candidate) || !carriesOn(candidate)) continue;
    if (isPersonName(last.speaker)) continue;
    if (breaksBetween(last.end, candidate.start) > ORGANISATION_REACH) continue;
    candidate.speaker = last.speaker;
    candidate.affiliation = null;
    candidate.speakerBasis = "source";
  }
}

/** The index of the first of the ascending `values` at or after `at` (their length when none is). */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A forecast credited to no one that an organisation's may go on to (see carryOrganisationOn). */
const carriesOn = (candidate: ExtractedCandidate): boolean =>
  (candidate.speakerBasis === "none" || candidate.speakerBasis === "byline") &&
  reportsContent(candidate.quote) &&
  !CONSENSUS.test(candidate.quote);
