import type { Outcome } from "../schemas/prediction";
import type { CalibrationBin } from "./calibration";
import { brierSkillScore, murphyDecomposition, type MurphyDecomposition } from "./murphy";
import { scoredOnly } from "./scored";
import { addPrediction, brierInterval, calibrationFromSums, emptySums, scoresFromSums, type ScoreSums } from "./sums";

export interface AnalystTagScores {
  slug: string;
  name: string;
  predictions: number;
  scored: number;
  brier: number | null;
  logLoss: number | null;
  hitRate: number | null;
}

export interface BrierMonth {
  /** YYYY-MM of the resolution date. */
  month: string;
  scored: number;
  brier: number;
  cumulativeScored: number;
  cumulativeBrier: number;
}

/** The analyst page's figures. */
export interface AnalystScores {
  scored: number;
  brier: number | null;
  brierInterval: readonly [number, number] | null;
  logLoss: number | null;
  hitRate: number | null;
  /** Brier skill score against the base rate of the analyst's own outcomes. */
  skill: number | null;
  murphy: MurphyDecomposition | null;
  calibration: CalibrationBin[];
  /** Brier by month of resolution and cumulatively; predictions judged without a date are left out. */
  overTime: BrierMonth[];
  byTag: AnalystTagScores[];
}

export interface AnalystScoreInput {
  /** The analyst's aggregate over all their predictions (null when they have none). */
  sums: ScoreSums | null;
  byTag: { slug: string; name: string; sums: ScoreSums }[];
  /** Their scored predictions with the date each was decided. */
  scored: { probability: number; outcome: Outcome; credit: number | null; resolvedAt: Date | null }[];
}

const month = (date: Date) => date.toISOString().slice(0, 7);

export function analystScores(input: AnalystScoreInput): AnalystScores {
  const sums = input.sums ?? emptySums();
  const scores = scoresFromSums(sums);
  const pairs = scoredOnly(input.scored);
  const byMonth = new Map<string, ScoreSums>();
  for (const prediction of input.scored) {
    if (!prediction.resolvedAt) continue;
    const key = month(prediction.resolvedAt);
    const monthSums = byMonth.get(key) ?? emptySums();
    addPrediction(monthSums, prediction);
    byMonth.set(key, monthSums);
  }
  let cumulativeScored = 0;
  let cumulativeError = 0;
  const overTime = [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(([, monthSums]) => monthSums.scored > 0)
    .map(([key, monthSums]) => {
      cumulativeScored += monthSums.scored;
      cumulativeError += monthSums.sumSquaredError;
      return {
        month: key,
        scored: monthSums.scored,
        brier: monthSums.sumSquaredError / monthSums.scored,
        cumulativeScored,
        cumulativeBrier: cumulativeError / cumulativeScored,
      };
    });
  return {
    scored: scores.scored,
    brier: scores.brier,
    brierInterval: brierInterval(sums),
    logLoss: scores.logLoss,
    hitRate: scores.hitRate,
    skill: brierSkillScore(pairs),
    murphy: murphyDecomposition(pairs),
    calibration: calibrationFromSums(sums),
    overTime,
    byTag: input.byTag.map(({ slug, name, sums: tagSums }) => {
      const tagScores = scoresFromSums(tagSums);
      return {
        slug,
        name,
        predictions: tagSums.predictions,
        scored: tagSums.scored,
        brier: tagScores.brier,
        logLoss: tagScores.logLoss,
        hitRate: tagScores.hitRate,
      };
    }),
  };
}
