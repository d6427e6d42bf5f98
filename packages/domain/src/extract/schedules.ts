import { isPastForm, lowerWords } from "./grammar";
import type { Token } from "./tokens";

/**
 * Fixtures of the calendar that a modal states rather than forecasts: "will hold its next meeting on
 * Oct. 29-30", "will take effect on January 1", "will unveil the phone at its September event",
 * "the agenda will include".
 */

/** Verbs of presenting something to the public on an occasion. */
export const LAUNCHING = new Set(["unveil", "launch", "present", "showcase", "debut", "introduce"]);
/** Occasions things are launched at: "at its September event", "at the trade fair". */
const OCCASIONS = new Set(["event", "conference", "fair", "show", "summit", "keynote", "expo", "meeting", "launch"]);

/** "at its September event", "at the annual trade fair" within a few words after the verb. */
export function atFixture(tokens: readonly Token[], verb: number): boolean {
  const at = tokens.findIndex((token, i) => i > verb && i - verb <= 6 && token.lower === "at");
  if (at < 0) return false;
  return tokens.slice(at + 1, at + 6).some((token) => OCCASIONS.has(token.lower));
}

/** What a plan lists, as the subject of "will include": "the agenda", "the to-do list". */
export const AGENDAS = new Set([
  "agenda",
  "list",
  "schedule",
  "calendar",
  "programme",
  "program",
  "itinerary",
  "docket",
]);
export const AGENDA_VERBS = new Set(["include", "feature", "cover"]);
/** Verbs of the calendar: what institutions hold, publish and meet on a set day. */
const SCHEDULED = new Set([
  "play",
  "hold",
  "convene",
  "host",
  "publish",
  "release",
  "meet",
  "announce",
  "resume",
  "begin",
  "start",
  "open",
  "reconvene",
]);
/** What is held or published on a set day: "its next policy meeting", "the results", "a hearing". */
const FIXTURES = new Set([
  "meeting",
  "meetings",
  "summit",
  "session",
  "conference",
  "hearing",
  "vote",
  "results",
  "data",
  "figures",
  "decision",
  "talks",
  "election",
  "ceremony",
  "report",
  "budget",
  "minutes",
  "outlook",
  "forecast",
  "forecasts",
  "survey",
  "update",
]);
/** A thing starting: "take effect", "go into effect", "come into force", "go on sale", "open to the public". */
const STARTING =
  /^(?:take effect|takes effect|go into effect|come into force|enter into force|go on sale|open to the public|take place|go to the polls|head to the polls)\b/;
const DAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/;

/**
 * "will hold its next policy meeting on Oct. 29-30", "will publish the figures on Friday": a verb
 * of the calendar whose object is a fixture, on a named day or date.
 */
export function isScheduled(
  tokens: readonly Token[],
  governed: Token | undefined,
  verb: number,
  passive = false,
): boolean {
  // "The election will be held on April 12": the passive's participle is the verb of the calendar.
  if (governed?.lemma === "be" && SCHEDULED.has(tokens[verb + 1]?.lemma ?? "") && isPastForm(tokens[verb + 1]!)) {
    return isScheduled(tokens, tokens[verb + 1], verb + 1, true);
  }
  // "The law will take effect on January 1", "tickets will go on sale on Friday": the date a thing
  // starts on, fixed already.
  const starting = STARTING.test(lowerWords(tokens, verb, Math.min(tokens.length, verb + 4)));
  if (starting) {
    const dated = tokens
      .slice(verb + 2, verb + 8)
      .some(
        (token, k, rest) =>
          (token.lower === "on" || token.lower === "from") && DAY_OR_MONTH.test(rest[k + 1]?.lower ?? ""),
      );
    if (dated) return true;
  }
  if (!governed) return false;
  const rest = tokens.slice(verb + 1, verb + 9);
  // "Officials will decide next month whether to raise rates": a decision on the calendar, whose
  // outcome the sentence leaves open.
  if (governed.lemma === "decide" && rest.some((token) => token.lower === "whether")) return true;
  if (!SCHEDULED.has(governed.lemma)) return false;
  // "on Friday", "in early August": a day or a month named.
  const on = rest.findIndex(
    (token, k) =>
      (token.lower === "on" && DAY_OR_MONTH.test(rest[k + 1]?.lower ?? "")) ||
      // "Negotiators will convene today in Vienna": the day itself.
      ((token.lower === "today" || token.lower === "tomorrow" || token.lower === "tonight") && !passive) ||
      // "An updated outlook will be released in early August": a month only for what is published,
      // in the passive ("Talks will resume in May" stays a forecast).
      (token.lower === "in" &&
        passive &&
        (governed.lemma === "publish" || governed.lemma === "release") &&
        DAY_OR_MONTH.test(
          (/^(?:early|mid|late)$/.test(rest[k + 1]?.lower ?? "") ? rest[k + 2] : rest[k + 1])?.lower ?? "",
        )) ||
      // "The report will be published next week": a week or a month ahead, for what is published.
      (token.lower === "next" &&
        passive &&
        (governed.lemma === "publish" || governed.lemma === "release") &&
        (rest[k + 1]?.lower === "week" || rest[k + 1]?.lower === "month")),
  );
  if (on < 0) return false;
  // "The talks will resume on Monday": the fixture as the subject, right before the modal.
  const subject = tokens.slice(Math.max(0, verb - 3), verb).some((token) => FIXTURES.has(token.lower));
  // "The team will play its next game on Sunday", "Kestrel will play Harlow on Sunday": a fixture.
  const gathering =
    governed.lemma === "meet" ||
    governed.lemma === "convene" ||
    governed.lemma === "reconvene" ||
    // (not "will play well on Sunday": how it plays is forecast)
    (governed.lemma === "play" && tokens[verb + 1]?.pos !== "ADV");
  return gathering || subject || rest.slice(0, on).some((token) => FIXTURES.has(token.lower));
}
