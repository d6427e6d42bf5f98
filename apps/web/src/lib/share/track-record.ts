import { DEFAULT_MIN_SCORED } from "@hindsight/domain";
import { formatScore, formatScoreInterval } from "@/lib/score-format";

/** What the share card, the badge, the embed and oEmbed say of an analyst: analyst.scores, in part. */
export interface TrackRecordScores {
  scored: number;
  brier: number | null;
  brierInterval: readonly [number, number] | null;
}

/**
 * The figure shown: Brier with its 95% interval and n once the analyst has as many scored
 * predictions as the scoreboard needs to rank them (DEFAULT_MIN_SCORED), otherwise only n and that
 * there are not enough, so that a few lucky calls never travel as a track record.
 */
export type TrackRecordFigure =
  | { kind: "scored"; n: number; brier: number; interval: readonly [number, number] | null }
  | { kind: "too-few"; n: number; minScored: number };

export function trackRecordFigure(scores: TrackRecordScores, minScored = DEFAULT_MIN_SCORED): TrackRecordFigure {
  if (scores.scored < minScored || scores.brier === null) return { kind: "too-few", n: scores.scored, minScored };
  return { kind: "scored", n: scores.scored, brier: scores.brier, interval: scores.brierInterval };
}

export const NOT_ENOUGH = "not enough judged predictions";

/** "0.183", the Brier score alone, or "not enough judged predictions". */
export function figureValue(figure: TrackRecordFigure): string {
  return figure.kind === "scored" ? formatScore(figure.brier) : NOT_ENOUGH;
}

/** "95% interval 0.120–0.250, n = 12", or "n = 3, 5 needed to be ranked". */
export function figureDetail(figure: TrackRecordFigure): string {
  if (figure.kind === "too-few") return `n = ${figure.n}, ${figure.minScored} needed to be ranked`;
  return figure.interval ? `95% interval ${formatScoreInterval(figure.interval)}, n = ${figure.n}` : `n = ${figure.n}`;
}

/** One line: "Brier 0.183 (95% interval 0.120–0.250, n = 12)", or "not enough judged predictions (n = 3, 5 needed to be ranked)". */
export function figureSentence(figure: TrackRecordFigure): string {
  return figure.kind === "scored"
    ? `Brier ${figureValue(figure)} (${figureDetail(figure)})`
    : `${NOT_ENOUGH} (${figureDetail(figure)})`;
}
