import { linkedProbability } from "@hindsight/domain";
import { formatPercent } from "@/lib/format";

/**
 * A linked prediction's probability in the question's terms, said plainly: "70% for", or for a
 * prediction of the opposite (negated) "Claims the opposite: 80% against = 20% for".
 */
export function questionTerms(probability: number, negated: boolean): string {
  const forQuestion = formatPercent(linkedProbability(probability, negated));
  return negated
    ? `Claims the opposite: ${formatPercent(probability)} against = ${forQuestion} for`
    : `${forQuestion} for`;
}
