import { lookupHedge, type Outcome, type ProbabilitySource } from "@hindsight/domain";
import { formatPercent, outcomeLabels } from "@/lib/format";
import { probabilityOrigin } from "@/lib/probability";
import { formatScore } from "@/lib/score-format";
import { figureDetail, figureSentence, figureValue, trackRecordFigure, type TrackRecordScores } from "./track-record";

/** A figure of a share card. */
export interface CardStat {
  label: string;
  value: string;
  detail?: string;
}

/** What a share card shows: what it is, the headline (a claim, a name, a title), who, and figures. */
export interface CardView {
  kind: string;
  headline: string;
  byline?: string;
  stats: CardStat[];
  /** The same in one sentence: the image's alt text and the pages' share description. */
  summary: string;
}

export interface PredictionCardFacts {
  claim: string;
  probability: number;
  probabilitySource: ProbabilitySource;
  hedge: string | null;
  probabilityLow: number | null;
  probabilityHigh: number | null;
  outcome: Outcome | null;
  credit: number | null;
  resolveBy: Date | null;
  madeAt: Date;
  analyst: { name: string };
  source: { outlet: string | null } | null;
}

/** "True", "Partly true (credit 50%)", "Open", or "Due" when the deadline passed without a judgement. */
export function outcomeText(outcome: Outcome | null, credit: number | null, resolveBy: Date | null, now: Date): string {
  if (outcome === "PARTIAL" && credit !== null) return `${outcomeLabels.PARTIAL} (credit ${formatPercent(credit)})`;
  if (outcome) return outcomeLabels[outcome];
  return resolveBy !== null && resolveBy.getTime() < now.getTime() ? "Due" : "Open";
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** A prediction's card: the claim, who made it where and when, its probability and its outcome. */
export function predictionCard(prediction: PredictionCardFacts, now: Date): CardView {
  const probability = formatPercent(prediction.probability);
  const outcome = outcomeText(prediction.outcome, prediction.credit, prediction.resolveBy, now);
  const origin = probabilityOrigin(prediction, lookupHedge).label;
  const where = prediction.source?.outlet ? ` in ${prediction.source.outlet}` : "";
  return {
    kind: "Prediction",
    headline: prediction.claim,
    byline: `${prediction.analyst.name}${where}, ${dayOf(prediction.madeAt)}`,
    stats: [
      { label: "Probability", value: probability, detail: origin },
      {
        label: "Outcome",
        value: outcome,
        detail: prediction.outcome
          ? undefined
          : prediction.resolveBy
            ? `deadline ${dayOf(prediction.resolveBy)}`
            : "no deadline",
      },
    ],
    summary: `${prediction.analyst.name} gave ${probability} to “${prediction.claim}”. Outcome: ${outcome}.`,
  };
}

export interface AnalystCardFacts {
  name: string;
  affiliation: string | null;
  scores: TrackRecordScores;
  predictions: number;
}

/** An analyst's card: the name, Brier with its interval and n (or that there are not enough), and the count. */
export function analystCard(analyst: AnalystCardFacts): CardView {
  const figure = trackRecordFigure(analyst.scores);
  return {
    kind: "Track record",
    headline: analyst.name,
    byline: analyst.affiliation ?? undefined,
    stats: [
      { label: "Brier score (lower is better)", value: figureValue(figure), detail: figureDetail(figure) },
      { label: "Predictions logged", value: String(analyst.predictions) },
    ],
    summary: `${analyst.name}’s track record on Hindsight: ${figureSentence(figure)}, over ${analyst.predictions} logged ${analyst.predictions === 1 ? "prediction" : "predictions"}.`,
  };
}

export interface QuestionCardFacts {
  title: string;
  outcome: Outcome | null;
  credit: number | null;
  resolveBy: Date | null;
  predictions: number;
  analysts: number;
}

/** A question's card: its title, its outcome, and how many predictions by how many analysts it gathers. */
export function questionCard(question: QuestionCardFacts, now: Date): CardView {
  const outcome = outcomeText(question.outcome, question.credit, question.resolveBy, now);
  const predictions = `${question.predictions} by ${question.analysts} ${question.analysts === 1 ? "analyst" : "analysts"}`;
  return {
    kind: "Question",
    headline: question.title,
    stats: [
      { label: "Outcome", value: outcome },
      { label: "Predictions", value: predictions },
    ],
    summary: `${question.title}: ${outcome}; ${question.predictions} ${question.predictions === 1 ? "prediction" : "predictions"} by ${question.analysts} ${question.analysts === 1 ? "analyst" : "analysts"}.`,
  };
}

export interface ScoreboardCardLine {
  name: string;
  rank: number | null;
  scored: number;
  brier: number | null;
  brierInterval: readonly [number, number] | null;
}

/**
 * The scoreboard's card: the top three ranked analysts with Brier, interval and n, or that nobody
 * is ranked yet. `lines`: the first lines in rank order (more are ignored); `ranked`: how many are ranked in all.
 */
export function scoreboardCard(lines: readonly ScoreboardCardLine[], ranked: number, minScored: number): CardView {
  const top = lines
    .filter((line) => line.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .slice(0, 3);
  const stats = top.map((line) => {
    const figure = trackRecordFigure(line, minScored);
    return { label: `${line.rank}. ${line.name}`, value: formatScore(line.brier), detail: figureDetail(figure) };
  });
  return {
    kind: "Scoreboard",
    headline: "Who called it: analysts ranked by the Brier score of their judged predictions",
    stats: stats.length > 0 ? stats : [{ label: "Ranked", value: "Nobody yet", detail: `${minScored} scored needed` }],
    summary:
      top.length > 0
        ? `Hindsight’s scoreboard ranks ${ranked} ${ranked === 1 ? "analyst" : "analysts"}; the top: ${top.map((line) => `${line.name} (Brier ${formatScore(line.brier)}, n = ${line.scored})`).join(", ")}.`
        : `Hindsight’s scoreboard: no analyst has ${minScored} scored predictions yet.`,
  };
}
