import { groupReports } from "./carry-unnamed";
import type { Part } from "./layout";
import { organisationsIn } from "./organisations";
import type { SentenceSpeaker, Speaker } from "./speaker-memory";
import type { Sentence } from "./tokens";

/**
 * Carrying a speaker within a paragraph: back from "This is what X said" to the sentences before,
 * forward over the rest of a paragraph that opens by reporting a view, and on to a sentence that
 * points back at a reported forecast ("This would result in ...").
 */

/**
 * "This is what X told NOVA NEWS", "That is what the bank expects", "Those were the words of X",
 * "That's according to a new forecast from X", "This is one of the highlights from X's report".
 */
const WHAT_BACK =
  /^(?:at\s+least,\s*)?(?:(?:(?:this|that|these|those|such)(?:,\s*[^,.]{1,24},)?\s+(?:is|are|was|were)|(?:this|that)['’]s)\s+(?:what|according\s+to|the\s+(?:(?:latest|central|consensus|considered|bold|gloomy|upbeat)\s+)?(?:view|forecast|prediction|assessment|words?|findings?|estimates?|projections?|verdict|call|conclusions?|takeaway|message|bet|thinking|expectations?|outlook|warning|reckoning)\s+(?:of|from)|(?:one|some|among)\s+of\s+the\s+(?:key\s+|main\s+)?(?:highlights|findings|conclusions|takeaways|predictions|forecasts)\s+(?:of|from|in))|so\s+(?:says|said|predicts|predicted|believes|argues|argued|suggests|suggested|reckons|thinks|writes|wrote)|or\s+so\s)\b/i;
/**
 * "The forecast came from the Kestrel Retail Federation", "The figures come from a report by X",
 * "The gloomy outlook came from leading forecasters in the latest survey by X": a sentence naming
 * where the forecasts before it came from, the organisation it names.
 */
const SOURCE_BACK =
  /^(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,2}(?:forecasts?|figures|numbers|projections?|estimates?|predictions?|outlook|findings|data)\s+(?:come|comes|came|are|were|is|was)\s+(?:from|drawn\s+from|based\s+on)\b/i;
/**
 * "Jane Smith thinks so, too.", "Kestrel Bank expects as much.", "Jane Smith agrees.", "Kestrel Bank
 * says so.": a sentence that only says someone holds the view before it.
 */
const THINKS_SO =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:also\s+|too\s+)?(?:(?:thinks|believes|expects|reckons|predicts|suspects|agrees)(?:\s+(?:so|as\s+much))?|(?:says|said)\s+so)(?:,?\s+(?:too|as\s+well))?\s*[.!]?$/u;
/**
 * "Jane Smith, chief economist at Kestrel Bank, made that call on Tuesday.", "Kestrel Bank made the
 * forecast in a note.": a name (up to four capitalised words, then perhaps an apposition) that made
 * the forecast before. The name is the first group.
 */
const MADE_THAT_CALL =
  /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)(?:,[^,]{1,60},)?\s+(?:made|issued|gave)\s+(?:that|the|this)\s+(?:call|forecast|prediction|projection)\b/u;
/** How many sentences before "This is what X said" may be X's. */
const WHAT_REACH = 4;
/** How many paragraphs "The forecast came from X", opening its own, may reach back over. */
const SOURCE_PARAGRAPHS = 3;

/**
 * "Most likely, turnout will be lower. Seven parties are almost certain to get in. / This is what
 * sociologist Yuliy Pavlov told NOVA NEWS.": a sentence that credits what came before it ("This is
 * what X said") gives its speaker to the sentences before it with none of their own, back to the
 * start of its paragraph, or of the one before when it opens its own (up to WHAT_REACH sentences).
 */
export function carryWhatBack(part: Part, text: string, result: Map<Sentence, SentenceSpeaker>): void {
  const sentences = part.lines.flatMap((line) => line.sentences);
  for (const [index, sentence] of sentences.entries()) {
    const own = result.get(sentence);
    const words = text.slice(sentence.start, sentence.end);
    const back = WHAT_BACK.test(words) || THINKS_SO.test(words.trim());
    const made = back ? null : MADE_THAT_CALL.exec(words.trim());
    let speaker = own?.speaker && back ? own.speaker : null;
    // (A name the tagger reads as one: not "Analysts made the same call", "The bank made".)
    if (
      made &&
      sentence.tokens[0]?.pos === "PROPN" &&
      !/^(?:The|This|That|Few|Many|Most|Some|Others|Nobody|No one|None|All|Everyone)\b/.test(made[1]!)
    ) {
      speaker = { name: made[1]!, affiliation: null };
    }
    // "Those are the findings of a new report by X", "The forecast came from X": the organisation named.
    const source = !back && SOURCE_BACK.test(words);
    if (!speaker && (back || source)) {
      const named = organisationsIn(sentence.tokens, text)[0];
      if (named) speaker = { name: named, affiliation: null };
    }
    if (!speaker) continue;
    const opensLine = index === 0 || sentences[index - 1]!.line !== sentence.line;
    const line = opensLine ? sentence.line - 1 : sentence.line;
    // "The gloomy outlook came from X" opening a paragraph names the source of every forecast
    // before it back to one someone else was credited with, over SOURCE_PARAGRAPHS paragraphs.
    const firstLine = source && opensLine ? line - (SOURCE_PARAGRAPHS - 1) : line;
    for (let back = index - 1; back >= 0 && index - back <= WHAT_REACH; back -= 1) {
      const earlier = sentences[back]!;
      if (earlier.line < firstLine || earlier.line > line) break;
      const theirs = result.get(earlier);
      if (theirs?.attribution || theirs?.speaker) break;
      result.set(earlier, { attribution: null, ...theirs, speaker });
    }
  }
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
export function carryParagraphForward(part: Part, text: string, result: Map<Sentence, SentenceSpeaker>): void {
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
export function carryReferenceBack(part: Part, result: Map<Sentence, SentenceSpeaker>): void {
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

/** Words of a sentence that gives a source's figure or view rather than a comment on one. */
const CREDITING_WORDS = new Set([
  "according",
  "forecast",
  "estimate",
  "projection",
  "prediction",
  "view",
  "report",
  "survey",
  "poll",
  "study",
  "analysis",
  "outlook",
]);

/**
 * "A typical household is expected to spend $688 on gas this winter. That's 20 percent more than
 * last year, according to a forecast from the Energy Information Administration.": in the same
 * paragraph, a sentence that opens by pointing back and credits a named source credits the forecast
 * before it too, when that one credits no one.
 */
export function creditBackFromPointer(part: Part, result: Map<Sentence, SentenceSpeaker>): void {
  for (const line of part.lines) {
    for (let index = 1; index < line.sentences.length; index += 1) {
      const sentence = line.sentences[index]!;
      const own = result.get(sentence);
      const attribution = own?.attribution;
      if (!own?.speaker || !attribution || attribution.pronoun || attribution.group || attribution.described) continue;
      if (!POINTING_BACK.has(sentence.tokens[0]?.lower ?? "") && sentence.tokens[0]?.lower !== "it") continue;
      // A source's figure or view ("according to", "the forecast of"), not a comment on the
      // forecast ("That would be bad news, said Jane Smith").
      if (!sentence.tokens.some((token) => CREDITING_WORDS.has(token.lower))) continue;
      const previous = line.sentences[index - 1]!;
      const before = result.get(previous);
      if (before && !before.speaker && !before.attribution) result.set(previous, { ...before, speaker: own.speaker });
    }
  }
}
