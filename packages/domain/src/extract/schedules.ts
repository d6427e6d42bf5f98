import { indexIn, isPastForm, lowerWords } from "./grammar";
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
  const at = indexIn(tokens, verb + 1, verb + 7, (token) => token.lower === "at");
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
  // "will report its earnings on Thursday", "The museum will be closed on Monday".
  "report",
  "close",
]);
/**
 * Verbs of an itinerary or a court's calendar, whose dated occurrence is a schedule whatever their
 * object: "will travel to Brussels next week", "will visit Kyiv on Monday", "will appear in court on
 * Monday", "will testify on Tuesday", "Voters will elect a new president on November 5".
 */
const ITINERARY = new Set(["travel", "visit", "fly", "attend", "appear", "testify", "elect", "address"]);
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
  "earnings",
  "funeral",
  "memorial",
  "wedding",
  "trial",
  "debate",
  "game",
  "match",
  "festival",
  // "The band will play three shows in London", "The film will be released on Friday".
  "shows",
  "concert",
  "concerts",
  "gigs",
  "film",
  "movie",
  "album",
]);
/** A thing starting: "take effect", "go into effect", "come into force", "go on sale", "open to the public". */
const STARTING =
  /^(?:take effect|takes effect|go into effect|come into force|enter into force|go on sale|open to the public|take place|go to the polls|head to the polls)\b/;
/** What "every" makes a habit of: "every Tuesday", "every week", "every morning". */
const EVERY =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|morning|evening|night|weekday|weekend)$/;
// ("on Mondays": a weekday in the plural, every week's.)
const DAY_OR_MONTH =
  /^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/;

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
  // "The museum will be closed on Monday": a closing day, whatever is closed.
  if (governed?.lemma === "be" && tokens[verb + 1]?.lower === "closed") {
    const day = tokens.slice(verb + 2, verb + 5);
    if (day.some((token, k) => token.lower === "on" && DAY_OR_MONTH.test(day[k + 1]?.lower ?? ""))) return true;
  }
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
  // "Subscribers will receive the newsletter every Tuesday": a habit of the calendar.
  if (rest.some((token, k) => token.lower === "every" && EVERY.test(rest[k + 1]?.lower ?? ""))) return true;
  // "will travel to Brussels next week", "will appear in court on Monday": an itinerary.
  // (Not "Voters will elect Smith on Tuesday": whom they elect is forecast.)
  const electsSomeone =
    governed.lemma === "elect" && !["a", "an", "their", "its", "the"].includes(rest[0]?.lower ?? "");
  if (ITINERARY.has(governed.lemma) && !passive && !electsSomeone) {
    const when = tokens.slice(verb + 1, verb + 10);
    return when.some(
      (token, k) =>
        (token.lower === "on" && DAY_OR_MONTH.test(when[k + 1]?.lower ?? "")) ||
        token.lower === "today" ||
        token.lower === "tomorrow" ||
        (token.lower === "next" && ["week", "month"].includes(when[k + 1]?.lower ?? "")) ||
        (token.lower === "this" && ["week", "weekend"].includes(when[k + 1]?.lower ?? "")),
    );
  }
  // "Parliament will vote on the bill on Tuesday": a vote on the calendar ("will vote against the
  // bill" forecasts how).
  if (governed.lemma === "vote" && rest[0]?.lower === "on") {
    return rest.some((token, k) => k > 0 && token.lower === "on" && DAY_OR_MONTH.test(rest[k + 1]?.lower ?? ""));
  }
  // "Officials will decide next month whether to raise rates": a decision on the calendar, whose
  // outcome the sentence leaves open.
  if (governed.lemma === "decide" && rest.some((token) => token.lower === "whether")) return true;
  if (!SCHEDULED.has(governed.lemma)) return false;
  // "Stocks will close higher on Friday", "will close at a record": where it closes is forecast.
  if (governed.lemma === "close" && !passive && /^(?:ADV|ADJ)$/.test(rest[0]?.pos ?? "")) return false;
  if (governed.lemma === "close" && !passive && ["at", "above", "below", "up", "down"].includes(rest[0]?.lower ?? ""))
    return false;
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
      // "The report will be published next week": a week or a month ahead, for what is published;
      // "The band will play three shows in London next month": for a fixture played.
      (token.lower === "next" &&
        ((passive && (governed.lemma === "publish" || governed.lemma === "release")) ||
          (governed.lemma === "play" && rest.some((word) => FIXTURES.has(word.lower)))) &&
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
  // "The study, which will be published in Nature next week": what is published is a document
  // (what is released may be hostages: "released" counts with a fixture only).
  const published = passive && governed.lemma === "publish";
  return gathering || subject || published || rest.slice(0, on).some((token) => FIXTURES.has(token.lower));
}
