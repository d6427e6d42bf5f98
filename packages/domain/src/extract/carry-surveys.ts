import { isOrganisation } from "./organisations";
import type { SentenceSpeaker, Speaker } from "./speaker-memory";
import { isCommonPlural, type Sentence } from "./tokens";

/**
 * Surveys and their panels: the organisation whose survey a sentence cites ("Economists surveyed by
 * X"), and the panel's figures that follow ("85 percent said", "they expect", "The median forecast
 * for growth") carried to it.
 */

/** How many sentences after an organisation's forecast its panel's figures may follow. */
const SURVEY_REACH = 3;
/** A share of a panel as the subject: "85 percent said", "almost half (46.7%) expect", "most expect". */
const PANEL_SHARE =
  /^(?:\d[\d.,]*\s*(?:%|percent\b|per cent\b)|(?:almost |nearly |about |roughly |(?:more|less|fewer) than )?(?:half|most|a majority|the majority|(?:two|three|four) ?- ?(?:thirds|fourths|quarters|fifths)|a third|a quarter|a fifth)\b)/i;
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
/** The same in the past tense of a poll's report: "were expected to rise", "was predicted to fall". */
const PAST_PASSIVE_FORECAST =
  /\b(?:was|were)\s+(?:(?:also|now|still)\s+)?(?:projected|forecast|predicted|expected)\s+to\b/i;
