import { DomainError } from "../errors";
import type { JudgePredictionInput } from "../schemas/judgement";
import type { Outcome } from "../schemas/prediction";

export interface JudgeablePrediction {
  id: string;
  version: number;
  madeAt: Date;
  outcome: Outcome | null;
}

/**
 * The rules a judgement must satisfy beyond its shape. `now` is passed in: the domain never reads
 * the clock. Throws CONFLICT for a stale version, INVALID (with the field) otherwise.
 */
export function checkJudgement(prediction: JudgeablePrediction, input: JudgePredictionInput, now: Date): void {
  if (input.version !== prediction.version) {
    throw new DomainError(
      "CONFLICT",
      `This prediction changed while you were looking at it (you saw version ${input.version}, it is now version ${prediction.version}). Reload to see what changed, then judge again.`,
    );
  }
  if (input.outcome === null && prediction.outcome === null) {
    throw new DomainError("CONFLICT", "The prediction is already open: there is no outcome to withdraw", [
      { path: "outcome", message: "Already open" },
    ]);
  }
  if (input.resolvedAt) {
    // Allow the widest time-zone lead (UTC+14): "today" somewhere is still tomorrow in UTC.
    if (input.resolvedAt.getTime() > now.getTime() + 14 * 60 * 60 * 1000) {
      throw new DomainError("INVALID", "The date decided is in the future", [
        { path: "resolvedAt", message: "Date decided cannot be in the future" },
      ]);
    }
    if (startOfDay(input.resolvedAt) < startOfDay(prediction.madeAt)) {
      throw new DomainError("INVALID", "The date decided is before the prediction was made", [
        { path: "resolvedAt", message: "Date decided cannot be before the date the prediction was made" },
      ]);
    }
  }
}

const startOfDay = (date: Date): number => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

/** What a prediction's status is at `now`: open, due (deadline passed, no outcome) or judged. */
export type PredictionStatus = "OPEN" | "DUE" | Outcome;

export function predictionStatus(
  prediction: { outcome: Outcome | null; resolveBy: Date | null },
  now: Date,
): PredictionStatus {
  if (prediction.outcome) return prediction.outcome;
  if (prediction.resolveBy && prediction.resolveBy.getTime() < now.getTime()) return "DUE";
  return "OPEN";
}
