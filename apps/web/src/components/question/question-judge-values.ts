import { formatIssuePath, judgeQuestionInput, type JudgeQuestionInput } from "@hindsight/domain";
import {
  judgeFieldFor,
  readCredit,
  type JudgeFormPath,
  type JudgeFormValues,
} from "@/components/prediction/judge-form-values";

/**
 * Judging a question takes what judging a prediction takes (outcome, credit for PARTIAL, date
 * decided, note, evidence links), checked with the question's schema, judgeQuestionInput.
 */
export type QuestionJudgementFields = Omit<JudgeQuestionInput, "key" | "version">;

export type QuestionJudgeCheck =
  { ok: true; fields: QuestionJudgementFields } | { ok: false; errors: [JudgeFormPath, string][] };

const filledEvidence = (values: JudgeFormValues) =>
  values.evidence.map((row) => row.url).filter((url) => url.trim() !== "");

/**
 * The form as the API takes it, the credit read as a judgement of a prediction reads it (a
 * percentage, only for PARTIAL: a credit typed, then hidden, is not meant).
 */
export function checkQuestionJudgeForm(values: JudgeFormValues): QuestionJudgeCheck {
  // Never null from here: that would reopen the question (the reopen form's job).
  if (!values.outcome) return { ok: false, errors: [["outcome", "Choose an outcome"]] };
  const { credit, problem } = readCredit(values);
  const parsed = judgeQuestionInput.safeParse({
    // Placeholders: the page adds the real key and version when sending.
    key: "-",
    version: 1,
    outcome: values.outcome,
    credit,
    resolvedAt: values.resolvedAt,
    note: values.note,
    evidence: filledEvidence(values),
  });
  if (parsed.success && !problem) {
    const { key: _key, version: _version, ...fields } = parsed.data;
    return { ok: true, fields };
  }
  const errors = new Map<JudgeFormPath, string>();
  if (problem) errors.set("credit", problem);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = judgeFieldFor(formatIssuePath(issue.path), values);
    if (field && !errors.has(field)) errors.set(field, issue.message);
  }
  return { ok: false, errors: [...errors] };
}

/** Reopening: no outcome, and a note saying why (the API takes none; the form asks for one). */
export function checkQuestionReopen(
  note: string,
): { ok: true; fields: QuestionJudgementFields } | { ok: false; error: string } {
  if (note.trim() === "") return { ok: false, error: "Say why the question is reopened" };
  const parsed = judgeQuestionInput.safeParse({ key: "-", version: 1, outcome: null, note });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "The note is not valid" };
  const { key: _key, version: _version, ...fields } = parsed.data;
  return { ok: true, fields };
}