/** Everyone's expectation, no panel's: "is widely expected". */
const WIDELY = /\bwidely\s+(?:expected|seen|predicted|forecast)/i;
/** A survey's summary figure as the subject: "The median forecast for 2027", "The panel's consensus estimate". */
const MEDIAN_SUBJECT =
  /^(?:(?:the|their|its) )?(?:\S+ ['’]s )?(?:median|consensus|mean) (?:forecasts?|projections?|estimates?)\b/i;
/** What the survey found, said of it: "In the survey, conducted from October 7-9, twelve professors predicted". */
const IN_THE_SURVEY = /^(?:In|According to) (?:the|its|this) (?:latest |new )?(?:survey|poll)\b/i;
/** A sentence that cites a survey or its panel: the organisation it names or quotes is the survey's owner. */
const CITES_SURVEY = /\b(?:survey|surveyed|poll|polled|panel|panelists|panellists|respondents)\b/i;
/** Whom a survey asked: "a survey of 46 economists", "a poll of 30 analysts and strategists". */
const SURVEY_OF =
  /\b(?:survey|poll)\s+of\s+(?:(?:about|some|more\s+than)\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(economists|analysts|strategists|forecasters|investors|executives|experts)\b/i;
const panelNoun = (words: string): string | null => SURVEY_OF.exec(words)?.[1]?.toLowerCase() ?? null;
/**
 * "Economists see rates falling", "Most analysts expect" after "a survey of 46 economists" or "a
 * poll of analysts": the people the survey asked, called what it called them (not "economists at X").
 * "Analysts said there was a 32 percent chance", "the experts give X a 24% chance": the chances they gave.
 */
const panelAsSubject = (opening: string, noun: string): boolean => {
  let pattern = PANEL_AS_SUBJECT.get(noun);
  if (!pattern) {
    pattern = new RegExp(
      `^(?:(?:most|many|some|the)\\s+)?${noun}\\s+(?!at\\b|from\\b|with\\b|of\\b)(?:\\S+\\s+)?(?:(?:expect|see|forecast|project|predict|anticipate|estimate)s?\\b|(?:said|give)\\b(?=.{0,40}\\b(?:chance|probability|possibility|odds)\\b))`,
      "i",
    );
    PANEL_AS_SUBJECT.set(noun, pattern);
  }
  return pattern.test(opening);
};
/** The patterns of panelAsSubject, one per noun SURVEY_OF reads, made once. */
const PANEL_AS_SUBJECT = new Map<string, RegExp>();
export const escaped = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * "Economists surveyed by X", "the Survey of Forecasters released today by X", "X's spring
 * survey": the organisation whose survey a sentence cites, or null. Not one merely named in the
 * same sentence ("the survey marks a third cut, according to an economist at Y").
 */
export function surveyOwnerIn(words: string, named: readonly string[]): string | null {
  if (!CITES_SURVEY.test(words)) return null;
  // Each name once: a page-long sentence may name one organisation a thousand times.
  for (const name of new Set(named)) {
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
 * "The Kestrel Vote has completed its seventh survey of elections experts": the name opening the
 * sentence of the one who made a survey or poll, or null (not "We conducted a survey", nor a group:
 * "Researchers conducted a poll").
 */
export function surveyMakerIn(words: string): string | null {
  const made = SURVEY_MAKER.exec(words);
  const name = made?.[1]?.trim() ?? "";
  return name && !isCommonPlural(name) && !PRONOUN_SUBJECTS.has(name) ? name : null;
}
const SURVEY_MAKER =
  /^(?:The )?((?:\p{Lu}[\p{L}&'’-]*\s){1,4})(?:has |have |had )?(?:completed|conducted|carried out|fielded|commissioned)\s(?:[\w-]+\s){0,3}?(?:survey|poll)\b/u;
const PRONOUN_SUBJECTS = new Set(["We", "They", "It", "He", "She", "I", "You"]);

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
export function carrySurveyForward(
  sentences: readonly Sentence[],
  result: Map<Sentence, SentenceSpeaker>,
  surveyed: ReadonlyMap<Sentence, Speaker>,
): void {
  let owner: Speaker | null = null;
  let since = 0;
  // The organisation whose survey the article reports: its panel keeps speaking for it, however far on.
  let surveyOwner: Speaker | null = null;
  // Whom the survey asked ("economists" in "a survey of 46 economists by X"), when it says.
  let asked: string | null = null;
  for (const sentence of sentences) {
    const own = result.get(sentence);
    if (!own) continue;
    // The sentence's words are read only while a survey or a forecast is in play: most sentences of
    // a page come before any, and joining each one's tokens took a large part of this step.
    let words: string | null = null;
    let opening: string | null = null;
    const wordsOf = (): string => (words ??= sentence.tokens.map((token) => token.text).join(" "));
    const openingOf = (): string =>
      (opening ??= wordsOf().replace(
        /^(?:\( )?(?:(?:In|(?:Even )?(?:With|After|Despite)) [^,]{1,60}, |(?:Meanwhile|However|Still|Yet|Instead|Also|On average) , |And |But |[“"] )?/i,
        "",
      ));
    const ownOrganisation =
      own.speaker && (own.attribution?.organisation || isOrganisation(own.speaker.name)) ? own.speaker : null;
    if (ownOrganisation && CITES_SURVEY.test(wordsOf())) {
      surveyOwner = ownOrganisation;
      asked = panelNoun(wordsOf()) ?? asked;
    } else if (surveyed.has(sentence)) {
      surveyOwner = surveyed.get(sentence)!;
      asked = panelNoun(wordsOf()) ?? asked;
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
    const panelSpeaks = (): boolean =>
      PANEL_SUBJECT.test(openingOf()) ||
      IN_THE_SURVEY.test(wordsOf()) ||
      (!own.speaker && MEDIAN_SUBJECT.test(openingOf())) ||
      (asked !== null && panelAsSubject(openingOf(), asked));
    if (surveyOwner && (!own.speaker || !ownOrganisation) && panelSpeaks()) {
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
    // "Average house prices were expected to rise 10% this year": a poll's figures told in the past
    // tense, in an article reporting the poll, however far on.
    if (!own.speaker && surveyOwner && PAST_PASSIVE_FORECAST.test(wordsOf()) && !WIDELY.test(wordsOf())) {
      result.set(sentence, { ...own, speaker: surveyOwner });
      continue;
    }
    if (!owner || since > SURVEY_REACH || own.speaker) continue;
    const share = PANEL_SHARE.test(openingOf()) || PANEL_SHARE_INSIDE.test(wordsOf());
    const panel = PANEL_FORECAST.test(openingOf()) || FORECAST_SUBJECT.test(openingOf());
    if (share || panel || (PASSIVE_FORECAST.test(wordsOf()) && !WIDELY.test(wordsOf()))) {
      result.set(sentence, { ...own, speaker: owner });
      since = 0;
    }
  }
}
