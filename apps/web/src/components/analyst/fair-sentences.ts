import { lookupHedge, type ScoreboardAnalyst } from "@hindsight/domain";
import { ordinal } from "@/components/scoreboard/fair-format";
import { formatPercent } from "@/lib/format";
import { countOf, formatScore } from "@/lib/score-format";

/**
 * The analyst page's fair comparison in words (docs/design.md, "Fair comparison (contract v1.1)"):
 * what an analyst's refSkill, relBrier and hedge readings say, a sentence each.
 */

/** Figures this close to 0 print as 0.000 (to the thousandth), and read as "the same". */
const EQUAL = 0.0005;

/** 5.444 -> "5.4"; 4 -> "4": how many times as large, to a tenth. */
const times = (factor: number): string => String(Math.round(factor * 10) / 10);

/** " With only 2 predictions, luck plays a large part." when n is below `few`. */
const fewNote = (n: number, few: number, what: string): string =>
  n < few ? ` With only ${countOf(n, what)}, luck plays a large part.` : "";

/**
 * refSkill in words, for an analyst with refN > 0: how their squared errors compare with those of
 * the reference forecasts they could have read the day they spoke. Below `few` predictions, the
 * sentence says that luck plays a large part.
 */
export function refSkillSentence(name: string, refSkill: number | null, refN: number, few: number): string {
  const one = refN === 1;
  const over = one ? "On this prediction" : `On these ${refN} predictions`;
  if (refSkill === null) {
    return `${over} the reference ${one ? "forecast was" : "forecasts were"} exactly right, so there is nothing to beat and no score.`;
  }
  const errors = one ? `${name}’s squared error is` : `${name}’s squared errors add up to`;
  const references = one
    ? `that of the reference forecast ${name} could have read the day they spoke`
    : `those of the reference forecasts ${name} could have read the day they spoke`;
  let comparison: string;
  if (Math.abs(refSkill) < EQUAL) {
    comparison = `as much as ${references}: no better and no worse than the reference.`;
  } else if (refSkill > 0) {
    comparison = `${formatPercent(refSkill)} less than ${references}: better than the reference.`;
  } else if (refSkill <= -1) {
    comparison = `${times(1 - refSkill)} times ${references}: worse than the reference.`;
  } else {
    comparison = `${formatPercent(-refSkill)} more than ${references}: worse than the reference.`;
  }
  return `${over} ${errors} ${comparison}${fewNote(refN, few, "prediction")}`;
}

/** relBrier in words, for an analyst with sharedN > 0. */
export function relBrierSentence(name: string, relBrier: number | null, sharedN: number, few: number): string {
  const over =
    sharedN === 1 ? "On the question others also forecast" : `On the ${sharedN} questions others also forecast`;
  if (relBrier === null) return `${over} there is no figure.`;
  const median = "the median of the others’ on the same question";
  const average = sharedN === 1 ? "" : "on average ";
  let comparison: string;
  if (Math.abs(relBrier) < EQUAL) {
    comparison = `was ${average}the same as ${median}: as accurate as the typical peer on the same events.`;
  } else if (relBrier < 0) {
    comparison = `was ${average}${formatScore(-relBrier)} below ${median}: more accurate than the typical peer on the same events.`;
  } else {
    comparison = `was ${average}${formatScore(relBrier)} above ${median}: less accurate than the typical peer on the same events.`;
  }
  return `${over}, ${name}’s squared error ${comparison}${fewNote(sharedN, few, "shared question")}`;
}

/** What the hedge sentences read from an analyst's scoreboard line (the domain's shape, scoreboard-output.ts). */
export type HedgeFiguresView = Pick<
  ScoreboardAnalyst,
  "scored" | "brier" | "brierLow" | "brierHigh" | "rank" | "rankLow" | "rankHigh"
>;

/** Whether reading hedge words at either end of their interval changes the analyst's Brier score at all. */
export const hedgesMatter = (line: Pick<HedgeFiguresView, "brierLow" | "brierHigh">): boolean =>
  line.brierLow !== null && line.brierHigh !== null && Math.abs(line.brierHigh - line.brierLow) > 1e-12;

/** The lexicon's reading of "could", the example the sentences and the metric guide give. */
const could = lookupHedge("could");
/** "“could” as 25% rather than 40%", from the lexicon. */
export const couldLow = could
  ? `“could” as ${formatPercent(could.interval[0])} rather than ${formatPercent(could.probability)}`
  : "";
/** "“could” as 50%". */
export const couldHigh = could ? `“could” as ${formatPercent(could.interval[1])}` : "";

/** The Brier score under the two readings in words, for an analyst with something scored. */
export function hedgeBrierSentence(name: string, line: HedgeFiguresView): string {
  if (!hedgesMatter(line)) {
    return `Reading hedge words at the low or at the high end of their range gives ${name} the same Brier score, ${formatScore(line.brierLow ?? line.brier)}: for ${name}, how hedge words are read does not matter.`;
  }
  const low = couldLow ? ` (${couldLow})` : "";
  const high = couldHigh ? ` (${couldHigh})` : "";
  return `With every probability read from hedge words taken at the low end of its range${low}, ${name}’s Brier score would be ${formatScore(line.brierLow)}; at the high end${high}, ${formatScore(line.brierHigh)}. As recorded it is ${formatScore(line.brier)}.`;
}

/** Whether the rank depends on the reading of hedge words, in words. `ranked`: how many analysts are ranked. */
export function hedgeRankSentence(name: string, line: HedgeFiguresView, minScored: number, ranked: number): string {
  if (line.rank === null || line.rankLow === null || line.rankHigh === null) {
    return `${name} is not ranked (fewer than ${minScored} scored predictions), so there is no rank for the reading to move.`;
  }
  const recorded = `${ordinal(line.rank)} of ${ranked} as recorded`;
  if (line.rankLow === line.rankHigh) {
    const same = line.rank === line.rankLow ? "" : ` (${recorded})`;
    return `${name}’s rank does not depend on how hedge words are read: ${ordinal(line.rankLow)} of ${ranked} under either reading${same}.`;
  }
  return `${name}’s rank depends on how hedge words are read: ${ordinal(line.rankLow)} of ${ranked} with every hedge read at the low end, ${ordinal(line.rankHigh)} at the high end (${recorded}).`;
}
