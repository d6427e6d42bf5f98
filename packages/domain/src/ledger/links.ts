import type { Outcome } from "../schemas/prediction";
import { linkedOutcome } from "../scoring/fair";

/**
 * Links between predictions and questions in a ledger file (contract v1.1). Judging a question
 * appends its judgement to every linked prediction: the same outcome, or for a negated link
 * TRUE <-> FALSE and PARTIAL credit c -> 1 - c (`linkedOutcome`). A linked prediction that carries
 * a resolution of its own must agree with the question's, mapped so.
 */

/** Credits are compared to this much: 1 - 0.57 is 0.43000000000000005 in floating point. */
export const CREDIT_TOLERANCE = 1e-9;

interface Verdict {
  outcome: Outcome | null;
  credit?: number | null;
}

/** "FALSE", "PARTIAL with credit 0.7": a verdict as a message names it. */
export function describeVerdict(verdict: Verdict): string {
  if (verdict.outcome === null) return "open";
  if (verdict.outcome !== "PARTIAL" || verdict.credit === undefined || verdict.credit === null) return verdict.outcome;
  // Rounded for reading only: 1 - 0.57 shows as 0.43.
  return `PARTIAL with credit ${Number(verdict.credit.toPrecision(12))}`;
}

/**
 * Why a linked prediction's own resolution disagrees with its question's, or null when they agree:
 * the outcome must be the question's mapped outcome and, for PARTIAL, the credit its mapped credit.
 * The date decided, the note and the evidence are not compared: the question's judgement is the one
 * appended, and it carries its own.
 */
export function linkDisagreement(
  questionKey: string,
  question: Verdict,
  negated: boolean,
  own: Verdict,
): string | null {
  const expected = linkedOutcome(question.outcome, question.credit ?? null, negated);
  const ownCredit = own.credit ?? null;
  const agrees =
    own.outcome === expected.outcome &&
    (expected.credit === null
      ? ownCredit === null
      : ownCredit !== null && Math.abs(ownCredit - expected.credit) <= CREDIT_TOLERANCE);
  if (agrees) return null;
  return `disagrees with question ${questionKey} (${describeVerdict(expected)} expected${negated ? " for a negated link" : ""})`;
}
