import type { LedgerPrediction } from "@hindsight/domain";
import type { LinkedQuestion } from "./ledger-questions";
import type { SourceLink } from "./ledger-sources";

/*
 * The prediction columns a ledger import writes, as ledger-predictions.ts compares them with the
 * stored rows and ledger-predictions-write.ts writes them.
 */

/** The prediction columns a ledger entry sets. */
export function predictionData(
  prediction: LedgerPrediction,
  analystId: string,
  source: SourceLink | null,
  question: LinkedQuestion | null,
) {
  return {
    analystId,
    sourceId: source?.id ?? null,
    claim: prediction.claim,
    quote: prediction.quote ?? null,
    ...quoteOffsets(prediction, source?.text ?? null),
    criteria: prediction.criteria ?? null,
    madeAt: prediction.madeAt,
    resolveBy: prediction.resolveBy ?? null,
    probability: prediction.probability,
    probabilitySource: prediction.probabilitySource ?? (prediction.hedge ? "HEDGE" : "STATED"),
    hedge: prediction.hedge ?? null,
    probabilityLow: prediction.interval?.[0] ?? null,
    probabilityHigh: prediction.interval?.[1] ?? null,
    conditional: prediction.conditional ?? prediction.condition !== undefined,
    condition: prediction.condition ?? null,
    questionId: question?.id ?? null,
    negated: question ? (prediction.negated ?? false) : false,
  };
}

export type PredictionData = ReturnType<typeof predictionData>;

/** The SQL types of PredictionData's columns, in the order of the table. */
export const predictionColumns = {
  analystId: "text",
  sourceId: "text",
  claim: "text",
  quote: "text",
  quoteStart: "integer",
  quoteEnd: "integer",
  criteria: "text",
  madeAt: "timestamp(3)",
  resolveBy: "timestamp(3)",
  probability: "double precision",
  probabilitySource: '"ProbabilitySource"',
  hedge: "text",
  probabilityLow: "double precision",
  probabilityHigh: "double precision",
  conditional: "boolean",
  condition: "text",
  questionId: "text",
  negated: "boolean",
} satisfies Record<keyof PredictionData, string>;

/** The columns whose changes an import audits: all but the question's id, which is audited by its key. */
export const comparedColumns = (Object.keys(predictionColumns) as (keyof PredictionData)[]).filter(
  (column) => column !== "questionId",
);

function quoteOffsets(
  prediction: LedgerPrediction,
  text: string | null,
): { quoteStart: number | null; quoteEnd: number | null } {
  if (prediction.quoteStart !== undefined && prediction.quoteEnd !== undefined) {
    return { quoteStart: prediction.quoteStart, quoteEnd: prediction.quoteEnd };
  }
  const start = prediction.quote && text ? text.indexOf(prediction.quote) : -1;
  return start >= 0 && prediction.quote
    ? { quoteStart: start, quoteEnd: start + prediction.quote.length }
    : { quoteStart: null, quoteEnd: null };
}
